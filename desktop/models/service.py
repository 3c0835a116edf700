"""The catalogue of services the centre offers, and the visits that use them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint, text
from sqlmodel import Field

from desktop.models.base import Tracked
from desktop.models.enums import LimitScope, ServiceCategory
from desktop.models.types import UTCDateTime


class Service(Tracked, table=True):
    __tablename__ = "service"

    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=120)
    category: str = Field(default=ServiceCategory.HUMANITARIAN, sa_type=String(20))
    # A rule such as "one food pack per 30 days per household": limit_count within limit_days.
    limit_count: int | None = None
    limit_days: int | None = None
    limit_scope: str = Field(default=LimitScope.PERSON, sa_type=String(20))
    closed_weekdays: list[int] = Field(default_factory=list, sa_type=JSON)  # 0 = Monday
    prints_slip: bool = True
    active: bool = True
    sort_order: int = 0


_LIVE_VISIT = "voided_at IS NULL AND deleted_at IS NULL"


class Visit(Tracked, table=True):
    """One check-in at the desk. Never deleted: a correction voids it and may add a new one."""

    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_person_time", "person_id", "visited_at"),
        Index("ix_visit_household_time", "household_id", "visited_at"),
        Index("ix_visit_time", "visited_at"),
        # Partial covering indexes the donor report reads instead of the rows (migration 0006).
        Index(
            "ix_visit_live_time",
            "visited_at",
            "person_id",
            "visit_day",
            "id",
            "voided_at",
            "deleted_at",
            sqlite_where=text(_LIVE_VISIT),
            postgresql_where=text(_LIVE_VISIT),
        ),
        Index(
            "ix_visit_live_person",
            "person_id",
            "visited_at",
            "voided_at",
            "deleted_at",
            sqlite_where=text(_LIVE_VISIT),
            postgresql_where=text(_LIVE_VISIT),
        ),
        UniqueConstraint("desk_id", "visit_day", "queue_number", name="uq_visit_queue"),
    )

    person_id: uuid.UUID = Field(foreign_key="person.id")
    household_id: uuid.UUID | None = Field(default=None, foreign_key="household.id")
    visited_at: datetime = Field(sa_type=UTCDateTime)
    visit_day: date  # the local (Hong Kong) calendar day: queue numbers restart each day
    queue_number: int
    note: str = Field(default="", sa_type=Text)
    voided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    void_reason: str = Field(default="", max_length=300)
    replaces_visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id")
    called_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # "now serving" call


class VisitService(Tracked, table=True):
    __tablename__ = "visit_service"
    __table_args__ = (
        Index("ix_visit_service_service", "service_id", "visit_id"),
        Index(
            "ix_visit_service_live",
            "visit_id",
            "service_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        UniqueConstraint("visit_id", "service_id", name="uq_visit_service"),
    )

    visit_id: uuid.UUID = Field(foreign_key="visit.id", index=True)
    service_id: uuid.UUID = Field(foreign_key="service.id")
    override_reason: str = Field(default="", max_length=300)  # why a rule was overridden
