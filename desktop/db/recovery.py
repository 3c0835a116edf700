"""Checking a database or backup file, restoring a backup (the file it replaces kept aside)."""

from __future__ import annotations

import contextlib
import logging
import os
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
    ClosedFile,
    default_backup_dir,
    fsync_dir,
    fsync_file,
    integrity_problems,
    keys_path,
    list_backups,
    take_backup,
)
from desktop.db.engine import connect_plain_file
from desktop.db.errors import BackupFailed, RestoreRefused
from desktop.db.file_header import is_encrypted
from desktop.db.instance import InstanceLock
from desktop.db.writers import file_alone

log = logging.getLogger(__name__)
RESTORE_REASON = "before-restore"  # the name of the copy a restore takes of the file it replaces

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


def aside_path(db_path: Path, label: str) -> Path:
    """`<name>.<label>-<time>`, to the microsecond, and never the name of a file already there."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
    n = 1
    while any(p.exists() for p in _siblings(target)):
        n += 1
        target = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{n}")
    return target


def _checkpoint(db_path: Path, connect_file: FileConnector) -> None:
    """Fold the file's WAL into it (nobody else has it open), so the file alone holds it all."""
    if not db_path.with_name(db_path.name + "-wal").exists():
        return
    try:
        conn = connect_file(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except DB_ERRORS as exc:  # a damaged file: its WAL goes aside with it, as it is
        log.warning("could not checkpoint %s before replacing it: %s", db_path, exc)


def _second_name(path: Path, other: Path) -> None:
    try:
        os.link(path, other)  # the same file under a second name: nothing moves yet
    except OSError:  # a file system without hard links
        shutil.copyfile(path, other)
        fsync_file(other)


def swap_in(
    new: Path,
    db_path: Path,
    label: str,
    connect_file: FileConnector,
    *,
    new_keys: Path | None = None,
) -> Path | None:
    """Put the finished file `new` in place of `db_path` in one rename; the old file (and its
    key file) is kept as `<name>.<label>-<time>` (a second name for it, made first). Killed
    anywhere, `db_path` is the old file or the new one, never missing. `new_keys`, the new
    file's key file, is renamed in just before it: the old key file is kept, so it is never
    missing either. Returns where the old file is kept."""
    kept: Path | None = None
    old_keys = keys_path(db_path)
    if db_path.exists():
        _checkpoint(db_path, connect_file)
        kept = aside_path(db_path, label)
        _second_name(db_path, kept)
        if old_keys.exists():
            _second_name(old_keys, keys_path(kept))
        fsync_dir(db_path.parent)
        # Its WAL and shared memory belong to the old file; next to the new one they would be
        # read as its own.
        for end in ("-wal", "-shm"):
            path = db_path.with_name(db_path.name + end)
            if path.exists():
                path.replace(kept.with_name(kept.name + end))
    if new_keys is not None:
        new_keys.replace(old_keys)
        fsync_dir(db_path.parent)
    new.replace(db_path)
    if new_keys is None and old_keys.exists():  # a plain file has no key file
        if kept is None:
            old_keys.replace(keys_path(aside_path(db_path, label)))
        else:
            old_keys.unlink()  # kept beside the old file
    fsync_dir(db_path.parent)
    return kept


def latest_good_backup(
    db_path: Path,
    connect_file: FileConnector = connect_plain_file,
    folder: Path | None = None,
) -> tuple[BackupInfo, VerifyReport] | None:
    """The newest backup of this database that passes verification, or None.

    The copy a restore took of the file it replaced (`before-restore`) is not a candidate: a
    second `restore --latest` would otherwise put back the file the first one replaced.
    """
    for info in list_backups(folder or default_backup_dir(), stem=db_path.stem):
        if info.reason == RESTORE_REASON:
            continue
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
    label: str = "replaced",
    backup_folder: Path | None = None,
    back_up_first: bool = True,
) -> RestoreResult:
    """Put `backup` in place of `db_path`; the file it replaces is kept aside, not deleted.

    The backup's key file (what opens it, desktop/db/keyring.py) comes with it. First the
    current file is backed up (`...-before-restore`) when it passes its check. The swap is one
    rename of the file (its key file renamed in just before: a backup of this desk has the
    same file key, so killed anywhere, a file a start opens is in place, with a key file that
    opens it). Raises RestoreRefused when the backup does not verify, is a plain file that
    would replace an encrypted desk, or is encrypted without its key file (nothing is
    touched), and AlreadyOpen when a desk or any other program has the database open (pass
    take_lock=False when the caller holds the window's lock; the writers' lock is always
    taken, alone).
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
    with contextlib.ExitStack() as held:
        if take_lock:
            held.enter_context(InstanceLock(db_path, purpose="a restore"))
        held.enter_context(file_alone(db_path))
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if back_up_first:  # not when the caller found the file damaged: it is only kept aside
            _backup_before_restore(db_path, connect_file, backup_folder)
        part = db_path.with_name(f".{db_path.name}.restore.part")
        shutil.copyfile(backup, part)
        fsync_file(part)
        keys_part: Path | None = None
        if is_encrypted(backup):  # a plain backup's key file holds only its anchor
            keys_part = db_path.with_name(f".{db_path.name}.keys.restore.part")
            shutil.copyfile(backup_keys, keys_part)
            fsync_file(keys_part)
        aside = swap_in(part, db_path, label, connect_file, new_keys=keys_part)
    log.warning("restored %s from %s (previous file kept as %s)", db_path, backup, aside)
    return RestoreResult(restored_from=backup, report=report, set_aside=aside)


def _backup_before_restore(db_path: Path, connect_file: FileConnector, folder: Path | None) -> None:
    """A backup of the file about to be replaced, when it passes its check (a damaged one is
    only kept aside). The caller holds the file alone."""
    if not db_path.exists():
        return
    problems = integrity_problems(db_path, connect_file)
    if problems:
        log.warning("no backup before the restore: %s fails its check: %s", db_path, problems[:3])
        return
    try:
        taken = take_backup(ClosedFile(db_path, connect_file), reason=RESTORE_REASON, folder=folder)
    except BackupFailed as exc:  # the file itself is still kept aside by the swap
        log.warning("no backup before the restore of %s: %s", db_path, exc)
        return
    log.info("backup before the restore: %s", taken.path)
