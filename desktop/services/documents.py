"""A member's identity documents (recognizance form, claim number, UNHCR case, passport, HK ID).

A document number is what tells two people of one name apart, so the duplicate check and search
read it. It is also sensitive: staff see the number, a volunteer sees that the document exists
and its last digits (`DocumentView.number`).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from desktop.models import DocumentKind, IdentityDocument, Person
from desktop.services.actor import Actor
from desktop.services.errors import Text, ValidationError
from desktop.services.parsing import DateFormatError, parse_date
from desktop.services.permissions import Permission, can
from desktop.services.text import fold

SHOWN_DIGITS = 4  # what a volunteer sees of a number
MIN_KEY = 4  # a shorter number cannot tell anyone apart
MAX_NUMBER = 60
EXPIRY_YEARS = 30  # an expiry date may be this far ahead
_NOT_KEY = re.compile(r"[^0-9a-z]+")


@dataclass
class DocumentInput:
    """One document as typed on the intake form or found in a spreadsheet's column."""

    kind: str = DocumentKind.OTHER
    number: str = ""
    expires: str = ""  # dd/mm/yyyy or any form parsing reads


@dataclass(frozen=True)
class DocumentView:
    """A document as this actor may see it: `number` is masked unless they are staff."""

    id: uuid.UUID
    kind: str
    number: str
    expires_on: date | None
    masked: bool


def number_key(number: str) -> str:
    """Capitals and digits only: 'rf-123 456/2024' -> 'RF1234562024'."""
    return _NOT_KEY.sub("", fold(number)).upper()


def masked_number(number: str) -> str:
    """'•••• 4567': that a number exists, and its last digits."""
    key = number_key(number)
    return "•••• " + key[-SHOWN_DIGITS:] if key else ""


def validate_documents(
    documents: list[DocumentInput], *, today: date | None = None
) -> list[dict[str, Any]]:
    """The IdentityDocument fields for each document with a number (empty ones are skipped).

    Raises ValidationError (field "documents") naming what is wrong.
    """
    today = today or date.today()
    horizon = date(today.year + EXPIRY_YEARS, 12, 31)
    out: list[dict[str, Any]] = []
    for doc in documents:
        number = " ".join(doc.number.split())
        if not number and not doc.expires.strip():
            continue
        if doc.kind not in set(DocumentKind):
            raise ValidationError({"documents": "Choose one of the options."})
        if len(number_key(number)) < MIN_KEY or len(number) > MAX_NUMBER:
            raise ValidationError(
                {
                    "documents": Text(
                        "A document number has {least} to {most} letters and digits.",
                        least=MIN_KEY,
                        most=MAX_NUMBER,
                    )
                }
            )
        try:
            expires = parse_date(doc.expires, today=horizon)
        except DateFormatError as exc:
            raise ValidationError({"documents": exc.text}) from exc
        out.append(
            {
                "kind": doc.kind,
                "number": number,
                "number_key": number_key(number),
                "expires_on": expires,
            }
        )
    return out


def add_documents(
    session: Session, actor: Actor, person: Person, values: list[dict[str, Any]]
) -> list[IdentityDocument]:
    """Store validated documents (validate_documents' result) as the person's."""
    rows = [
        IdentityDocument(
            person_id=person.id, desk_id=actor.desk_id, written_by=actor.user_id, **value
        )
        for value in values
    ]
    session.add_all(rows)
    return rows


def documents_of(session: Session, actor: Actor, person_id: uuid.UUID) -> list[DocumentView]:
    """The person's documents as `actor` may see them (numbers masked for volunteers)."""
    full = can(actor, Permission.VIEW_RESTRICTED)
    rows = session.exec(
        select(IdentityDocument)
        .where(IdentityDocument.person_id == person_id, col(IdentityDocument.deleted_at).is_(None))
        .order_by(col(IdentityDocument.created_at))
    )
    return [
        DocumentView(
            id=row.id,
            kind=row.kind,
            number=row.number if full else masked_number(row.number),
            expires_on=row.expires_on,
            masked=not full,
        )
        for row in rows
    ]


def people_with_document(session: Session, number: str) -> list[uuid.UUID]:
    """Who holds a document with this number (any spacing, dashes or case)."""
    key = number_key(number)
    if len(key) < MIN_KEY:
        return []
    return list(
        session.exec(
            select(IdentityDocument.person_id).where(
                IdentityDocument.number_key == key, col(IdentityDocument.deleted_at).is_(None)
            )
        )
    )
