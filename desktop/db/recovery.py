"""Checking a database or backup file, setting a damaged file aside, restoring a backup."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.db.backup import (
    DB_ERRORS,
    UNKEYABLE,
    BackupInfo,
    default_backup_dir,
    fsync_dir,
    fsync_file,
    keys_path,
    list_backups,
)
from desktop.db.engine import connect_plain_file
from desktop.db.errors import RestoreRefused
from desktop.db.file_header import is_encrypted
from desktop.db.instance import InstanceLock

log = logging.getLogger(__name__)

FileConnector = Callable[[Path], Any]
COUNTED_TABLES = ("person", "visit", "audit_event")


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _known_revisions() -> dict[str, int]:
    from alembic.script import ScriptDirectory

    from desktop.db.migrate import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    ordered = list(reversed(list(scripts.walk_revisions())))
    return {rev.revision: n for n, rev in enumerate(ordered)}


def verify_file(path: Path, connect_file: FileConnector = connect_plain_file) -> VerifyReport:
    """Full integrity check, foreign keys, and a schema this version of Front Desk knows."""
    if not path.is_file():
        return VerifyReport(path, [f"{path} does not exist"])
    try:
        conn = connect_file(path)
    except UNKEYABLE as exc:  # damaged, or a key that does not open it: said, not raised
        return VerifyReport(path, [str(exc)])
    problems: list[str] = []
    revision: str | None = None
    counts: dict[str, int] = {}
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            return VerifyReport(path, rows)
        bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
        if bad_keys:
            problems.append(f"{len(bad_keys)} row(s) point to rows that are missing")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            problems.append("not a Front Desk database (no schema version)")
        else:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = found[0] if found else None
            if revision not in _known_revisions():
                problems.append(f"made by a newer or unknown Front Desk (schema {revision})")
        for table in COUNTED_TABLES:
            if table in tables:
                counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except DB_ERRORS as exc:
        problems.append(str(exc))
    finally:
        conn.close()
    return VerifyReport(path, problems, revision, counts)


def _siblings(db_path: Path) -> list[Path]:
    return [db_path, *(db_path.with_name(db_path.name + end) for end in ("-wal", "-shm", ".keys"))]


def set_aside(db_path: Path, label: str) -> Path | None:
    """Move the file (with its -wal and -shm) to `<name>.<label>-<time>`; never deletes it.

    Returns the new path of the main file, or None when there was no file.
    """
    if not db_path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = None
    for path in _siblings(db_path):
        if path.exists():
            ending = path.name[len(db_path.name) :]  # "", "-wal", "-shm" or ".keys"
            target = path.with_name(f"{db_path.name}.{label}-{stamp}{ending}")
            path.replace(target)
            moved = moved or target
    fsync_dir(db_path.parent)
    log.warning("set %s aside as %s", db_path, moved)
    return moved


def latest_good_backup(
    db_path: Path,
    connect_file: FileConnector = connect_plain_file,
    folder: Path | None = None,
) -> tuple[BackupInfo, VerifyReport] | None:
    """The newest backup of this database that passes verification, or None."""
    for info in list_backups(folder or default_backup_dir(), stem=db_path.stem):
        report = verify_file(info.path, connect_file)
        if report.ok:
            return info, report
        log.warning("backup %s does not verify: %s", info.path, report.problems)
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    report: VerifyReport
    set_aside: Path | None  # where the file it replaced now is


def restore_backup(
    backup: Path,
    db_path: Path,
    *,
    connect_file: FileConnector = connect_plain_file,
    take_lock: bool = True,
) -> RestoreResult:
    """Put `backup` in place of `db_path`; the file it replaces is kept aside, not deleted.

    The backup's key file (what opens it, desktop/db/keyring.py) comes with it. Raises
    RestoreRefused when the backup does not verify, is a plain file that would replace an
    encrypted desk, or is encrypted without its key file (nothing is touched), and AlreadyOpen
    when a desk has the database open (pass take_lock=False when the caller holds the lock).
    """
    if is_encrypted(db_path) and not is_encrypted(backup):
        raise RestoreRefused(
            backup, ["it is not encrypted, and would replace an encrypted desk by a plain file"]
        )
    backup_keys = keys_path(backup)
    if is_encrypted(backup) and not backup_keys.exists():
        raise RestoreRefused(backup, [f"its key file {backup_keys.name} is not beside it"])
    report = verify_file(backup, connect_file)
    if not report.ok:
        raise RestoreRefused(backup, report.problems)
    lock = InstanceLock(db_path, purpose="a restore")
    if take_lock:
        lock.acquire()
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        part = db_path.with_name(f".{db_path.name}.restore.part")
        shutil.copyfile(backup, part)
        fsync_file(part)
        keys_part = db_path.with_name(f".{db_path.name}.keys.restore.part")
        if backup_keys.exists():
            shutil.copyfile(backup_keys, keys_part)
            fsync_file(keys_part)
        aside = set_aside(db_path, "replaced")
        # A crash here leaves the replaced file set aside and no desk file: the next start
        # makes nothing by itself (a new desk is set up only by a person), and staff restore.
        if backup_keys.exists():
            keys_part.replace(keys_path(db_path))
        part.replace(db_path)
        fsync_dir(db_path.parent)
    finally:
        if take_lock:
            lock.release()
    log.warning("restored %s from %s (previous file kept as %s)", db_path, backup, aside)
    return RestoreResult(restored_from=backup, report=report, set_aside=aside)
