"""print_job request: what to draw, stored with the record it belongs to; drawn by the print queue

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 13:20:00

A slip is stored as its request (JSON: the words and numbers on it) in the same transaction as
the visit, and drawn into `pdf` later by the print queue's worker. Jobs stored before this keep
their PDF and an empty request.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "print_job", sa.Column("request", sa.Text(), nullable=False, server_default="")
    )


def downgrade() -> None:
    op.drop_column("print_job", "request")
