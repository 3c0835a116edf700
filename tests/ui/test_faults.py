"""Faults at the desk: a full disk, a read-only file, a database locked by another program.
Each says so in plain words, loses nothing already saved, and the same action works once the
fault is gone."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.app import StartRefused, start_desk
from desktop.db import Database, engine
from desktop.services.actor import Actor
from desktop.services.setup import prepare_database
from tests.records import add_people, record_visit, service_id, visit_ids

REPO = Path(__file__).parents[2]


def try_check_in(qtbot, desk, person_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """Check in through the window and wait for the outcome, saved or not."""
    medical = service_id(desk.db)
    before = desk.message.text()
    desk.request_check_in(person_id, [medical], "")
    qtbot.waitUntil(lambda: desk.message.text() != before, timeout=10000)
    desk.runner.wait_for_done()


@pytest.fixture
def desk_on(qtbot, printer) -> Iterator[Callable[[Path], object]]:  # type: ignore[no-untyped-def]
    """The real window over a database file at a path the test chooses."""
    from desktop.services.settings import load_settings
    from desktop.ui.main_window import MainWindow

    opened: list[Database] = []

    def make(path: Path):  # type: ignore[no-untyped-def]
        db = Database.open(path, unencrypted=True)
        opened.append(db)
        with db.write() as session:
            actor = prepare_database(session)
            settings = load_settings(session)
        window = MainWindow(db, actor, settings, printer)
        qtbot.add_widget(window)
        window.show()
        qtbot.waitUntil(lambda: len(window.person.checks) > 0)
        return window

    yield make
    for db in opened:
        db.dispose()


def test_full_disk_says_so_keeps_every_saved_visit_and_works_again_when_freed(  # type: ignore[no-untyped-def]
    qtbot, desk_on, small_disk
) -> None:
    disk = small_disk("3m")
    desk = desk_on(disk / "desk.sqlite3")
    people = add_people(desk.db, desk.actor, 3)
    medical = service_id(desk.db)
    saved = {record_visit(desk.db, desk.actor, p, medical) for p in people[:2]}
    filler = disk / "someone-elses-big-file"
    with filler.open("wb") as fh:  # fill the disk to the last byte
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass

    try_check_in(qtbot, desk, people[2])
    assert desk.message.text() == "The disk is full. Nothing was saved. Tell a staff member."
    assert visit_ids(desk.db) == saved

    filler.unlink()
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        desk.request_check_in(people[2], [medical], "")
    assert len(visit_ids(desk.db)) == 3 and saved < visit_ids(desk.db)


def test_database_that_cannot_grow_any_more_is_reported_as_full(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor
) -> None:
    people = add_people(db, actor, 2)
    saved = {record_visit(db, actor, people[0], service_id(db))}

    def no_room(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", no_room)
    db.engine.dispose()  # new connections, each capped at the file's present size
    try:
        try_check_in(qtbot, desk, people[1])
        assert "The disk is full. Nothing was saved." in desk.message.text()
        assert visit_ids(db) == saved
    finally:
        event.remove(db.engine, "connect", no_room)
        db.engine.dispose()
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        desk.request_check_in(people[1], [service_id(db)], "")
    assert len(visit_ids(db)) == 2


def test_database_turned_read_only_while_open_says_so_and_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, db_path: Path, actor: Actor
) -> None:
    import sqlite3

    people = add_people(db, actor, 2)
    saved = {record_visit(db, actor, people[0], service_id(db))}
    writable = db.engine, db._write_engine
    # From now on the file opens read-only, as after its permissions changed under the desk.
    db.engine.dispose()
    db.engine = engine.make_engine(
        db_path,
        creator=lambda: sqlite3.connect(
            f"file:{db_path}?mode=ro", uri=True, check_same_thread=False
        ),
    )
    db._write_engine = db.engine.execution_options(write=True)
    try:
        try_check_in(qtbot, desk, people[1])
        assert desk.message.text() == (
            "The database cannot be written to. Nothing was saved. Tell a staff member."
        )
        assert visit_ids(db) == saved
    finally:
        db.engine.dispose()
        db.engine, db._write_engine = writable
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        desk.request_check_in(people[1], [service_id(db)], "")
    assert len(visit_ids(db)) == 2


def test_desk_on_a_read_only_disk_does_not_start_and_says_why(small_disk) -> None:  # type: ignore[no-untyped-def]
    disk = small_disk("8m")
    path = disk / "desk.sqlite3"
    db = Database.open(path, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
    saved = {record_visit(db, actor, p, service_id(db)) for p in add_people(db, actor, 2)}
    db.dispose()
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    try:
        with pytest.raises(StartRefused) as refused:
            start_desk(path, lambda _d: False, unencrypted=True)
        assert refused.value.message in (
            "The database cannot be written to. Nothing was saved. Tell a staff member.",
            "The disk reported an error. Nothing was saved. Tell a staff member.",
        )
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    opened, lock = start_desk(path, lambda _d: False, unencrypted=True)
    try:
        assert visit_ids(opened) == saved
    finally:
        opened.dispose()
        lock.release()


HOLD_WRITE_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.rollback()
"""


def test_database_locked_by_another_program_says_busy_then_works(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, db_path: Path, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = add_people(db, actor, 2)
    saved = {record_visit(db, actor, people[0], service_id(db))}
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 300)  # the desk waits 5 s; the test less
    db.engine.dispose()
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        try_check_in(qtbot, desk, people[1])
        assert desk.message.text() == (
            "The database is busy (another program is using it). Try again."
        )
        assert visit_ids(db) == saved
    finally:
        other.communicate("\n", timeout=10)
    with qtbot.waitSignal(desk.visit_recorded, timeout=5000):
        desk.request_check_in(people[1], [service_id(db)], "")
    assert len(visit_ids(db)) == 2


def test_backup_copy_for_a_missing_usb_drive_is_reported_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, desk, tmp_path: Path
) -> None:
    from dataclasses import replace

    desk.backups.settings = replace(desk.settings, backup_copy_folder=str(tmp_path / "usb"))
    with qtbot.waitSignal(desk.backups.done, timeout=10000) as done:
        desk.act_backup.trigger()
    assert done.args[0].path.exists()
    qtbot.waitUntil(lambda: "the copy for the second place failed" in desk.message.text())
    assert "usb" in desk.message.text() and "not there" in desk.message.text()
    shutil.rmtree(tmp_path / "data" / "backups")
