"""Reading visits back: today's list at the desk, a person's history.

Lists read the columns they show with two plain queries (the visits, then their services), not
whole Visit and Person objects: building a thousand ORM objects (UUIDs, JSON fields, every
date) cost ten times the query itself. The desk's today list reads one page of the newest
visits and the day's counts (`today_page`): a busy day's fifteen hundred visits cost about
forty milliseconds to read whole, a page a few; older pages load as the volunteer scrolls.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from desktop.db.engine import plain_cursor
from desktop.models.person import display_name_of


@dataclass(frozen=True)
class VisitRow:
    visit_id: uuid.UUID
    person_id: uuid.UUID
    queue_number: int
    visited_at: datetime  # UTC
    visit_day: date
    member_number: str
    display_name: str
    name_original: str
    services: tuple[str, ...]  # service names, desk order
    service_codes: tuple[str, ...]
    note: str
    voided: bool
    preferred_language: str = ""  # the member's: slips print in it
    called_at: datetime | None = None  # when the number was called on the now-serving screen


_VISITS = (
    "SELECT v.id, v.person_id, v.queue_number, v.visited_at, v.visit_day, v.note,"
    " v.voided_at IS NOT NULL, v.called_at, p.member_number, p.family_name, p.given_name,"
    " p.name_original,"
    " p.preferred_language FROM visit v JOIN person p ON p.id = v.person_id"
    " WHERE {where} ORDER BY {order} {limit}"
)
# The same visits as a subquery: no thousand bound ids.
_SERVICES = (
    "SELECT vs.visit_id, s.name, s.code FROM visit_service vs"
    " JOIN service s ON s.id = vs.service_id"
    " WHERE vs.visit_id IN (SELECT v.id FROM visit v WHERE {where} {limit}) ORDER BY s.sort_order"
)


def _utc(stored: str | None) -> Any:
    """A stored UTC moment (as UTCDateTime writes it) back as an aware datetime."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC) if stored else None


def _rows(
    session: Session,
    where: str,
    params: dict[str, Any],
    limit: str = "",
    *,
    order: str = "v.visited_at DESC",
) -> list[VisitRow]:
    with plain_cursor(session) as cursor:
        listed = cursor.execute(
            _VISITS.format(where=where, order=order, limit=limit), params
        ).fetchall()
        if not listed:
            return []
        # Without a limit, the subquery needs no order: the services' order is the desk's.
        chosen_sql = _SERVICES.format(
            where=where, limit=f"ORDER BY {order} {limit}" if limit else ""
        )
        services: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for visit_id, name, code in cursor.execute(chosen_sql, params).fetchall():
            services[visit_id].append((name, code))
    rows = []
    for (
        visit_id, person_id, queue_number, visited_at, visit_day, note, voided, called_at,
        member_number, family_name, given_name, name_original, preferred_language,
    ) in listed:  # fmt: skip
        chosen = services.get(visit_id, ())
        rows.append(
            VisitRow(
                visit_id=uuid.UUID(hex=visit_id),
                person_id=uuid.UUID(hex=person_id),
                queue_number=queue_number,
                visited_at=_utc(visited_at),
                visit_day=date.fromisoformat(visit_day),
                member_number=member_number,
                display_name=display_name_of(family_name, given_name),
                name_original=name_original,
                services=tuple(name for name, _ in chosen),
                service_codes=tuple(code for _, code in chosen),
                note=note,
                voided=bool(voided),
                preferred_language=preferred_language,
                called_at=_utc(called_at),
            )
        )
    return rows


def visits_on(session: Session, day: date, *, desk_id: uuid.UUID | None = None) -> list[VisitRow]:
    """The day's visits, newest first (at every desk, or at one)."""
    if desk_id is None:
        return _rows(session, "v.visit_day = :day", {"day": day.isoformat()})
    return _rows(
        session,
        "v.desk_id = :desk AND v.visit_day = :day",
        {"day": day.isoformat(), "desk": desk_id.hex},
    )


TODAY_PAGE = 200  # visits per page of the today list: several screens of rows


@dataclass(frozen=True)
class DaySummary:
    """A desk's day in numbers, for the line above the today list."""

    visits: int  # not voided
    last_number: int  # the highest queue number given (0: none yet)
    serving: int | None  # the number called last on the now-serving screen, if any


@dataclass(frozen=True)
class TodayPage:
    rows: list[VisitRow]  # newest first
    summary: DaySummary
    more: bool  # older visits of the day follow the last row


_DAY = "v.desk_id IS :desk AND v.visit_day = :day"  # IS: the system account has no desk
_SUMMARY = (
    "SELECT coalesce(sum(v.voided_at IS NULL), 0), coalesce(max(v.queue_number), 0),"
    " (SELECT c.queue_number FROM visit c WHERE c.desk_id IS :desk AND c.visit_day = :day"
    "  AND c.voided_at IS NULL AND c.deleted_at IS NULL AND c.called_at IS NOT NULL"
    "  ORDER BY c.called_at DESC, c.queue_number DESC LIMIT 1)"
    f" FROM visit v WHERE {_DAY}"
)


def today_page(
    session: Session,
    day: date,
    desk_id: uuid.UUID | None,
    *,
    limit: int = TODAY_PAGE,
    below: int | None = None,
    down_to: int | None = None,
) -> TodayPage:
    """The desk's visits of the day, newest first: `limit` of them, those numbered below
    `below` when given (the next page), or at least all down to number `down_to` (the list
    again after a check-in, as far back as the volunteer had scrolled), with the day's summary.

    Queue numbers follow the order of check-in at a desk (each is the day's highest plus one,
    given inside the write transaction), so the unique (desk, day, number) index serves the
    order and the paging without reading the whole day.
    """
    params: dict[str, Any] = {"day": day.isoformat(), "desk": desk_id.hex if desk_id else None}
    where = _DAY
    if below is not None:
        where += " AND v.queue_number < :below"
        params["below"] = below
    if down_to is not None:
        with plain_cursor(session) as cursor:
            (newer,) = cursor.execute(
                f"SELECT count(*) FROM visit v WHERE {where} AND v.queue_number >= :down_to",
                {**params, "down_to": down_to},
            ).fetchone()
        limit = max(limit, newer)
    # One more row than shown tells whether another page follows.
    rows = _rows(session, where, params, f"LIMIT {int(limit) + 1}", order="v.queue_number DESC")
    with plain_cursor(session) as cursor:
        visits, last_number, serving = cursor.execute(_SUMMARY, params).fetchone()
    return TodayPage(rows[:limit], DaySummary(visits, last_number, serving), len(rows) > limit)


def person_history(session: Session, person_id: uuid.UUID, *, limit: int = 200) -> list[VisitRow]:
    """A person's visits, newest first."""
    return _rows(session, "v.person_id = :person", {"person": person_id.hex}, f"LIMIT {int(limit)}")


def get_visit_row(session: Session, visit_id: uuid.UUID) -> VisitRow | None:
    rows = _rows(session, "v.id = :visit", {"visit": visit_id.hex})
    return rows[0] if rows else None
