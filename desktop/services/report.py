"""The figures staff send to donors, for any range of local days, computed by SQL aggregates.

Definitions (also printed on the report):
- a visit counts when it is in the range and not voided;
- people served are distinct people with at least one such visit;
- new people had their first ever (non-voided) visit inside the range; the rest are returning;
- a household served is a household on file with a member served (someone with no household
  on file is a household of one); its size is how many members it has on file;
- age is on the last day of the range, from the date of birth or, failing that, the birth year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
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


def _age_case() -> tuple[str, str]:
    """(band of column `age`, age of `pe` on :last_day from the date of birth, else the year)."""
    exact = (
        "(CAST(:last_year AS INTEGER) - CAST(strftime('%Y', pe.date_of_birth) AS INTEGER)"
        " - (strftime('%m-%d', pe.date_of_birth) > :last_md))"
    )
    age = (
        f"CASE WHEN pe.date_of_birth IS NOT NULL THEN {exact}"
        " WHEN pe.birth_year IS NOT NULL THEN :last_year - pe.birth_year END"
    )
    whens = []
    for label, low, high in AGE_BANDS:
        cond = f"age >= {low}" + (f" AND age <= {high}" if high is not None else "")
        whens.append(f"WHEN {cond} THEN '{label}'")
    return f"CASE {' '.join(whens)} ELSE '{UNKNOWN}' END", age


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
    # tables; every breakdown then reads those instead of scanning the visits again.
    _drop_temp(conn)
    try:
        conn.execute(text(_FILL_VISITS), params)
        conn.execute(text(_FILL_PEOPLE.format(age=_age_case()[1])), params)
        conn.execute(text(_FILL_SERVICES))
        figures = _breakdowns(conn, params, first, last)
    finally:
        _drop_temp(conn)
    return figures


_FILL_VISITS = """CREATE TEMP TABLE report_visit AS
    SELECT rowid AS vkey, id, person_id, visit_day FROM visit
    WHERE visited_at >= :start AND visited_at < :end AND voided_at IS NULL AND deleted_at IS NULL"""
_FILL_PEOPLE = """CREATE TEMP TABLE report_person AS
    SELECT pe.id, pe.country_of_origin, pe.sex, pe.household_id, {age} AS age
    FROM (SELECT DISTINCT person_id FROM report_visit) p JOIN person pe ON pe.id = p.person_id"""


# CROSS JOIN keeps the period's visits as the outer loop: SQLite has no statistics on a
# temporary table and would otherwise walk every visit_service row.
_FILL_SERVICES = """CREATE TEMP TABLE report_service AS
    SELECT v.vkey, v.person_id, vs.service_id
    FROM report_visit v CROSS JOIN visit_service vs ON vs.visit_id = v.id
    WHERE vs.deleted_at IS NULL"""


def _drop_temp(conn: Any) -> None:
    for table in ("report_visit", "report_person", "report_service"):
        conn.execute(text(f"DROP TABLE IF EXISTS temp.{table}"))


def _breakdowns(conn: Any, params: dict[str, Any], first: date, last: date) -> ReportFigures:
    def rows(sql: str) -> list[Any]:
        return list(conn.execute(text(sql), params).all())

    visits, people = rows(
        "SELECT (SELECT count(*) FROM report_visit), (SELECT count(*) FROM report_person)"
    )[0]
    (new_people,) = rows(
        """SELECT count(*) FROM report_person p WHERE NOT EXISTS (
            SELECT 1 FROM visit w WHERE w.person_id = p.id AND w.visited_at < :start
              AND w.voided_at IS NULL AND w.deleted_at IS NULL)"""
    )[0]
    by_service = [
        ServiceCount(code, name, category, n_people, n_visits)
        for code, name, category, n_people, n_visits in rows(
            """SELECT s.code, s.name, s.category, r.people, r.visits
               FROM (SELECT service_id, count(DISTINCT person_id) AS people, count(*) AS visits
                     FROM report_service GROUP BY service_id) r
               JOIN service s ON s.id = r.service_id ORDER BY r.visits DESC, s.sort_order"""
        )
    ]
    by_category = [
        ServiceCount(category, category, category, n_people, n_visits)
        for category, n_people, n_visits in rows(
            """SELECT s.category, count(DISTINCT r.person_id), count(DISTINCT r.vkey)
               FROM report_service r JOIN service s ON s.id = r.service_id GROUP BY s.category
               ORDER BY count(DISTINCT r.vkey) DESC, s.category"""
        )
    ]
    by_country = [
        (code or "", n)
        for code, n in rows(
            "SELECT country_of_origin, count(*) FROM report_person "
            "GROUP BY country_of_origin ORDER BY count(*) DESC, country_of_origin"
        )
    ]
    by_gender = [
        (sex, n) for sex, n in rows("SELECT sex, count(*) FROM report_person GROUP BY sex")
    ]
    band_case, _age = _age_case()
    age_counts = dict(
        rows(f"SELECT {band_case} AS band, count(*) FROM report_person GROUP BY band")
    )
    by_age = [(label, age_counts.get(label, 0)) for label, _lo, _hi in AGE_BANDS]
    by_age.append((UNKNOWN, age_counts.get(UNKNOWN, 0)))
    size_counts: dict[str, int] = dict.fromkeys(HOUSEHOLD_SIZES, 0)
    households = 0
    for size, n in rows(
        """SELECT CASE WHEN pe.household_id IS NULL THEN 1 ELSE hs.n END AS size,
                  count(DISTINCT coalesce(pe.household_id, pe.id)) FROM report_person pe
           LEFT JOIN (SELECT household_id, count(*) AS n FROM person
                      WHERE household_id IN (SELECT household_id FROM report_person)
                        AND deleted_at IS NULL AND status != :merged GROUP BY household_id) hs
             ON hs.household_id = pe.household_id
           GROUP BY size"""
    ):
        size_counts[str(size) if int(size) < 6 else "6+"] += n
        households += n
    trend_first = trend_start(first, last)
    if trend_first == first:
        trend = rows(
            "SELECT substr(visit_day, 1, 7) AS m, count(DISTINCT person_id), count(*)"
            " FROM report_visit GROUP BY m ORDER BY m"
        )
    else:
        t_start, _ = clock.day_bounds_utc(trend_first, last)
        trend = list(
            conn.execute(
                text(
                    "SELECT substr(visit_day, 1, 7) AS m, count(DISTINCT person_id), count(*)"
                    " FROM visit WHERE visited_at >= :start AND visited_at < :end"
                    " AND voided_at IS NULL AND deleted_at IS NULL GROUP BY m ORDER BY m"
                ),
                {**params, "start": clock.storage_stamp(t_start)},
            ).all()
        )
    found = {m: MonthCount(m, n_people, n_visits) for m, n_people, n_visits in trend}
    return ReportFigures(
        first=first,
        last=last,
        people_served=people,
        visits=visits,
        new_people=new_people,
        returning_people=people - new_people,
        households_served=households,
        by_service=by_service,
        by_category=by_category,
        by_country=by_country,
        by_gender=by_gender,
        by_age_band=by_age,
        by_household_size=list(size_counts.items()),
        by_month=[found.get(m, MonthCount(m, 0, 0)) for m in months_between(trend_first, last)],
        trend_first=trend_first,
    )


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
