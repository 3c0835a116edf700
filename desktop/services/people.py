"""Registering and editing members."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session

from desktop.models import (
    ImmigrationStatus,
    Person,
    PersonChange,
    PersonStatus,
    Sex,
    VulnerabilityFlag,
)
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.documents import DocumentInput, add_documents, validate_documents
from desktop.services.errors import NotFound, PermissionDenied, Text, ValidationError
from desktop.services.numbering import next_member_number
from desktop.services.parsing import (
    DateFormatError,
    PhoneFormatError,
    normalise_phone,
    parse_date,
    parse_fuzzy_date,
)
from desktop.services.permissions import RESTRICTED_FIELDS, Permission, can, redact, require
from desktop.services.reference import STATELESS, is_country, is_language
from desktop.services.text import clean_name, clean_text, digits, fold


@dataclass
class PersonInput:
    """What the intake form holds, as typed. Validation turns it into a Person's fields."""

    family_name: str = ""
    given_name: str = ""
    name_original: str = ""
    preferred_name: str = ""
    sex: str = Sex.NOT_STATED
    gender_identity: str = ""
    birth: str = ""  # dd/mm/yyyy, yyyy-mm-dd, '12 Mar 1985' or just the year
    birth_year_estimated: bool = False
    country_of_origin: str = ""
    nationality: str = ""
    languages: list[str] = field(default_factory=list)
    preferred_language: str = ""
    phone: str = ""
    phone_alt: str = ""
    hk_area: str = ""
    immigration_status: str = ImmigrationStatus.NOT_STATED
    arrival_date: str = ""
    claim_date: str = ""
    vulnerability_flags: list[str] = field(default_factory=list)
    notes: str = ""
    documents: list[DocumentInput] = field(default_factory=list)


# Person fields holding names and other one-line words a person typed.
NAME_FIELDS = (
    "family_name",
    "given_name",
    "name_original",
    "preferred_name",
    "gender_identity",
    "hk_area",
)


def validate(data: PersonInput, *, today: date | None = None) -> dict[str, Any]:
    """The Person fields for `data`. Raises ValidationError naming every bad field at once."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    # Names are cleaned where they enter (window, import, sync): see text.clean_name.
    family, given = clean_name(data.family_name), clean_name(data.given_name)
    if not family and not given:
        errors["family_name"] = "Type at least a family name or a given name."
    values["family_name"] = family
    values["given_name"] = given
    for name in NAME_FIELDS[2:]:
        values[name] = clean_name(getattr(data, name))
    values["notes"] = clean_text(data.notes)
    if data.sex not in set(Sex):
        errors["sex"] = "Choose one of the options."
    values["sex"] = data.sex
    if data.immigration_status not in set(ImmigrationStatus):
        errors["immigration_status"] = "Choose one of the options."
    values["immigration_status"] = data.immigration_status
    try:
        birth = parse_fuzzy_date(data.birth, today=today)
        values["date_of_birth"] = birth.exact
        values["birth_year"] = birth.year
        values["birth_year_estimated"] = data.birth_year_estimated and birth.exact is None
    except DateFormatError as exc:
        errors["birth"] = exc.text
    for name in ("arrival_date", "claim_date"):
        try:
            values[name] = parse_date(getattr(data, name), today=today)
        except DateFormatError as exc:
            errors[name] = exc.text
    for name in ("phone", "phone_alt"):
        try:
            values[name] = normalise_phone(getattr(data, name))
        except PhoneFormatError as exc:
            errors[name] = exc.text
    # What was typed is named back, so a value the lists do not know is never silently dropped.
    country = data.country_of_origin.strip()
    values["country_of_origin"] = country.upper()
    if country and not is_country(country):
        errors["country_of_origin"] = Text(
            "“{value}” does not name one country in the list: choose it from the list.",
            value=country,
        )
    nationality = data.nationality.strip()
    values["nationality"] = nationality if nationality == STATELESS else nationality.upper()
    if nationality and nationality != STATELESS and not is_country(nationality):
        errors["nationality"] = Text(
            "“{value}” does not name one country in the list: choose it, or stateless.",
            value=nationality,
        )
    preferred = data.preferred_language.strip()
    values["preferred_language"] = preferred
    if preferred and not is_language(preferred):
        errors["preferred_language"] = Text(
            "“{value}” does not name one language in the list: choose it from the list.",
            value=preferred,
        )
    spoken = [preferred, *data.languages]
    values["languages"] = list(dict.fromkeys(code.strip() for code in spoken if code.strip()))
    if any(not is_language(code.strip()) for code in data.languages if code.strip()):
        errors["languages"] = "Choose languages from the list."
    if set(data.vulnerability_flags) - set(VulnerabilityFlag):
        errors["vulnerability_flags"] = "Choose from the list."
    values["vulnerability_flags"] = list(dict.fromkeys(data.vulnerability_flags))
    arrival, claim = values.get("arrival_date"), values.get("claim_date")
    if arrival and claim and claim < arrival:
        errors["claim_date"] = "The claim date is before the arrival date."
    if errors:
        raise ValidationError(errors)
    return values


def search_text_for(person: Person) -> str:
    """What search reads for a person: folded names, the number and phone digits."""
    parts = [
        person.family_name,
        person.given_name,
        person.preferred_name,
        person.name_original,
        person.member_number,
        digits(person.member_number),
        digits(person.phone)[-8:],
        digits(person.phone_alt)[-8:],
    ]
    return fold(" ".join(p for p in parts if p))


def register_person(
    *, session: Session, actor: Actor, data: PersonInput, prefix: str = "CFR"
) -> Person:
    """Validate and store a newcomer with a new member number.

    Raises ValidationError (nothing stored), PermissionDenied (a volunteer filling in notes or
    vulnerability flags). Duplicate checks are the caller's step before this.
    """
    require(actor, Permission.REGISTER)
    if not can(actor, Permission.EDIT_RESTRICTED) and (
        data.notes.strip() or data.vulnerability_flags
    ):
        raise PermissionDenied(str(Permission.EDIT_RESTRICTED), str(actor.role))
    values = validate(data, today=clock.today())
    documents = validate_documents(data.documents, today=clock.today())
    person = Person(
        member_number=next_member_number(session, prefix),
        desk_id=actor.desk_id,
        written_by=actor.user_id,
        **values,
    )
    person.search_text = search_text_for(person)
    session.add(person)
    session.flush()
    add_documents(session, actor, person, documents)
    session.flush()
    audit.record(session, actor, "person.register", entity="person", entity_id=person.id)
    return person


def get_person(session: Session, person_id: uuid.UUID) -> Person:
    """Raises NotFound for an unknown or deleted id."""
    person = session.get(Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(f"person {person_id}")
    return person


def view_person(*, session: Session, actor: Actor, person_id: uuid.UUID) -> Person:
    """Open a person's record: the view is audited; a volunteer gets it without restricted fields.

    Call inside a write session. Raises NotFound, PermissionDenied.
    """
    require(actor, Permission.VIEW_PERSON)
    person = get_person(session, person_id)
    audit.record(session, actor, "person.view", entity="person", entity_id=person.id)
    return redact(person, actor)


def record_change(
    session: Session, actor: Actor, person: Person, name: str, old: object, new: object
) -> None:
    """Add one row of the person's edit history: `name` went from `old` to `new`."""
    session.add(
        PersonChange(
            person_id=person.id,
            field_name=name,
            old_value="" if old is None else str(old),
            new_value="" if new is None else str(new),
            desk_id=actor.desk_id,
            written_by=actor.user_id,
        )
    )


