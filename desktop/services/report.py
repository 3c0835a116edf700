"""The figures staff send to donors, for any range of local days, counted inside the database.

Definitions (also printed on the report):
- a visit counts when it is in the range and not voided;
- people served are distinct people with at least one such visit;
- new people had their first ever (non-voided) visit inside the range; the rest are returning;
- a household served is a household on file with a member served (someone with no household
  on file is a household of one); its size is how many members it has on file;
- age is on the last day of the range, from the date of birth or, failing that, the birth year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from desktop.models import PersonStatus
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError

AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    # UNHCR's bands, which donors in the sector read.
    ("0-4", 0, 4),
    ("5-11", 5, 11),
    ("12-17", 12, 17),
    ("18-59", 18, 59),
    ("60+", 60, None),
)
UNKNOWN = "unknown"
HOUSEHOLD_SIZES = ("1", "2", "3", "4", "5", "6+")
TREND_MONTHS = 12  # a range of one month or less shows the year up to it


@dataclass(frozen=True)
class ServiceCount:
    code: str
    name: str
    category: str
    people: int
    visits: int


@dataclass(frozen=True)
class MonthCount:
    month: str  # "2026-03"
    people: int
    visits: int


@dataclass(frozen=True)
class ReportFigures:
    first: date
    last: date
    people_served: int
    visits: int
    new_people: int
    returning_people: int
    households_served: int
    by_service: list[ServiceCount] = field(default_factory=list)
    by_category: list[ServiceCount] = field(default_factory=list)  # code = category
    by_country: list[tuple[str, int]] = field(default_factory=list)  # (alpha-2 or "", people)
    by_gender: list[tuple[str, int]] = field(default_factory=list)  # (Sex value, people)
    by_age_band: list[tuple[str, int]] = field(default_factory=list)  # AGE_BANDS + unknown
    by_household_size: list[tuple[str, int]] = field(default_factory=list)  # households
    by_month: list[MonthCount] = field(default_factory=list)
    trend_first: date | None = None  # the trend may reach back before `first`


def trend_start(first: date, last: date) -> date:
    """First day of the trend: the range itself, or the 12 months up to a range within a month."""
    if (last.year, last.month) != (first.year, first.month):
        return first
    months_back = last.year * 12 + last.month - 1 - (TREND_MONTHS - 1)
    return date(months_back // 12, months_back % 12 + 1, 1)


def _age_sql() -> str:
    """Age of `pe` on :last_day from the date of birth, else from the birth year."""
    exact = (
        # date_of_birth is stored as YYYY-MM-DD
        "(:last_year - CAST(substr(pe.date_of_birth, 1, 4) AS INTEGER)"
        " - (substr(pe.date_of_birth, 6, 5) > :last_md))"
    )
    return (
        f"CASE WHEN pe.date_of_birth IS NOT NULL THEN {exact}"
        " WHEN pe.birth_year IS NOT NULL THEN :last_year - pe.birth_year END"
    )


def compute_report(*, session: Session, first: date, last: date) -> ReportFigures:
    """Every figure of the donor report for local days first..last (inclusive).

    Raises ValidationError when the range is backwards. Read-only; personal data never leaves
    the database (only counts are returned).
    """
    if first > last:
        raise ValidationError({"first": "The first day is after the last day."})
    start, end = clock.day_bounds_utc(first, last)
    params: dict[str, Any] = {
        "start": clock.storage_stamp(start),
        "end": clock.storage_stamp(end),
        "last_year": last.year,
        "last_md": last.strftime("%m-%d"),
        "merged": PersonStatus.MERGED.value,
    }
    conn = session.connection()
    # The period's visits and the people behind them are gathered once into two small temporary
    # tables; every breakdown then reads those instead of scanning the visits again. The trend
    # and new-or-returning read the running totals of migration 0008 (db/report_summary.py).
    _drop_temp(conn)
    try:
        conn.execute(text(_FILL_VISITS), params)
        conn.execute(text(_FILL_PEOPLE.format(age=_age_sql())), params)
        figures = _breakdowns(conn, params, first, last)
    finally:
        _drop_temp(conn)
    return figures


_FILL_VISITS = """CREATE TEMP TABLE report_visit AS
    SELECT rowid AS vkey, id, person_id, visit_day FROM visit
    WHERE visited_at >= :start AND visited_at < :end AND voided_at IS NULL AND deleted_at IS NULL
    ORDER BY id"""  # in id order, the look-ups of their services walk their index in order
# A month serves most people on file: one pass over the small covering index of people beats a
# look-up per person ("+" keeps SQLite from turning the IN into look-ups).
_FILL_PEOPLE = """CREATE TEMP TABLE report_person AS
    SELECT pe.id, pe.country_of_origin, pe.sex, pe.household_id, {age} AS age
    FROM person pe INDEXED BY ix_person_report
    WHERE +pe.id IN (SELECT person_id FROM report_visit)"""


# CROSS JOIN keeps the period's visits as the outer loop: SQLite has no statistics on a
# temporary table and would otherwise walk every visit_service row. INDEXED BY: the covering
# indexes of migrations 0006 and 0008, which the planner passes over when older indexes have
# statistics (after an ANALYZE) and these do not.
_SERVICES_TAKEN = """SELECT vs.service_id, v.person_id, v.vkey
    FROM report_visit v CROSS JOIN visit_service vs INDEXED BY ix_visit_service_live
      ON vs.visit_id = v.id
    WHERE vs.deleted_at IS NULL"""


def _drop_temp(conn: Any) -> None:
    for table in ("report_visit", "report_person"):
        conn.execute(text(f"DROP TABLE IF EXISTS temp.{table}"))


def _breakdowns(conn: Any, params: dict[str, Any], first: date, last: date) -> ReportFigures:
    def rows(sql: str) -> list[Any]:
        return _fetch(conn, sql, params)

    (visits,) = rows("SELECT count(*) FROM report_visit")[0]
    # report_first_visit holds everyone's first live visit (kept by triggers, migration 0008).
    (new_people,) = rows(
        """SELECT count(*) FROM report_person p CROSS JOIN report_first_visit f
           ON f.person_id = p.id WHERE f.first_at >= :start"""
    )[0]
    by_service, by_category = _service_counts(conn)
    # One pass over the people served gives every breakdown by person.
    countries: Counter[str | None] = Counter()
    genders: Counter[str] = Counter()
    ages: Counter[str] = Counter()
    households: set[str] = set()
    alone = 0
    served = rows("SELECT country_of_origin, sex, household_id, age FROM report_person")
    for country, sex, household, age in served:
        countries[country] += 1
        genders[sex] += 1
        ages[_age_band(age)] += 1
        if household is None:
            alone += 1
        else:
            households.add(household)
    size_counts: dict[str, int] = dict.fromkeys(HOUSEHOLD_SIZES, 0)
    size_counts["1"] = alone
    members = dict(
        rows(
            """SELECT household_id, count(*) FROM person
               WHERE household_id IN (SELECT household_id FROM report_person)
                 AND deleted_at IS NULL AND status != :merged GROUP BY household_id"""
        )
    )
    for household in households:
        size = max(members.get(household, 0), 1)  # someone served is in it
        size_counts[str(size) if size < 6 else "6+"] += 1
    trend_first = trend_start(first, last)
    by_month = _trend(conn, trend_first, last)
    return ReportFigures(
        first=first,
        last=last,
        people_served=len(served),
        visits=visits,
        new_people=new_people,
        returning_people=len(served) - new_people,
        households_served=alone + len(households),
        by_service=by_service,
        by_category=by_category,
        by_country=[
            (code or "", n)
            for code, n in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0] or ""))
        ],
        by_gender=sorted(genders.items()),
        by_age_band=[(label, ages[label]) for label, _lo, _hi in AGE_BANDS]
        + [(UNKNOWN, ages[UNKNOWN])],
        by_household_size=list(size_counts.items()),
        by_month=by_month,
        trend_first=trend_first,
    )


def _age_band(age: int | None) -> str:
    for label, low, high in AGE_BANDS:
        if age is not None and age >= low and (high is None or age <= high):
            return label
    return UNKNOWN


def _service_counts(conn: Any) -> tuple[list[ServiceCount], list[ServiceCount]]:
    """People and visits per service and per category, in one pass over the period's services.

    A visit with two services of one category is one visit of that category. (Counted with
    sets and Counters over whole columns: no Python loop over the rows.)
    """
    catalogue = {
        row[0]: row[1:]
        for row in _fetch(conn, "SELECT id, code, name, category, sort_order FROM service")
    }
    taken = _fetch(conn, _SERVICES_TAKEN)  # (service, person, visit)
    service_of = list(map(itemgetter(0), taken))
    visits = Counter(service_of)
    people = Counter(map(itemgetter(0), set(map(itemgetter(0, 1), taken))))
    category_of = list(map(lambda service: catalogue[service][2], service_of))
    category_visits = Counter(
        map(itemgetter(0), set(zip(category_of, map(itemgetter(2), taken), strict=True)))
    )
    category_people = Counter(
        map(itemgetter(0), set(zip(category_of, map(itemgetter(1), taken), strict=True)))
    )
    services = sorted(visits, key=lambda service: (-visits[service], catalogue[service][3]))
    categories = sorted(
        category_visits, key=lambda category: (-category_visits[category], category)
    )
    return [
        ServiceCount(
            catalogue[service][0],
            catalogue[service][1],
            catalogue[service][2],
            people[service],
            visits[service],
        )
        for service in services
    ], [
        ServiceCount(
            category, category, category, category_people[category], category_visits[category]
        )
        for category in categories
    ]


def _fetch(conn: Any, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
    """Rows as plain tuples straight from the driver (SQLAlchemy's rows cost more here)."""
    cursor = conn.connection.cursor()
    try:
        return list(cursor.execute(sql, params or {}).fetchall())
    finally:
        cursor.close()


def _trend(conn: Any, first: date, last: date) -> list[MonthCount]:
    """People and visits of each month from first to last: whole months from report_month
    (kept by triggers), a month the range cuts counted from the visits themselves."""
    whole = {
        m: MonthCount(m, n_people, n_visits)
        for m, n_people, n_visits in conn.execute(
            text(
                "SELECT month, people, visits FROM report_month"
                " WHERE month >= :first AND month <= :last"
            ),
            {"first": first.isoformat()[:7], "last": last.isoformat()[:7]},
        ).all()
    }
    out = []
    for month in months_between(first, last):
        start, end = month_range(int(month[:4]), int(month[5:]))
        if start >= first and end <= last:
            out.append(whole.get(month, MonthCount(month, 0, 0)))
            continue
        bounds = clock.day_bounds_utc(max(start, first), min(end, last))
        n_people, n_visits = conn.execute(
            text(
                "SELECT count(DISTINCT person_id), count(*) FROM visit"
                " WHERE visited_at >= :start AND visited_at < :end"
                " AND voided_at IS NULL AND deleted_at IS NULL"
            ),
            {"start": clock.storage_stamp(bounds[0]), "end": clock.storage_stamp(bounds[1])},
        ).one()
        out.append(MonthCount(month, n_people, n_visits))
    return out


def months_between(first: date, last: date) -> list[str]:
    """'YYYY-MM' for every month from first's to last's, inclusive."""
    out: list[str] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_range(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a calendar month."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def record_report_made(
    *, session: Session, actor: Actor, first: date, last: date, where: str
) -> None:
    """Audit that a report for this period was made (printed or saved as `where`)."""
    audit.record(
        session,
        actor,
        "report.make",
        detail={"first": first.isoformat(), "last": last.isoformat(), "to": where},
    )
