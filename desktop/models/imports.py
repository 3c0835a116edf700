"""Rows brought in from the centre's old spreadsheets: one fingerprint per source row."""

from __future__ import annotations

import uuid

from sqlmodel import Field

from desktop.models.base import Tracked


class ImportedRow(Tracked, table=True):
    """A spreadsheet row already taken in; its fingerprint makes re-importing a file a no-op."""

    __tablename__ = "imported_row"

    fingerprint: str = Field(max_length=64, unique=True)  # sha256 of the row's mapped cells
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    source_name: str = Field(default="", max_length=300)  # the file's name, for staff
    source_row: int = 0  # 1-based row number in that file (header is row 1)
    batch_id: uuid.UUID | None = Field(default=None, index=True)  # one import run
