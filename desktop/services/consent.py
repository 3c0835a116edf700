"""The member's consent to what the centre stores: what, why, who sees it; when and who took it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from desktop.models import Consent, UserAccount
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, Text, ValidationError
from desktop.services.parsing import DateFormatError, parse_date
from desktop.services.people import PersonInput, get_person, validate

# Bump when the wording read to members changes; each consent row keeps the version it was given on.
TEXT_VERSION = "2026-1"
# What a member may agree to; "records" is the minimum to be registered at all.
SCOPE_RECORDS = "records"  # name, contact, status and visits, to give services
SCOPE_REFERRALS = "referrals"  # sharing with partner organisations when referring
SCOPE_CONTACT = "contact"  # phone calls or messages about services
SCOPES = (SCOPE_RECORDS, SCOPE_REFERRALS, SCOPE_CONTACT)


@dataclass(frozen=True)
class ConsentRecord:
    """A consent as staff see it: the row and the name of who took it."""

    consent: Consent
    taken_by_name: str


def check_consent(scope: list[str], consent_date: date | str | None = None) -> date:
    """The consent date (today when empty) if `scope` and the date can be stored.

    Accepts the date as typed (dd/mm/yyyy ...). Raises ValidationError naming what is wrong.
    """
    errors: dict[str, str] = {}
    day: date | None = None
    if isinstance(consent_date, str):
        try:
            day = parse_date(consent_date, today=clock.today())
        except DateFormatError as exc:
            errors["consent_date"] = exc.text
    else:
        day = consent_date
    day = day or clock.today()
    unknown = [s for s in scope if s not in SCOPES]
    if unknown:
        errors["consent"] = Text("Unknown consent: {names}.", names=", ".join(unknown))
    elif SCOPE_RECORDS not in scope:
        errors["consent"] = "The member must agree that the centre keeps their record."
    if day > clock.today():
        errors["consent_date"] = "The consent date is in the future."
    if errors:
        raise ValidationError(errors)
    return day


def check_registration(
    data: PersonInput, scope: list[str], consent_date: date | str | None = None
) -> date:
    """The consent date, if both the newcomer's details and their consent can be stored.

    Raises one ValidationError naming every bad field of both, so the form shows them at once.
    """
    errors: dict[str, str] = {}
    day = clock.today()
    try:
        validate(data, today=clock.today())
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        day = check_consent(scope, consent_date)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return day


def record_consent(
    *,
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    scope: list[str],
    consent_date: date | None = None,
) -> Consent:
    """Store that the person agreed, after the consent text was read to them, to `scope`.

    The actor is recorded as who took it. Raises ValidationError (no records consent, unknown
    scope, a date in the future), NotFound.
    """
    person = get_person(session, person_id)
    day = check_consent(scope, consent_date)
    consent = Consent(
        person_id=person.id,
        given=True,
        consent_date=day,
        taken_by=actor.user_id,
        text_version=TEXT_VERSION,
        scope=[s for s in SCOPES if s in scope],
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(consent)
    session.flush()
    audit.record(
        session,
        actor,
        "consent.record",
        entity="person",
        entity_id=person.id,
        detail={"scope": consent.scope, "version": TEXT_VERSION},
    )
    return consent


def withdraw_consent(*, session: Session, actor: Actor, consent_id: uuid.UUID) -> Consent:
    """Mark a consent withdrawn today (the row stays, as evidence). Raises NotFound."""
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise NotFound(f"consent {consent_id}")
    if consent.withdrawn_on is None:
        consent.withdrawn_on = clock.today()
        consent.updated_at = clock.now()
        session.add(consent)
        audit.record(
            session, actor, "consent.withdraw", entity="person", entity_id=consent.person_id
        )
    session.flush()
    return consent


def consents_of(session: Session, person_id: uuid.UUID) -> list[ConsentRecord]:
    """The person's consents, newest first, with who took each."""
    rows = session.exec(
        select(Consent, UserAccount)
        .join(UserAccount, col(UserAccount.id) == Consent.taken_by, isouter=True)
        .where(Consent.person_id == person_id, col(Consent.deleted_at).is_(None))
        .order_by(col(Consent.consent_date).desc(), col(Consent.created_at).desc())
    )
    return [ConsentRecord(c, u.display_name if u else "") for c, u in rows]


def current_consent(session: Session, person_id: uuid.UUID) -> Consent | None:
    """The newest consent not withdrawn, if any."""
    for record in consents_of(session, person_id):
        if record.consent.given and record.consent.withdrawn_on is None:
            return record.consent
    return None
