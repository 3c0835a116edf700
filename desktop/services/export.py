"""Exports for staff: people, visits or households to CSV (Excel-ready) or XLSX.

Rows stream from one SQL query straight into the file, with formula neutralising done inside
the query (text.spreadsheet_safe_sql), so a million rows take seconds. The file appears only
when complete, and only once the export is recorded in the audit trail.
"""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.db.private_files import temp_files_in_private_folder
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.anonymity import AnonymousTable, K, QuasiFacts, k_anonymise
from desktop.services.errors import Text, ValidationError
from desktop.services.export_fields import (
    SOURCES,
    ExportField,
    ExportKind,
    Transform,
    default_fields,
    fields_of,
)
from desktop.services.jobs import JobControl, atomic_output
from desktop.services.permissions import Permission, require
from desktop.services.pseudonyms import Pseudonymiser, pseudonym_key
from desktop.services.text import spreadsheet_safe_sql

BATCH = 5000
XLSX_MAX_ROWS = 1_048_576  # Excel's limit, header included
FORMATS = ("csv", "xlsx")
_ILLEGAL_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # as openpyxl refuses them


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    fmt: str = "csv"
    fields: Sequence[str] | None = None  # None: default_fields
    anonymised: bool = False
    first: date | None = None  # local days; both None means everything on file
    last: date | None = None

    def chosen_fields(self) -> list[ExportField]:
        """The fields in the file, in the order asked for. Raises ValidationError."""
        names = list(self.fields or default_fields(self.kind, anonymised=self.anonymised))
        known = {f.name: f for f in fields_of(self.kind)}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValidationError(
                {"fields": Text("Unknown field(s): {fields}.", fields=", ".join(unknown))}
            )
        chosen = [known[n] for n in dict.fromkeys(names)]
        if not chosen:
            raise ValidationError({"fields": "Choose at least one field."})
        if self.anonymised and any(f.personal or f.identifying for f in chosen):
            personal = ", ".join(f.name for f in chosen if f.personal or f.identifying)
            raise ValidationError(
                {"fields": Text("An anonymised export cannot include {fields}.", fields=personal)}
            )
        return chosen


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    fields: list[str] = field(default_factory=list)
    changed_cells: int | None = None  # anonymised: cells generalised or suppressed for k


def _check_allowed(actor: Actor, request: ExportRequest) -> None:
    # Personal data leaves the building only by an admin's hand; anonymised exports are open
    # to caseworkers too.
    require(
        actor, Permission.EXPORT_ANONYMOUS if request.anonymised else Permission.EXPORT_PERSONAL
    )


def _query(
    request: ExportRequest, chosen: Sequence[ExportField], start: datetime, end: datetime
) -> tuple[str, str, list[Callable[[Any], Any] | None]]:
    """(select SQL, count SQL, per-column Python transforms or None)."""
    offset = clock.fixed_offset_minutes(start, end)
    exprs: list[str] = []
    transforms: list[Callable[[Any], Any] | None] = []
    for f in chosen:
        python: Callable[[Any], Any] | None = None
        if _from_table(request, f):
            expr = "p.id"  # replaced by the person's value from the quasi-identifier table
        elif f.transform in (Transform.LOCAL_TIME, Transform.LOCAL_DAY):
            fmt = "%H:%M" if f.transform == Transform.LOCAL_TIME else "%Y-%m-%d"
            if offset is not None:
                expr = f"strftime('{fmt}', {f.sql}, '{offset:+d} minutes')"
            else:  # summer time somewhere in the range: convert each moment in Python
                expr = f.sql
                python = _local_formatter(fmt)
        elif f.text and not f.is_reference:
            expr = spreadsheet_safe_sql(f"coalesce({f.sql}, '')")
        else:
            expr = f.sql
        exprs.append(expr)
        transforms.append(python)
    source, stamp_column, order = SOURCES[request.kind]
    where = ""
    if request.first is not None and request.last is not None:
        where = f" AND {stamp_column} >= :start AND {stamp_column} < :end"
    select = f"SELECT {', '.join(exprs)} FROM {source}{where} ORDER BY {order}"
    count = f"SELECT count(*) FROM {source}{where}"
    return select, count, transforms


