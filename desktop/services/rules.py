"""Service rules checked at check-in: limits per period, closed days, inactive membership."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.models import LimitScope, Person, PersonStatus, Service, Visit, VisitService
from desktop.services import clock
from desktop.services.errors import (
    BREACH_CLOSED_DAY,
    BREACH_LIMIT,
    BREACH_MEMBERSHIP,
    BREACH_WITHDRAWN,
    Breach,
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _uses_in_window(
    session: Session, person: Person, service: Service, since: datetime
) -> tuple[int, datetime | None]:
    stmt = (
        select(func.count(), func.max(Visit.visited_at))
        .select_from(VisitService)
        .join(Visit, col(Visit.id) == VisitService.visit_id)
        .where(
            VisitService.service_id == service.id,
            col(Visit.voided_at).is_(None),
            col(Visit.visited_at) >= since,
        )
    )
    if service.limit_scope == LimitScope.HOUSEHOLD and person.household_id is not None:
        stmt = stmt.where(Visit.household_id == person.household_id)
    else:
        stmt = stmt.where(Visit.person_id == person.id)
    count, last = session.exec(stmt).one()
    if isinstance(last, str):  # aggregate functions bypass the column type on SQLite
        last = datetime.fromisoformat(last).replace(tzinfo=clock.now().tzinfo)
    return int(count), last


def check_rules(
    session: Session, person: Person, services: Sequence[Service], *, at: datetime | None = None
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
            used, last = _uses_in_window(session, person, service, since)
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
