"""Exports for staff: visits and people over a date range, as CSV that Excel opens correctly."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from desktop.models import Person, Visit
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.jobs import JobControl, atomic_output
from desktop.services.text import spreadsheet_safe
from desktop.services.visits import services_by_visit

BATCH = 2000
VISIT_COLUMNS = (
    "queue_number",
    "date",
    "time",
    "member_number",
    "family_name",
    "given_name",
    "services",
    "note",
    "voided",
)
PEOPLE_COLUMNS = (
    "member_number",
    "family_name",
    "given_name",
    "name_original",
    "preferred_name",
    "sex",
    "date_of_birth",
    "birth_year",
    "country_of_origin",
    "nationality",
    "preferred_language",
    "phone",
    "hk_area",
    "immigration_status",
    "status",
    "registered_on",
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([spreadsheet_safe(v) for v in row])
            count += 1
    return count


def export_visits_csv(
    *,
    session: Session,
    actor: Actor,
    path: Path,
    first: date,
    last: date,
    control: JobControl | None = None,
) -> ExportResult:
    """Every visit on local days first..last (inclusive) to a CSV file (UTF-8 with BOM).

    The file appears only when complete; raises Cancelled when stopped (no file left behind).
    """
    ctl = control or JobControl()
    start, end = clock.day_bounds_utc(first, last)
    where = (col(Visit.visited_at) >= start, col(Visit.visited_at) < end)
    total = session.exec(select(func.count()).select_from(Visit).where(*where)).one()

    def rows() -> Iterable[Sequence[object]]:
        done = 0
        stmt = (
            select(Visit, Person)
            .join(Person, col(Person.id) == Visit.person_id)
            .where(*where)
            .order_by(col(Visit.visited_at))
        )
        for chunk in session.exec(stmt).partitions(BATCH):
            services = services_by_visit(session, [v.id for v, _ in chunk])
            for visit, person in chunk:
                local = clock.to_local(visit.visited_at)
                yield (
                    visit.queue_number,
                    local.date().isoformat(),
                    local.strftime("%H:%M"),
                    person.member_number,
                    person.family_name,
                    person.given_name,
                    "; ".join(s.name for s in services[visit.id]),
                    visit.note,
                    "yes" if visit.voided_at else "",
                )
            done += len(chunk)
            ctl.step(done, total)

    ctl.step(0, total)
    count = _write_csv(path, VISIT_COLUMNS, rows())
    audit.record(
        session,
        actor,
        "export.visits",
        detail={
            "first": first.isoformat(),
            "last": last.isoformat(),
            "rows": count,
            "file": path.name,
        },
    )
    return ExportResult(path, count)


def export_people_csv(
    *,
    session: Session,
    actor: Actor,
    path: Path,
    first: date | None = None,
    last: date | None = None,
    control: JobControl | None = None,
) -> ExportResult:
    """People registered on local days first..last (all people when no range) to CSV."""
    ctl = control or JobControl()
    where: list[ColumnElement[bool]] = [col(Person.deleted_at).is_(None)]
    if first and last:
        start, end = clock.day_bounds_utc(first, last)
        where += [col(Person.created_at) >= start, col(Person.created_at) < end]
    total = session.exec(select(func.count()).select_from(Person).where(*where)).one()

    def rows() -> Iterable[Sequence[object]]:
        done = 0
        stmt = select(Person).where(*where).order_by(col(Person.member_number))
        for chunk in session.exec(stmt).partitions(BATCH):
            for p in chunk:
                yield (
                    p.member_number,
                    p.family_name,
                    p.given_name,
                    p.name_original,
                    p.preferred_name,
                    p.sex,
                    p.date_of_birth.isoformat() if p.date_of_birth else "",
                    p.birth_year or "",
                    p.country_of_origin,
                    p.nationality,
                    p.preferred_language,
                    p.phone,
                    p.hk_area,
                    p.immigration_status,
                    p.status,
                    clock.local_day(p.created_at).isoformat(),
                )
            done += len(chunk)
            ctl.step(done, total)

    ctl.step(0, total)
    count = _write_csv(path, PEOPLE_COLUMNS, rows())
    audit.record(session, actor, "export.people", detail={"rows": count, "file": path.name})
    return ExportResult(path, count)