def _from_table(request: ExportRequest, f: ExportField) -> bool:
    return bool(f.quasi) and (request.anonymised or f.generalised)


_FACTS = (
    "SELECT p.id, p.sex, p.date_of_birth, p.birth_year, p.country_of_origin, p.created_at,"
    " CASE WHEN p.household_id IS NULL THEN 1 ELSE (SELECT count(*) FROM person m"
    " WHERE m.household_id = p.household_id AND m.deleted_at IS NULL) END"
    " FROM person p WHERE p.id IN (SELECT p.id FROM {source}{where})"
)


def _quasi_table(cursor: Any, request: ExportRequest, params: dict[str, str]) -> AnonymousTable:
    """The quasi-identifiers of everyone in the export: k-anonymous when anonymised."""
    source, stamp_column, _order = SOURCES[request.kind]
    has_range = request.first is not None and request.last is not None
    where = f" AND {stamp_column} >= :start AND {stamp_column} < :end" if has_range else ""
    on = request.last or clock.today()
    facts: dict[uuid.UUID, QuasiFacts] = {}
    rows = cursor.execute(_FACTS.format(source=source, where=where), params if has_range else {})
    for pid, sex, born, year, country, created, household in rows:
        birth = date.fromisoformat(born) if born else None
        if birth is not None:
            age: int | None = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
        else:
            age = on.year - year if year else None
        registered = clock.to_local(datetime.fromisoformat(created).replace(tzinfo=UTC)).date()
        facts[uuid.UUID(pid)] = QuasiFacts(sex, age, country or "", registered, household)
    return k_anonymise(facts, K if request.anonymised else 1)


def _bounds(request: ExportRequest) -> tuple[datetime, datetime]:
    if request.first is not None and request.last is not None:
        return clock.day_bounds_utc(request.first, request.last)
    return datetime(2000, 1, 1, tzinfo=UTC), clock.now()


def export_query(request: ExportRequest) -> tuple[str, dict[str, str]]:
    """The SELECT an export runs and its parameters: for the benchmark, which has the sqlite3
    shell run the same query. Raises ValidationError for bad fields."""
    start, end = _bounds(request)
    select, _count, _transforms = _query(request, request.chosen_fields(), start, end)
    return select, {"start": clock.storage_stamp(start), "end": clock.storage_stamp(end)}


def _local_formatter(fmt: str) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if not value:
            return ""
        moment = datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
        return clock.to_local(moment).strftime(fmt)

    return convert


def _rows(
    cursor: Any, transforms: Sequence[Callable[[Any], Any] | None], ctl: JobControl, total: int
) -> Iterator[list[Any]]:
    """Batches of rows, each transformed; progress after each batch."""
    active = [(i, t) for i, t in enumerate(transforms) if t is not None]
    done = 0
    while batch := cursor.fetchmany(BATCH):
        if active:
            batch = [list(row) for row in batch]
            for row in batch:
                for i, transform in active:
                    row[i] = transform(row[i])
        yield batch
        done += len(batch)
        ctl.step(done, total)


def _write_csv(tmp: Path, header: Sequence[str], batches: Iterator[list[Any]]) -> int:
    count = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:  # the BOM tells Excel: UTF-8
        writer = csv.writer(fh)
        writer.writerow(header)
        for batch in batches:
            writer.writerows(batch)
            count += len(batch)
    return count


