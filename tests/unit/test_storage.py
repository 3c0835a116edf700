"""The database file: made and upgraded only by migrations, with the pragmas the desk needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text
from sqlmodel import SQLModel

import desktop.models  # noqa: F401
from desktop.db import Database, resolve_db_path
from desktop.db.migrate import (
    MIGRATIONS_DIR,
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    newest_file_revision,
)


def test_migrations_have_a_single_head() -> None:
    assert head_revision()


def test_start_reads_the_head_from_file_names_each_named_after_its_revision() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    for revision in scripts.walk_revisions():
        assert revision.path is not None
        assert Path(revision.path).name.startswith(f"{revision.revision}_")
    assert len(list((MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))) == len(
        list(scripts.walk_revisions())
    )
    assert newest_file_revision() == head_revision()


def test_new_file_is_created_by_migrations_and_matches_the_models(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with sqlite3.connect(db.path) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert set(SQLModel.metadata.tables) <= tables


def test_migrations_and_models_agree() -> None:
    """Autogenerate on a migrated file finds nothing: no schema change outside Alembic."""
    import tempfile

    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "x.sqlite3", unencrypted=True)
        try:
            with db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"include_name": include_name})
                diff = compare_metadata(context, SQLModel.metadata)
        finally:
            db.dispose()
    assert diff == []


def test_connection_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_opening_twice_does_not_migrate_again(db_path: Path) -> None:
    first = Database.open(db_path, unencrypted=True)
    first.dispose()
    from desktop.db.migrate import upgrade_to_head

    second = Database.open(db_path, migrate=False, unencrypted=True)
    try:
        assert upgrade_to_head(second) is False
    finally:
        second.dispose()


def test_default_location_is_the_user_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(tmp_path / "data"))
    assert resolve_db_path() == tmp_path / "data" / "frontdesk.sqlite3"
    assert resolve_db_path("other.sqlite3").name == "other.sqlite3"
