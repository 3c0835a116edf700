"""The full file check at start: before the window after a crash, in the background otherwise."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

import desktop.app
from desktop.app import StartRefused, check_in_background, start_desk
from desktop.db import Database
from desktop.db.instance import InstanceLock
from desktop.services.setup import prepare_database
from desktop.ui.file_check import FileCheck
from tests.records import add_people

KILLED_DESK = """
import os, sys
from pathlib import Path
from desktop.db.instance import InstanceLock
InstanceLock(Path(sys.argv[1])).acquire()
os._exit(9)  # no release: a crash, a kill, a power cut
"""


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    checked: list[Path] = []
    real = desktop.app.integrity_problems

    def counted(path: Path, *args: object, **kwargs: object) -> list[str]:
        checked.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(desktop.app, "integrity_problems", counted)
    return checked


def _damage_an_index(path: Path) -> None:
    """Scribble over the person status index: the file opens, the full check fails."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_person_status'"
        ).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xff" * size)


def test_desk_after_a_clean_exit_opens_without_the_full_check(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.dispose()
    checked = _counting_checks(monkeypatch)
    opened, lock = start_desk(
        db_path, lambda _d: False, unencrypted=True
    )  # a new lock: nobody knows, so check
    opened.dispose()
    lock.release(clean=True)
    assert checked == [db_path]

    opened, lock = start_desk(db_path, lambda _d: False, unencrypted=True)
    try:
        assert lock.last_closed_cleanly
        assert checked == [db_path], "a clean last exit skips the check before the window"
    finally:
        opened.dispose()
        lock.release()


def test_desk_after_a_crash_checks_the_whole_file_first_and_finds_the_damage(
    db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as session:
        actor = prepare_database(session)
    add_people(db, actor, 30)
    db.dispose()
    InstanceLock(db_path).acquire().release(clean=True)
    crashed = subprocess.run(
        [sys.executable, "-c", KILLED_DESK, str(db_path)], cwd=Path(__file__).parents[2]
    )
    assert crashed.returncode == 9
    _damage_an_index(db_path)
    checked = _counting_checks(monkeypatch)

    with pytest.raises(StartRefused) as refused:
        start_desk(db_path, lambda _d: False, unencrypted=True)
    assert checked == [db_path]
    assert "damaged and there is no good backup" in refused.value.message


def test_background_check_finds_a_damaged_file_and_tells_the_volunteer(
    qtbot, db: Database, db_path: Path
) -> None:
    with db.write() as session:
        actor = prepare_database(session)
    add_people(db, actor, 30)
    db.dispose()
    _damage_an_index(db_path)
    opened = Database.open(
        db_path, unencrypted=True
    )  # opens: the damage is in an index no start query reads
    window = QWidget()
    qtbot.add_widget(window)
    try:
        check = check_in_background(opened, window)
        qtbot.waitUntil(lambda: check.problems is not None, timeout=20_000)
        check.wait()
        assert check.problems, "the damage is reported"
        assert not check.healthy and check.found_problems, "no clean exit after this session"
        qtbot.waitUntil(lambda: window.findChild(QWidget, "file_check_problem") is not None)
        box = window.findChild(QWidget, "file_check_problem")
        assert "restore the latest good backup" in box.text()  # type: ignore[union-attr]
    finally:
        opened.dispose()


def test_background_check_of_a_healthy_file_lets_the_desk_close_cleanly(
    qtbot, db: Database
) -> None:
    check = FileCheck(db)
    with qtbot.waitSignal(check.checked, timeout=20_000) as finished:
        check.start()
    check.wait()
    assert finished.args == [[]]
    assert check.healthy


def test_background_check_stops_when_the_desk_closes(qtbot, db: Database) -> None:
    check = FileCheck(db)
    check.requestInterruption()  # asked to stop before it even ran
    check.start()
    check.stop()
    assert check.problems is None and not check.healthy
    assert not check.found_problems  # the desk still closes cleanly: checked again next start


class _OneLongStep:
    """A connection whose integrity_check is one long SQLite step that only ends when interrupted
    (as an index of millions of rows is checked between two progress-handler calls)."""

    def __init__(self) -> None:
        self.running = threading.Event()
        self.interrupted = threading.Event()

    def set_progress_handler(self, *_args: object) -> None:
        pass  # never called back inside the step: only interrupt() reaches it

    def execute(self, _sql: str) -> None:
        self.running.set()
        if not self.interrupted.wait(20):
            raise AssertionError("the check was never interrupted")
        raise sqlite3.OperationalError("interrupted")

    def interrupt(self) -> None:
        self.interrupted.set()

    def close(self) -> None:
        pass


def test_closing_the_desk_interrupts_a_check_inside_a_long_step(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = _OneLongStep()
    monkeypatch.setattr(db, "connect_file", lambda _path: step)
    check = FileCheck(db)
    check.start()
    assert step.running.wait(10)
    started = time.monotonic()
    check.stop()
    assert step.interrupted.is_set()
    assert time.monotonic() - started < 5  # not the 20 s the step would otherwise run
    assert check.problems is None and not check.found_problems
