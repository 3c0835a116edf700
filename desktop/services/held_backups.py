"""Backups that still hold an erased person, and when the rotation deletes them.

A backup is a copy of the whole encrypted file at one moment: it cannot be edited without
breaking it, so an erasure does not reach into it. Every backup taken since the person
registered holds them until the rotation (db/backup.py, RotationPolicy) deletes it; the admin
is told which ones and by when.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.db import Database
from desktop.db.backup import DEFAULT_POLICY, RotationPolicy, default_backup_dir, list_backups
from desktop.models import Person
from desktop.services.settings import load_settings


@dataclass(frozen=True)
class HeldBackup:
    path: Path
    taken_at: datetime
    # The latest the rotation deletes it, if the desk is used every week; None for a safety
    # copy taken before a migration or restore (kept until enough newer ones exist).
    gone_by: datetime | None


def backups_holding(
    db: Database, person_id: uuid.UUID, *, policy: RotationPolicy = DEFAULT_POLICY
) -> list[HeldBackup]:
    """The backups (both places) taken since `person_id` registered, oldest first."""
    with db.read() as session:
        person = session.get(Person, person_id)
        copy_folder = load_settings(session).backup_copy_folder
    if person is None:
        return []
    folders = [default_backup_dir(), *([Path(copy_folder)] if copy_folder else [])]
    held: list[HeldBackup] = []
    for folder in folders:
        for backup in list_backups(folder, stem=db.path.stem):
            if backup.taken_at < person.created_at:
                continue
            safety = backup.reason.startswith("before-")
            # The longest any regular copy stays: as the week's copy, keep_weekly weeks.
            gone_by = None if safety else backup.taken_at + timedelta(weeks=policy.keep_weekly)
            held.append(HeldBackup(backup.path, backup.taken_at, gone_by))
    return sorted(held, key=lambda b: b.taken_at)


def last_gone_by(held: list[HeldBackup]) -> datetime | None:
    """When the last of `held` is gone (None when none, or a safety copy has no date)."""
    if not held or any(b.gone_by is None for b in held):
        return None
    return max(b.gone_by for b in held if b.gone_by is not None)


def flush_old_pages(db: Database, attempts: int = 20) -> bool:
    """Copy the write-ahead log into the file and empty it, so the page images it held from
    before an erasure are gone. Returns False when readers kept it from finishing."""
    conn = db.connect_file(db.path)
    try:
        for _ in range(attempts):
            busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
            time.sleep(0.1)
        return False
    finally:
        conn.close()
