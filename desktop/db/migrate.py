"""Schema changes happen only through Alembic migrations, run from here at start."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from alembic.config import Config

if TYPE_CHECKING:
    from desktop.db.engine import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations have {len(heads)} heads: {heads}")
    return heads[0]


def include_name(name: str | None, type_: str, parents: object = None) -> bool:
    """Alembic autogenerate filter: leave out the tables that triggers keep and no model describes
    (the search index, the report's running totals)."""
    from desktop.db import name_version, report_summary, search_index

    return (
        search_index.include_name(name, type_, parents)
        and report_summary.include_name(name, type_, parents)
        and name_version.include_name(name, type_, parents)
    )


def newest_file_revision() -> str:
    """The head revision read from the file names alone (no Alembic import: start stays fast).

    Revision ids are the file's number ("0006" in 0006_report_indexes.py), one line of
    migrations (tests/unit/test_storage.py checks both against Alembic's own head).
    """
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def _stored_revision(db: Database) -> str | None:
    """The revision recorded in the file, read with plain SQL; None when there is none."""
    with db.engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        return conn.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar())


def upgrade_to_head(db: Database) -> bool:
    """Bring the file to the newest schema, after a backup if it holds anything.

    Returns True when a migration ran. Raises BackupFailed (and does not migrate) when the
    backup before the migration cannot be made.
    """
    if _stored_revision(db) == newest_file_revision():
        return False  # the usual start: nothing to do, and Alembic is not even imported
    with db.alone():  # no other program writes while the tables are rewritten
        return _upgrade(db)


def _upgrade(db: Database) -> bool:
    from alembic import command

    current = current_revision(db)
    if current == head_revision():
        return False
    if _has_tables(db):
        from desktop.db.backup import take_backup

        # A migration rewrites tables: keep the file as it was, in case it goes wrong.
        result = take_backup(db, reason=f"before-migration-{current or 'none'}")
        log.info("backup before migration: %s", result.path)
    cfg = alembic_config()
    with db._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        log.info("migrating %s to %s", db.path, head_revision())
        command.upgrade(cfg, "head")
    return True
