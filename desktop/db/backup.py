"""Backups of the database file: taken online without holding up the desk, rotated, verified.

A backup is made with SQLite's online backup API from one of the engine's own connections into
a connection of the same kind (so an encrypted database's backups stay encrypted). Writers are
never blocked: in WAL mode the copy reads one consistent snapshot while check-ins go on.
The copy is written to a hidden `.part` file, synced, checked, and only then renamed into place,
so a power cut or a kill in the middle never leaves a half backup under a backup's name.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.db.errors import AlreadyOpen, BackupFailed, DatabaseProblem
from desktop.db.location import data_dir
from desktop.db.writers import WritersLock

if TYPE_CHECKING:
    from desktop.db.engine import Database
    from desktop.db.keyring import Anchor


KEYS_SUFFIX = ".keys"


def keys_path(path: Path) -> Path:
    """The key file beside a database or backup (desktop/db/keyring.py)."""
    return path.with_name(path.name + KEYS_SUFFIX)


log = logging.getLogger(__name__)

BACKUP_DIR_NAME = "backups"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9][a-z0-9-]*)\.sqlite3$"
)
_PART = re.compile(r"^\d{8}-\d{6}-\d{6}-[a-z0-9-]*\.sqlite3(\.json|\.keys)?\.part")
STALE_PART_AGE = timedelta(minutes=30)
CLOCK_TOLERANCE = timedelta(minutes=5)  # clocks of one PC drift; more than this is a wrong clock
MANIFEST_SUFFIX = ".json"  # beside each backup: the order it was written in (and what else it says)
Progress = Callable[[int, int], None]
FileConnector = Callable[[Path], Any]

try:  # an encrypted database raises sqlcipher3's own DatabaseError, not sqlite3's
    from sqlcipher3 import dbapi2 as _sqlcipher

    DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, _sqlcipher.DatabaseError)
except ImportError:  # pragma: no cover - sqlcipher3 is a dependency, but keep plain SQLite usable
    DB_ERRORS = (sqlite3.DatabaseError,)
FILE_ERRORS: tuple[type[Exception], ...] = (OSError, *DB_ERRORS)
UNKEYABLE: tuple[type[Exception], ...] = (*DB_ERRORS, DatabaseProblem)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the name: as the PC's clock said, right or wrong
    reason: str
    size: int
    order: int = -1  # the order backups were written in (-1: an older backup, no manifest)
    clock_suspect: bool = False  # its time is after a backup written later: a wrong clock

    @property
    def sort_key(self) -> tuple[int, datetime]:
        """Newest last: the order of writing, then (for older backups) the time in the name."""
        return self.order, self.taken_at


@dataclass(frozen=True)
class ClosedFile:
    """A database file nobody has open (a restore holds it alone), backed up without an engine."""

    path: Path
    connect_file: FileConnector


@dataclass(frozen=True)
class BackupResult:
    path: Path
    copies: list[Path] = field(default_factory=list)  # the same backup in the second place
    problems: list[str] = field(default_factory=list)  # the second place failed (USB missing...)
    removed: list[Path] = field(default_factory=list)  # old backups rotated away


@dataclass(frozen=True)
class RotationPolicy:
    """Grandfather-father-son: the newest few, one a day for 2 weeks, one a week for 2 months."""

    keep_recent: int = 12
    keep_daily: int = 14
    keep_weekly: int = 8
    keep_before: int = 5  # safety copies taken before a migration or a restore


DEFAULT_POLICY = RotationPolicy()


def default_backup_dir() -> Path:
    return data_dir() / BACKUP_DIR_NAME


def backup_name(db_path: Path, reason: str, at: datetime) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    return f"{db_path.stem}-{at:{STAMP_FORMAT}}-{slug}.sqlite3"


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def read_manifest(backup: Path) -> dict[str, Any]:
    """What the backup's manifest says ({} when it has none or it cannot be read)."""
    try:
        found = json.loads(manifest_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def write_manifest(backup: Path, fields: dict[str, Any]) -> None:
    """Write (or add `fields` to) the backup's manifest, atomically. Raises OSError."""
    path = manifest_path(backup)
    part = path.with_name(f".{path.name}.part")
    part.write_text(json.dumps({**read_manifest(backup), **fields}), encoding="utf-8")
    fsync_file(part)
    part.replace(path)


def parse_backup(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    manifest = read_manifest(path)
    order = manifest.get("order")
    return BackupInfo(
        path=path,
        taken_at=taken,
        reason=match["reason"],
        size=size,
        order=order if isinstance(order, int) else -1,
        clock_suspect=bool(manifest.get("clock_suspect")),
    )


def list_backups(folder: Path | None = None, *, stem: str | None = None) -> list[BackupInfo]:
    """Backups in `folder` (default: the data folder's), newest first; `stem` picks one database.

    Newest means written last (the order in the manifests), not the time in the name: a backup
    taken while the PC's clock ran a year ahead does not stay "the latest" once it is put right.
    """
    folder = folder or default_backup_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        info = parse_backup(path)
        if info is not None and (stem is None or _NAME.match(path.name)["stem"] == stem):  # type: ignore[index]
            found.append(info)
    return sorted(found, key=lambda b: b.sort_key, reverse=True)


def fsync_file(path: Path) -> None:
    """Push the file's (or folder's) contents to the disk itself, past the OS cache."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (no-op where directories cannot be synced)."""
    if os.name != "nt":
        fsync_file(folder)


def _reason_from(exc: BaseException) -> str:
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "full" in text:
        return "the disk is full"
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        return "the backup folder cannot be written to"
    if isinstance(exc, FileNotFoundError):
        return "the backup folder is not there"
    return str(exc)


def take_backup(
    db: Database | ClosedFile,
    *,
    reason: str = "manual",
    folder: Path | None = None,
    second_folder: Path | None = None,
    policy: RotationPolicy = DEFAULT_POLICY,
    progress: Progress | None = None,
) -> BackupResult:
    """Copy the live database into `folder` (and `second_folder` if given), then rotate.

    Raises BackupFailed when the main copy could not be made, or the file fails SQLite's full
    integrity check (a damaged file is never backed up); a failing second folder (a USB drive
    that is not plugged in) is reported in `problems` instead, the main copy stands.
    """
    folder = folder or default_backup_dir()
    step = progress or (lambda _done, _total: None)
    step(0, 3)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        turn = _backup_turn(folder, db.path.stem)
    except OSError as exc:
        log.error("backup of %s into %s failed: %s", db.path, folder, exc)
        raise BackupFailed(_reason_from(exc)) from exc
    try:
        final = _write_backup(db, folder, reason)
    finally:
        turn.release()
    step(2, 3)
    log.info("backup %s written (%s)", final, reason)
    removed = rotate(folder, stem=db.path.stem, policy=policy)
    copies: list[Path] = []
    second_problems: list[str] = []
    if second_folder is not None:
        try:
            copies.append(copy_backup(final, second_folder))
            removed += rotate(second_folder, stem=db.path.stem, policy=policy)
        except OSError as exc:
            log.warning("second backup copy into %s failed: %s", second_folder, exc)
            second_problems.append(f"{second_folder}: {_reason_from(exc)}")
    step(3, 3)
    return BackupResult(path=final, copies=copies, problems=second_problems, removed=removed)


def chain_head_of(path: Path, connect_file: Callable[[Path], Any]) -> tuple[int, str]:
    """The audit chain's last event number and hash in a database file (0 and "" if none)."""
    conn = connect_file(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "audit_event" not in tables:
            return 0, ""
        row = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return (int(row[0]), str(row[1])) if row else (0, "")


def write_backup_keys(db_path: Path, backup: Path, head: tuple[int, str], at: datetime) -> None:
    """The backup's key file: the desk's sealed keys as they are now, and the chain's head."""
    from dataclasses import replace

    from desktop.db.keyring import Anchor, KeyFile, read_keys, write_keys

    keys = read_keys(db_path) or KeyFile()
    write_keys(backup, replace(keys, anchor=Anchor(head[0], head[1], at), failures=()))


def anchors(db_path: Path, folders: Iterable[Path]) -> list[Anchor]:
    """The audit chain heads the backups of this database hold, in `folders` (unreadable key
    files are skipped: they anchor nothing)."""
    from desktop.db.keyring import KeysDamaged, read_keys

    found: list[Anchor] = []
    for folder in folders:
        for info in list_backups(folder, stem=db_path.stem):
            try:
                keys = read_keys(info.path)
            except KeysDamaged:
                log.warning("the key file of %s cannot be read", info.path)
                continue
            if keys is not None and keys.anchor is not None:
                found.append(replace_where(keys.anchor, f"the backup {info.path.name}"))
    return found


def replace_where(anchor: Anchor, where: str) -> Anchor:
    from dataclasses import replace

    return replace(anchor, where=where)


def _backup_turn(folder: Path, stem: str) -> WritersLock:
    """Held (shared) while a backup of `stem` is written into `folder`. The backup that finds
    itself alone first removes what killed backups left behind (their `.part` files)."""
    turn = WritersLock(folder / f".{stem}.backup", lock_path=folder / f".{stem}.backup-lock")
    try:
        turn.take_alone()
    except AlreadyOpen:  # another backup is being written: its .part is not a leftover
        return turn.share()
    try:
        remove_leftovers(folder, stem)
    finally:
        turn.share()
    return turn


def _write_backup(db: Database | ClosedFile, folder: Path, reason: str) -> Path:
    at = datetime.now(UTC)
    earlier = list_backups(folder, stem=db.path.stem)
    order = next_order(earlier)
    final = folder / backup_name(db.path, reason, at)
    part = folder / f".{final.name}.part"
    try:
        _copy_online(db, part)
        problems = integrity_problems(part, db.connect_file)
        if problems:
            raise BackupFailed(
                "the database is damaged: the copy did not pass its check: "
                + "; ".join(problems[:3])
            )
        fsync_file(part)
        # Its key file (the sealed keys and the audit chain's head) and its manifest first: a
        # backup is never on disk without what opens it, anchors its trail and orders it.
        write_backup_keys(db.path, final, chain_head_of(part, db.connect_file), at)
        write_manifest(final, {"order": order, "taken_at": at.isoformat(), "reason": reason})
        part.replace(final)
        fsync_dir(folder)
    except BackupFailed:
        _discard(part, final)
        raise
    except FILE_ERRORS as exc:
        _discard(part, final)
        log.error("backup of %s into %s failed: %s", db.path, folder, exc)
        raise BackupFailed(_reason_from(exc)) from exc
    except BaseException:
        _discard(part, final)
        raise
    _flag_wrong_clock(earlier, at)
    return final


def next_order(earlier: list[BackupInfo]) -> int:
    """The manifest's `order` of the next backup written beside `earlier`."""
    return max((b.order for b in earlier), default=-1) + 1


def _discard(part: Path, final: Path) -> None:
    part.unlink(missing_ok=True)
    if not final.exists():
        manifest_path(final).unlink(missing_ok=True)
        keys_path(final).unlink(missing_ok=True)


def _flag_wrong_clock(earlier: list[BackupInfo], now: datetime) -> None:
    """Backups whose time is after this one's (beyond a few minutes) were taken, or this one is,
    with a wrong clock: their manifests say so, and `order` keeps them from counting as newer."""
    for info in earlier:
        if info.taken_at > now + CLOCK_TOLERANCE and not info.clock_suspect:
            log.warning(
                "backup %s is dated %s, after the backup written now (%s): the PC's clock was "
                "or is wrong; backups are ordered by when they were written",
                info.path.name, info.taken_at.isoformat(), now.isoformat(),
            )  # fmt: skip
            try:
                write_manifest(info.path, {"clock_suspect": True})
            except OSError as exc:
                log.warning("could not flag %s: %s", info.path, exc)


def _copy_online(db: Database | ClosedFile, part: Path) -> None:
    part.unlink(missing_ok=True)
    source: Any = db.connect_file(db.path) if isinstance(db, ClosedFile) else None
    pooled: Any = None
    if source is None:
        pooled = db.engine.raw_connection()  # type: ignore[union-attr]
        source = pooled.driver_connection
    try:
        target = db.connect_file(part)
        try:
            # One step: a single consistent snapshot. Copying in several steps would restart from
            # the beginning after every check-in another connection commits meanwhile.
            source.backup(target, pages=-1)
            # A self-contained file: no -wal/-shm beside it when it is opened later.
            target.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            target.close()
    finally:
        (pooled or source).close()


def copy_backup(backup: Path, folder: Path) -> Path:
    """Copy a finished backup file into another folder, atomically. Raises OSError."""
    if not folder.is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    final = folder / backup.name
    part = folder / f".{backup.name}.part"
    if keys_path(backup).exists():  # what opens the copy goes first, as for the backup
        keys_part = folder / f".{backup.name}.keys.part"
        try:
            shutil.copyfile(keys_path(backup), keys_part)
            fsync_file(keys_part)
            keys_part.replace(keys_path(final))
        finally:
            keys_part.unlink(missing_ok=True)
    try:
        if manifest_path(backup).exists():
            write_manifest(final, read_manifest(backup))
        shutil.copyfile(backup, part)
        fsync_file(part)
        part.replace(final)
        fsync_dir(folder)
    finally:
        part.unlink(missing_ok=True)
    return final


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def choose_kept(backups: Iterable[BackupInfo], policy: RotationPolicy) -> set[Path]:
    """Which backups the policy keeps (the rest may go)."""
    ordered = sorted(backups, key=lambda b: b.sort_key, reverse=True)
    before = [b for b in ordered if b.reason.startswith("before-")]
    regular = [b for b in ordered if not b.reason.startswith("before-")]
    kept = {b.path for b in before[: policy.keep_before]}
    kept |= {b.path for b in regular[: policy.keep_recent]}
    days: dict[date, BackupInfo] = {}
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in regular:
        days.setdefault(b.taken_at.date(), b)
        weeks.setdefault(_week(b.taken_at.date()), b)
    kept |= {
        b.path
        for b in sorted(days.values(), key=lambda b: b.sort_key, reverse=True)[: policy.keep_daily]
    }
    kept |= {
        b.path
        for b in sorted(weeks.values(), key=lambda b: b.sort_key, reverse=True)[
            : policy.keep_weekly
        ]
    }
    return kept


def rotate(folder: Path, *, stem: str, policy: RotationPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups of `stem` the policy does not keep, and stale `.part` leftovers."""
    backups = list_backups(folder, stem=stem)
    kept = choose_kept(backups, policy)
    removed = []
    for b in backups:
        if b.path not in kept:
            b.path.unlink(missing_ok=True)
            keys_path(b.path).unlink(missing_ok=True)
            manifest_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    cutoff = datetime.now(UTC) - STALE_PART_AGE
    for part in _parts(folder, stem):  # e.g. in a second folder another desk also writes to
        try:
            if datetime.fromtimestamp(part.stat().st_mtime, UTC) < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:
            continue
    if removed:
        log.info("rotated away %d old backup file(s) in %s", len(removed), folder)
    return removed


def _parts(folder: Path, stem: str) -> list[Path]:
    """Hidden files of unfinished backups of `stem`: `.part`, and SQLite's `.part-journal`."""
    prefix = f".{stem}-"
    return [
        p
        for p in folder.glob(f"{prefix}*.part*")
        if _PART.match(p.name[len(prefix) :]) and p.is_file()
    ]


def remove_leftovers(folder: Path, stem: str) -> list[Path]:
    """Remove what killed backups of `stem` left in `folder` (half files, their journals, lone
    manifests and key files). Only call it while no backup of `stem` is being written there."""
    removed = []
    for path in _parts(folder, stem) + [
        m
        for suffix in (MANIFEST_SUFFIX, KEYS_SUFFIX)
        for m in folder.glob(f"{stem}-*.sqlite3{suffix}")
        if not m.with_name(m.name[: -len(suffix)]).exists()
    ]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("could not remove the leftover %s: %s", path, exc)
    if removed:
        log.info("removed %d file(s) left by unfinished backups in %s", len(removed), folder)
    return removed


def integrity_problems(
    path: Path,
    connect_file: Callable[[Path], Any],
    *,
    should_stop: Callable[[], bool] | None = None,
    opened: Callable[[Any], None] | None = None,
) -> list[str]:
    """SQLite's full integrity_check on a file: [] when healthy, else what is wrong in its words.

    The full check, not quick_check: only it compares every index with its table, and damage
    there (a flipped byte in a visit row) passes quick_check. `should_stop` is polled while the
    check runs; when it says True the check ends early with SQLite's "interrupted" as its only
    problem (the caller asked, so it knows). SQLite polls it between steps, and one step can
    check a whole large index: `opened` receives the connection, whose `interrupt()` another
    thread may call to stop the check at once.
    """
    try:
        conn = connect_file(path)
    except UNKEYABLE as exc:  # an encrypted file too damaged to key
        return [str(exc)]
    if opened is not None:
        opened(conn)
    if should_stop is not None:
        conn.set_progress_handler(lambda: int(should_stop()), 10_000)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except DB_ERRORS as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows
