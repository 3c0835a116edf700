"""visit called_at: when the desk called the visit's queue number on the now-serving screen

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 08:55:00

NULL until the number is called; the screen shows the last one called as "now serving" and the
numbers not called yet as "next".
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not a batch copy: SQLite adds a nullable column in place, and copying
# `visit` would drop a table that visit_service (and visit itself) point at.
def upgrade() -> None:
    op.add_column("visit", sa.Column("called_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("visit", "called_at")
