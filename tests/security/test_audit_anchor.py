"""The trail against someone who holds a password (and so the file key): every way of hiding
events is caught against an anchor outside the file, the head a backup's key file holds."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.db import Database
from desktop.db.backup import take_backup
from desktop.db.engine import plain_cursor
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.audit_check import check_trail
from desktop.services.desk_access import open_signed_in
from tests.accounts import PASSWORD, encrypted_desk, frontdesk


def _views(db: Database, actor: Actor, count: int) -> None:
    with db.write() as session:
        for n in range(count):
            audit.record(session, actor, "person.view", entity="person", entity_id=f"p{n}")


@pytest.fixture
def desk(db_path: Path) -> Iterator[Database]:
    """An encrypted desk whose backup anchored the trail at its 10th event, then 2 more."""
    db, admin, _recovery = encrypted_desk(db_path)  # events 1-2: the admin made, signed in
    _views(db, admin, 8)
    take_backup(db, reason="manual")
    _views(db, admin, 2)
    yield db
    db.dispose()


def _sql(db: Database, *statements: tuple[str, tuple[Any, ...]]) -> None:
    with db.write() as session, plain_cursor(session) as cursor:
        for statement, values in statements:
            cursor.execute(statement, values)


def _rechain(db: Database, change: Callable[[list[list[Any]]], list[list[Any]]]) -> None:
    """What an attacker with a password can do: rewrite rows, renumber and re-HMAC them all
    with the audit key (derived from the file key), and fix the counters."""
    with db.write() as session, plain_cursor(session) as cursor:
        rows = [list(r) for r in cursor.execute(
            "SELECT seq, at, user_id, desk_id, action, entity, entity_id, detail, prev_hash, hash"
            " FROM audit_event ORDER BY seq"
        )]  # fmt: skip
        rows = change(rows)
        cursor.execute("DELETE FROM audit_event")
        prev = audit.GENESIS
        for n, row in enumerate(rows, start=1):
            row[0], row[8] = n, prev
            event = audit._event_from_row(tuple(row))
            row[9] = prev = audit._digest(event, db.audit_key)
            cursor.execute("INSERT INTO audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        cursor.execute("UPDATE counter SET value = ? WHERE name = 'audit_head'", (len(rows),))


def _problems(db: Database) -> list[str]:
    problems, _notes = check_trail(db, db)
    return problems


def test_an_untouched_trail_agrees_with_its_anchor(desk: Database) -> None:
    assert _problems(desk) == []


def test_an_edited_event_is_named(desk: Database) -> None:
    _sql(desk, ("UPDATE audit_event SET entity_id = 'p9' WHERE seq = 4", ()))
    assert _problems(desk) == ["audit event 4: changed after it was written"]


def test_a_deleted_event_is_named(desk: Database) -> None:
    _sql(desk, ("DELETE FROM audit_event WHERE seq = 5", ()))
    assert "audit event 5: event 5 deleted" in _problems(desk)


def test_an_inserted_event_without_the_key_is_named(desk: Database) -> None:
    with desk.read() as session:
        seq, head = audit.chain_head(session)
    forged = (seq + 1, "2026-12-01 09:00:00.000000", None, None, "login", "", "", "{}", head,
              "0" * 64)  # fmt: skip
    _sql(desk, ("INSERT INTO audit_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", forged))
    assert f"audit event {seq + 1}: changed after it was written" in _problems(desk)


def test_a_tail_cut_with_its_counter_fixed_is_named_against_the_backup(desk: Database) -> None:
    _sql(
        desk,
        ("DELETE FROM audit_event WHERE seq > 6", ()),
        ("UPDATE counter SET value = 6 WHERE name = 'audit_head'", ()),
    )
    with desk.read() as session:
        assert audit.verify_chain(session) == []  # inside the file nothing shows
    [problem] = _problems(desk)
    assert "events 7 to 10 were cut off the end" in problem and "the backup desk-" in problem


def test_a_deleted_trail_is_named(desk: Database) -> None:
    _sql(desk, ("DELETE FROM audit_event", ()), ("DELETE FROM counter", ()))
    [problem] = _problems(desk)
    assert "the whole trail was deleted" in problem and "saw 10 events" in problem


def test_a_re_chained_stretch_is_named(desk: Database) -> None:
    _rechain(desk, lambda rows: [r for r in rows if r[0] != 4])  # event 4 gone, all renumbered
    with desk.read() as session:
        assert audit.verify_chain(session) == []  # the keyed chain verifies: the key was held
    [problem] = _problems(desk)
    assert "up to event 10 was rewritten" in problem


def test_a_back_dated_event_is_named(desk: Database) -> None:
    def back_date(rows: list[list[Any]]) -> list[list[Any]]:
        rows[5][1] = "2026-01-01 08:00:00.000000"
        return rows

    _rechain(desk, back_date)
    [problem] = _problems(desk)
    assert "rewritten (re-chained, back-dated" in problem


def test_a_malformed_row_is_reported_not_a_traceback(
    desk: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(desk, ("UPDATE audit_event SET detail = 'not json {', at = 'yesterday' WHERE seq = 3", ()))
    desk.dispose()
    assert frontdesk(db_path, ["audit", "verify"]) == 1
    out = capsys.readouterr()
    assert "event 3: cannot be read (malformed" in out.out and "Traceback" not in out.err


def test_frontdesk_verify_names_a_tail_cut(
    desk: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sql(
        desk,
        ("DELETE FROM audit_event WHERE seq > 8", ()),
        ("UPDATE counter SET value = 8 WHERE name = 'audit_head'", ()),
    )
    desk.dispose()
    assert frontdesk(db_path, ["verify"]) == 1  # its sign-in is event 9 now
    out = capsys.readouterr().out
    assert "event 10 was cut off the end" in out and "Result:    1 problem(s)" in out


def test_a_restore_is_a_note_not_a_problem(
    desk: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    take_backup(desk, reason="manual")  # 12 events
    desk.dispose()
    backups = sorted((db_path.parent / "data" / "backups").glob("*.sqlite3"))
    assert frontdesk(db_path, ["restore", str(backups[0])]) == 0  # the one with 10 events
    capsys.readouterr()
    assert frontdesk(db_path, ["audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "NOTE: before the restore recorded in the trail" in out and "intact" in out
    db, _admin = open_signed_in(db_path, "admin", PASSWORD)
    with db.read() as session:
        rows = audit.list_events(session=session, actor=_admin, action="backup.restored")
    db.dispose()
    assert json.loads(json.dumps(rows[0].detail))["from"] == backups[0].name