def _write_xlsx(tmp: Path, title: str, header: Sequence[str], batches: Iterator[list[Any]]) -> int:
    from openpyxl import Workbook

    with temp_files_in_private_folder():  # openpyxl's scratch files hold every row
        book = Workbook(write_only=True)
        sheet = book.create_sheet(title)
        sheet.append(list(header))
        count = 0
        for batch in batches:
            for row in batch:
                # A control character pasted into a name would stop the whole workbook.
                sheet.append([_printable(v) for v in row])
            count += len(batch)
        book.save(tmp)
    return count


def _printable(value: Any) -> Any:
    return _ILLEGAL_IN_XLSX.sub("", value) if isinstance(value, str) else value


def export_data(
    *,
    db: Database,
    actor: Actor,
    request: ExportRequest,
    path: Path,
    control: JobControl | None = None,
) -> ExportResult:
    """Write the requested rows and fields to `path` (CSV with BOM, or XLSX).

    Reads without taking the write lock (the desk keeps working), records the export in the
    audit trail, and only then moves the finished file into place. Raises ValidationError (bad
    fields, format or range), PermissionDenied (personal data by a non-admin), Cancelled
    (no file left behind).
    """
    ctl = control or JobControl()
    _check_allowed(actor, request)
    if request.fmt not in FORMATS:
        raise ValidationError(
            {"format": Text("Choose one of: {formats}.", formats=", ".join(FORMATS))}
        )
    chosen = request.chosen_fields()
    if request.first and request.last and request.first > request.last:
        raise ValidationError({"first": "The first day is after the last day."})
    start, end = _bounds(request)
    has_range = request.first is not None and request.last is not None
    select, count_sql, transforms = _query(request, chosen, start, end)
    if any(f.is_reference for f in chosen):
        with db.write() as session:
            names = Pseudonymiser(pseudonym_key(session))
        for i, f in enumerate(chosen):
            if f.transform == Transform.PERSON_REF:
                transforms[i] = names.person
            elif f.transform == Transform.HOUSEHOLD_REF:
                transforms[i] = names.household
    params = {"start": clock.storage_stamp(start), "end": clock.storage_stamp(end)}
    header = [f.name for f in chosen]
    table: AnonymousTable | None = None
    ctl.step(0, 0)
    with atomic_output(path) as tmp:
        raw = db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            if any(_from_table(request, f) for f in chosen):
                table = _quasi_table(cursor, request, params)
                for i, f in enumerate(chosen):
                    if _from_table(request, f):
                        transforms[i] = _lookup(table, f.quasi)
            total = cursor.execute(count_sql, params if has_range else {}).fetchone()[0]
            if request.fmt == "xlsx" and total + 1 > XLSX_MAX_ROWS:
                raise ValidationError(
                    {
                        "format": Text(
                            "{rows} rows are more than Excel can hold: choose CSV.",
                            rows=f"{total:,}",
                        )
                    }
                )
            ctl.step(0, total)
            cursor.execute(select, params if has_range else {})
            batches = _rows(cursor, transforms, ctl, total)
            if request.fmt == "csv":
                rows = _write_csv(tmp, header, batches)
            else:
                rows = _write_xlsx(tmp, request.kind.value, header, batches)
        finally:
            raw.close()
        with db.write() as session:
            ctl.step(rows, rows)  # last chance to cancel: nothing is recorded or kept
            audit.record(
                session,
                actor,
                f"export.{request.kind.value}",
                detail={
                    "format": request.fmt,
                    "anonymised": request.anonymised,
                    "fields": header,
                    "first": request.first.isoformat() if request.first else None,
                    "last": request.last.isoformat() if request.last else None,
                    "rows": rows,
                    "file": path.name,
                    "k": table.k if table and request.anonymised else None,
                    "changed_cells": table.changed if table and request.anonymised else None,
                },
            )
    changed = table.changed if table is not None and request.anonymised else None
    return ExportResult(path, rows, header, changed)


def _lookup(table: AnonymousTable, quasi: str) -> Callable[[Any], Any]:
    def value(person_id: Any) -> Any:
        return table.value(uuid.UUID(str(person_id)), quasi)

    return value
