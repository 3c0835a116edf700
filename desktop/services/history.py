"""A person's edit history: who changed which field, when, from what to what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.models import PersonChange, UserAccount


@dataclass(frozen=True)
class ChangeRow:
    changed_at: datetime  # UTC
    field_name: str
    old_value: str
    new_value: str
    changed_by: str


def person_changes(session: Session, person_id: uuid.UUID, *, limit: int = 500) -> list[ChangeRow]:
    """The person's field changes, newest first, with the name of who made each."""
    rows = session.exec(
        select(PersonChange, UserAccount)
        .join(UserAccount, col(UserAccount.id) == PersonChange.written_by, isouter=True)
        .where(PersonChange.person_id == person_id)
        .order_by(col(PersonChange.created_at).desc())
        .limit(limit)
    )
    return [
        ChangeRow(c.created_at, c.field_name, c.old_value, c.new_value, u.display_name if u else "")
        for c, u in rows
    ]
