"""Adding the planned rows of an import without keeping the desk waiting.

The slow part (reading, checking, comparing every row with everyone on file) runs under no lock.
Only the inserts, all prepared beforehand, run in the write transaction: one transaction, so an
import is all or nothing even if the process is killed, and short (a few thousand people in well
under a second on a slow PC), so a check-in queued behind it waits that long at most, far within
the 5 s busy timeout. Chunked transactions would keep each wait shorter, but a failure half-way
would leave half an import on file (and already-taken member numbers are never given back).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from time import monotonic

from sqlalchemy import text
from sqlmodel import Session, col, select

from desktop.db import Database
from desktop.models import Household, IdentityDocument, ImportedRow, Person
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.duplicates import CandidatePool, DuplicateKey
from desktop.services.import_review import Choice, RowDecision, plan_reviewed, will_add
from desktop.services.importer import (
    ImportPlan,
    PlannedRow,
    RowStatus,
    people_on_file,
    plan_import,
)
from desktop.services.jobs import JobControl
from desktop.services.numbering import take_member_numbers
from desktop.services.people import search_text_for
from desktop.services.permissions import Permission, require
from desktop.services.spreadsheet_source import SourceTable

log = logging.getLogger(__name__)

FLUSH_EVERY = 100  # rows written between progress reports (and chances to Cancel)


@dataclass
class _Prepared:
    """A chosen row made ready outside the write lock: only its member number is missing."""

    row: PlannedRow
    person: Person
    household: Household | None
    imported: ImportedRow
    documents: list[IdentityDocument]


def _prepare(
    chosen: list[PlannedRow], actor: Actor, source: str, batch: uuid.UUID
) -> list[_Prepared]:
    households: dict[str, Household] = {}
    out = []
    for row in chosen:
        household = None
        if row.household:
            key = row.household.casefold()
            if key not in households:
                households[key] = Household(
                    label=row.household, desk_id=actor.desk_id, written_by=actor.user_id
                )
            household = households[key]
        person = Person(
            member_number="",
            desk_id=actor.desk_id,
            written_by=actor.user_id,
            household_id=household.id if household else None,
            **row.values,
        )
        if row.registered_on:
            noon = datetime.combine(row.registered_on, time(12), tzinfo=clock.local_tz())
            person.created_at = person.updated_at = noon.astimezone(clock.now().tzinfo)
        imported = ImportedRow(
            fingerprint=row.fingerprint,
            person_id=person.id,
            source_name=source[:300],
            source_row=row.number,
            batch_id=batch,
            desk_id=actor.desk_id,
            written_by=actor.user_id,
        )
        documents = [
            IdentityDocument(
                person_id=person.id, desk_id=actor.desk_id, written_by=actor.user_id, **values
            )
            for values in row.documents
        ]
        out.append(_Prepared(row, person, household, imported, documents))
    return out


def _recheck(
    session: Session, prepared: list[_Prepared], people_seen: int, include_flagged: bool
) -> list[_Prepared]:
    """Inside the write transaction: drop rows another import took since the plan, and flag
    rows like someone registered since (unless flagged rows are wanted)."""
    prints = [p.row.fingerprint for p in prepared]
    taken: set[str] = set()
    for at in range(0, len(prints), 500):  # SQLite's limit on bound values
        chunk = prints[at : at + 500]
        taken.update(
            session.exec(
                select(ImportedRow.fingerprint).where(col(ImportedRow.fingerprint).in_(chunk))
            )
        )
    keys, numbers = people_on_file(session, after=people_seen)
    registered_meanwhile = CandidatePool(keys)
    kept = []
    for item in prepared:
        row = item.row
        if row.fingerprint in taken:
            row.status, row.matches, row.reasons = RowStatus.ALREADY_IMPORTED, [], []
            continue
        key = DuplicateKey.from_values(row.values, row.document_keys)
        found = registered_meanwhile.rank(key, limit=3)
        if found and row.status == RowStatus.NEW:
            row.status = RowStatus.MATCHES_EXISTING
            row.matches = [numbers[m.key.id] for m in found if m.key.id in numbers]
            row.reasons = [f"{m.score.score}% alike" for m in found]
            if not include_flagged:
                continue
        kept.append(item)
    return kept


def _newest_person(session: Session) -> int:
    return int(session.execute(text("SELECT coalesce(max(rowid), 0) FROM person")).scalar_one())


CATCH_UP_ROUNDS = 3  # another import's thousands are compared here; stragglers inside the lock


def _catch_up(
    db: Database, prepared: list[_Prepared], people_seen: int, include_flagged: bool
) -> tuple[list[_Prepared], int]:
    """Outside the lock: compare the rows with anyone registered since the plan (another
    import's 2,000 people), so that inside it only the few registered in the last moment are.
    Returns the rows still to add and the last person compared."""
    for _ in range(CATCH_UP_ROUNDS):
        with db.read() as session:
            newest = _newest_person(session)
            if newest == people_seen:
                break
            prepared = _recheck(session, prepared, people_seen, include_flagged)
        people_seen = newest
    return prepared, people_seen


def _record_same_as(
    session: Session,
    plan: ImportPlan,
    chosen: list[_Prepared],
    members: dict[str, uuid.UUID],
    actor: Actor,
    source: str,
    batch: uuid.UUID,
) -> None:
    """Remember each row a person marked as someone's, so importing the file again adds
    nothing for it. Rows without a fingerprint (refused) or whose fingerprint is already
    remembered are skipped."""
    added = {item.row.number: item.person for item in chosen}
    rows = [r for r in plan.rows if r.decision == Choice.SAME_AS and r.fingerprint]
    if not rows:
        return
    known = {i.row.fingerprint for i in chosen}
    known.update(
        session.exec(
            select(ImportedRow.fingerprint).where(
                col(ImportedRow.fingerprint).in_([r.fingerprint for r in rows])
            )
        )
    )
    for row in rows:
        if row.same_as.startswith("row "):
            person = added.get(int(row.same_as.removeprefix("row ")))
            person_id = person.id if person is not None else None
        else:
            person_id = members.get(row.same_as)
        if person_id is None or row.fingerprint in known:
            continue
        known.add(row.fingerprint)
        session.add(
            ImportedRow(
                fingerprint=row.fingerprint,
                person_id=person_id,
                source_name=source[:300],
                source_row=row.number,
                batch_id=batch,
                desk_id=actor.desk_id,
                written_by=actor.user_id,
            )
        )
    session.flush()


def commit_import(
    *,
    db: Database,
    actor: Actor,
    table: SourceTable,
    mapping: Sequence[str],
    include_flagged: bool = False,
    prefix: str = "CFR",
    control: JobControl | None = None,
    decisions: Mapping[int, RowDecision] | None = None,
) -> ImportPlan:
    """Add every new row (and, if asked, the rows flagged as possible duplicates). Errors,
    repeats and rows imported before are never added.

    The rows are read, checked and compared with everyone on file (the slow part) under no
    lock, so the desk keeps checking people in. Then one short write transaction takes the
    member numbers and inserts everything prepared: all of it or, on any failure or Cancel,
    none. Inside it the fingerprints are checked again (an import of the same rows that
    finished meanwhile wins; this one adds nothing twice) and the rows are compared with anyone
    registered since the plan.
    `decisions` (import_review) are a person's choices by row number: values fixed first, then
    rows included, left out, or recorded as someone's ("same as").
    Raises Cancelled, PermissionDenied unless the actor may import, ValidationError for a
    choice that cannot be kept, or the error that stopped it.
    """
    require(actor, Permission.IMPORT)
    ctl = control or JobControl()
    with db.read() as session:
        # Anyone registered after this is compared again inside the write transaction.
        people_seen = _newest_person(session)
        plan, members = plan_reviewed(
            session=session,
            table=table,
            mapping=mapping,
            decisions=decisions or {},
            control=ctl,
            planner=plan_import,
        )
    batch = uuid.uuid4()
    prepared = _prepare(
        [r for r in plan.rows if will_add(r, include_flagged)], actor, table.name, batch
    )
    prepared, people_seen = _catch_up(db, prepared, people_seen, include_flagged)
    started = monotonic()
    with db.write() as session:
        chosen = _recheck(session, prepared, people_seen, include_flagged)
        numbers = take_member_numbers(session, len(chosen), prefix)
        # Rows a foreign key points at go first: households, then people, then their rows.
        households = {i.household.id: i.household for i in chosen if i.household is not None}
        session.add_all(households.values())
        session.flush()
        for item, number in zip(chosen, numbers, strict=True):
            item.person.member_number = item.row.member_number = number
        for at in range(0, len(chosen), FLUSH_EVERY):
            part = chosen[at : at + FLUSH_EVERY]
            for item in part:
                item.person.search_text = search_text_for(item.person)
                session.add(item.person)
            session.flush()
            session.add_all(item.imported for item in part)
            session.add_all(doc for item in part for doc in item.documents)
            session.flush()
            ctl.step(at + len(part), len(chosen))
        for item in reversed(chosen):  # the head of a new household: its first row
            if item.household is not None:
                item.household.head_person_id = item.person.id
        _record_same_as(session, plan, chosen, members, actor, table.name, batch)
        ctl.step(len(chosen), len(chosen))  # the last moment Cancel undoes everything
        audit.record(
            session,
            actor,
            "import.people",
            entity="import",
            entity_id=batch,
            detail={"file": table.name, "added": plan.added, **plan.counts},
        )
    plan.locked_seconds = monotonic() - started
    log.info("import of %s held the write lock %.2f s", table.name, plan.locked_seconds)
    plan.committed = True
    return plan
