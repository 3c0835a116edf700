"""The audit trail: append-only, each event chained to the one before by its hash.

Each event's hash covers its fields and the previous event's hash, so editing one event breaks
its own hash and deleting one breaks the link of the next. A counter row (`audit_head`) written in
the same transaction remembers the last sequence number, so cutting events off the end shows too.

On a file opened by signing in the hash is an HMAC under a key derived from the file key
(desktop/db/keyring.py), from the event recorded in the counter `audit_keyed_from` on: re-chaining
the trail needs the file key, which any account's password unseals. What a password holder could
still rewrite is caught by the anchors outside the file (each backup's head: count and hash),
which `verify_chain` compares with.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop.db.engine import AUDIT_KEY, plain_cursor
from desktop.db.keyring import Anchor
from desktop.models import AuditEvent, Counter, UserAccount
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, require

GENESIS = "0" * 64
HEAD_COUNTER = "audit_head"
KEYED_FROM = "audit_keyed_from"  # the first event whose hash is an HMAC under the audit key


def _digest(event: AuditEvent, key: bytes | None = None) -> str:
    body = {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "user_id": str(event.user_id) if event.user_id else None,
        "desk_id": str(event.desk_id) if event.desk_id else None,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "detail": event.detail,
        "prev_hash": event.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    if key is not None:
        return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event inside the caller's (write) transaction; returns it as written.

    Plain SQL, in the order it runs: every audited action pays for it, and the ORM's flush
    and whole-row reads cost more than the three statements.
    """
    key: bytes | None = session.info.get(AUDIT_KEY)
    with plain_cursor(session) as cursor:
        last = cursor.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        seq, prev_hash = next(last, (0, GENESIS))
        event = AuditEvent(
            seq=seq + 1,
            at=clock.now(),
            user_id=actor.user_id,
            desk_id=actor.desk_id,
            action=action,
            entity=entity,
            entity_id=str(entity_id) if entity_id else "",
            detail=detail or {},
            prev_hash=prev_hash,
        )
        event.hash = _digest(event, key)
        if key is not None:  # the first keyed event says where the HMACs start
            cursor.execute(
                "INSERT INTO counter (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                (KEYED_FROM, event.seq),
            )
        cursor.execute(
            "INSERT INTO audit_event"
            " (seq, at, user_id, desk_id, action, entity, entity_id, detail, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.seq,
                clock.storage_stamp(event.at),
                event.user_id.hex if event.user_id else None,
                event.desk_id.hex if event.desk_id else None,
                event.action,
                event.entity,
                event.entity_id,
                json.dumps(event.detail),  # as SQLAlchemy's JSON type writes it
                event.prev_hash,
                event.hash,
            ),
        )
        cursor.execute(
            "INSERT INTO counter (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (HEAD_COUNTER, event.seq),
        )
    session.flush()  # as before: after record() the caller's pending rows are written too
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str

    def __str__(self) -> str:
        return f"event {self.seq}: {self.problem}"


_COLUMNS = "seq, at, user_id, desk_id, action, entity, entity_id, detail, prev_hash, hash"


def _event_from_row(row: tuple[Any, ...]) -> AuditEvent:
    """An event from its stored text, as the ORM would read it. Raises ValueError/TypeError."""
    seq, at, user_id, desk_id, action, entity, entity_id, detail, prev_hash, hash_ = row
    moment = datetime.fromisoformat(str(at)).replace(tzinfo=UTC)
    parsed = json.loads(detail) if detail is not None else {}
    if not isinstance(parsed, dict):
        raise TypeError("detail is not an object")
    return AuditEvent(
        seq=int(seq),
        at=moment,
        user_id=uuid.UUID(hex=str(user_id)) if user_id else None,
        desk_id=uuid.UUID(hex=str(desk_id)) if desk_id else None,
        action=str(action),
        entity=str(entity or ""),
        entity_id=str(entity_id or ""),
        detail=parsed,
        prev_hash=str(prev_hash or ""),
        hash=str(hash_ or ""),
    )


def chain_head(session: Session) -> tuple[int, str]:
    """The last event's number and hash (0 and the genesis hash for an empty trail)."""
    with plain_cursor(session) as cursor:
        found = cursor.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        seq, hash_ = next(found, (0, GENESIS))
    return int(seq), str(hash_)


