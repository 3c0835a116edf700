"""Erasing a person from every table that holds them: on this desk, the server and other desks.

An erasure is one plan: the rows that go (edit history, consents, cards) and the fields blanked
on the rows that stay for the counts (the person, their visits' notes, merge records, a household
label that names them). The desk that erases applies the plan and puts it in the outbox as one
operation (`person_erasure`); the server (server_migrations/0003_erasure.sql) and every other
desk apply the same plan when it reaches them, and rewrite or drop every earlier change that
carried the old values. What each desk keeps only for itself (outbox, conflicts, duplicate
suspects, print jobs, the search index) is scrubbed in the same step.

`TABLES` names every table in the file and what erasure does with it; a test fails when a new
table is not listed there.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, or_, update
from sqlalchemy import select as select_rows
from sqlmodel import Session, SQLModel, col, select

from desktop.db.outbox import next_stamp, write_operation
from desktop.db.wire import from_wire, to_wire
from desktop.models import (
    Consent,
    Household,
    IdentityDocument,
    ImportedRow,
    MemberCard,
    Person,
    PersonChange,
    PersonMerge,
    PersonStatus,
    PrintJob,
    SyncConflict,
    SyncOutbox,
    SyncRowClock,
    SyncSuspect,
    Visit,
    VisitService,
)
from desktop.services.people import search_text_for
from desktop.services.text import fold

ERASURE_TABLE = "person_erasure"  # the operation's name in outboxes and the server's log

# Every table in the desk's file, and what an erasure does with it.
DELETED = "the person's rows are deleted"
BLANKED = "the person's personal fields are blanked; the row stays for the counts"
SCRUBBED = "desk bookkeeping: the person's entries are deleted or rewritten"
IDS_ONLY = "holds ids, counts or hashes only"
NO_PERSON = "holds no data about a person"
TABLES: dict[str, str] = {
    "person": BLANKED,
    "person_change": DELETED,
    "consent": DELETED,
    "member_card": DELETED,
    "visit": BLANKED,  # the note
    "visit_service": BLANKED,  # why a rule was overridden (typed text)
    "household": BLANKED,  # head, and a label that carries the name
    "person_merge": BLANKED,  # the fields kept for undoing the merge
    "sync_outbox": SCRUBBED,
    "sync_row_clock": SCRUBBED,
    "sync_conflict": SCRUBBED,
    "sync_suspect": SCRUBBED,
    "print_job": SCRUBBED,
    "person_fts": SCRUBBED,  # search index, rebuilt from person.search_text
    "person_words": SCRUBBED,
    # The fingerprint is a hash of the person's spreadsheet row (name, birth date, phone): it
    # goes too. The old spreadsheet still holds them: it is for staff to edit (README).
    "imported_row": DELETED,
    "identity_document": DELETED,  # document numbers (recognizance, claim, passport, ...)
    "audit_event": IDS_ONLY,  # who did what to which id; never names (services/audit.py)
    "report_month_person": IDS_ONLY,
    "report_first_visit": IDS_ONLY,
    "report_month": IDS_ONLY,
    "sync_state": NO_PERSON,
    "service": NO_PERSON,
    "desk": NO_PERSON,
    "user_account": NO_PERSON,  # staff accounts
    "setting": NO_PERSON,
    "counter": NO_PERSON,
    "person_names_version": NO_PERSON,  # one number the duplicate check's memory watches
    "alembic_version": NO_PERSON,
}

# Rows that only describe the person: an erasure deletes them all.
PERSON_ROWS = (PersonChange, Consent, MemberCard, ImportedRow, IdentityDocument)
# Kept after erasure, for the aggregate counts: nothing else of the person remains.
KEPT_FOR_COUNTS = ("sex", "birth_year", "country_of_origin")
BLANK_PERSON: dict[str, object] = {
    "family_name": "",
    "given_name": "",
    "name_original": "",
    "preferred_name": "",
    "gender_identity": "",
    "date_of_birth": None,
    "birth_year_estimated": False,
    "nationality": "",
    "languages": [],
    "preferred_language": "",
    "phone": "",
    "phone_alt": "",
    "hk_area": "",
    "immigration_status": "not_stated",
    "arrival_date": None,
    "claim_date": None,
    "household_id": None,
    "household_relationship": "",
    "vulnerability_flags": [],
    "notes": "",
}


@dataclass
class ErasurePlan:
    """What erasing one person changes: rows deleted, and field values set (wire form)."""

    person_id: uuid.UUID
    people: list[uuid.UUID] = field(default_factory=list)  # the person and records merged in
    # Every row of these tables that belongs to one of `people` goes, wherever it was written:
    # listed in `deleted` when planned, and found again where a desk wrote more offline.
    person_tables: list[str] = field(default_factory=list)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    blanked: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        return {
            "people": [str(p) for p in self.people],
            "person_tables": self.person_tables,
            "deleted": self.deleted,
            "blanked": self.blanked,
        }

    @classmethod
    def from_wire(cls, person_id: uuid.UUID, fields: dict[str, Any]) -> ErasurePlan:
        return cls(
            person_id=person_id,
            people=[uuid.UUID(p) for p in fields.get("people", [str(person_id)])],
            person_tables=list(fields.get("person_tables", [])),
            deleted={t: list(ids) for t, ids in dict(fields.get("deleted", {})).items()},
            blanked={t: dict(rows) for t, rows in dict(fields.get("blanked", {})).items()},
        )

    def row_ids(self) -> set[str]:
        """Every row the plan touches, as UUID text."""
        found = {str(p) for p in self.people}
        for ids in self.deleted.values():
            found.update(ids)
        for rows in self.blanked.values():
            found.update(rows)
        return found

    def blank(self, table: str, row_id: uuid.UUID, values: dict[str, Any]) -> None:
        self.blanked.setdefault(table, {}).setdefault(str(row_id), {}).update(values)


def _people(session: Session, person_id: uuid.UUID) -> list[uuid.UUID]:
    """The person and every record merged into them (those hold the same person's details)."""
    found, todo = [person_id], [person_id]
    while todo:
        merged = session.exec(select(Person.id).where(col(Person.merged_into_id).in_(todo)))
        todo = [m for m in merged if m not in found]
        found.extend(todo)
    return found


def plan_erasure(session: Session, person_id: uuid.UUID) -> ErasurePlan:
    """Everything that must change to erase `person_id` (and records merged into them)."""
    plan = ErasurePlan(person_id=person_id, people=_people(session, person_id))
    plan.person_tables = [str(m.__tablename__) for m in PERSON_ROWS]
    people = plan.people
    name_parts: set[str] = set()
    households: set[uuid.UUID] = set()
    for person in session.exec(select(Person).where(col(Person.id).in_(people))):
        values = {k: to_wire(v) for k, v in BLANK_PERSON.items()}
        values["member_number"] = f"ANON-{secrets.token_hex(5).upper()}"
        if person.id == person_id:
            values["status"] = PersonStatus.ANONYMISED.value
        plan.blank("person", person.id, values)
        for part in (person.family_name, person.given_name, person.preferred_name):
            name_parts.update(w for w in fold(part).split() if len(w) > 1)
        if person.household_id is not None:
            households.add(person.household_id)
    for model in PERSON_ROWS:
        ids = session.exec(select(model.id).where(col(model.person_id).in_(people)))
        found = [str(i) for i in ids]
        if found:
            plan.deleted[str(model.__tablename__)] = found
    visit_ids: list[uuid.UUID] = []
    for visit_id, note in session.exec(
        select(Visit.id, Visit.note).where(col(Visit.person_id).in_(people))
    ):
        visit_ids.append(visit_id)
        if note:
            plan.blank("visit", visit_id, {"note": ""})
    for chunk in _chunks(visit_ids, 500):
        for vs_id in session.exec(
            select(VisitService.id).where(
                col(VisitService.visit_id).in_(chunk), col(VisitService.override_reason) != ""
            )
        ):
            plan.blank("visit_service", vs_id, {"override_reason": ""})
    for household in session.exec(
        select(Household).where(
            or_(col(Household.id).in_(households), col(Household.head_person_id).in_(people))
        )
    ):
        if household.head_person_id in people:
            plan.blank("household", household.id, {"head_person_id": None})
        if name_parts & set(fold(household.label).split()):  # "VEXQORRADINE household"
            plan.blank("household", household.id, {"label": ""})
    for merge in session.exec(
        select(PersonMerge).where(
            or_(col(PersonMerge.kept_id).in_(people), col(PersonMerge.merged_id).in_(people))
        )
    ):
        if merge.kept_id in people:
            before = {k: to_wire(BLANK_PERSON.get(k, v)) for k, v in merge.kept_before.items()}
            plan.blank("person_merge", merge.id, {"kept_before": before, "reason": ""})
        if merge.merged_id in people:
            plan.blank("person_merge", merge.id, {"reason": ""})
    return plan


def _chunks(items: list[uuid.UUID], size: int) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def apply_plan(conn: Connection, plan: ErasurePlan, stamp: str) -> None:
    """Carry out `plan` on this desk's file, inside the caller's write transaction.

    Fields set here take the clock `stamp`, so an older edit arriving later loses to them.
    """
    tables = SQLModel.metadata.tables
    for table_name, rows in plan.blanked.items():
        table = tables.get(table_name)
        if table is None:
            continue
        for row_id, wire in rows.items():
            _blank_row(conn, table, uuid.UUID(row_id), wire, stamp)
    for table_name in plan.person_tables:  # rows written after the plan was made, elsewhere
        table = tables.get(table_name)
        if table is not None and "person_id" in table.c:
            more = conn.execute(select_rows(table.c.id).where(table.c.person_id.in_(plan.people)))
            known = set(plan.deleted.get(table_name, []))
            plan.deleted[table_name] = [*known, *(str(i) for (i,) in more if str(i) not in known)]
    for table_name, ids in plan.deleted.items():
        table = tables.get(table_name)
        if table is None:
            continue
        uuids = [uuid.UUID(i) for i in ids]
        for chunk in _chunks(uuids, 500):
            conn.execute(table.delete().where(table.c.id.in_(chunk)))
            conn.execute(
                delete(SyncRowClock).where(
                    col(SyncRowClock.table_name) == table_name, col(SyncRowClock.row_id).in_(chunk)
                )
            )
    _scrub_bookkeeping(conn, plan)


def _blank_row(
    conn: Connection, table: Table, row_id: uuid.UUID, wire: dict[str, Any], stamp: str
) -> None:
    values = {k: from_wire(table.c[k], v) for k, v in wire.items() if k in table.c}
    current = conn.execute(select_rows(table).where(table.c.id == row_id)).mappings().first()
    if current is None or not values:
        return
    if table.name == "person":
        row = {**current, **values}
        values["search_text"] = search_text_for(
            Person(**{c.name: row[c.name] for c in table.columns})
        )
    conn.execute(table.update().where(table.c.id == row_id).values(values))
    found = conn.execute(
        select_rows(col(SyncRowClock.clocks)).where(
            col(SyncRowClock.table_name) == table.name, col(SyncRowClock.row_id) == row_id
        )
    ).scalar()
    clocks = {**dict(found or {}), **dict.fromkeys(wire, stamp)}
    if found is None:
        conn.execute(
            SyncRowClock.__table__.insert().values(  # type: ignore[attr-defined]
                table_name=table.name, row_id=row_id, clocks=clocks
            )
        )
    else:
        conn.execute(
            update(SyncRowClock)
            .where(col(SyncRowClock.table_name) == table.name, col(SyncRowClock.row_id) == row_id)
            .values(clocks=clocks)
        )


def _scrub_bookkeeping(conn: Connection, plan: ErasurePlan) -> None:
    deleted = {(t, i) for t, ids in plan.deleted.items() for i in ids}
    blanked = {(t, r): v for t, rows in plan.blanked.items() for r, v in rows.items()}
    # Changes not pushed yet: a deleted row's go, a kept row's carry the blanked values.
    ids = [uuid.UUID(i) for i in plan.row_ids()]
    for chunk in _chunks(ids, 500):
        for seq, table_name, row_id, fields in conn.execute(
            select_rows(
                col(SyncOutbox.seq),
                col(SyncOutbox.table_name),
                col(SyncOutbox.row_id),
                col(SyncOutbox.fields),
            ).where(col(SyncOutbox.row_id).in_(chunk), col(SyncOutbox.table_name) != ERASURE_TABLE)
        ):
            key = (table_name, str(row_id))
            if key in deleted:
                conn.execute(delete(SyncOutbox).where(col(SyncOutbox.seq) == seq))
            elif key in blanked:
                values = blanked[key]
                rewritten = {k: values.get(k, v) for k, v in dict(fields).items()}
                conn.execute(
                    update(SyncOutbox).where(col(SyncOutbox.seq) == seq).values(fields=rewritten)
                )
    for chunk in _chunks(ids, 500):
        conn.execute(delete(SyncConflict).where(col(SyncConflict.row_id).in_(chunk)))
        conn.execute(delete(PrintJob).where(col(PrintJob.ref_id).in_([str(i) for i in chunk])))
    for person in plan.people:  # an intake form's reference starts with the person's id
        conn.execute(delete(PrintJob).where(col(PrintJob.ref_id).startswith(f"{person}:")))
    conn.execute(
        delete(SyncSuspect).where(
            or_(
                col(SyncSuspect.person_a).in_(plan.people),
                col(SyncSuspect.person_b).in_(plan.people),
            )
        )
    )


def compact_search_index(conn: Connection) -> None:
    """The search index keeps deleted terms in old segments until they are merged: merge them
    now (once after any number of erasures; it rewrites the index)."""
    for index in ("person_fts", "person_words"):
        conn.exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")


def erase_locally(session: Session, person_id: uuid.UUID, *, compact: bool = True) -> ErasurePlan:
    """Plan and apply the erasure of `person_id` here, and queue it for the server and the
    other desks (one outbox entry). Returns the plan. Without `compact`, the caller runs
    compact_search_index once after a batch of erasures."""
    plan = plan_erasure(session, person_id)
    session.flush()
    stamp = next_stamp(session)
    apply_plan(session.connection(), plan, stamp)
    write_operation(session, stamp, ERASURE_TABLE, person_id, plan.to_wire())
    if compact:
        compact_search_index(session.connection())
    session.expire_all()
    return plan
