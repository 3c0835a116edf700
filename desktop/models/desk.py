"""Who works at the desk, on which desk, with which settings; the audit trail and print queue."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, String, Text
from sqlmodel import Field, SQLModel

from desktop.models.base import Tracked
from desktop.models.enums import PrintStatus, Role
from desktop.models.types import UTCDateTime, utcnow


class Desk(Tracked, table=True):
    __tablename__ = "desk"

    code: str = Field(max_length=10, unique=True)  # e.g. "A"; part of member numbers when synced
    name: str = Field(max_length=100)
    is_this_desk: bool = False


class UserAccount(Tracked, table=True):
    __tablename__ = "user_account"

    username: str = Field(max_length=60, unique=True)
    display_name: str = Field(max_length=120)
    role: str = Field(default=Role.VOLUNTEER, sa_type=String(20))
    password_hash: str = Field(default="", max_length=300)
    active: bool = True
    failed_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AuditEvent(SQLModel, table=True):
    """Append-only and hash-chained: each event carries the hash of the one before."""

    __tablename__ = "audit_event"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    user_id: uuid.UUID | None = None
    desk_id: uuid.UUID | None = None
    action: str = Field(max_length=40, index=True)
    entity: str = Field(default="", max_length=40)
    entity_id: str = Field(default="", max_length=64, index=True)
    detail: dict[str, object] = Field(default_factory=dict, sa_type=JSON)
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)


class PrintJob(Tracked, table=True):
    """Stored before it is sent, so a jammed printer loses nothing."""

    __tablename__ = "print_job"

    kind: str = Field(max_length=20)  # slip, card, intake_form, report
    title: str = Field(default="", max_length=200)
    ref_id: str = Field(default="", max_length=64, index=True)  # e.g. the visit id
    request: str = Field(default="", sa_type=Text)  # what to draw (JSON), until `pdf` is drawn
    pdf: bytes = b""
    status: str = Field(default=PrintStatus.PENDING, sa_type=String(20), index=True)
    attempts: int = 0
    last_error: str = Field(default="", sa_type=Text)
    printer_name: str = Field(default="", max_length=200)
    printed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=80)
    value: object = Field(default=None, sa_type=JSON)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Counter(SQLModel, table=True):
    """Monotonic counters (member numbers); incremented inside the writing transaction."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=40)
    value: int = 0
