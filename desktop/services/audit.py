"""The audit trail: append-only, each event chained to the one before by its hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from desktop.models import AuditEvent
from desktop.services import clock
from desktop.services.actor import Actor

GENESIS = "0" * 64


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
    """Append one event inside the caller's (write) transaction."""
    last = session.exec(select(AuditEvent).order_by(col(AuditEvent.seq).desc()).limit(1)).first()
    event = AuditEvent(
        seq=(last.seq or 0) + 1 if last else 1,
        at=clock.now(),
        user_id=actor.user_id,
        desk_id=actor.desk_id,
        action=action,
        entity=entity,
        entity_id=str(entity_id) if entity_id else "",
        detail=detail or {},
        prev_hash=last.hash if last else GENESIS,
    )
    event.hash = _digest(event)
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every event whose hash, link or sequence does not hold. Empty means intact."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS
    expected_seq = 1
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq))):
        seq = event.seq or 0
        if seq != expected_seq:
            problems.append(ChainProblem(expected_seq, "missing (deleted?) before this point"))
        if event.prev_hash != prev_hash:
            problems.append(ChainProblem(seq, "does not link to the event before it"))
        if _digest(event) != event.hash:
            problems.append(ChainProblem(seq, "was changed after it was written"))
        prev_hash = event.hash
        expected_seq = seq + 1
    return problems
