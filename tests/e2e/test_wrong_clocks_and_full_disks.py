"""Issue 23, continued: a read-only data folder, a full disk under an encrypted desk, two imports
at once, a clock a year ahead, and every command's failure said in one sentence.

The desks are encrypted and opened by signing in (tests/accounts.py); the commands sign in with
the password on their standard input (`--password-fd 0`)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

import desktop.services.import_commit
from desktop.app import StartRefused, open_desk
from desktop.cli_access import connector
from desktop.db import Database
from desktop.db.backup import keys_path
from desktop.db.hlc import MAX_COUNTER, Stamp, tick
from desktop.logs import setup_logging
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.desk_access import unseal
from desktop.services.import_commit import commit_import
from desktop.services.import_mapping import mapping_from_names
from desktop.services.rules import check_rules, load_member, load_services
from desktop.services.spreadsheet_source import read_source
from desktop.ui.sign_in import OpeningCancelled, database_key
from tests.accounts import PASSWORD, encrypted_desk
from tests.records import add_people, old_sheet, service_id

ROOT = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _own_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The log's fallback folder (and anything else temporary) stays inside the test's folder."""
    own = tmp_path / "tmp"
    own.mkdir()
    monkeypatch.setenv("TMPDIR", str(own))  # the `frontdesk` processes
    monkeypatch.setattr(tempfile, "tempdir", str(own))  # this one
    yield


def _frontdesk(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The `frontdesk` command in its own process, as staff run it, signed in as "admin" (the
    password piped in)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--user", "admin", "--password-fd", "0", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, input=PASSWORD + "\n",
        env={**os.environ, "FRONTDESK_DATA_DIR": str(data), **env},
    )  # fmt: skip


