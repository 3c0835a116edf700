"""A person's edit history: who changed which field, when, from what to what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.models import PersonChange, UserAccount
from desktop.services.actor import Actor
from desktop.services.permissions import RESTRICTED_FIELDS, Permission, can


@dataclass(frozen=True)
class ChangeRow:
    changed_at: datetime  # UTC
    field_name: str
    old_value: str
    new_value: str
    changed_by: str


def person_changes(
    session: Session, person_id: uuid.UUID, *, limit: int = 500, actor: Actor | None = None
) -> list[ChangeRow]:
    """The person's field changes, newest first, with the name of who made each.

    Given an `actor` who may not see restricted fields, changes to notes and needs are left out
    (their old and new values are the restricted text itself).
    """
    hidden = () if actor is None or can(actor, Permission.VIEW_RESTRICTED) else RESTRICTED_FIELDS
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
        if c.field_name not in hidden
    ]
