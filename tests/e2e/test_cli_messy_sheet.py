"""Day one at a centre: its years-old registration sheet comes in whole through `frontdesk import`.

The sheet (tests/messy_sheet.py) has every kind of mess issue 19 lists. The dry run refuses only
the truly bad rows and holds back only the second registrations; the person's choices go back
in the report CSV (same as row N, a fixed value, leave out); the commit adds everyone else;
importing again adds nothing; every row number is the one Excel shows.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from sqlmodel import select

from desktop.cli import main
from desktop.db import Database
from desktop.models import IdentityDocument, Person
from desktop.services import clock
from tests.messy_sheet import COUNTRIES, SEXES, messy_sheet


def report_rows(path: Path) -> dict[int, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {int(r["row"]): r for r in csv.DictReader(fh)}


def write_rows(path: Path, rows: dict[int, dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(next(iter(rows.values()))))
        writer.writeheader()
        writer.writerows(rows.values())


def test_a_centres_old_sheet_comes_in_whole_with_the_persons_choices(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sheet = messy_sheet(19, today=clock.today())
    source = sheet.write_csv(db_path.parent / "registrations 2016-2024.csv")
    report = db_path.parent / "report.csv"
    base = ["--db", str(db_path), "--unencrypted", "import", str(source), "--report", str(report)]

    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would add (dry run, nothing written): 260" in out
    assert "--review" in out  # the volunteer is told how to pass choices back
    rows = report_rows(report)
    assert set(rows) == set(sheet.expected)  # every row, numbered as Excel shows it
    errors = [n for n, r in rows.items() if r["status"] == "error"]
    assert errors == sorted(n for n, e in sheet.expected.items() if e == "error")
    for number, expected in sheet.expected.items():
        row = rows[number]
        if expected == "new":
            assert row["status"] == "new", row
            assert "not understood" not in row["warnings"], row
        elif isinstance(expected, int):  # a second registration, held back beside its first
            assert row["status"] in ("duplicate_in_file", "repeated"), row
            assert f"row {expected}" in row["matches"].split("; "), row

    # The person's choices, in the report's own columns.
    no_name, bad_date_and_phone, future = errors
    for number, expected in sheet.expected.items():
        if isinstance(expected, int):
            rows[number]["decision"] = f"same as row {expected}"
    rows[no_name]["fix"] = "Name = WARSAME Hodan; DOB = 28/02/1990"
    rows[bad_date_and_phone]["fix"] = "DOB = 1985; Mobile = 9876 5432"
    rows[future]["decision"] = "leave out"
    write_rows(report, rows)

    assert main([*base, "--commit", "--review", str(report)]) == 0
    assert "Added: 262" in capsys.readouterr().out
    done = report_rows(report)
    assert done[future]["decision"] == "leave out"
    assert done[no_name]["member_number"] and done[no_name]["fix"].startswith("Name = ")

    db = Database.open(db_path, unencrypted=True)
    try:
        with db.read() as session:
            people = {p.member_number: p for p in session.exec(select(Person))}
            documents = list(session.exec(select(IdentityDocument)))
    finally:
        db.dispose()
    assert len(people) == 262
    hodan = people[done[no_name]["member_number"]]
    assert (hodan.family_name, hodan.date_of_birth) == ("Warsame", date(1990, 2, 28))
    for number, expected in sheet.expected.items():
        if expected != "new":
            continue
        member = sheet.people[number]
        person = people[done[number]["member_number"]]
        assert person.nationality == COUNTRIES[member.country][1], (number, person.nationality)
        assert (person.sex, person.gender_identity) == SEXES[member.sex][1]
        if member.year_only:
            assert person.birth_year == member.born.year if member.born else True
        else:
            assert person.date_of_birth == member.born, number
        assert person.name_original == member.own_script
    assert len(documents) == sum(
        1 for n, e in sheet.expected.items() if e == "new" and sheet.people[n].document
    )

    # Importing the same sheet again adds nobody.
    assert main([*base, "--commit"]) == 0
    assert "Added: 0" in capsys.readouterr().out
    again = report_rows(report)
    assert {r["status"] for n, r in again.items() if n not in errors} == {"already_imported"}
