"""A process that forks workers for the crash tests, so each SIGKILL round costs milliseconds.

The parent test writes one JSON command a line on stdin. For each, this process forks a worker
that does the work, says `ready` once set up, and writes `ack ...` lines to stdout as each piece
is committed; this process reports `pid N` and, once the worker is gone (finished or killed),
`exit N STATUS`.
Everything is imported once here, before the forks.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import uuid
from pathlib import Path

from desktop.db import Database
from desktop.db.backup import take_backup
from desktop.services.setup import prepare_database
from tests.records import record_visit


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write, under PIPE_BUF: lines never interleave


def record_visits(cmd: dict[str, object]) -> None:
    db = Database.open(Path(str(cmd["db"])), migrate=False, unencrypted=True)
    if "checkpoint_every" in cmd:  # the background WAL checkpoint at work between commits
        db.checkpointer.busy_commits = int(str(cmd["checkpoint_every"]))
        db.checkpointer.pause_s = 0.0
    with db.write() as session:
        actor = prepare_database(session)
    people = [uuid.UUID(str(p)) for p in cmd["people"]]  # type: ignore[attr-defined]
    service = uuid.UUID(str(cmd["service"]))
    say("ready")
    for n in itertools.count():
        visit = record_visit(db, actor, people[n % len(people)], service)
        say(f"ack {visit.hex}")  # only after the commit returned: what the desk would show


def migrate(cmd: dict[str, object]) -> None:
    Database.open(
        Path(str(cmd["db"])), unencrypted=True
    )  # backs up, then migrates to the newest schema
    say("ack migrated")


def back_up(cmd: dict[str, object]) -> None:
    db = Database.open(Path(str(cmd["db"])), migrate=False, unencrypted=True)
    say("ready")
    while True:
        say(f"ack {take_backup(db, reason='crash-test').path}")


def run_import(cmd: dict[str, object]) -> None:
    """What `frontdesk import --commit` does: plan, then one all-or-nothing write transaction."""
    from desktop.services.import_commit import commit_import
    from desktop.services.import_mapping import guess_mapping
    from desktop.services.spreadsheet_source import read_source

    db = Database.open(Path(str(cmd["db"])), migrate=False, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
    table = read_source(Path(str(cmd["file"])), None)
    say("ready")
    plan = commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(table.headers))
    say(f"ack {plan.added}")


TASKS = {"visits": record_visits, "migrate": migrate, "backup": back_up, "import": run_import}


def serve() -> None:
    for line in sys.stdin:
        cmd = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                TASKS[str(cmd["task"])](cmd)
            except BaseException as exc:  # noqa: BLE001  (report, then leave without cleanup)
                say(f"error {exc!r}")
                code = 1
            os._exit(code)
        say(f"pid {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    serve()
