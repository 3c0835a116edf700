"""The list staff read: what a merge overwrote, with who kept what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from desktop.db import hlc
from desktop.models import Desk, Person, SyncConflict
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.services.permissions import RESTRICTED_FIELDS, Permission, can, require


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table_name: str
    row_id: uuid.UUID
    subject: str  # "CFR-000012 OKAFOR Ada" for a person, else the table and id
    field_name: str
    kept_value: str
    lost_value: str
    kept_desk: str  # desk code, or "" when unknown
    lost_desk: str
    detected_at: datetime
    seen: bool
    hidden: bool = False  # a staff-only field: the values are blanked for this reader

    @property
    def detected_local(self) -> str:
        return clock.to_local(self.detected_at).strftime("%d/%m/%Y %H:%M")


def _desk_codes(session: Session) -> dict[str, str]:
    return {d.id.hex: d.code for d in session.exec(select(Desk))}


def _desk_of(stamp: str, codes: dict[str, str]) -> str:
    return codes.get(hlc.node_of(stamp), "") if stamp else ""


def list_conflicts(
    session: Session, *, actor: Actor, unseen_only: bool = False, limit: int = 500
) -> list[ConflictRow]:
    """Conflicts, newest first. Values of staff-only fields (notes, vulnerabilities) are blanked
    for a reader who may not see them.

    Raises PermissionDenied.
    """
    require(actor, Permission.VIEW_PERSON)
    restricted_ok = can(actor, Permission.VIEW_RESTRICTED)
    query = select(SyncConflict).order_by(col(SyncConflict.detected_at).desc()).limit(limit)
    if unseen_only:
        query = query.where(col(SyncConflict.seen_at).is_(None))
    codes = _desk_codes(session)
    rows: list[ConflictRow] = []
    for c in session.exec(query):
        subject = f"{c.table_name} {str(c.row_id)[:8]}"
        if c.table_name == "person":
            person = session.get(Person, c.row_id)
            if person is not None:
                subject = f"{person.member_number} {person.display_name}"
        hidden = c.field_name in RESTRICTED_FIELDS and not restricted_ok
        rows.append(
            ConflictRow(
                id=c.id or 0,
                table_name=c.table_name,
                row_id=c.row_id,
                subject=subject,
                field_name=c.field_name,
                kept_value="" if hidden else c.kept_value,
                lost_value="" if hidden else c.lost_value,
                kept_desk=_desk_of(c.kept_hlc, codes),
                lost_desk=_desk_of(c.lost_hlc, codes),
                detected_at=c.detected_at,
                seen=c.seen_at is not None,
                hidden=hidden,
            )
        )
    return rows


def mark_seen(session: Session, *, actor: Actor, conflict_ids: list[int]) -> int:
    """Staff read these conflicts. Returns how many were newly marked.

    Raises PermissionDenied (only those who run sync clear the list), NotFound.
    """
    require(actor, Permission.SYNC)
    marked = 0
    for conflict_id in conflict_ids:
        row = session.get(SyncConflict, conflict_id)
        if row is None:
            raise NotFound(f"conflict {conflict_id}")
        if row.seen_at is None:
            row.seen_at = clock.now()
            session.add(row)
            marked += 1
    session.flush()
    return marked
