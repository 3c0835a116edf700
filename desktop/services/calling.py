"""Calling queue numbers: who is being served at this desk today, who is next, and calling the next.

Numbers only, never names: the board is for a screen the whole waiting room can read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import exists
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from desktop.models import Visit, VisitService
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, require

RECENT = 3  # numbers called before the current one, for those who missed their call


@dataclass(frozen=True)
class QueueBoard:
    day: date  # the local day the board is for: numbers restart at 1 each day
    serving: int | None  # the number called last
    called_before: tuple[int, ...]  # the few called before it, latest first
    waiting: tuple[int, ...]  # checked in, not called yet, in queue order
    just_called: int | None = None  # from call_next: the number it called (None: no one waiting)

    @property
    def next_number(self) -> int | None:
        return self.waiting[0] if self.waiting else None


def _live_visits_today(day: date, desk_id: uuid.UUID | None) -> SelectOfScalar[Visit]:
    """Today's visits at the desk that hold a slip: not voided, with at least one service (a
    family member counted without a service has no slip to wait with)."""
    has_service = exists().where(
        col(VisitService.visit_id) == col(Visit.id), col(VisitService.deleted_at).is_(None)
    )
    return select(Visit).where(
        Visit.visit_day == day,
        Visit.desk_id == desk_id,
        col(Visit.voided_at).is_(None),
        col(Visit.deleted_at).is_(None),
        has_service,
    )


def queue_board(
    session: Session, *, desk_id: uuid.UUID | None, day: date | None = None
) -> QueueBoard:
    """The desk's board for `day` (today by default)."""
    day = day or clock.today()
    base = _live_visits_today(day, desk_id)
    called = session.exec(
        base.where(col(Visit.called_at).is_not(None))
        .order_by(col(Visit.called_at).desc(), col(Visit.queue_number).desc())
        .limit(RECENT + 1)
    ).all()
    waiting = session.exec(
        base.where(col(Visit.called_at).is_(None)).order_by(col(Visit.queue_number))
    ).all()
    numbers = [v.queue_number for v in called]
    return QueueBoard(
        day=day,
        serving=numbers[0] if numbers else None,
        called_before=tuple(numbers[1:]),
        waiting=tuple(v.queue_number for v in waiting),
    )


def call_next(*, session: Session, actor: Actor) -> QueueBoard:
    """Call the lowest number not called yet today at the actor's desk; returns the new board
    with `just_called` set (None when no one is waiting). Raises PermissionDenied."""
    require(actor, Permission.CHECK_IN)
    day = clock.today()
    visit = session.exec(
        _live_visits_today(day, actor.desk_id)
        .where(col(Visit.called_at).is_(None))
        .order_by(col(Visit.queue_number))
        .limit(1)
    ).first()
    if visit is not None:
        visit.called_at = clock.now()
        visit.updated_at = visit.called_at
        session.add(visit)
        audit.record(
            session,
            actor,
            "visit.call",
            entity="visit",
            entity_id=visit.id,
            detail={"queue_number": visit.queue_number},
        )
        session.flush()
    board = queue_board(session, desk_id=actor.desk_id, day=day)
    return replace(board, just_called=visit.queue_number if visit is not None else None)
