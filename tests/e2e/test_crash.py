"""Pull the plug: SIGKILL at random moments while visits are recorded, a migration runs or a
backup is written. Every visit the desk acknowledged must be there afterwards, the file must pass
`PRAGMA integrity_check`, and the desk must start normally.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command

from desktop.app import Damaged, build_window, start_desk
from desktop.db import Database
from desktop.db.backup import list_backups
from desktop.db.migrate import alembic_config, current_revision, head_revision
from desktop.db.recovery import verify_file
from desktop.services.setup import prepare_database
from desktop.services.visits import TODAY_PAGE
from tests.records import add_people, old_sheet, service_id, visit_ids

pytestmark = pytest.mark.slow
REPO = Path(__file__).parents[2]
VISIT_ROUNDS = int(os.environ.get("FRONTDESK_CRASH_ROUNDS", "220"))


@dataclass
class Round:
    acks: list[str]
    killed: bool
    errors: list[str]
    seconds: float  # from the command to the worker's end
    working: float = 0.0  # from the countdown's start (ready, and the acks asked for) to the end


class Zygote:
    """Drives tests/e2e/crash_zygote.py: one fork per round, killed with SIGKILL."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.crash_zygote"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=REPO,
        )
        assert self.proc.stdout is not None and self.proc.stdin is not None
        self.out = self.proc.stdout.fileno()
        self.buffer = b""
        self.worker = 0

    def _lines(self, timeout: float) -> Iterator[str]:
        ready, _, _ = select.select([self.out], [], [], max(timeout, 0))
        if ready:
            chunk = os.read(self.out, 65536)
            if not chunk:
                raise RuntimeError("the crash zygote died")
            self.buffer += chunk
        *complete, self.buffer = self.buffer.split(b"\n")
        yield from (line.decode() for line in complete)

    def run(self, task: dict[str, object], kill_after: float, *, after_acks: int = -1) -> Round:
        """Run `task` in a fresh worker and SIGKILL it `kill_after` seconds after it started, or,
        with after_acks >= 0, that long after it said `ready` and acknowledged that many pieces
        (so the kill lands in the middle of the work however fast or loaded the machine is)."""
        limit = 60.0
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(task) + "\n").encode())
        self.proc.stdin.flush()
        pid, acks, errors, killed = 0, [], [], False
        begun = start = time.monotonic()
        ready = after_acks < 0
        while True:
            armed = pid and ready and len(acks) >= max(after_acks, 0)
            now = time.monotonic() - start
            for line in self._lines(min(kill_after - now if armed else 0.5, 0.5)):
                kind, _, rest = line.partition(" ")
                if kind == "pid":
                    pid = self.worker = int(rest)
                elif kind == "ready":
                    ready = True
                elif kind == "ack":
                    acks.append(rest)
                elif kind == "error":
                    errors.append(rest)
                elif kind == "exit":
                    end = time.monotonic()
                    return Round(acks, killed, errors, end - begun, end - start)
            if not armed and pid and ready and len(acks) >= max(after_acks, 0):
                start = time.monotonic()  # the countdown starts now
                continue
            if armed and not killed and time.monotonic() - start >= kill_after:
                try:
                    os.kill(pid, signal.SIGKILL)
                    killed = True
                except ProcessLookupError:  # it finished first; the exit line follows
                    kill_after = float("inf")
            if time.monotonic() - begun > limit:
                raise TimeoutError(f"round did not end in {limit} s")

    def close(self) -> None:
        assert self.proc.stdin is not None
        if self.worker:  # a round that failed half-way: do not leave its worker running
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.worker, signal.SIGKILL)
        self.proc.stdin.close()
        self.proc.wait(10)


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    z = Zygote()
    yield z
    z.close()


def integrity(path: Path) -> list[str]:
    return check(path)[0]


def check(path: Path) -> tuple[list[str], set[str]]:
    """`PRAGMA integrity_check` and the stored visit ids, read through a fresh engine."""
    db = Database.open(path, migrate=False, unencrypted=True)
    try:
        with db.engine.connect() as conn:
            verdict = [str(r) for r in conn.exec_driver_sql("PRAGMA integrity_check").scalars()]
        return verdict, {v.hex for v in visit_ids(db)}
    finally:
        db.dispose()


def stored_visits(path: Path) -> set[str]:
    db = Database.open(path, migrate=False, unencrypted=True)
    try:
        return {v.hex for v in visit_ids(db)}
    finally:
        db.dispose()


