"""One sync run: push this desk's outbox, then pull and merge everyone else's changes.

Safe to stop at any point (dropped network, closed laptop, killed process) and to run again:
a batch is deleted from the outbox only after the server committed it, and the server stores a
change once however often it arrives (its clock is unique); pulled changes are merged in the
same local transaction that moves the pull cursor on. Running it twice changes nothing.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import asdict, dataclass
from typing import Any

import psycopg
from sqlalchemy import delete, func
from sqlmodel import col, select

from desktop.db import Database, hlc
from desktop.db.outbox import read_clock, skip_outbox, this_desk_node, write_clock
from desktop.models import Desk, Person, SyncOutbox
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import FrontDeskError, Text, ValidationError
from desktop.services.held_backups import flush_old_pages
from desktop.services.jobs import JobControl
from desktop.services.sync import server, state
from desktop.services.sync.merge import apply_changes
from desktop.services.sync.suspects import flag_arrivals

log = logging.getLogger(__name__)

BATCH = 500


class SyncNotConfigured(FrontDeskError):
    """This desk has not joined a server (`frontdesk sync join`)."""


class SyncFailed(FrontDeskError):
    """The run stopped part-way; what was done is kept and the next run carries on."""


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # outbox entries sent (and confirmed)
    stored: int  # of those, new to the server
    pulled: int  # changes received (this desk's own included)
    applied: int  # rows changed here
    conflicts: int
    rejected: int
    suspects: int
    erased: int = 0  # people erased at another desk, and erased here too


def _this_desk(db: Database) -> tuple[uuid.UUID, str]:
    with db.read() as session:
        desk = session.exec(select(Desk).where(col(Desk.is_this_desk).is_(True))).first()
        if desk is None:
            raise SyncNotConfigured("this file has no desk yet")
        return desk.id, desk.code


def _push_all(
    db: Database, conn: psycopg.Connection[Any], desk_id: uuid.UUID, batch: int, control: JobControl
) -> tuple[int, int]:
    pushed = stored = 0
    with db.read() as session:
        total = session.exec(select(func.count()).select_from(SyncOutbox)).one()
    while True:
        with db.read() as session:
            rows = list(session.exec(select(SyncOutbox).order_by(col(SyncOutbox.seq)).limit(batch)))
        if not rows:
            return pushed, stored
        outgoing = [
            server.OutgoingChange(r.seq or 0, r.hlc, r.table_name, r.row_id, r.fields, r.base)
            for r in rows
        ]
        stored += server.push(conn, desk_id, outgoing)
        last = rows[-1].seq
        with db.write() as session:
            session.execute(delete(SyncOutbox).where(col(SyncOutbox.seq) <= last))
        pushed += len(rows)
        control.step(pushed, max(total, pushed))


def _pull_all(
    db: Database, conn: psycopg.Connection[Any], batch: int, control: JobControl
) -> dict[str, int]:
    counts = {
        "pulled": 0, "applied": 0, "conflicts": 0, "rejected": 0, "suspects": 0, "erased": 0,
    }  # fmt: skip
    while True:
        with db.read() as session:
            cursor = int(state.get(session, state.CURSOR, 0))
        changes = server.pull(conn, cursor, batch)
        if not changes:
            return counts
        with db.write() as session:
            skip_outbox(session)
            sa_conn = session.connection()
            node = this_desk_node(sa_conn)
            stats = apply_changes(sa_conn, changes, node=node)
            latest = max(hlc.Stamp.parse(c.hlc) for c in changes)
            write_clock(sa_conn, hlc.receive(read_clock(sa_conn), latest, node))
            counts["suspects"] += flag_arrivals(session, stats.new_people)
            state.put(session, state.CURSOR, changes[-1].id)
        counts["pulled"] += len(changes)
        counts["applied"] += stats.applied
        counts["conflicts"] += stats.conflicts
        counts["rejected"] += stats.rejected
        counts["erased"] += stats.erased
        control.step(counts["pulled"], 0)


def sync_now(db: Database, *, control: JobControl | None = None, batch: int = BATCH) -> SyncReport:
    """Push, then pull. Raises SyncNotConfigured, SyncFailed (nothing done is lost), Cancelled."""
    control = control or JobControl()
    with db.read() as session:
        config = state.load_config(session)
    if config is None:
        raise SyncNotConfigured("this desk has not joined a server")
    desk_id, _code = _this_desk(db)
    try:
        with server.connect(config.server, user=config.login, password=config.password) as conn:
            pushed, stored = _push_all(db, conn, desk_id, batch, control)
            counts = _pull_all(db, conn, batch, control)
    except (server.ServerUnavailable, server.ServerRefused, psycopg.Error) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        with db.write() as session:
            state.put(session, state.LAST_ERROR, message)
        log.warning("sync stopped: %s", message)
        raise SyncFailed(message) from exc
    report = SyncReport(pushed=pushed, stored=stored, **counts)
    if report.erased:  # the erased values also leave the write-ahead log
        flush_old_pages(db)
    with db.write() as session:
        state.put(session, state.LAST_SYNC_AT, clock.now().isoformat())
        state.put(session, state.LAST_ERROR, "")
        state.put(session, state.LAST_REPORT, asdict(report))
    return report


def join_server(
    db: Database, *, actor: Actor, server_url: str, login: str, password: str
) -> tuple[str, str]:
    """Tie this desk to its registration on the server and remember how to reach it.

    Takes the desk code the server gave (member numbers carry it). Returns (code, role).
    Raises ServerUnavailable, ServerRefused, ValidationError (this desk already registered
    people under another desk's code: join new desks before they register anyone).
    """
    desk_id, old_code = _this_desk(db)
    with server.connect(server_url, user=login, password=password) as conn:
        code, role = server.claim_desk(conn, desk_id)
    with db.write() as session:
        if code != old_code:
            issued = session.exec(
                select(func.count()).select_from(Person).where(Person.desk_id == desk_id)
            ).one()
            if issued:
                raise ValidationError(
                    {
                        "code": Text(
                            "This desk already registered {count} people as desk {old}; the "
                            "server registered it as desk {new}.",
                            count=issued,
                            old=old_code,
                            new=code,
                        )
                    }
                )
            desk = session.get(Desk, desk_id)
            assert desk is not None
            desk.code = code
            session.add(desk)
            session.flush()
            # Not pushed yet: give the desk's first entry the new code too, so no other desk
            # ever sees two desks with one code.
            for entry in session.exec(
                select(SyncOutbox).where(
                    SyncOutbox.table_name == "desk", SyncOutbox.row_id == desk_id
                )
            ):
                if "code" in entry.fields:
                    entry.fields = {**entry.fields, "code": code}
                    session.add(entry)
        state.save_config(
            session, state.SyncConfig(server=server_url, login=login, password=password, role=role)
        )
        audit.record(
            session, actor, "sync.join", entity="desk", entity_id=desk_id, detail={"code": code}
        )
    return code, role