def update_person(
    *, session: Session, actor: Actor, person_id: uuid.UUID, data: PersonInput
) -> Person:
    """Store edits, one PersonChange row per changed field.

    A volunteer's form never holds the restricted fields, so theirs are left as stored.
    Raises ValidationError, NotFound, PermissionDenied.
    """
    require(actor, Permission.EDIT_PERSON)
    person = get_person(session, person_id)
    values = validate(data, today=clock.today())
    if not can(actor, Permission.EDIT_RESTRICTED):
        for name in RESTRICTED_FIELDS:
            values.pop(name, None)
    changed: list[str] = []
    for name, new in values.items():
        old = getattr(person, name)
        if old == new:
            continue
        changed.append(name)
        record_change(session, actor, person, name, old, new)
        setattr(person, name, new)
    if changed:
        person.search_text = search_text_for(person)
        person.updated_at = clock.now()
        person.written_by = actor.user_id
        session.add(person)
        audit.record(
            session,
            actor,
            "person.update",
            entity="person",
            entity_id=person.id,
            detail={"fields": changed},
        )
    session.flush()
    return person


def input_from_person(person: Person) -> PersonInput:
    """The form contents that would reproduce `person` (for editing)."""
    birth = ""
    if person.date_of_birth:
        birth = person.date_of_birth.strftime("%d/%m/%Y")
    elif person.birth_year:
        birth = str(person.birth_year)
    return PersonInput(
        family_name=person.family_name,
        given_name=person.given_name,
        name_original=person.name_original,
        preferred_name=person.preferred_name,
        sex=person.sex,
        gender_identity=person.gender_identity,
        birth=birth,
        birth_year_estimated=person.birth_year_estimated,
        country_of_origin=person.country_of_origin,
        nationality=person.nationality,
        languages=list(person.languages),
        preferred_language=person.preferred_language,
        phone=person.phone,
        phone_alt=person.phone_alt,
        hk_area=person.hk_area,
        immigration_status=person.immigration_status,
        arrival_date=person.arrival_date.strftime("%d/%m/%Y") if person.arrival_date else "",
        claim_date=person.claim_date.strftime("%d/%m/%Y") if person.claim_date else "",
        vulnerability_flags=list(person.vulnerability_flags),
        notes=person.notes,
    )


def is_active(person: Person) -> bool:
    return person.status == PersonStatus.ACTIVE
