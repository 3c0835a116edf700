"""The audit trail: append-only, each event chained to the one before by its hash.

Each event's hash covers its fields and the previous event's hash, so editing one event breaks
its own hash and deleting one breaks the link of the next. A counter row (`audit_head`) written in
the same transaction remembers the last sequence number, so cutting events off the end shows too.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from desktop.db.engine import plain_cursor
from desktop.models import AuditEvent, Counter, UserAccount
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, require

GENESIS = "0" * 64
HEAD_COUNTER = "audit_head"


def _digest(event: AuditEvent) -> str:
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
        event.hash = _digest(event)
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


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every event that was edited, deleted or re-linked, by sequence number. Empty: intact."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        seq = event.seq or 0
        gap = seq != expected_seq
        if gap:
            which = (
                f"event {expected_seq}"
                if seq == expected_seq + 1
                else f"events {expected_seq} to {seq - 1}"
            )
            problems.append(ChainProblem(expected_seq, f"{which} deleted"))
        if _digest(event) != event.hash:
            problems.append(ChainProblem(seq, "changed after it was written"))
        elif event.prev_hash != prev_hash and not gap:
            problems.append(ChainProblem(seq, "does not link to the event before it"))
        prev_hash = event.hash
        expected_seq = seq + 1
    head = session.get(Counter, HEAD_COUNTER)
    if head is not None and head.value >= expected_seq:
        which = (
            f"event {head.value}"
            if head.value == expected_seq
            else f"events {expected_seq} to {head.value}"
        )
        problems.append(ChainProblem(expected_seq, f"{which} deleted from the end"))
    return problems


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
