"""The last ways to lose or hide data (issue 23), each tried the way it was first seen: a restore
beside a real second program, flipped bytes, a restore killed between its steps, killed backups,
restores in the same second, and a clock a year ahead.

On encrypted desks opened by signing in (the key file goes with every backup and restore), except
where the damage is flipped bytes inside a plain file's pages: an encrypted page whose bytes are
flipped fails its own check at once, so those tests are about plain files (`unencrypted=True`)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktop.db.backup
import desktop.db.recovery
from desktop.app import Damaged, StartRefused, open_desk
from desktop.cli import main
from desktop.cli_access import connector
from desktop.db import Database
from desktop.db.backup import (
    RotationPolicy,
    default_backup_dir,
    list_backups,
    rotate,
    take_backup,
)
from desktop.db.errors import AlreadyOpen, BackupFailed
from desktop.db.file_header import is_encrypted
from desktop.db.instance import InstanceLock
from desktop.db.recovery import latest_good_backup, restore_backup, verify_file
from desktop.services.actor import Actor
from desktop.services.desk_access import unseal
from desktop.ui.file_check import FileCheck
from tests.accounts import PASSWORD, encrypted_desk, frontdesk
from tests.records import add_people, record_visit, service_id

ROOT = Path(__file__).parents[2]

WRITER = """
import sys
from pathlib import Path
from desktop.services.desk_access import open_signed_in
from tests.accounts import PASSWORD
from tests.records import add_people

# Signed in, as every frontdesk command and the window open the file.
db, actor = open_signed_in(Path(sys.argv[1]), "admin", PASSWORD)
print("open", flush=True)
sys.stdin.readline()  # the test restores meanwhile
print(len(add_people(db, actor, 5)), flush=True)
db.dispose()
"""


@pytest.fixture
def desk_db(db_path: Path) -> Iterator[tuple[Database, Actor]]:
    """An encrypted desk with its first admin ("admin", tests/accounts.PASSWORD)."""
    db, admin, _recovery = encrypted_desk(db_path)
    yield db, admin
    db.dispose()


def _people(path: Path, file_key: bytes | None = None) -> int:
    conn = connector(file_key)(path)
    try:
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        conn.close()


def _signed_in(db_path: Path) -> bytes:
    """The file key, as a sign-in unseals it from the key file beside the file."""
    return unseal(db_path, "admin", PASSWORD)


def _desk(db: Database, actor: Actor, people: int = 3) -> None:
    medical = service_id(db)
    for person in add_people(db, actor, people):
        record_visit(db, actor, person, medical)


def test_restore_beside_a_writing_program_is_refused_and_its_work_stays_in_the_database(
    desk_db: tuple[Database, Actor], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, actor = desk_db
    key = db.file_key
    _backed_up_then_more(db, actor, 2, 0)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "open"
        assert frontdesk(db_path, ["restore", "--latest"]) == 1
        err = capsys.readouterr().err.strip()
        assert "already open in another Front Desk program" in err and len(err.splitlines()) == 1
        writer.stdin.write("go\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "5"  # "added 5", acknowledged
    finally:
        writer.communicate(timeout=60)
    assert _people(db_path, key) == 2 + 5  # in the live file, not in a file set aside
    assert not [p for p in db_path.parent.iterdir() if ".replaced-" in p.name]


def test_a_program_cannot_open_the_file_while_a_restore_holds_it(
    desk_db: tuple[Database, Actor], db_path: Path
) -> None:
    db, _admin = desk_db
    db.dispose()
    with InstanceLock(db_path, purpose="a restore"):
        from desktop.db.writers import file_alone

        with file_alone(db_path), pytest.raises(AlreadyOpen):
            Database.open(db_path, file_key=_signed_in(db_path))


def _backed_up_then_more(db: Database, actor: Actor, before: int, after: int) -> Path:
    """`before` people with a visit each, a backup of them, `after` more; the file closed."""
    _desk(db, actor, before)
    backup = take_backup(db).path
    _desk(db, actor, after)
    db.dispose()
    return backup


def _flip_a_visit_row(path: Path) -> None:
    """16 bytes of one visit's time, changed in the table's page: the row still reads, but no
    longer matches its index entries (only integrity_check compares them)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visit'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        visited = conn.execute("SELECT visited_at FROM visit LIMIT 1").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        data = fh.read(size)
        at = data.index(visited.encode())
        fh.seek((page - 1) * size + at)
        fh.write(b"2019-01-01 00:00")  # 16 bytes, same length, a valid time: quick_check is happy
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"


