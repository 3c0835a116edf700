"""Joining two records of one person, and undoing it.

A merge keeps every visit, consent, card and edit of both records: they are re-pointed to the
kept record, and the ids of what moved are stored in a PersonMerge row so `unmerge` can put
each back. Empty fields of the kept record are filled from the other one; notes are joined.
Merging is a staff action (Permission.MERGE).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select, update

from desktop.models import (
    Consent,
    IdentityDocument,
    MemberCard,
    Person,
    PersonChange,
    PersonMerge,
    PersonStatus,
    UserAccount,
    Visit,
)
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people import get_person, record_change, search_text_for
from desktop.services.permissions import Permission, require
from desktop.services.sync.suspects import resolve_pair

# Rows that belong to a person and move with a merge: table name -> (model, its person column).
MOVABLE: dict[str, Any] = {
    "visit": Visit,
    "consent": Consent,
    "member_card": MemberCard,
    "person_change": PersonChange,
    "identity_document": IdentityDocument,
}
# Fields filled on the kept record when it has nothing and the other record has something.
FILLABLE = (
    "name_original",
    "preferred_name",
    "gender_identity",
    "date_of_birth",
    "birth_year",
    "country_of_origin",
    "nationality",
    "preferred_language",
    "phone",
    "phone_alt",
    "hk_area",
    "arrival_date",
    "claim_date",
    "household_id",
    "household_relationship",
)
_EMPTY_STATUS = "not_stated"


def _to_json(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _from_json(name: str, value: object) -> object:
    if value is None:
        return None
    if name in ("date_of_birth", "arrival_date", "claim_date") and isinstance(value, str):
        return date.fromisoformat(value)
    if name in ("household_id", "merged_into_id") and isinstance(value, str):
        return uuid.UUID(value)
    return value


def _log_change(session: Session, actor: Actor, person: Person, name: str, old: object) -> None:
    record_change(session, actor, person, name, old, getattr(person, name))


def merge_people(
    *,
    session: Session,
    actor: Actor,
    kept_id: uuid.UUID,
    merged_id: uuid.UUID,
    reason: str = "",
) -> PersonMerge:
    """Join `merged_id` into `kept_id`; the merged record stays on file with status MERGED.

    Raises PermissionDenied (not staff), NotFound, ValidationError (same record, or one of them
    already merged).
    """
    require(actor, Permission.MERGE)
    if kept_id == merged_id:
        raise ValidationError({"merge": "Choose two different records."})
    kept, merged = get_person(session, kept_id), get_person(session, merged_id)
    if PersonStatus.MERGED in (kept.status, merged.status):
        raise ValidationError({"merge": "One of these records is already merged."})
    moved: dict[str, list[str]] = {}
    for table, model in MOVABLE.items():
        ids = list(session.exec(select(model.id).where(model.person_id == merged.id)))
        moved[table] = [str(i) for i in ids]
        if ids:
            session.exec(  # type: ignore[call-overload]
                update(model).where(col(model.id).in_(ids)).values(person_id=kept.id)
            )
    kept_before: dict[str, object] = {}
    for name in FILLABLE:
        mine, theirs = getattr(kept, name), getattr(merged, name)
        if (
            mine in (None, "")
            or (
                name == "birth_year"
                and kept.date_of_birth is None
                and merged.date_of_birth is not None
            )
        ) and theirs not in (None, ""):
            kept_before[name] = _to_json(mine)
            setattr(kept, name, theirs)
            _log_change(session, actor, kept, name, mine)
    if kept.immigration_status == _EMPTY_STATUS and merged.immigration_status != _EMPTY_STATUS:
        kept_before["immigration_status"] = kept.immigration_status
        kept.immigration_status = merged.immigration_status
        _log_change(session, actor, kept, "immigration_status", _EMPTY_STATUS)
    for name in ("languages", "vulnerability_flags"):
        joined = list(dict.fromkeys([*getattr(kept, name), *getattr(merged, name)]))
        if joined != getattr(kept, name):
            kept_before[name] = list(getattr(kept, name))
            setattr(kept, name, joined)
            _log_change(session, actor, kept, name, kept_before[name])
    if merged.notes.strip() and merged.notes.strip() not in kept.notes:
        kept_before["notes"] = kept.notes
        header = f"[{merged.member_number}]"
        kept.notes = f"{kept.notes}\n\n{header} {merged.notes}".strip()
        _log_change(session, actor, kept, "notes", kept_before["notes"])
    if kept.birth_year_estimated and kept.date_of_birth is not None:
        kept_before["birth_year_estimated"] = True
        kept.birth_year_estimated = False
    merged_before: dict[str, object] = {"status": merged.status}
    merged.status = PersonStatus.MERGED
    merged.merged_into_id = kept.id
    now = clock.now()
    for person in (kept, merged):
        person.search_text = search_text_for(person)
        person.updated_at = now
        person.written_by = actor.user_id
        session.add(person)
    record = PersonMerge(
        kept_id=kept.id,
        merged_id=merged.id,
        moved=moved,
        kept_before=kept_before,
        merged_before=merged_before,
        reason=reason.strip()[:300],
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(record)
    resolve_pair(session, kept.id, merged.id)
    session.flush()
    audit.record(
        session,
        actor,
        "person.merge",
        entity="person",
        entity_id=kept.id,
        detail={
            "merged": str(merged.id),
            "merged_number": merged.member_number,
            "kept_number": kept.member_number,
            "moved": {k: len(v) for k, v in moved.items()},
            "merge_id": str(record.id),
        },
    )
    return record


def unmerge(*, session: Session, actor: Actor, merge_id: uuid.UUID) -> PersonMerge:
    """Undo a merge: rows go back to the merged record, filled fields are emptied again and the
    merged record is active again. Rows added to the kept record since stay with it.

    Raises PermissionDenied, NotFound, ValidationError (already undone, or merged again since).
    """
    require(actor, Permission.MERGE)
    record = session.get(PersonMerge, merge_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(f"merge {merge_id}")
    if record.undone_at is not None:
        raise ValidationError({"merge": "This merge was already undone."})
    kept, merged = get_person(session, record.kept_id), get_person(session, record.merged_id)
    if merged.status != PersonStatus.MERGED or merged.merged_into_id != kept.id:
        raise ValidationError({"merge": "The merged record was changed since; undo by hand."})
    for table, ids in record.moved.items():
        model = MOVABLE[table]
        if ids:
            session.exec(  # type: ignore[call-overload]
                update(model)
                .where(col(model.id).in_([uuid.UUID(i) for i in ids]))
                .values(person_id=merged.id)
            )
    for name, value in record.kept_before.items():
        old = getattr(kept, name)
        setattr(kept, name, _from_json(name, value))
        if name != "birth_year_estimated":
            _log_change(session, actor, kept, name, old)
    merged.status = str(record.merged_before.get("status", PersonStatus.ACTIVE))
    merged.merged_into_id = None
    now = clock.now()
    for person in (kept, merged):
        person.search_text = search_text_for(person)
        person.updated_at = now
        person.written_by = actor.user_id
        session.add(person)
    record.undone_at = now
    record.undone_by = actor.user_id
    record.updated_at = now
    session.add(record)
    session.flush()
    audit.record(
        session,
        actor,
        "person.unmerge",
        entity="person",
        entity_id=kept.id,
        detail={"merged": str(merged.id), "merge_id": str(record.id)},
    )
    return record


@dataclass(frozen=True)
class MergeRow:
    """A merge as staff see it in a person's history."""

    merge_id: uuid.UUID
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    kept_number: str
    merged_number: str
    merged_name: str
    merged_at: object
    merged_by: str
    undone: bool


def merges_of(session: Session, person_id: uuid.UUID) -> list[MergeRow]:
    """Merges into or of this person, newest first (undone ones included)."""
    records = session.exec(
        select(PersonMerge)
        .where((PersonMerge.kept_id == person_id) | (PersonMerge.merged_id == person_id))
        .order_by(col(PersonMerge.created_at).desc())
    ).all()
    rows: list[MergeRow] = []
    for r in records:
        kept, merged = session.get(Person, r.kept_id), session.get(Person, r.merged_id)
        user = session.get(UserAccount, r.written_by) if r.written_by else None
        if kept is None or merged is None:
            continue
        rows.append(
            MergeRow(
                merge_id=r.id,
                kept_id=kept.id,
                merged_id=merged.id,
                kept_number=kept.member_number,
                merged_number=merged.member_number,
                merged_name=merged.display_name,
                merged_at=r.created_at,
                merged_by=user.display_name if user else "",
                undone=r.undone_at is not None,
            )
        )
    return rows
