"""Service rules checked at check-in: limits per period, closed days, inactive membership."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from desktop.db.engine import plain_cursor
from desktop.models import LimitScope, PersonStatus
from desktop.services import clock
from desktop.services.errors import (
    BREACH_CLOSED_DAY,
    BREACH_LIMIT,
    BREACH_MEMBERSHIP,
    BREACH_WITHDRAWN,
    Breach,
    NotFound,
)

log = logging.getLogger(__name__)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# The rules read a few columns with plain SQL: check-in is the desk's most frequent write, and
# loading whole Person and Service rows through the ORM cost more than the queries.


@dataclass(frozen=True)
class Member:
    """Who is checking in, as far as the rules care."""

    id: uuid.UUID
    household_id: uuid.UUID | None
    status: str


@dataclass(frozen=True)
class ServiceRule:
    """A service of the catalogue with its rule."""

    id: uuid.UUID
    code: str
    name: str
    active: bool
    sort_order: int
    limit_count: int | None
    limit_days: int | None
    limit_scope: str
    closed_weekdays: tuple[int, ...]  # 0 = Monday


def load_member(session: Session, person_id: uuid.UUID) -> Member:
    """Raises NotFound for an unknown or deleted id."""
    with plain_cursor(session) as cursor:
        found = cursor.execute(
            "SELECT household_id, status FROM person WHERE id = ? AND deleted_at IS NULL",
            (person_id.hex,),
        ).fetchone()
    if found is None:
        raise NotFound(f"person {person_id}")
    household, status = found
    return Member(person_id, uuid.UUID(hex=household) if household else None, status)


def load_services(session: Session, service_ids: Sequence[uuid.UUID]) -> list[ServiceRule]:
    """The services with these ids (by id, as SQLite probed them before: the audit's order).

    Raises NotFound if one is unknown.
    """
    wanted = {s.hex for s in service_ids}
    marks = ", ".join("?" * len(wanted))
    with plain_cursor(session) as cursor:
        rows = cursor.execute(
            "SELECT id, code, name, active, sort_order, limit_count, limit_days, limit_scope,"
            f" closed_weekdays FROM service WHERE id IN ({marks}) ORDER BY id",
            tuple(wanted),
        ).fetchall()
    if len(rows) != len(wanted):
        raise NotFound("service")
    services = []
    for id_, code, name, active, order, count, days, scope, closed in rows:
        weekdays = tuple(json.loads(closed or "[]"))
        rule = ServiceRule(
            uuid.UUID(hex=id_), code, name, bool(active), order, count, days, scope, weekdays
        )
        services.append(rule)
    return services


def _uses_in_window(
    session: Session, member: Member, service: ServiceRule, since: datetime, moment: datetime
) -> tuple[int, datetime | None]:
    """Uses of `service` from `since` up to `moment`. Visits dated later than `moment` (beyond
    a few minutes) were recorded while the PC's clock ran ahead: they are logged, and do not
    hold the person back until that date."""
    if service.limit_scope == LimitScope.HOUSEHOLD and member.household_id is not None:
        who, whose = "visit.household_id = ?", member.household_id.hex
    else:
        who, whose = "visit.person_id = ?", member.id.hex
    until = clock.storage_stamp(moment + clock.FUTURE_TOLERANCE)
    with plain_cursor(session) as cursor:
        count, last, ahead = cursor.execute(
            "SELECT count(*) FILTER (WHERE visit.visited_at <= ?1),"
            " max(visit.visited_at) FILTER (WHERE visit.visited_at <= ?1),"
            " count(*) FILTER (WHERE visit.visited_at > ?1) FROM visit_service"
            " JOIN visit ON visit.id = visit_service.visit_id"
            " WHERE visit_service.service_id = ?2 AND visit.voided_at IS NULL"
            f" AND visit.visited_at >= ?3 AND {who.replace('?', '?4')}",
            (until, service.id.hex, clock.storage_stamp(since), whose),
        ).fetchone()
    if ahead:
        log.warning(
            "%d visit(s) to %s of person %s are dated after now: recorded with a wrong clock; "
            "not counted against the limit",
            ahead, service.code, member.id,
        )  # fmt: skip
    return int(count), datetime.fromisoformat(last).replace(tzinfo=UTC) if last else None


def check_rules(
    session: Session,
    person: Member,
    services: Sequence[ServiceRule],
    *,
    at: datetime | None = None,
) -> list[Breach]:
    """Every rule the check-in of `person` to `services` at `at` would break."""
    moment = at or clock.now()
    breaches: list[Breach] = []
    if person.status != PersonStatus.ACTIVE:
        for service in services:
            breaches.append(
                Breach(
                    service.code,
                    f"membership is {person.status}",
                    kind=BREACH_MEMBERSHIP,
                    service_name=service.name,
                    status=str(person.status),
                )
            )
        return breaches
    weekday = clock.to_local(moment).weekday()
    for service in services:
        if not service.active:
            breaches.append(
                Breach(
                    service.code,
                    f"{service.name} is not offered any more",
                    kind=BREACH_WITHDRAWN,
                    service_name=service.name,
                )
            )
            continue
        if weekday in service.closed_weekdays:
            breaches.append(
                Breach(
                    service.code,
                    f"{service.name} is closed on {WEEKDAYS[weekday]}s",
                    kind=BREACH_CLOSED_DAY,
                    service_name=service.name,
                    weekday=weekday,
                )
            )
        if service.limit_count and service.limit_days:
            since = moment - timedelta(days=service.limit_days)
            used, last = _uses_in_window(session, person, service, since, moment)
            if used >= service.limit_count:
                household = bool(
                    service.limit_scope == LimitScope.HOUSEHOLD and person.household_id
                )
                who = "this household" if household else "this person"
                breaches.append(
                    Breach(
                        service.code,
                        f"{service.name}: {service.limit_count} per {service.limit_days} days "
                        f"for {who}, already used",
                        clock.local_day(last) if last else None,
                        kind=BREACH_LIMIT,
                        service_name=service.name,
                        limit_count=service.limit_count,
                        limit_days=service.limit_days,
                        per_household=household,
                    )
                )
    return breaches
