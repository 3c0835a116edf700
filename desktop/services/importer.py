"""Importing the centre's old registration spreadsheets without losing (or doubling) a row.

`plan_import` is the dry run: every row gets a status and its reasons, nothing is written.
`import_commit.commit_import` adds the new people. Each imported row leaves a fingerprint (a
hash of its normalised fields) so importing the same file again adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from desktop.models import ImportedRow
from desktop.services import clock
from desktop.services.documents import validate_documents
from desktop.services.duplicates import (
    CandidatePool,
    DuplicateKey,
    keys_on_file,
    member_numbers,
    rank_on_file,
)
from desktop.services.errors import ValidationError
from desktop.services.import_mapping import row_input
from desktop.services.jobs import JobControl, atomic_output
from desktop.services.parsing import DateFormatError, parse_date
from desktop.services.people import validate
from desktop.services.spreadsheet_source import SourceTable
from desktop.services.text import spreadsheet_safe

STEP = 100  # rows between progress reports while planning


class RowStatus(StrEnum):
    NEW = "new"  # will be added
    ERROR = "error"  # cannot be taken; `reasons` say why
    ALREADY_IMPORTED = "already_imported"  # an earlier import took this very row
    REPEATED = "repeated"  # the same row appears earlier in this file
    DUPLICATE_IN_FILE = "duplicate_in_file"  # looks like an earlier row of this file
    MATCHES_EXISTING = "matches_existing"  # looks like someone already on file


FLAGGED = (RowStatus.DUPLICATE_IN_FILE, RowStatus.MATCHES_EXISTING)


@dataclass
class PlannedRow:
    number: int  # the row's number in the sheet; the header is row 1
    status: RowStatus
    display_name: str = ""
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)  # member numbers, or "row N"
    fingerprint: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    household: str = ""
    registered_on: date | None = None
    member_number: str = ""  # given on commit
    documents: list[dict[str, Any]] = field(default_factory=list)  # IdentityDocument fields
    decision: str = ""  # a person's choice (import_review.Choice), "" when none
    same_as: str = ""  # with the choice "same as": "row N" or a member number
    fix: str = ""  # the values a person fixed, as 'DOB = 14/02/1990; Sex = F'

    @property
    def document_keys(self) -> list[str]:
        return [d["number_key"] for d in self.documents]


@dataclass
class ImportPlan:
    source: str
    encoding: str
    rows: list[PlannedRow]
    committed: bool = False
    locked_seconds: float = 0.0  # how long the commit held the write lock

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.status.value for r in self.rows)
        return {s.value: found.get(s.value, 0) for s in RowStatus}

    @property
    def added(self) -> int:
        return sum(1 for r in self.rows if r.member_number)


def fingerprint(
    values: dict[str, Any],
    household: str,
    registered_on: date | None,
    documents: Sequence[str] = (),
) -> str:
    """A stable hash of a row's normalised fields: the same person typed the same way."""
    body = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}
    body["_household"] = household.casefold()
    body["_registered_on"] = registered_on.isoformat() if registered_on else ""
    if documents:  # rows without documents keep the fingerprints earlier imports gave them
        body["_documents"] = sorted(documents)
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def people_on_file(
    session: Session, *, after: int = 0
) -> tuple[list[DuplicateKey], dict[uuid.UUID, str]]:
    """Everyone an import row could duplicate (those with rowid > `after`): their keys, and
    their member numbers by id."""
    found = keys_on_file(session, after=after)
    return [key for key, _ in found], {key.id: number for key, number in found if key.id}


def _name(values: dict[str, Any]) -> str:
    return " ".join(p for p in (values["family_name"].upper(), values["given_name"]) if p)


