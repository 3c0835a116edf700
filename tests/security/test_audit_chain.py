"""The audit trail: tampering with a row, deleting one, or cutting the end is caught by seq."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main as cli_main
from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.audit import list_events, record, verify_chain
from desktop.services.errors import PermissionDenied


def _five_events(db: Database, actor: Actor) -> None:
    with db.write() as session:
        for n in range(5):
            record(session, actor, "person.view", entity="person", entity_id=f"p{n}")


def test_intact_chain_verifies(db: Database, actor: Actor) -> None:
    _five_events(db, actor)
    with db.read() as session:
        assert verify_chain(session) == []


def test_edited_row_is_named_by_its_sequence_number(db: Database, actor: Actor) -> None:
    _five_events(db, actor)
    with db.write() as session:
        session.execute(text("UPDATE audit_event SET action = 'person.update' WHERE seq = 3"))
    with db.read() as session:
        problems = verify_chain(session)
    assert [(p.seq, p.problem) for p in problems] == [(3, "changed after it was written")]


def test_deleted_row_and_cut_off_end_are_both_reported(db: Database, actor: Actor) -> None:
    _five_events(db, actor)
    with db.write() as session:
        session.execute(text("DELETE FROM audit_event WHERE seq IN (2, 5)"))
    with db.read() as session:
        problems = [str(p) for p in verify_chain(session)]
    assert problems == ["event 2: event 2 deleted", "event 5: event 5 deleted from the end"]


def test_cli_audit_verify_exits_non_zero_and_says_which(
    db: Database, actor: Actor, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _five_events(db, actor)
    assert cli_main(["--unencrypted", "--db", str(db_path), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    with db.write() as session:
        session.execute(text("UPDATE audit_event SET entity_id = 'p9' WHERE seq = 4"))
    assert cli_main(["--unencrypted", "--db", str(db_path), "audit", "verify"]) == 1
    assert "event 4: changed after it was written" in capsys.readouterr().out


def test_only_admins_read_the_trail(
    db: Database, admin: Actor, volunteer: Actor, caseworker: Actor
) -> None:
    for who in (volunteer, caseworker):
        with db.read() as session, pytest.raises(PermissionDenied):
            list_events(session=session, actor=who)
    with db.read() as session:
        logins = list_events(session=session, actor=admin, action="login")
    assert {row.username for row in logins} >= {"admin", "volunteer", "caseworker"}
    assert all(row.action.startswith("login") for row in logins)
