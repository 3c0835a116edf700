"""The WAL checkpointer: it runs after writes, on its own thread, and never costs a write."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.db import Database
from desktop.db.checkpoint import SAFETY_NET_PAGES, Checkpointer
from desktop.services.actor import Actor
from desktop.services.setup import prepare_database
from tests.records import add_people, record_visit, service_id, visit_ids


def _until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for the background thread (a unit test has no event loop to wait on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the checkpointer did not get there in time"
        time.sleep(0.01)


def _check_ins(db: Database, actor: Actor, count: int) -> set[Any]:
    person, service = add_people(db, actor, 1)[0], service_id(db)
    return {record_visit(db, actor, person, service) for _ in range(count)}


def _wal_frames_not_yet_copied(path: Path) -> int:
    """Frames in the WAL beyond what was copied back, read without checkpointing them."""
    conn = sqlite3.connect(path)
    try:
        # A reader that began on the WAL's present end: it sees every committed frame.
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.rollback()
        # mxFrame and nBackfill of the wal-index (https://www.sqlite.org/walformat.html).
        shm = Path(f"{path}-shm").read_bytes()
        max_frame = int.from_bytes(shm[16:20], "little")
        backfilled = int.from_bytes(shm[96:100], "little")
        return max_frame - backfilled
    finally:
        conn.close()


def test_writes_leave_the_checkpoint_to_the_background_thread(db: Database, actor: Actor) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == SAFETY_NET_PAGES
    db.checkpointer.quiet_s = 60.0  # no quiet spell in this test: only the run of commits
    db.checkpointer.busy_commits = 10
    before = db.checkpointer.checkpoints
    _check_ins(db, actor, 12)
    _until(lambda: db.checkpointer.checkpoints > before)
    result = db.checkpointer.last_result
    assert result is not None and result.wal_frames > 0
    assert threading.current_thread().name != "wal-checkpointer"


def test_a_quiet_moment_after_a_burst_of_check_ins_checkpoints_everything(
    db: Database, actor: Actor, db_path: Path
) -> None:
    db.checkpointer.quiet_s = 0.05
    db.checkpointer.busy_commits = 10_000
    _check_ins(db, actor, 5)
    assert _wal_frames_not_yet_copied(db_path) > 0 or db.checkpointer.checkpoints > 0
    _until(lambda: _wal_frames_not_yet_copied(db_path) == 0)
    result = db.checkpointer.last_result
    assert result is not None and result.complete


def test_dispose_stops_the_thread_and_the_last_close_removes_the_wal(tmp_path: Path) -> None:
    db_path = tmp_path / "alone.sqlite3"  # no other Database (fixture) on this file
    db = Database.open(db_path, unencrypted=True)
    db.checkpointer.quiet_s = 0.01
    with db.write() as session:
        actor = prepare_database(session)
    _check_ins(db, actor, 3)
    _until(lambda: db.checkpointer.checkpoints > 0)
    assert any(t.name == "wal-checkpointer" for t in threading.enumerate())
    db.dispose()
    assert not db.checkpointer.running
    assert not any(t.name == "wal-checkpointer" for t in threading.enumerate())
    # No connection is left open, the checkpointer's included: SQLite folded the WAL in.
    assert not Path(f"{db_path}-wal").exists()
    db.dispose()  # twice does no harm


def test_a_failing_checkpoint_is_logged_and_check_ins_go_on(
    db: Database, actor: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    broken = {"yes": True}

    def connect() -> Any:
        if broken["yes"]:
            raise sqlite3.OperationalError("disk I/O error")
        return db.connect_file(db.path)

    db.checkpointer.stop()
    db.checkpointer = Checkpointer(connect, quiet_s=0.01, retry_s=0.05)
    with caplog.at_level(logging.WARNING, logger="desktop.db.checkpoint"):
        saved = _check_ins(db, actor, 3)
        _until(lambda: "WAL checkpoint failed" in caplog.text)
        saved |= _check_ins(db, actor, 3)
    assert saved <= visit_ids(db) and len(saved) == 6
    broken["yes"] = False
    _until(lambda: db.checkpointer.checkpoints > 0)
    assert db.checkpointer.last_result is not None


def test_an_encrypted_database_is_checkpointed_with_its_key(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "locked.sqlite3", passphrase="tenth floor, block C")
    try:
        db.checkpointer.quiet_s = 0.01
        with db.write() as session:
            actor = prepare_database(session)
        _check_ins(db, actor, 2)
        _until(lambda: db.checkpointer.checkpoints > 0)
        result = db.checkpointer.last_result
        assert result is not None and result.wal_frames > 0
    finally:
        db.dispose()


def test_in_a_busy_spell_it_waits_for_a_pause_between_commits_or_the_cap(
    db: Database, actor: Actor
) -> None:
    checkpointer = db.checkpointer
    checkpointer.quiet_s = 60.0
    checkpointer.busy_commits, checkpointer.pause_s, checkpointer.max_commits = 3, 1.0, 1000
    before = checkpointer.checkpoints
    _check_ins(db, actor, 4)  # past the run of commits, but no pause of a second yet
    assert checkpointer.checkpoints == before
    _until(lambda: checkpointer.checkpoints == before + 1)  # the pause came
    checkpointer.pause_s, checkpointer.max_commits = 60.0, 6
    _check_ins(db, actor, 3)  # add_people commits too: 4 commits, no pause, below the cap
    assert checkpointer.checkpoints == before + 1
    _check_ins(db, actor, 2)
    _until(lambda: checkpointer.checkpoints == before + 2)  # the cap, without a pause
