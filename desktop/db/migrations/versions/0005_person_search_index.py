"""person search index: FTS5 trigram and word-prefix tables kept in step by triggers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 06:45:00

person.search_text stays the one source of the folded text; both FTS5 tables are external-content
tables over the view person_search_source (the text padded with a space at each end, so a
two-character fragment at the start or end of a word is still a trigram). The person table has
no INTEGER PRIMARY KEY, so the index is keyed by person.rowid.

A later migration that rebuilds the person table (batch_alter_table with a copy) drops these
triggers with it: such a migration must create them again and call
desktop.db.search_index.rebuild(connection). tests/unit/test_search_index.py checks they exist.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PADDED_NEW = "' ' || new.search_text || ' '"
PADDED_OLD = "' ' || old.search_text || ' '"


def upgrade() -> None:
    op.execute(
        "CREATE VIEW person_search_source AS"
        " SELECT rowid AS person_rowid, ' ' || search_text || ' ' AS text FROM person"
    )
    # Any fragment of three or more characters, anywhere in any name, number or phone.
    op.execute(
        "CREATE VIRTUAL TABLE person_fts USING fts5(text, content='person_search_source',"
        " content_rowid='person_rowid', tokenize='trigram')"
    )
    # One or two characters: the start of a word (prefix indexes for 1 and 2 characters).
    op.execute(
        "CREATE VIRTUAL TABLE person_words USING fts5(text, content='person_search_source',"
        " content_rowid='person_rowid', tokenize='unicode61 remove_diacritics 0',"
        " prefix='1 2', detail='none')"
    )
    op.execute(
        "CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN"
        f" INSERT INTO person_fts(rowid, text) VALUES (new.rowid, {PADDED_NEW});"
        f" INSERT INTO person_words(rowid, text) VALUES (new.rowid, {PADDED_NEW});"
        " END"
    )
    op.execute(
        "CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN"
        " INSERT INTO person_fts(person_fts, rowid, text)"
        f" VALUES ('delete', old.rowid, {PADDED_OLD});"
        " INSERT INTO person_words(person_words, rowid, text)"
        f" VALUES ('delete', old.rowid, {PADDED_OLD});"
        " END"
    )
    op.execute(
        "CREATE TRIGGER person_search_update AFTER UPDATE OF search_text ON person BEGIN"
        " INSERT INTO person_fts(person_fts, rowid, text)"
        f" VALUES ('delete', old.rowid, {PADDED_OLD});"
        " INSERT INTO person_words(person_words, rowid, text)"
        f" VALUES ('delete', old.rowid, {PADDED_OLD});"
        f" INSERT INTO person_fts(rowid, text) VALUES (new.rowid, {PADDED_NEW});"
        f" INSERT INTO person_words(rowid, text) VALUES (new.rowid, {PADDED_NEW});"
        " END"
    )
    op.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
    op.execute("INSERT INTO person_words(person_words) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("person_search_insert", "person_search_delete", "person_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS person_words")
    op.execute("DROP TABLE IF EXISTS person_fts")
    op.execute("DROP VIEW IF EXISTS person_search_source")
