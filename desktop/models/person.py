"""A member of the centre, and the household a family shares."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Index, String, Text
from sqlmodel import Field

from desktop.models.base import Tracked
from desktop.models.enums import ImmigrationStatus, PersonStatus, Sex
from desktop.models.types import UTCDateTime


def display_name_of(family_name: str, given_name: str) -> str:
    """Family name in capitals then given name (lists read columns, not whole people)."""
    return " ".join(p for p in (family_name.upper(), given_name) if p).strip()


class Household(Tracked, table=True):
    __tablename__ = "household"

    label: str = Field(default="", max_length=200)
    head_person_id: uuid.UUID | None = None  # no FK: person.household_id already points here
    notes: str = Field(default="", sa_type=Text)


class Person(Tracked, table=True):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_household", "household_id"),
        Index("ix_person_status", "status"),
        # The donor report reads what it counts of each person served from here (migration 0008).
        Index(
            "ix_person_report",
            "id",
            "country_of_origin",
            "sex",
            "household_id",
            "date_of_birth",
            "birth_year",
        ),
    )

    member_number: str = Field(max_length=20, unique=True, index=True)
    family_name: str = Field(default="", max_length=200)
    given_name: str = Field(default="", max_length=200)
    name_original: str = Field(default="", max_length=300)  # the name in the person's own script
    preferred_name: str = Field(default="", max_length=200)
    sex: str = Field(default=Sex.NOT_STATED, sa_type=String(20))
    gender_identity: str = Field(default="", max_length=100)  # self-described, optional
    date_of_birth: date | None = None
    birth_year: int | None = None  # when only the year is known or estimated
    birth_year_estimated: bool = False
    country_of_origin: str = Field(default="", max_length=3)  # ISO 3166-1 alpha-2
    nationality: str = Field(default="", max_length=12)  # alpha-2, or "stateless"
    languages: list[str] = Field(default_factory=list, sa_type=JSON)  # ISO 639 codes
    preferred_language: str = Field(default="", max_length=12)
    phone: str = Field(default="", max_length=40)
    phone_alt: str = Field(default="", max_length=40)
    hk_area: str = Field(default="", max_length=100)
    immigration_status: str = Field(default=ImmigrationStatus.NOT_STATED, sa_type=String(40))
    arrival_date: date | None = None
    claim_date: date | None = None
    household_id: uuid.UUID | None = Field(default=None, foreign_key="household.id")
    household_relationship: str = Field(default="", max_length=40)
    vulnerability_flags: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = Field(default="", sa_type=Text)  # restricted: caseworkers and admins
    status: str = Field(default=PersonStatus.ACTIVE, sa_type=String(20))
    merged_into_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    # Lower-case, accent-free names, number and phone digits: what search reads.
    search_text: str = Field(default="", sa_type=Text)

    @property
    def display_name(self) -> str:
        """Family name in capitals then given name, the way the centre's paper files read."""
        return display_name_of(self.family_name, self.given_name)


class Consent(Tracked, table=True):
    __tablename__ = "consent"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    given: bool = False
    consent_date: date
    taken_by: uuid.UUID | None = Field(default=None, foreign_key="user_account.id")
    text_version: str = Field(default="1", max_length=20)
    scope: list[str] = Field(default_factory=list, sa_type=JSON)
    withdrawn_on: date | None = None


class PersonChange(Tracked, table=True):
    """One field of a person changed: the edit history shown to staff."""

    __tablename__ = "person_change"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    field_name: str = Field(max_length=60)
    old_value: str = Field(default="", sa_type=Text)
    new_value: str = Field(default="", sa_type=Text)


class MemberCard(Tracked, table=True):
    __tablename__ = "member_card"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    serial: int = 1
    replaced_at_card_id: uuid.UUID | None = Field(default=None)
    replaced: bool = False


class PersonMerge(Tracked, table=True):
    """Two records of one person joined by staff: what moved, so the merge can be undone.

    `written_by` is who merged. `moved` maps a table name to the ids of its rows that were
    re-pointed from the merged record to the kept one; `kept_before` holds the kept record's
    fields as they were before gaps were filled from the merged one.
    """

    __tablename__ = "person_merge"

    kept_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    merged_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    moved: dict[str, list[str]] = Field(default_factory=dict, sa_type=JSON)
    kept_before: dict[str, object] = Field(default_factory=dict, sa_type=JSON)
    merged_before: dict[str, object] = Field(default_factory=dict, sa_type=JSON)
    reason: str = Field(default="", max_length=300)
    undone_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    undone_by: uuid.UUID | None = None