def test_damage_only_integrity_check_sees_is_never_backed_up_and_reaches_the_restore_offer(
    qtbot, db: Database, db_path: Path, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _desk(db, actor, 3)
    good = take_backup(db).path
    db.dispose()
    _flip_a_visit_row(db_path)

    assert main(["--db", str(db_path), "--unencrypted", "backup"]) == 1
    err = capsys.readouterr().err.strip()
    assert "did not pass its check" in err and len(err.splitlines()) == 1
    assert [b.path for b in list_backups(stem=db_path.stem)] == [good]  # no damaged backup

    opened = Database.open(
        db_path, unencrypted=True
    )  # the background check of a desk that opened after a
    check = FileCheck(opened)  # clean close finds it
    try:
        with qtbot.waitSignal(check.checked, timeout=60_000) as found:
            check.start()
        assert found.args[0]
    finally:
        check.wait()
        opened.dispose()

    offered: list[Damaged] = []  # after a crash (no clean-close note) the start checks first
    desk = open_desk(db_path, lambda damaged: offered.append(damaged) or True, unencrypted=True)
    try:
        assert offered and offered[0].backup is not None and offered[0].backup[0].path == good
        assert desk.db.path == db_path
    finally:
        desk.db.dispose()
        desk.lock.release()
    assert verify_file(db_path).ok


def _closed_cleanly(db_path: Path) -> None:
    InstanceLock(db_path).acquire().release(clean=True)


def test_a_plain_file_with_a_damaged_first_line_is_offered_its_backup_not_a_passphrase(
    db: Database, db_path: Path, actor: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    _backed_up_then_more(db, actor, 2, 0)
    _closed_cleanly(db_path)
    with db_path.open("r+b") as fh:
        fh.write(bytes(range(0x41, 0x51)))  # 16 flipped bytes over "SQLite format 3"
    assert not is_encrypted(db_path)

    offered: list[Damaged] = []
    desk = open_desk(db_path, lambda damaged: offered.append(damaged) or True, unencrypted=True)
    desk.db.dispose()
    desk.lock.release()
    assert offered, "the first start after a clean close offers the backup"
    assert _people(db_path) == 2

    with db_path.open("r+b") as fh:  # the same damage, mended from the shell
        fh.write(bytes(range(0x41, 0x51)))
    assert main(["--db", str(db_path), "--unencrypted", "restore", "--latest"]) == 0
    assert "Restored" in capsys.readouterr().out
    assert _people(db_path) == 2


def test_a_malformed_file_after_a_clean_close_is_offered_its_backup_at_the_first_start(
    db: Database, db_path: Path, actor: Actor
) -> None:
    _backed_up_then_more(db, actor, 2, 0)
    _closed_cleanly(db_path)
    with sqlite3.connect(db_path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'setting'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with db_path.open("r+b") as fh:  # the settings every start reads: malformed
        fh.seek((page[0] - 1) * size)
        fh.write(b"\x0d\xff\xff\xff" * (size // 4))

    offered: list[Damaged] = []
    desk = open_desk(db_path, lambda damaged: offered.append(damaged) or True, unencrypted=True)
    try:
        assert offered and offered[0].problems
    finally:
        desk.db.dispose()
        desk.lock.release()
    assert verify_file(db_path).ok and _people(db_path) == 2


class _Killed(BaseException):
    """The process dies here (as SIGKILL would: no handler runs)."""


def _kill_at(monkeypatch: pytest.MonkeyPatch, step: int) -> list[str]:
    """Kill the restore at its `step`-th file operation (link, rename, copy)."""
    done: list[str] = []

    def wrap(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def fails(*args: object, **kwargs: object) -> object:
            done.append(name)
            if len(done) == step:
                raise _Killed(name)
            return real(*args, **kwargs)

        return fails

    monkeypatch.setattr(os, "link", wrap("link", os.link))
    monkeypatch.setattr(Path, "replace", wrap("rename", Path.replace))
    monkeypatch.setattr(
        desktop.db.recovery.shutil, "copyfile", wrap("copy", sys.modules["shutil"].copyfile)
    )
    return done


def test_a_restore_killed_at_any_step_leaves_a_database_the_start_opens(
    desk_db: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, actor = desk_db
    connect = connector(db.file_key)
    backup = _backed_up_then_more(db, actor, 2, 3)
    step = 1
    while True:
        with monkeypatch.context() as patch:
            done = _kill_at(patch, step)
            try:
                restore_backup(backup, db_path, connect_file=connect)
                finished = True
            except _Killed:
                finished = False
        assert db_path.exists(), f"killed at {done[-1]} (step {step}): no database"
        # The key file beside it is whole and opens it: the sign-in unseals it.
        key = _signed_in(db_path)
        assert verify_file(db_path, connector(key)).ok
        assert _people(db_path, key) in (2, 5), f"killed at step {step}"
        desk = open_desk(db_path, lambda _damaged: False, key)
        desk.db.dispose()
        desk.lock.release()
        if finished:
            break
        step += 1
    assert step > 4 and _people(db_path, _signed_in(db_path)) == 2


KILLED_BACKUP = """
import os, sys, time
from pathlib import Path
import desktop.db.backup as backup
from desktop.services.desk_access import open_signed_in
from tests.accounts import PASSWORD

def copied(path, *args, **kwargs):
    (path.parent / (path.name + "-journal")).write_bytes(b"\\0" * 512)  # SQLite's, mid-copy
    print("copied", flush=True)
    time.sleep(60)

backup.integrity_problems = copied
db, _admin = open_signed_in(Path(sys.argv[1]), "admin", PASSWORD)
backup.take_backup(db)
"""


def test_killed_backups_leave_nothing_behind_after_the_next_backup(
    desk_db: tuple[Database, Actor], db_path: Path
) -> None:
    db, actor = desk_db
    _desk(db, actor, 2)
    for _ in range(2):
        killed = subprocess.Popen(
            [sys.executable, "-c", KILLED_BACKUP, str(db_path)], cwd=ROOT,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert killed.stdout is not None and killed.stdout.readline().strip() == "copied"
        killed.send_signal(signal.SIGKILL)
        killed.wait(30)
    folder = default_backup_dir()
    hidden = sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{db_path.stem}-"))
    # Each kill leaves a .part and its journal; the second backup, alone, removed the first's.
    assert len(hidden) == 2
    assert [p for p in folder.iterdir() if p.name.endswith((".json", ".keys"))] == []

    result = take_backup(db)
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(
        [
            result.path.name,
            result.path.name + ".json",
            result.path.name + ".keys",
            f".{db_path.stem}.backup-lock",
        ]
    )


def test_two_restores_in_the_same_second_keep_both_replaced_files_and_back_up_first(
    desk_db: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, actor = desk_db
    key, connect = db.file_key, connector(db.file_key)
    backup = _backed_up_then_more(db, actor, 1, 2)
    frozen = datetime(2026, 12, 6, 9, 30, 15, 123456, tzinfo=UTC)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Frozen:  # type: ignore[override]
            return frozen  # type: ignore[return-value]

    monkeypatch.setattr(desktop.db.recovery, "datetime", Frozen)
    first = restore_backup(backup, db_path, connect_file=connect)
    second = restore_backup(backup, db_path, connect_file=connect)
    assert first.set_aside is not None and second.set_aside is not None
    assert first.set_aside != second.set_aside
    assert _people(first.set_aside, key) == 3 and _people(second.set_aside, key) == 1
    for kept in (first.set_aside, second.set_aside):  # each kept with the key file that opens it
        assert unseal(kept, "admin", PASSWORD) == key
    before = [b for b in list_backups(stem=db_path.stem) if b.reason == "before-restore"]
    assert [_people(b.path, key) for b in before] == [1, 3]  # newest first: nothing only aside


def test_backups_taken_with_the_clock_a_year_ahead_do_not_stay_the_latest(
    desk_db: tuple[Database, Actor], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, actor = desk_db
    real_now = datetime.now(UTC)
    ahead = real_now + timedelta(days=365)

    class Clock(datetime):
        at: datetime | None = None

        @classmethod
        def now(cls, tz: object = None) -> datetime:  # type: ignore[override]
            return cls.at or real_now

    monkeypatch.setattr(desktop.db.backup, "datetime", Clock)
    future = []
    for hour in range(3):  # the PC's clock a year ahead, for three hourly backups
        Clock.at = ahead + timedelta(hours=hour)
        future.append(take_backup(db, reason="scheduled").path)
    Clock.at = None  # put right
    _desk(db, actor, 2)
    real = take_backup(db, reason="scheduled").path

    newest = list_backups(stem=db_path.stem)
    assert newest[0].path == real
    assert all(b.clock_suspect for b in newest if b.path in future)
    found = latest_good_backup(db_path, connector(db.file_key))
    assert found is not None and found[0].path == real and found[1].counts["person"] == 2

    removed = rotate(default_backup_dir(), stem=db_path.stem, policy=RotationPolicy(2, 0, 0, 0))
    assert real not in removed and real.exists()
    assert sorted(removed) == sorted(future[:2])


def test_backup_of_a_file_that_fails_its_check_is_refused(db: Database, actor: Actor) -> None:
    _desk(db, actor, 2)
    db.dispose()
    _flip_a_visit_row(db.path)
    damaged = Database.open(db.path, unencrypted=True)
    try:
        with pytest.raises(BackupFailed, match="did not pass its check"):
            take_backup(damaged)
    finally:
        damaged.dispose()
    assert list_backups(stem=db.path.stem) == []


def test_start_refused_in_words_when_a_restore_holds_the_file(
    desk_db: tuple[Database, Actor], db_path: Path
) -> None:
    db, _admin = desk_db
    db.dispose()
    from desktop.db.writers import file_alone

    with file_alone(db_path), pytest.raises(StartRefused) as refused:
        open_desk(db_path, lambda _d: False, _signed_in(db_path))
    assert "restore" in refused.value.message


def test_a_second_restore_latest_does_not_bring_back_the_file_the_first_replaced(
    db: Database, db_path: Path, actor: Actor
) -> None:
    _backed_up_then_more(db, actor, 2, 3)  # 2 people in the backup, 5 in the file
    assert main(["--db", str(db_path), "--unencrypted", "restore", "--latest"]) == 0
    assert _people(db_path) == 2
    assert any(b.reason == "before-restore" for b in list_backups(stem=db_path.stem))
    assert main(["--db", str(db_path), "--unencrypted", "restore", "--latest"]) == 0
    assert _people(db_path) == 2  # still the chosen backup, not the 5 it replaced
