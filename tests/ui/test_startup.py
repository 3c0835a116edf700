"""Starting the desk: a second copy is refused, a damaged file is swapped for a good backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import Damaged, StartRefused, build_window, recovery_box, start_desk
from desktop.db import Database
from desktop.db.backup import take_backup
from desktop.db.instance import lock_path_for
from desktop.db.recovery import verify_file
from desktop.services.setup import prepare_database
from tests.records import add_people, record_visit, service_id, visit_ids

HOLD_LOCK = """
import sys, time
from pathlib import Path
from desktop.db.instance import InstanceLock
held = InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(60)
"""


def never_asked(_damaged: Damaged) -> bool:
    raise AssertionError("a healthy file must open without asking")


def _other_desk(db_path: Path) -> subprocess.Popen[str]:
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "locked"
    return other


def test_a_second_copy_on_the_same_file_is_refused_with_the_reason(
    qtbot, db: Database, db_path: Path
) -> None:
    db.dispose()
    other = _other_desk(db_path)
    try:
        with pytest.raises(StartRefused) as refused:
            start_desk(db_path, never_asked, unencrypted=True)
        message = refused.value.message
        assert "already open on this database" in message
        assert f"process {other.pid}" in message
        assert "same queue number" in message
    finally:
        other.kill()
        other.wait()

    # The other desk was killed (power cut, kill -9): its lock went with it, the desk starts.
    opened, lock = start_desk(db_path, never_asked, unencrypted=True)
    window = None
    try:
        window = build_window(opened)
        qtbot.add_widget(window)
        assert window.windowTitle().startswith("Front Desk")
    finally:
        if window is not None:
            window.runner.wait_for_done()
        opened.dispose()
        lock.release()
    assert lock_path_for(db_path).exists()


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:  # scribble over every page but the first (the schema survives)
        fh.seek(4096)
        fh.write(os.urandom(size - 4096))


def test_damaged_database_is_set_aside_and_the_latest_good_backup_restored(
    qtbot, db: Database, db_path: Path
) -> None:
    with db.write() as session:
        actor = prepare_database(session)
    people = add_people(db, actor, 3)
    medical = service_id(db)
    saved = {record_visit(db, actor, p, medical) for p in people}
    take_backup(db, reason="scheduled")
    db.dispose()  # a program still holding the file would (rightly) keep the restore out
    _damage(db_path)

    offered: list[Damaged] = []

    def volunteer_says_restore(damaged: Damaged) -> bool:
        offered.append(damaged)
        box = recovery_box(damaged)
        qtbot.add_widget(box)
        assert "damaged" in box.text() and "3 people, 3 visits" in box.text()
        assert "kept aside" in box.text()
        return True

    opened, lock = start_desk(db_path, volunteer_says_restore, unencrypted=True)
    try:
        assert offered and offered[0].problems
        assert visit_ids(opened) == saved
    finally:
        opened.dispose()
        lock.release()
    aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name and p.suffix != ".part"]
    aside = [p for p in aside if not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1, "the damaged file is kept for staff"
    assert not verify_file(aside[0]).ok


def test_damaged_database_without_a_backup_is_left_alone_with_a_clear_message(
    db: Database, db_path: Path
) -> None:
    db.dispose()
    db_path.write_bytes(b"x" * 8192)
    with pytest.raises(StartRefused) as refused:
        start_desk(db_path, never_asked, unencrypted=True)
    assert "is damaged and there is no good backup" in refused.value.message
    assert "frontdesk.log" in refused.value.message
    assert db_path.read_bytes() == b"x" * 8192


def test_volunteer_may_decline_the_restore(db: Database, db_path: Path) -> None:
    take_backup(db)
    db.dispose()
    db_path.write_bytes(b"x" * 8192)
    with pytest.raises(StartRefused) as refused:
        start_desk(db_path, lambda _d: False, unencrypted=True)
    assert "left as it is" in refused.value.message
    assert db_path.read_bytes() == b"x" * 8192
