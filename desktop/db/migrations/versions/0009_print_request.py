"""print_job request (what to draw, drawn later by the print queue); names already stored cleaned

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 13:20:00

A slip is stored as its request (JSON: the words and numbers on it) in the same transaction as
the visit, and drawn into `pdf` later by the print queue's worker. Jobs stored before this keep
their PDF and an empty request.

Names stored before names were cleaned where they enter may hold a NUL, a BOM, a zero-width
space or a bidi control (a NUL made every XLSX export fail): those characters are dropped from
the person's names, notes and search text here, by the rule of services/text.clean_name as it
stood in this revision (ZWNJ and ZWJ are kept). Other desks clean such names when they pull.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


NAME_COLUMNS = (
    "family_name", "given_name", "name_original", "preferred_name", "gender_identity", "hk_area"
)
JOINERS = "\u200c\u200d"


def _dropped(ch: str, keep: str) -> bool:
    return ch not in JOINERS + keep and unicodedata.category(ch) in ("Cc", "Cf", "Cs")


def _clean_name(text: str) -> str:
    spaced = "".join(" " if ch.isspace() else ch for ch in text)
    kept = "".join(ch for ch in spaced if not _dropped(ch, " "))
    return " ".join(unicodedata.normalize("NFC", kept).split())


def _clean_notes(text: str) -> str:
    kept = "".join(ch for ch in text if not _dropped(ch, "\n\t"))
    return unicodedata.normalize("NFC", kept).strip()


def _clean_names() -> None:
    bind = op.get_bind()
    columns = ", ".join((*NAME_COLUMNS, "notes", "search_text"))
    rows = bind.execute(sa.text(f"SELECT id, {columns} FROM person")).mappings().all()
    for row in rows:
        changes: dict[str, str] = {}
        for name in (*NAME_COLUMNS, "search_text", "notes"):
            value = row[name] or ""
            if not any(_dropped(ch, " \n") for ch in value):
                continue  # most rows: nothing to drop, left exactly as they are
            changes[name] = _clean_notes(value) if name == "notes" else _clean_name(value)
        if changes:
            sets = ", ".join(f"{name} = :{name}" for name in changes)
            bind.execute(
                sa.text(f"UPDATE person SET {sets} WHERE id = :id"), {**changes, "id": row["id"]}
            )


def upgrade() -> None:
    op.add_column(
        "print_job", sa.Column("request", sa.Text(), nullable=False, server_default="")
    )
    _clean_names()


def downgrade() -> None:
    op.drop_column("print_job", "request")
