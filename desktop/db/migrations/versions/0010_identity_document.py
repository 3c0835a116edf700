"""identity_document: a person's recognizance form, claim, UNHCR case, passport or HK ID number

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 13:20:00

number_key (capitals and digits only) is indexed: search and the duplicate check look people up
by it. Also person_names_version, a counter triggers raise whenever a person is added or removed
or a name, phone, status or delete mark changes: the duplicate check keeps everyone's name keys in
memory and reads them again only when it moved (desktop/db/name_version.py).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('identity_document',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('desk_id', sa.Uuid(), nullable=True),
    sa.Column('written_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('number_key', sa.String(length=60), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('identity_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_identity_document_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_identity_document_number_key'), ['number_key'], unique=False)
    op.execute(
        "CREATE TABLE person_names_version ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)"
    )
    op.execute("INSERT INTO person_names_version (id, version) VALUES (1, 0)")
    bump = "BEGIN UPDATE person_names_version SET version = version + 1 WHERE id = 1; END"
    op.execute(f"CREATE TRIGGER person_names_insert AFTER INSERT ON person {bump}")
    op.execute(f"CREATE TRIGGER person_names_delete AFTER DELETE ON person {bump}")
    op.execute(
        "CREATE TRIGGER person_names_update AFTER UPDATE OF family_name, given_name, "
        f"name_original, phone, phone_alt, status, deleted_at ON person {bump}"
    )


def downgrade() -> None:
    for trigger in ("person_names_insert", "person_names_delete", "person_names_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_names_version")
    with op.batch_alter_table('identity_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_identity_document_number_key'))
        batch_op.drop_index(batch_op.f('ix_identity_document_person_id'))
    op.drop_table('identity_document')
