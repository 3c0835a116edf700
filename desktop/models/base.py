"""Fields every synchronisable row carries (see DESIGN.md: UUIDs, UTC, tombstones, who wrote it)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlmodel import Field, SQLModel

from desktop.models.types import UTCDateTime, new_id, utcnow


class Tracked(SQLModel):
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    desk_id: uuid.UUID | None = Field(default=None, index=False)
    written_by: uuid.UUID | None = Field(default=None)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
