"""The `frontdesk` command: the same services without a window, signed in as an account."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import Database
from desktop.db.crypto import is_encrypted
from desktop.models import Role
from desktop.services import clock
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person
from tests.accounts import PASSWORD, add_account, encrypted_desk, frontdesk


def test_demo_fills_a_database_with_fictional_people(db_path: Path, capsys) -> None:
    encrypted_desk(db_path)[0].dispose()
    assert frontdesk(db_path, ["demo", "--people", "40"]) == 0
    assert "Added 40 fictional people" in capsys.readouterr().out
    out = db_path.parent / "people.csv"
    assert frontdesk(db_path, ["export", "people", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40
    assert all(r["member_number"].startswith("CFR-") for r in rows)


def test_export_of_todays_visits_opens_in_excel_with_chinese_names(db_path: Path) -> None:
    db, actor, _recovery = encrypted_desk(db_path)
    with db.write() as session:
        person = register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Chan", given_name="Tai Man", name_original="陳大文"),
        )
        food = next(s for s in list_services(session) if s.code == "food_pack")
        check_in(session=session, actor=actor, person_id=person.id, service_ids=[food.id])
    db.dispose()

    out = db_path.parent / "visits.csv"
    today = clock.today().isoformat()
    assert frontdesk(db_path, ["export", "visits", "--from", today, "--out", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1
    assert rows[0]["family_name"] == "Chan"
    assert rows[0]["services"] == "Food pack"
    assert rows[0]["queue_number"] == "1"


def test_export_with_a_bad_date_says_so(db_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "export", "visits", "--from", "25/11/2026", "--out", "x.csv"])
    assert "is not a date like" in capsys.readouterr().err


def test_db_path_comes_from_the_environment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("FRONTDESK_DB", str(target))
    assert main(["--unencrypted", "demo", "--people", "3"]) == 0
    assert target.exists() and not is_encrypted(target)
    assert str(target) in capsys.readouterr().out


# --- every route signs in -------------------------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--people", "3"],
        ["audit", "verify"],
        ["import", "old.csv", "--commit"],
        ["export", "people", "--out", "people.csv"],
    ],
)
def test_no_command_makes_a_plain_file_without_being_asked(
    db_path: Path, argv: list[str], capsys
) -> None:
    assert main(["--db", str(db_path), *argv]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "--unencrypted" in err
    assert not db_path.exists()
    assert len(err.strip().splitlines()) == 1  # one sentence, no traceback


def test_a_plain_file_is_opened_only_with_unencrypted(db_path: Path, capsys) -> None:
    Database.open(db_path, unencrypted=True).dispose()
    assert main(["--db", str(db_path), "report", "--out", "r.pdf"]) == 1
    assert "is not encrypted" in capsys.readouterr().err


def test_the_command_line_without_an_account_is_refused(db_path: Path, capsys) -> None:
    encrypted_desk(db_path)[0].dispose()
    assert main(["--db", str(db_path), "export", "people", "--out", "p.csv"]) == 1
    assert "give --user NAME" in capsys.readouterr().err
    assert not (db_path.parent / "p.csv").exists()


def test_wrong_unknown_and_switched_off_accounts_get_the_same_words(db_path: Path, capsys) -> None:
    db, admin, _recovery = encrypted_desk(db_path)
    add_account(db, admin, "gone", Role.VOLUNTEER)
    with db.write() as session:
        from desktop.services.accounts import list_users, update_user

        gone = next(u for u in list_users(session=session, actor=admin) if u.username == "gone")
        update_user(session=session, actor=admin, user_id=gone.id, active=False)
    db.dispose()
    answers = set()
    for user, password in (("admin", "not her password"), ("nobody", PASSWORD), ("gone", PASSWORD)):
        assert frontdesk(db_path, ["report", "--out", "r.pdf"], user=user, password=password) == 1
        answers.add(capsys.readouterr().err)
    assert answers == {"frontdesk: wrong username or password\n"}
    # The admin sees which was which in the trail (the sign-in at start moved them there).
    assert frontdesk(db_path, ["audit", "list", "--action", "login"]) == 0
    trail = capsys.readouterr().out
    assert trail.count("login.failed") == 3


def test_a_volunteer_cannot_export_names_manage_accounts_or_read_the_trail(
    db_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, admin, _recovery = encrypted_desk(db_path)
    add_account(db, admin, "vol", Role.VOLUNTEER)
    db.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO("a new password\n"))
    for argv in (
        ["export", "people", "--out", str(db_path.parent / "people.csv")],
        ["user", "add", "eve", "--role", "admin"],
        ["user", "password", "admin"],
        ["audit", "list"],
        ["audit", "verify"],
        ["access-request", "CFR-000001", "--out", "x.pdf"],
    ):
        assert frontdesk(db_path, argv, user="vol") == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("frontdesk: ") and len(err.strip().splitlines()) == 1, err
    assert not (db_path.parent / "people.csv").exists()
    # The admin's password still opens the desk, and Eve was never made.
    assert frontdesk(db_path, ["user", "list"]) == 0
    assert "eve" not in capsys.readouterr().out


def test_the_cli_acts_and_is_audited_under_the_account_that_signed_in(
    db_path: Path, capsys
) -> None:
    db, _admin, _recovery = encrypted_desk(db_path, admin="mei")
    db.dispose()
    out = db_path.parent / "october.pdf"
    assert frontdesk(db_path, ["report", "--month", "2026-10", "--out", str(out)], user="mei") == 0
    assert frontdesk(db_path, ["audit", "list", "--user", "mei"], user="mei") == 0
    trail = capsys.readouterr().out
    assert "report" in trail and " desk " not in trail


def test_init_makes_an_encrypted_desk_and_shows_the_recovery_key_once(
    db_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert frontdesk(db_path, ["init", "--name", "Mei Chan"], user="mei") == 0
    said = capsys.readouterr().out
    recovery = said.split("not shown again):")[1].split()[0]
    assert is_encrypted(db_path) and len(recovery.replace("-", "")) == 32
    assert frontdesk(db_path, ["init"], user="mei") == 1  # never over an existing desk
    capsys.readouterr()
    # Every admin password lost: the recovery key from the safe gives Mei a new one.
    monkeypatch.setattr("sys.stdin", io.StringIO(recovery.lower() + "\n"))
    assert frontdesk(db_path, ["recover"], user="mei", password="a brand new password") == 0
    assert frontdesk(db_path, ["user", "list"], user="mei", password="a brand new password") == 0
    assert frontdesk(db_path, ["user", "list"], user="mei", password=PASSWORD) == 1
