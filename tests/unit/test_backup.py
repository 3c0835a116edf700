"""Backups: taken online, rotated, verified, restored; one before every migration."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from desktop.db import Database
from desktop.db.backup import (
    BackupInfo,
    RotationPolicy,
    backup_name,
    choose_kept,
    default_backup_dir,
    list_backups,
    take_backup,
)
from desktop.db.errors import AlreadyOpen, BackupFailed, RestoreRefused
from desktop.db.instance import InstanceLock
from desktop.db.migrate import alembic_config, current_revision, head_revision
from desktop.db.recovery import restore_backup, verify_file
from desktop.services.actor import Actor
from tests.records import add_people, record_visit, service_id, visit_ids


def test_backup_taken_while_the_desk_writes_has_every_committed_visit(
    db: Database, actor: Actor
) -> None:
    people = add_people(db, actor, 3)
    medical = service_id(db)
    saved = {record_visit(db, actor, p, medical) for p in people}
    steps: list[tuple[int, int]] = []
    result = take_backup(db, reason="manual", progress=lambda d, t: steps.append((d, t)))
    assert result.path.parent == default_backup_dir()
    assert steps[0] == (0, 3) and steps[-1] == (3, 3)
    report = verify_file(result.path)
    assert report.ok, report.problems
    assert report.counts["visit"] == 3 and report.counts["person"] == 3
    assert report.revision == head_revision()
    # The backup is one self-contained file: no journal beside it, no half-written leftovers;
    # beside it only its key file (the chain's head, what opens it), its manifest (the order it
    # was written in) and the backups' lock.
    assert sorted(p.name for p in result.path.parent.iterdir()) == sorted(
        [
            result.path.name,
            result.path.name + ".keys",
            result.path.name + ".json",
            f".{db.path.stem}.backup-lock",
        ]
    )
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy = Database.open(result.path, migrate=False, unencrypted=True)
    try:
        assert visit_ids(copy) == saved
    finally:
        copy.dispose()


def test_restore_brings_back_exactly_the_backup_and_keeps_the_replaced_file(
    db: Database, db_path: Path, actor: Actor
) -> None:
    people = add_people(db, actor, 2)
    medical = service_id(db)
    before = {record_visit(db, actor, p, medical) for p in people}
    backup = take_backup(db).path
    later = record_visit(db, actor, people[0], medical)
    db.dispose()

    result = restore_backup(backup, db_path)
    assert result.set_aside is not None and result.set_aside.exists()
    restored = Database.open(db_path, unencrypted=True)
    try:
        assert visit_ids(restored) == before
    finally:
        restored.dispose()
    kept = Database.open(result.set_aside, migrate=False, unencrypted=True)
    try:
        assert visit_ids(kept) == before | {later}  # nothing lost: the newer file is kept aside
    finally:
        kept.dispose()


def test_restore_refuses_a_damaged_backup_and_touches_nothing(
    db: Database, db_path: Path, actor: Actor
) -> None:
    backup = take_backup(db).path
    with backup.open("r+b") as fh:
        fh.seek(0)
        fh.write(b"this is not a database any more" * 4)
    before = db_path.read_bytes()
    with pytest.raises(RestoreRefused):
        restore_backup(backup, db_path)
    assert db_path.read_bytes() == before


def test_restore_waits_for_the_desk_to_close(db: Database, db_path: Path) -> None:
    backup = take_backup(db).path
    with InstanceLock(db_path), pytest.raises(AlreadyOpen) as refused:
        restore_backup(backup, db_path)
    assert "Front Desk" in refused.value.holder and "process" in refused.value.holder


def test_migration_starts_with_a_backup_of_the_old_file(db_path: Path, tmp_path: Path) -> None:
    cfg = alembic_config()
    old = Database.open(db_path, migrate=False, unencrypted=True)
    revisions = ["0001"]
    with old._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisions[0])
    old.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO setting (key, value, updated_at) VALUES ('centre_name', '\"Old\"', "
            "'2026-01-01 00:00:00')"
        )
    migrated = Database.open(db_path, unencrypted=True)
    try:
        assert current_revision(migrated) == head_revision()
    finally:
        migrated.dispose()
    [before] = list_backups(stem=db_path.stem)
    assert before.reason == "before-migration-0001"
    report = verify_file(before.path)
    assert report.ok and report.revision == "0001"
    with sqlite3.connect(before.path) as conn:
        assert conn.execute("SELECT value FROM setting").fetchone()[0] == '"Old"'


def test_fresh_file_needs_no_backup_before_its_first_migration(db: Database) -> None:
    assert list_backups(stem=db.path.stem) == []


def test_a_missing_usb_drive_is_reported_but_the_backup_stands(
    db: Database, tmp_path: Path
) -> None:
    result = take_backup(db, second_folder=tmp_path / "usb-not-plugged-in")
    assert result.path.exists()
    assert result.copies == []
    assert "usb-not-plugged-in" in result.problems[0] and "not there" in result.problems[0]

    usb = tmp_path / "usb"
    usb.mkdir()
    result = take_backup(db, second_folder=usb)
    assert [c.parent for c in result.copies] == [usb]
    assert verify_file(result.copies[0]).ok


def _fake(at: datetime, reason: str = "scheduled") -> BackupInfo:
    return BackupInfo(Path(backup_name(Path("desk.sqlite3"), reason, at)), at, reason, 1)


def test_rotation_keeps_recent_daily_and_weekly_backups() -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    hourly = [_fake(now - timedelta(hours=h)) for h in range(24 * 90)]  # 90 days, every hour
    migrations = [_fake(now - timedelta(days=d), "before-migration-0001") for d in range(10)]
    policy = RotationPolicy(keep_recent=12, keep_daily=14, keep_weekly=8, keep_before=5)
    kept = choose_kept(hourly + migrations, policy)
    kept_hourly = [b for b in hourly if b.path in kept]
    assert all(b.path in kept for b in hourly[:12])
    days = {b.taken_at.date() for b in kept_hourly}
    assert len(days) >= 14
    oldest = min(b.taken_at for b in kept_hourly)
    assert now - oldest > timedelta(weeks=6)  # weekly copies reach about two months back
    assert len(kept_hourly) <= 12 + 14 + 8
    assert [b.path in kept for b in migrations] == [True] * 5 + [False] * 5


def test_rotation_deletes_old_files_on_disk(db: Database) -> None:
    policy = RotationPolicy(keep_recent=2, keep_daily=0, keep_weekly=0)
    for _ in range(4):
        take_backup(db, policy=policy)
    assert len(list_backups(stem=db.path.stem)) == 2


def test_backup_into_a_full_disk_fails_clearly_and_leaves_nothing_behind(
    db: Database, actor: Actor, tiny_disk: Path
) -> None:
    add_people(db, actor, 200)
    with pytest.raises(BackupFailed) as failed:
        take_backup(db, folder=tiny_disk)
    assert failed.value.reason == "the disk is full"
    assert [p.name for p in tiny_disk.iterdir()] == [f".{db.path.stem}.backup-lock"]
    assert verify_file(db.path).ok
