"""What a desk keeps to share its records: the outbox, field clocks, conflicts, suspects.

All of these are local to one desk file; none of them is itself synchronised.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from desktop.models.types import UTCDateTime, utcnow


class SyncOutbox(SQLModel, table=True):
    """One change to one synchronised row, written in the same transaction as the change.

    `seq` is AUTOINCREMENT so a number is never reused after pushed rows are deleted.
    """

    __tablename__ = "sync_outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    seq: int | None = Field(default=None, primary_key=True)
    hlc: str = Field(max_length=64, unique=True)  # hybrid logical clock of this change
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID
    fields: dict[str, object] = Field(default_factory=dict, sa_type=JSON)  # field -> new value
    base: dict[str, str] = Field(default_factory=dict, sa_type=JSON)  # field -> clock it replaced
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class SyncRowClock(SQLModel, table=True):
    """The clock of the change that last set each field of a row: how merges pick a winner."""

    __tablename__ = "sync_row_clock"

    table_name: str = Field(primary_key=True, max_length=40)
    row_id: uuid.UUID = Field(primary_key=True)
    clocks: dict[str, str] = Field(default_factory=dict, sa_type=JSON)


class SyncState(SQLModel, table=True):
    """Small named values: the clock, the pull cursor, the server settings, the last result."""

    __tablename__ = "sync_state"

    key: str = Field(primary_key=True, max_length=60)
    value: object = Field(default=None, sa_type=JSON)


class SyncConflict(SQLModel, table=True):
    """Two desks changed the same field without seeing each other's edit; one value lost."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "field_name", "lost_hlc", name="uq_sync_conflict"),
    )

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    row_id: uuid.UUID = Field(index=True)
    field_name: str = Field(max_length=60)
    kept_value: str = Field(default="", sa_type=Text)
    lost_value: str = Field(default="", sa_type=Text)
    kept_hlc: str = Field(max_length=64)
    lost_hlc: str = Field(max_length=64)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    seen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class SyncSuspect(SQLModel, table=True):
    """Two people registered at different desks who look like the same newcomer."""

    __tablename__ = "sync_suspect"
    __table_args__ = (UniqueConstraint("person_a", "person_b", name="uq_sync_suspect"),)

    id: int | None = Field(default=None, primary_key=True)
    person_a: uuid.UUID = Field(index=True)
    person_b: uuid.UUID = Field(index=True)
    reason: str = Field(default="", max_length=60)
    detected_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