def verify_chain(
    session: Session, anchor: Anchor | None = None, *, key: bytes | None = None
) -> list[ChainProblem]:
    """Every event that was edited, deleted, re-linked or cannot be read, by sequence number,
    and, against an `anchor` (a backup's head), events cut off the end, a deleted trail or a
    re-chained stretch. Empty: intact. `key` defaults to the session's audit key."""
    key = key if key is not None else session.info.get(AUDIT_KEY)
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    keyed_from = session.get(Counter, KEYED_FROM)
    first_keyed = keyed_from.value if keyed_from is not None else None
    hashes: dict[int, str] = {}
    with plain_cursor(session) as cursor:
        rows = cursor.execute(f"SELECT {_COLUMNS} FROM audit_event ORDER BY seq").fetchall()
    for row in rows:
        seq = int(row[0])
        gap = seq != expected_seq
        if gap:
            which = (
                f"event {expected_seq}"
                if seq == expected_seq + 1
                else f"events {expected_seq} to {seq - 1}"
            )
            problems.append(ChainProblem(expected_seq, f"{which} deleted"))
        try:
            event = _event_from_row(row)
        except (ValueError, TypeError) as exc:
            problems.append(ChainProblem(seq, f"cannot be read (malformed: {exc})"))
            prev_hash, expected_seq = str(row[9] or ""), seq + 1
            hashes[seq] = prev_hash
            continue
        keyed = first_keyed is not None and seq >= first_keyed
        if keyed and key is None:
            problems.append(ChainProblem(seq, "cannot be checked without the file key"))
            break
        if _digest(event, key if keyed else None) != event.hash:
            problems.append(ChainProblem(seq, "changed after it was written"))
        elif event.prev_hash != prev_hash and not gap:
            problems.append(ChainProblem(seq, "does not link to the event before it"))
        prev_hash = event.hash
        hashes[seq] = event.hash
        expected_seq = seq + 1
    head = session.get(Counter, HEAD_COUNTER)
    if head is not None and head.value >= expected_seq:
        which = (
            f"event {head.value}"
            if head.value == expected_seq
            else f"events {expected_seq} to {head.value}"
        )
        problems.append(ChainProblem(expected_seq, f"{which} deleted from the end"))
    if anchor is not None:
        problems += _against_anchor(anchor, hashes, expected_seq - 1)
    return problems


def _against_anchor(anchor: Anchor, hashes: dict[int, str], last: int) -> list[ChainProblem]:
    """What an anchor outside the file says is missing or rewritten."""
    source = f"{anchor.where or 'an anchor'} ({anchor.at:%Y-%m-%d %H:%M} UTC)"
    if anchor.count == 0:
        return []
    if not hashes:
        return [ChainProblem(1, f"the whole trail was deleted: {source} saw {anchor.count} events")]
    if last < anchor.count:
        which = (
            f"event {last + 1} was"
            if last + 1 == anchor.count
            else (f"events {last + 1} to {anchor.count} were")
        )
        return [
            ChainProblem(last + 1, f"{which} cut off the end: {source} saw {anchor.count} events")
        ]
    if hashes.get(anchor.count) != anchor.hash:
        return [
            ChainProblem(
                anchor.count,
                f"the trail up to event {anchor.count} was rewritten (re-chained, back-dated "
                f"or events removed): it no longer matches {source}",
            )
        ]
    return []


@dataclass(frozen=True)
class AuditRow:
    """One event as the admin's audit screen shows it."""

    seq: int
    at: datetime
    username: str  # "" for failed sign-ins by an unknown name
    desk_id: uuid.UUID | None
    action: str
    entity: str
    entity_id: str
    detail: dict[str, object]


def list_events(
    *,
    session: Session,
    actor: Actor,
    action: str = "",
    username: str = "",
    entity_id: str = "",
    first: date | None = None,
    last: date | None = None,
    limit: int = 1000,
) -> list[AuditRow]:
    """Newest events first, filtered by action (prefix, e.g. "person."), user, record and days.

    Raises PermissionDenied unless the actor may read the trail.
    """
    require(actor, Permission.VIEW_AUDIT)
    query = select(AuditEvent, UserAccount.username).outerjoin(
        UserAccount, col(UserAccount.id) == col(AuditEvent.user_id)
    )
    if action:
        query = query.where(col(AuditEvent.action).startswith(action))
    if username:
        query = query.where(UserAccount.username == username.strip().lower())
    if entity_id:
        query = query.where(AuditEvent.entity_id == entity_id)
    if first is not None or last is not None:
        start, end = clock.day_bounds_utc(first or date(2000, 1, 1), last or clock.today())
        query = query.where(col(AuditEvent.at) >= start, col(AuditEvent.at) < end)
    query = query.order_by(col(AuditEvent.seq).desc()).limit(limit)
    rows = [
        AuditRow(
            seq=event.seq or 0,
            at=event.at,
            username=name or "",
            desk_id=event.desk_id,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            detail=dict(event.detail),
        )
        for event, name in session.exec(query)
    ]
    return rows


def action_names(session: Session) -> list[str]:
    """The actions present in the trail, for the screen's filter list."""
    return sorted(set(session.exec(select(AuditEvent.action).distinct())))


def last_event_time(session: Session, action: str) -> datetime | None:
    """When the newest event of this action was written, None if never."""
    found = session.exec(
        select(AuditEvent.at)
        .where(AuditEvent.action == action)
        .order_by(col(AuditEvent.seq).desc())
    ).first()
    return found
