"""A person's identity documents: the papers that tell two people of one name apart."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field

from desktop.models.base import Tracked
from desktop.models.enums import DocumentKind


class IdentityDocument(Tracked, table=True):
    """One document a member holds. Staff see the number; volunteers see that it exists and
    its last digits (services/documents.py)."""

    __tablename__ = "identity_document"

    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    kind: str = Field(default=DocumentKind.OTHER, max_length=40)
    number: str = Field(default="", max_length=60)  # as typed
    # Capitals and digits only ('RF-123 456/2024' -> 'RF1234562024'): what search and the
    # duplicate check compare.
    number_key: str = Field(default="", max_length=60, index=True)
    expires_on: date | None = None
