"""What can be exported: the fields of people, visits and households, and their SQL.

A field marked personal names or reaches a person (names, numbers, phones, notes, exact birth
date); an anonymised export leaves every such field out and identifies people only by a
stable pseudonym (see pseudonyms.py). A field marked identifying is one anyone may know of a
person (birth year, country, where they live): an anonymised export gives it only through its
quasi-identifier (age band, country or region, ...), made k-anonymous (anonymity.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ExportKind(StrEnum):
    VISITS = "visits"
    PEOPLE = "people"
    HOUSEHOLDS = "households"


class Transform(StrEnum):
    NONE = ""
    PERSON_REF = "person_ref"  # the value is a person id: write its pseudonym
    HOUSEHOLD_REF = "household_ref"
    LOCAL_TIME = "local_time"  # a stored UTC stamp: write the local HH:MM
    LOCAL_DAY = "local_day"  # a stored UTC stamp: write the local day


@dataclass(frozen=True)
class ExportField:
    name: str  # the column header in the file
    sql: str  # the value, in the kind's FROM clause
    personal: bool = False
    text: bool = True  # text cells are neutralised against formula injection
    transform: Transform = Transform.NONE
    identifying: bool = False  # left out of anonymised exports (its quasi field stands in)
    # One of anonymity.QUASI: anonymised exports write the person's k-anonymous value.
    quasi: str = ""
    generalised: bool = False  # written from the quasi-identifier table in every export

    @property
    def is_reference(self) -> bool:
        return self.transform in (Transform.PERSON_REF, Transform.HOUSEHOLD_REF)


F = ExportField
T = Transform
_SERVICES = (
    "(SELECT group_concat(name, '; ') FROM (SELECT s.name FROM visit_service vs"
    " JOIN service s ON s.id = vs.service_id WHERE vs.visit_id = v.id AND vs.deleted_at IS NULL"
    " ORDER BY s.sort_order))"
)
FIELDS: dict[ExportKind, tuple[ExportField, ...]] = {
    ExportKind.VISITS: (
        F("person_ref", "v.person_id", transform=T.PERSON_REF),
        F("queue_number", "v.queue_number", text=False),
        F("date", "v.visit_day"),
        F("time", "v.visited_at", transform=T.LOCAL_TIME),
        F("member_number", "p.member_number", personal=True),
        F("family_name", "p.family_name", personal=True),
        F("given_name", "p.given_name", personal=True),
        F("sex", "p.sex", quasi="sex"),
        F("birth_year", "p.birth_year", text=False, identifying=True),
        F("age_band", "p.id", quasi="age", generalised=True),
        F("country_of_origin", "p.country_of_origin", identifying=True),
        F("country_or_region", "p.id", quasi="region", generalised=True),
        F("household_ref", "v.household_id", transform=T.HOUSEHOLD_REF),
        F("services", _SERVICES),
        F("note", "v.note", personal=True),
        F("voided", "CASE WHEN v.voided_at IS NULL THEN '' ELSE 'yes' END"),
    ),
    ExportKind.PEOPLE: (
        F("person_ref", "p.id", transform=T.PERSON_REF),
        F("member_number", "p.member_number", personal=True),
        F("family_name", "p.family_name", personal=True),
        F("given_name", "p.given_name", personal=True),
        F("name_original", "p.name_original", personal=True),
        F("preferred_name", "p.preferred_name", personal=True),
        F("sex", "p.sex", quasi="sex"),
        F("gender_identity", "p.gender_identity", personal=True),
        F("date_of_birth", "p.date_of_birth", personal=True),
        F("birth_year", "p.birth_year", text=False, identifying=True),
        F("age_band", "p.id", quasi="age", generalised=True),
        F("country_of_origin", "p.country_of_origin", identifying=True),
        F("country_or_region", "p.id", quasi="region", generalised=True),
        F("nationality", "p.nationality", identifying=True),
        F("preferred_language", "p.preferred_language", identifying=True),
        F("phone", "p.phone", personal=True),
        F("phone_alt", "p.phone_alt", personal=True),
        F("hk_area", "p.hk_area", identifying=True),
        F("immigration_status", "p.immigration_status"),
        F("household_ref", "p.household_id", transform=T.HOUSEHOLD_REF),
        F("household_size", "p.id", quasi="household", generalised=True),
        F("household_relationship", "p.household_relationship", identifying=True),
        F("status", "p.status"),
        F("registered_on", "p.created_at", transform=T.LOCAL_DAY, identifying=True),
        F("registered_month", "p.id", quasi="month", generalised=True),
        F("notes", "p.notes", personal=True),
    ),
    ExportKind.HOUSEHOLDS: (
        F("household_ref", "h.id", transform=T.HOUSEHOLD_REF),
        F("label", "h.label", personal=True),
        F(
            "head_member_number",
            "(SELECT member_number FROM person WHERE id = h.head_person_id)",
            personal=True,
        ),
        F(
            "members",
            "(SELECT count(*) FROM person WHERE household_id = h.id AND deleted_at IS NULL)",
            text=False,
        ),
        F(
            "member_numbers",
            "(SELECT group_concat(member_number, '; ') FROM (SELECT member_number FROM person"
            " WHERE household_id = h.id AND deleted_at IS NULL ORDER BY member_number))",
            personal=True,
        ),
        F("registered_on", "h.created_at", transform=T.LOCAL_DAY),
    ),
}
# FROM clause, the UTC column a date range applies to, and the row order of each kind.
SOURCES: dict[ExportKind, tuple[str, str, str]] = {
    ExportKind.VISITS: (
        "visit v JOIN person p ON p.id = v.person_id WHERE v.deleted_at IS NULL",
        "v.visited_at",
        "v.visited_at, v.queue_number",
    ),
    ExportKind.PEOPLE: ("person p WHERE p.deleted_at IS NULL", "p.created_at", "p.member_number"),
    ExportKind.HOUSEHOLDS: ("household h WHERE h.deleted_at IS NULL", "h.created_at", "h.rowid"),
}


def fields_of(kind: ExportKind) -> tuple[ExportField, ...]:
    return FIELDS[kind]


def default_fields(kind: ExportKind, *, anonymised: bool) -> list[str]:
    """The fields an export offers ticked: with names (people known by member number, not by
    pseudonym), or anonymised (every field that is not personal)."""
    if anonymised:
        return [f.name for f in FIELDS[kind] if not (f.personal or f.identifying)]
    return [
        f.name for f in FIELDS[kind] if f.transform != Transform.PERSON_REF and not f.generalised
    ]