def _one_sentence(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("frontdesk: ")
    return lines[0]


def _read_only(where: Path) -> None:
    made = subprocess.run(["mount", "-o", "remount,ro", str(where)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make the file system read-only: {made.stderr.decode().strip()}")


def test_a_read_only_data_folder_is_said_in_words_by_the_desk_and_every_command(
    small_disk: Callable[[str], Path],
) -> None:
    """A real read-only mount (root ignores a folder's permissions, not a read-only mount)."""
    disk = small_disk("8m")
    desk = disk / "desk.sqlite3"
    db, admin, _recovery = encrypted_desk(desk)
    add_people(db, admin, 2)
    db.dispose()
    _read_only(disk)

    # The log opens in the temporary folder instead, and the start says why it cannot go on.
    assert (
        setup_logging(disk) == Path(tempfile.gettempdir()) / "frontdesk" / "logs" / "frontdesk.log"
    )
    with pytest.raises(StartRefused) as refused:  # the sign-in unseals the key, the file is stuck
        open_desk(desk, lambda _damaged: False, unseal(desk, "admin", PASSWORD))
    assert "cannot be written to" in refused.value.message

    for command in (
        ["backup"],
        ["demo", "--people", "3"],
        ["report", "--out", str(disk / "r.pdf")],
    ):
        said = _one_sentence(_frontdesk(disk, "--db", str(desk), *command))
        assert "cannot be written to" in said, command
    done = _frontdesk(disk, "--db", str(desk), "restore", "--latest")
    assert "Traceback" not in done.stderr and done.returncode == 1


def _fill(disk: Path) -> None:
    try:
        with (disk / "filler").open("wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    except OSError:  # no space left on device: full
        pass


def test_an_encrypted_desk_on_a_full_disk_says_the_disk_is_full_not_wrong_password(
    small_disk: Callable[[str], Path],
) -> None:
    disk = small_disk("4m")
    desk = disk / "desk.sqlite3"
    db, _admin, _recovery = encrypted_desk(desk)
    db.dispose()
    _fill(disk)
    file_key = unseal(desk, "admin", PASSWORD)  # the sign-in: the password is right
    with pytest.raises(StartRefused) as refused:
        open_desk(desk, lambda _damaged: False, file_key)
    said = refused.value.message
    assert "disk is full" in said and "password" not in said.lower(), said

    said = _one_sentence(_frontdesk(disk, "--db", str(desk), "demo"))
    assert "disk is full" in said and "password" not in said.lower()
    (disk / "filler").unlink()  # space again: the same sign-in opens it
    opened = open_desk(desk, lambda _damaged: False, unseal(desk, "admin", PASSWORD))
    opened.db.dispose()
    opened.lock.release()


def test_a_passphrase_desk_moving_on_a_full_disk_says_the_disk_is_full_not_wrong_passphrase(
    small_disk: Callable[[str], Path],
) -> None:
    """A desk from before accounts held the key asks its passphrase once, to move."""
    disk = small_disk("4m")
    desk = disk / "desk.sqlite3"
    Database.open(desk, passphrase=PASSPHRASE).dispose()
    _fill(disk)
    told: list[str] = []

    def volunteer(error: str) -> str | None:
        told.append(error)
        return PASSPHRASE if len(told) == 1 else None  # the right one, then gives up

    with pytest.raises(OpeningCancelled):
        database_key(desk, volunteer)
    assert "disk is full" in told[1] and "passphrase" not in told[1].lower()
    (disk / "filler").unlink()  # space again: the same passphrase opens it
    assert database_key(desk, lambda _error: PASSPHRASE) is not None


def test_import_and_demo_on_a_full_disk_and_commands_on_a_malformed_file_say_one_sentence(
    small_disk: Callable[[str], Path], tmp_path: Path
) -> None:
    disk = small_disk("8m")
    desk = disk / "desk.sqlite3"
    db, _admin, _recovery = encrypted_desk(desk)
    file_key = db.file_key
    db.dispose()
    made = _frontdesk(disk, "--db", str(desk), "demo", "--people", "5")
    assert made.returncode == 0, made.stderr
    sheet = old_sheet(tmp_path / "sheet.csv", 300)
    _fill(disk)
    assert "disk is full" in _one_sentence(_frontdesk(disk, "--db", str(desk), "demo"))
    said = _one_sentence(
        _frontdesk(disk, "--db", str(desk), "import", str(sheet), "--commit",
                   "--report", str(tmp_path / "report.csv"))
    )  # fmt: skip
    assert "disk is full" in said

    malformed = tmp_path / "malformed.sqlite3"
    malformed.write_bytes(desk.read_bytes())
    keys_path(malformed).write_bytes(keys_path(desk).read_bytes())  # what opens it, beside it
    conn = connector(file_key)(malformed)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_event'")
        root = int(page.fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    with malformed.open("r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\x0d\xff\xff\xff" * (size // 4))
    for command in (["audit", "verify"], ["backup", "--to", str(tmp_path / "b")]):
        said = _one_sentence(_frontdesk(tmp_path, "--db", str(malformed), *command))
        assert "damaged" in said, command


def test_a_second_import_compares_the_first_ones_people_outside_the_write_lock(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, actor, _recovery = encrypted_desk(db_path)
    file_key = db.file_key
    db.dispose()
    first, second = old_sheet(tmp_path / "a.csv", 800), old_sheet(tmp_path / "b.csv", 800, seed=9)
    table = read_source(second, None)
    mapping = mapping_from_names(table.headers, {})
    real_plan = desktop.services.import_commit.plan_import
    compared_in_lock: list[int] = []
    real_recheck = desktop.services.import_commit._recheck

    def plan_then_the_other_import_commits(**kwargs):  # type: ignore[no-untyped-def]
        plan = real_plan(**kwargs)
        other = _frontdesk(
            db_path.parent / "data", "--db", str(db_path), "import", str(first), "--commit",
            "--report", str(tmp_path / "a-report.csv"),
        )  # fmt: skip
        assert other.returncode == 0 and "Added: 800" in other.stdout, other.stderr
        return plan

    def recheck(session, prepared, people_seen, include_flagged):  # type: ignore[no-untyped-def]
        if session.get_bind().get_execution_options().get("write"):
            newest = session.execute(desktop.services.import_commit.text(
                "SELECT count(*) FROM person WHERE rowid > :seen"), {"seen": people_seen}
            ).scalar_one()  # fmt: skip
            compared_in_lock.append(int(newest))
        return real_recheck(session, prepared, people_seen, include_flagged)

    module = desktop.services.import_commit
    monkeypatch.setattr(module, "plan_import", plan_then_the_other_import_commits)
    monkeypatch.setattr(desktop.services.import_commit, "_recheck", recheck)
    db = Database.open(db_path, file_key=file_key)
    try:
        plan = commit_import(db=db, actor=actor, table=table, mapping=mapping)
    finally:
        db.dispose()
    assert plan.committed and plan.added > 700
    assert compared_in_lock == [0]  # the first import's 800 were compared before the lock
    assert plan.locked_seconds < 2.5


def test_a_food_pack_recorded_with_the_clock_a_year_ahead_does_not_block_for_a_year(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.checkin import check_in

    [person] = add_people(db, actor, 1)
    food = service_id(db, "food_pack")
    real_now = clock.now
    monkeypatch.setattr(clock, "now", lambda: real_now() + timedelta(days=365))
    with db.write() as session:
        check_in(session=session, actor=actor, person_id=person, service_ids=[food])
    monkeypatch.setattr(clock, "now", real_now)  # the clock put right
    with db.read() as session:
        member = load_member(session, person)
        breaches = check_rules(session, member, load_services(session, [food]))
    assert breaches == []
    with db.write() as session:  # and a real food pack today blocks as it should
        check_in(session=session, actor=actor, person_id=person, service_ids=[food])
    with db.read() as session:
        breaches = check_rules(session, member, load_services(session, [food]))
    assert [b.service_code for b in breaches] == ["food_pack"]


def test_the_sync_clock_sorts_as_text_past_a_million_ticks_with_the_time_stuck() -> None:
    stuck = 1_765_000_000_000  # a clock that ran ahead, then was put back: time stays behind
    last = Stamp(stuck, MAX_COUNTER - 2, "desk-a")
    stamps = [last]
    for _ in range(5):
        last = tick(last, "desk-a", now_ms=stuck - 60_000)
        stamps.append(last)
    assert stamps == sorted(stamps)
    assert [str(s) for s in stamps] == sorted(str(s) for s in stamps)
    assert all(len(str(s)) == len(str(stamps[0])) for s in stamps)
    assert all(Stamp.parse(str(s)) == s for s in stamps)
