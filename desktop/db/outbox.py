"""The per-desk change log: every write to a synchronised row leaves an outbox entry.

A session hook writes the entries in the same transaction as the change, so no service has to
remember it and a change is never on disk without its entry (nor the other way round). Each
entry carries a hybrid logical clock stamp, the fields it set, and the clock each of those fields
had before (`base`): that is how a merge later tells a plain follow-up edit from a conflict.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, event, inspect
from sqlalchemy.orm import Session, UOWTransaction
from sqlmodel import SQLModel

from desktop.db import hlc
from desktop.db.engine import plain_cursor
from desktop.db.wire import to_wire
from desktop.models import Desk
from desktop.models.base import Tracked
from desktop.models.types import utcnow

log = logging.getLogger(__name__)

# Rows that belong to one desk only: its print queue.
LOCAL_TABLES = frozenset({"print_job"})
# Fields that mean something only on the desk that holds them, or are rebuilt from others.
LOCAL_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"search_text"}),
    "desk": frozenset({"is_this_desk"}),
    "user_account": frozenset({"failed_attempts", "locked_until", "last_login_at"}),
}
CLOCK_KEY = "hlc"
NO_DESK = "0" * 32

_SKIP_KEY = "sync_applying_remote"
_PENDING_KEY = "sync_pending_changes"
_NODE_KEY = "sync_node"


def synced_fields(table_name: str, names: list[str]) -> list[str]:
    local = LOCAL_FIELDS.get(table_name, frozenset())
    return [n for n in names if n not in local]


def is_synced(obj: object) -> bool:
    return (
        isinstance(obj, Tracked)
        and hasattr(obj, "__table__")
        and obj.__table__.name not in LOCAL_TABLES  # type: ignore[attr-defined]
    )


@dataclass
class _Change:
    table_name: str
    row_id: uuid.UUID
    fields: dict[str, Any] = field(default_factory=dict)
    is_new: bool = False


# Plain SQL below: these run in every write transaction, and skip SQLAlchemy's statement
# compilation (the values are stored in the same forms SQLAlchemy uses for these columns).
def this_desk_node(conn: Connection, session: Session | None = None) -> str:
    """The clock node of this desk: its id as hex (a desk created in this flush counts)."""
    found = conn.exec_driver_sql("SELECT id FROM desk WHERE is_this_desk = 1").scalar()
    if found is not None:
        return uuid.UUID(str(found)).hex
    if session is not None:
        new = next((o.id for o in session.new if isinstance(o, Desk) and o.is_this_desk), None)
        if new is not None:
            return str(new.hex)
    return NO_DESK


_READ_CLOCK = "SELECT value FROM sync_state WHERE key = ?"
_WRITE_CLOCK = (
    "INSERT INTO sync_state (key, value) VALUES (?, ?)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _parse_clock(text: str | None) -> hlc.Stamp | None:
    return hlc.Stamp.parse(json.loads(text)) if text else None


def read_clock(conn: Connection) -> hlc.Stamp | None:
    return _parse_clock(conn.exec_driver_sql(_READ_CLOCK, (CLOCK_KEY,)).scalar())


def write_clock(conn: Connection, stamp: hlc.Stamp) -> None:
    conn.exec_driver_sql(_WRITE_CLOCK, (CLOCK_KEY, json.dumps(str(stamp))))


@cache
def _table_order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


def _collect(session: Session) -> list[_Change]:
    changes: list[_Change] = []
    for obj in session.new:
        if is_synced(obj):
            state = inspect(obj)
            table = obj.__table__.name  # type: ignore[attr-defined]
            names = synced_fields(table, [a.key for a in state.mapper.column_attrs])
            values = {n: to_wire(getattr(obj, n)) for n in names if n != "id"}
            changes.append(_Change(table, obj.id, values, is_new=True))  # type: ignore[attr-defined]
    for obj in session.dirty:
        if not is_synced(obj) or obj in session.new:
            continue
        state = inspect(obj)
        table = obj.__table__.name  # type: ignore[attr-defined]
        names = synced_fields(table, [a.key for a in state.mapper.column_attrs])
        values = {
            n: to_wire(getattr(obj, n))
            for n in names
            if n != "id" and state.attrs[n].history.has_changes()
        }
        if values:
            changes.append(_Change(table, obj.id, values))  # type: ignore[attr-defined]
    for obj in session.deleted:
        if is_synced(obj):
            # The row is gone here; elsewhere it becomes a tombstone.
            table = obj.__table__.name  # type: ignore[attr-defined]
            changes.append(_Change(table, obj.id, {"deleted_at": to_wire(utcnow())}))  # type: ignore[attr-defined]
    if not changes:
        return changes
    order = _table_order()
    changes.sort(key=lambda c: (not c.is_new, order.get(c.table_name, 0)))
    return changes


def note_inserted(
    session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Log rows inserted without the ORM (desktop/db/rows.py) exactly as a flush logs new
    objects: every synced column but the id, in the mapper's order, written at commit."""
    table = model.__table__.name  # type: ignore[attr-defined]
    if session.info.get(_SKIP_KEY) or not issubclass(model, Tracked) or table in LOCAL_TABLES:
        return
    names = [n for n in synced_fields(table, list(rows[0])) if n != "id"] if rows else []
    session.info.setdefault(_PENDING_KEY, []).extend(
        _Change(table, row["id"], {n: to_wire(row[n]) for n in names}, is_new=True) for row in rows
    )