def never_asked(_damaged: Damaged) -> bool:
    raise AssertionError("the file must not look damaged after a kill")


def report(capsys: pytest.CaptureFixture[str], line: str) -> None:
    with capsys.disabled():
        print(f"\n{line}")


def test_no_acknowledged_visit_is_lost_when_the_desk_is_killed(
    qtbot, zygote: Zygote, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        actor = prepare_database(session)
    people = [str(p) for p in add_people(db, actor, 30)]
    task = {"task": "visits", "db": str(db_path), "people": people, "service": str(service_id(db))}
    db.dispose()
    rng = random.Random(7)
    acknowledged: set[str] = set()
    killed = 0
    for n in range(VISIT_ROUNDS):
        if rng.random() < 0.15:  # now and then, while it opens the file and gets ready
            result = zygote.run(task, rng.uniform(0.0, 0.03))
        else:  # mostly in the middle of recording visits
            result = zygote.run(task, rng.uniform(0.0, 0.01), after_acks=rng.randrange(4))
        assert not result.errors, result.errors
        killed += result.killed
        acknowledged.update(result.acks)
        verdict, stored_now = check(db_path)
        assert verdict == ["ok"], f"round {n}: {verdict}"
        missing = set(result.acks) - stored_now
        assert not missing, f"round {n}: {len(missing)} acknowledged visit(s) lost"
    lost = len(acknowledged - stored_visits(db_path))
    report(
        capsys,
        f"crash test: {VISIT_ROUNDS} rounds, {killed} killed with SIGKILL, "
        f"{len(acknowledged)} visits acknowledged, lost={lost}",
    )
    assert lost == 0
    assert killed >= VISIT_ROUNDS * 0.9
    assert len(acknowledged) >= VISIT_ROUNDS // 2  # most kills landed in the middle of the work

    stored = len(stored_visits(db_path))  # acknowledged, plus some committed just before a kill
    opened, lock = start_desk(db_path, never_asked, unencrypted=True)
    try:
        window = build_window(opened)
        qtbot.add_widget(window)
        # The window opens on the newest page of the day and counts every visit on file.
        qtbot.waitUntil(lambda: window.today.day_summary.visits == stored, timeout=10000)
        assert window.today.model.rowCount() == min(stored, TODAY_PAGE)
        window.runner.wait_for_done()
    finally:
        opened.dispose()
        lock.release()


def test_no_acknowledged_visit_is_lost_when_killed_while_the_wal_is_checkpointed(
    zygote: Zygote, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        actor = prepare_database(session)
    people = [str(p) for p in add_people(db, actor, 10)]
    task = {
        "task": "visits",
        "db": str(db_path),
        "people": people,
        "service": str(service_id(db)),
        "checkpoint_every": 1,  # a passive checkpoint runs beside every next commit
    }
    db.dispose()
    rng = random.Random(11)
    acknowledged: set[str] = set()
    rounds = max(VISIT_ROUNDS // 5, 1)
    for n in range(rounds):
        result = zygote.run(task, rng.uniform(0.0, 0.02), after_acks=rng.randrange(2, 8))
        assert not result.errors, result.errors
        acknowledged.update(result.acks)
        verdict, stored_now = check(db_path)
        assert verdict == ["ok"], f"round {n}: {verdict}"
        assert not set(result.acks) - stored_now, f"round {n}: acknowledged visit(s) lost"
    lost = len(acknowledged - stored_visits(db_path))
    report(
        capsys,
        f"crash test while checkpointing: {rounds} rounds, {len(acknowledged)} visits "
        f"acknowledged, lost={lost}",
    )
    assert lost == 0 and len(acknowledged) >= rounds * 2


def _older_desk(path: Path) -> str:
    """A desk file with people and visits at the revision before the newest."""
    db = Database.open(path, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
    medical = service_id(db)
    from tests.records import record_visit

    for person in add_people(db, actor, 40):
        record_visit(db, actor, person, medical)
    cfg = alembic_config()
    with db._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    previous = current_revision(db)
    db.dispose()
    assert previous is not None and previous != head_revision()
    return previous


def test_a_migration_killed_half_way_leaves_a_file_that_starts(
    qtbot, zygote: Zygote, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "older.sqlite3"
    previous = _older_desk(template)
    rng = random.Random(11)
    rounds, interrupted = 25, 0
    shutil.copyfile(template, tmp_path / "timing.sqlite3")
    whole = zygote.run({"task": "migrate", "db": str(tmp_path / "timing.sqlite3")}, float("inf"))
    assert whole.acks == ["migrated"], whole.errors
    for n in range(rounds):
        path = tmp_path / f"round{n}.sqlite3"
        shutil.copyfile(template, path)
        kill_after = rng.uniform(0.0, whole.seconds * 1.2)  # anywhere in backup + migration
        result = zygote.run({"task": "migrate", "db": str(path)}, kill_after)
        assert not result.errors, result.errors
        interrupted += result.killed and not result.acks
        assert integrity(path) == ["ok"], f"round {n}"
        assert current_revision_of(path) in (previous, head_revision())
        for backup in list_backups(stem=path.stem):
            assert verify_file(backup.path).ok, f"round {n}: {backup.path.name}"
        opened, lock = start_desk(
            path, never_asked, unencrypted=True
        )  # finishes the migration, as the app does
        try:
            assert current_revision(opened) == head_revision()
            assert len(visit_ids(opened)) == 40
        finally:
            opened.dispose()
            lock.release()
    report(capsys, f"crash test: {rounds} migrations, {interrupted} killed half-way, lost=0")
    assert interrupted >= 5


def current_revision_of(path: Path) -> str | None:
    db = Database.open(path, migrate=False, unencrypted=True)
    try:
        return current_revision(db)
    finally:
        db.dispose()


def test_a_backup_killed_half_way_leaves_no_broken_backup(
    zygote: Zygote, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.demo import fill_demo

    with db.write() as session:
        actor = prepare_database(session)
        fill_demo(session=session, actor=actor, people=300, seed=3)
    before = len(visit_ids(db))
    db.dispose()
    rng = random.Random(5)
    rounds, made = 25, 0
    task = {"task": "backup", "db": str(db_path)}
    timing = zygote.run(task, 0.0, after_acks=3)
    one = timing.seconds / len(timing.acks)  # about one backup, with the worker's start
    for n in range(rounds):
        result = zygote.run(task, rng.uniform(0.0, one), after_acks=rng.randrange(2))
        assert not result.errors, result.errors
        made += len(result.acks)
        assert integrity(db_path) == ["ok"], f"round {n}"
        for done in result.acks:
            assert verify_file(Path(done)).ok or not Path(done).exists()  # rotated away
    for backup in list_backups(stem=db_path.stem):
        report_ = verify_file(backup.path)
        assert report_.ok, (backup.path.name, report_.problems)
        assert report_.counts["visit"] == before
    assert len(stored_visits(db_path)) == before
    halves = len(list(db_path.parent.glob("data/backups/.*.part")))  # copies cut off mid-way
    report(
        capsys,
        f"crash test: {rounds} backup runs killed, {made} backups completed, {halves} cut off "
        "half-way (left as hidden .part files, never under a backup's name), lost=0",
    )


def people_count(path: Path) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from desktop.models import Person

    db = Database.open(path, migrate=False, unencrypted=True)
    try:
        with db.read() as session:
            return int(session.exec(select(func.count()).select_from(Person)).one())
    finally:
        db.dispose()


def test_an_import_killed_half_way_adds_everyone_or_no_one(
    zygote: Zygote, db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        prepare_database(session)
    db.dispose()
    sheet = old_sheet(db_path.parent / "members-2019.csv", 40)
    template = db_path.parent / "before-import.sqlite3"
    shutil.copyfile(db_path, template)
    task = {"task": "import", "db": str(db_path), "file": str(sheet)}
    whole = zygote.run(task, float("inf"), after_acks=0)
    assert whole.acks == ["40"], whole.errors
    rng = random.Random(3)
    rounds, cut = 8, 0
    for n in range(rounds):
        shutil.copyfile(template, db_path)
        for end in ("-wal", "-shm"):
            db_path.with_name(db_path.name + end).unlink(missing_ok=True)
        # Within the import itself, not the worker's start: the kill must be able to land in it.
        result = zygote.run(task, rng.uniform(0.0, whole.working), after_acks=0)
        assert not result.errors, result.errors
        assert integrity(db_path) == ["ok"], f"round {n}"
        count = people_count(db_path)
        if result.acks:
            assert count == 40
        else:
            cut += 1
            assert count in (0, 40), f"round {n}: a half import of {count} people"
        opened, lock = start_desk(db_path, never_asked, unencrypted=True)
        opened.dispose()
        lock.release()
    report(capsys, f"crash test: {rounds} imports killed, {cut} before the commit returned, lost=0")
    assert cut >= 2