def plan_import(
    *,
    session: Session,
    table: SourceTable,
    mapping: Sequence[str],
    control: JobControl | None = None,
) -> ImportPlan:
    """The dry run: what would happen to every row. Writes nothing. Raises Cancelled."""
    ctl = control or JobControl()
    today = clock.today()
    done_before = set(session.exec(select(ImportedRow.fingerprint)))
    in_file = CandidatePool()  # rows planned as new so far; id field = row number
    first_row: dict[str, int] = {}
    planned: list[PlannedRow] = []
    total = len(table.rows)
    ctl.step(0, total)
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)
        row = row_input(cells, mapping)
        entry = PlannedRow(number, RowStatus.NEW, warnings=row.warnings, household=row.household)
        planned.append(entry)
        if (index + 1) % STEP == 0:
            ctl.step(index + 1, total)
        try:
            values = validate(row.data, today=today)
            entry.documents = validate_documents(row.data.documents, today=today)
        except ValidationError as exc:
            entry.status = RowStatus.ERROR
            entry.reasons = [f"{k.replace('_', ' ')}: {v}" for k, v in exc.errors.items()]
            entry.display_name = _name(
                {"family_name": row.data.family_name, "given_name": row.data.given_name}
            )
            continue
        entry.values, entry.display_name = values, _name(values)
        try:
            entry.registered_on = parse_date(row.registered_on, today=today)
        except DateFormatError as exc:
            entry.status, entry.reasons = RowStatus.ERROR, [f"registered: {exc}"]
            continue
        entry.fingerprint = fingerprint(
            values, row.household, entry.registered_on, entry.document_keys
        )
        if entry.fingerprint in done_before:
            entry.status = RowStatus.ALREADY_IMPORTED
            continue
        if entry.fingerprint in first_row:
            entry.status = RowStatus.REPEATED
            entry.matches = [f"row {first_row[entry.fingerprint]}"]
            continue
        first_row[entry.fingerprint] = number
        key = DuplicateKey.from_values(values, entry.document_keys)
        # Against everyone on file through the desk's own check (its name index is kept
        # between rows and between checks): not a pool of every person built per import.
        existing = rank_on_file(session, key, limit=3)
        if existing:
            numbers = member_numbers(session, (m.key.id for m in existing if m.key.id))
            entry.status = RowStatus.MATCHES_EXISTING
            entry.matches = [numbers[m.key.id] for m in existing if m.key.id in numbers]
            entry.reasons = [f"{m.score.score}% alike" for m in existing]
            continue
        earlier = in_file.rank(key, limit=3)
        if earlier:
            entry.status = RowStatus.DUPLICATE_IN_FILE
            entry.matches = [f"row {m.key.id.int}" for m in earlier if m.key.id]
            entry.reasons = [f"{m.score.score}% alike" for m in earlier]
            continue
        in_file.add(
            DuplicateKey(
                family_name=key.family_name,
                given_name=key.given_name,
                name_original=key.name_original,
                date_of_birth=key.date_of_birth,
                birth_year=key.birth_year,
                birth_year_estimated=key.birth_year_estimated,
                phones=key.phones,
                id=uuid.UUID(int=number),
                documents=key.documents,
            )
        )
    ctl.step(total, total)
    return ImportPlan(table.name, table.encoding, planned)


# "decision" and "fix" are for a person to fill in and pass back (see import_review).
REPORT_COLUMNS = (
    "row", "status", "name", "member_number", "matches", "reasons", "warnings", "decision", "fix",
)  # fmt: skip


def write_import_report(plan: ImportPlan, path: Path) -> None:
    """One line per row of the source: what happened to it and why (CSV, Excel-ready)."""
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(REPORT_COLUMNS)
        for r in plan.rows:
            cells = (
                r.number,
                r.status.value,
                r.display_name,
                r.member_number,
                "; ".join(r.matches),
                "; ".join(r.reasons),
                "; ".join(r.warnings),
                f"{r.decision} {r.same_as}".strip(),
                r.fix,
            )
            writer.writerow([spreadsheet_safe(c) for c in cells])
