"""The service catalogue: what the centre offers, with its rules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, col, select

from desktop.models import LimitScope, Service, ServiceCategory


@dataclass(frozen=True)
class ServiceSeed:
    code: str
    name: str
    category: ServiceCategory
    limit_count: int | None = None
    limit_days: int | None = None
    limit_scope: LimitScope = LimitScope.PERSON
    prints_slip: bool = True


# Seeded rows get the same id on every desk, so desks that sync share one catalogue.
SEED_NAMESPACE = uuid.UUID("5d1f3c1e-8a47-4c8e-9a4e-0f6b1c2d3e4f")


def seed_id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(SEED_NAMESPACE, f"{kind}:{key}")


C = ServiceCategory
DEFAULT_SERVICES: tuple[ServiceSeed, ...] = (
    ServiceSeed("food_pack", "Food pack", C.HUMANITARIAN, 1, 30, LimitScope.HOUSEHOLD),
    ServiceSeed("hygiene_pack", "Hygiene pack", C.HUMANITARIAN, 1, 30, LimitScope.HOUSEHOLD),
    ServiceSeed("clothing", "Clothing", C.HUMANITARIAN, 1, 14),
    ServiceSeed("hot_meal", "Hot meal", C.HUMANITARIAN, 1, 1, prints_slip=False),
    ServiceSeed("medical_referral", "Medical referral", C.MEDICAL),
    ServiceSeed("psychosocial", "Psycho-social session", C.PSYCHOSOCIAL),
    ServiceSeed("english_class", "English class", C.EDUCATION, prints_slip=False),
    ServiceSeed("computer_class", "Computer class", C.EDUCATION, prints_slip=False),
    ServiceSeed("employability", "Employability workshop", C.EMPLOYABILITY, prints_slip=False),
    ServiceSeed("emergency", "Emergency assistance", C.EMERGENCY),
    ServiceSeed("legal_info", "Legal information referral", C.EMPOWERMENT),
    ServiceSeed("outreach", "Outreach", C.OUTREACH, prints_slip=False),
)


def seed_services(session: Session) -> int:
    """Add the centre's standard services that are missing. Returns how many were added."""
    existing = set(session.exec(select(Service.code)))
    added = 0
    for order, seed in enumerate(DEFAULT_SERVICES):
        if seed.code in existing:
            continue
        session.add(
            Service(
                id=seed_id("service", seed.code),
                code=seed.code,
                name=seed.name,
                category=seed.category,
                limit_count=seed.limit_count,
                limit_days=seed.limit_days,
                limit_scope=seed.limit_scope,
                prints_slip=seed.prints_slip,
                sort_order=order,
            )
        )
        added += 1
    session.flush()
    return added


def list_services(session: Session, *, include_inactive: bool = False) -> list[Service]:
    """The catalogue in desk order (the order of the check-in shortcuts)."""
    query = select(Service).where(col(Service.deleted_at).is_(None))
    if not include_inactive:
        query = query.where(col(Service.active).is_(True))
    return list(session.exec(query.order_by(col(Service.sort_order), col(Service.name))))
