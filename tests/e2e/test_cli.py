"""The `frontdesk` command: the same services without a window."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import Database
from desktop.services import clock
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.people import PersonInput, register_person
from desktop.services.setup import prepare_database


def test_demo_fills_a_database_with_fictional_people(db_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "demo", "--people", "40"]) == 0
    assert "Added 40 fictional people" in capsys.readouterr().out
    out = db_path.parent / "people.csv"
    assert main(["--db", str(db_path), "export", "people", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40
    assert all(r["member_number"].startswith("CFR-") for r in rows)


def test_export_of_todays_visits_opens_in_excel_with_chinese_names(db_path: Path) -> None:
    db = Database.open(db_path, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
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
    assert main(["--db", str(db_path), "export", "visits", "--from", today, "--out", str(out)]) == 0
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
    assert main(["demo", "--people", "3"]) == 0
    assert target.exists()
    assert str(target) in capsys.readouterr().out