def skip_outbox(session: Session) -> None:
    """Changes flushed by this session are not logged (rows that came from the server)."""
    session.info[_SKIP_KEY] = True


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    # Only note the changes here (their history is gone after the flush); they are written
    # once, at commit, so a transaction that flushes five times costs one outbox write.
    if not session.info.get(_SKIP_KEY):
        session.info.setdefault(_PENDING_KEY, []).extend(_collect(session))


def _forget(session: Session, *_args: object) -> None:
    session.info.pop(_PENDING_KEY, None)


def _node(conn: Connection, session: Session) -> str:
    cache = conn.connection.info  # lives as long as the pooled SQLite connection
    node = cache.get(_NODE_KEY)
    if node is None:
        node = this_desk_node(conn, session)
        if node != NO_DESK:
            cache[_NODE_KEY] = node
    return str(node)


def _before_commit(session: Session) -> None:
    session.flush()  # what is still pending is part of this commit too
    changes: list[_Change] = session.info.pop(_PENDING_KEY, [])
    if changes:
        _write(session, changes)


def _write(session: Session, changes: list[_Change]) -> None:
    # On the DB-API cursor of the session's connection: this runs at every commit that changed
    # a synced row, and SQLAlchemy's per-statement work cost more than these few statements.
    node = _node(session.connection(), session)
    with plain_cursor(session) as cursor:
        found = cursor.execute(_READ_CLOCK, (CLOCK_KEY,)).fetchone()
        clock = _parse_clock(found[0] if found else None)
        old_clocks: dict[tuple[str, uuid.UUID], dict[str, str]] = {}
        for change in changes:
            key = (change.table_name, change.row_id)
            if not change.is_new and key not in old_clocks:
                found = cursor.execute(
                    "SELECT clocks FROM sync_row_clock WHERE table_name = ? AND row_id = ?",
                    (change.table_name, change.row_id.hex),
                ).fetchone()
                old_clocks[key] = json.loads(found[0]) if found and found[0] else {}
        outbox_rows: list[tuple[Any, ...]] = []
        now = utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        for change in changes:
            clock = hlc.tick(clock, node)
            stamp = str(clock)
            key = (change.table_name, change.row_id)
            before = old_clocks.setdefault(key, {})
            base = {name: before[name] for name in change.fields if name in before}
            outbox_rows.append(
                (
                    stamp,
                    change.table_name,
                    change.row_id.hex,
                    json.dumps(change.fields),
                    json.dumps(base),
                    now,
                )
            )
            before.update(dict.fromkeys(change.fields, stamp))
        cursor.executemany(
            "INSERT INTO sync_outbox (hlc, table_name, row_id, fields, base, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            outbox_rows,
        )
        cursor.executemany(
            "INSERT INTO sync_row_clock (table_name, row_id, clocks) VALUES (?, ?, ?)"
            " ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
            [(t, r.hex, json.dumps(clocks)) for (t, r), clocks in old_clocks.items()],
        )
        assert clock is not None
        cursor.execute(_WRITE_CLOCK, (CLOCK_KEY, json.dumps(str(clock))))


def next_stamp(session: Session) -> str:
    """A new clock stamp for this desk, taken now (before the commit's own changes)."""
    conn = session.connection()
    stamp = hlc.tick(read_clock(conn), _node(conn, session))
    write_clock(conn, stamp)
    return str(stamp)


def write_operation(
    session: Session, stamp: str, name: str, row_id: uuid.UUID, fields: dict[str, Any]
) -> None:
    """Queue an operation (say, an erasure) that every desk and the server carry out as a whole,
    under its own outbox name, with the stamp from `next_stamp`."""
    session.connection().exec_driver_sql(
        "INSERT INTO sync_outbox (hlc, table_name, row_id, fields, base, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            stamp,
            name,
            row_id.hex,
            json.dumps(fields),
            "{}",
            utcnow().replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"),
        ),
    )


def install() -> None:
    """Hook the outbox into every ORM session (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
        event.listen(Session, "after_rollback", _forget)
