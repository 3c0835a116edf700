"""Importing the old spreadsheets: encodings, mapping, bad rows, duplicates, all-or-nothing."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlmodel import func, select

from desktop.db import Database
from desktop.models import Counter, ImportedRow, Person
from desktop.services.actor import Actor
from desktop.services.import_mapping import (
    FULL_NAME,
    HOUSEHOLD,
    IGNORE,
    LEGACY_NUMBER,
    guess_mapping,
    split_full_name,
)
from desktop.services.importer import ImportPlan, RowStatus, commit_import, plan_import
from desktop.services.jobs import Cancelled, JobControl
from desktop.services.people import PersonInput, register_person
from desktop.services.spreadsheet_source import SourceTable, detect_encoding, read_source
from tests.import_data import EXPECTED, HEADERS, ROWS, csv_text, write_csv, write_xlsx

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "big5", "gbk"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_reads_back_the_same_sheet(tmp_path: Path, encoding: str) -> None:
    table = read_source(write_csv(tmp_path / "old.csv", encoding))
    assert table.headers == HEADERS
    assert table.rows == ROWS
    assert table.rows[1][2] == "陳大文"


def test_big5_and_gbk_bytes_that_both_decode_are_told_apart() -> None:
    text = csv_text()
    assert detect_encoding(text.encode("big5")) == "big5"
    assert detect_encoding(text.encode("gbk")) == "gb18030"


def test_xlsx_dates_and_numbers_read_as_people_typed_them(tmp_path: Path) -> None:
    table = read_source(write_xlsx(tmp_path / "old.xlsx"))
    assert table.encoding == "xlsx"
    assert table.rows[0][4:6] == ["1990-02-14", "91234567"]
    assert table.rows[1] == ROWS[1]


def test_common_headers_are_guessed() -> None:
    assert guess_mapping(HEADERS) == [
        LEGACY_NUMBER,
        FULL_NAME,
        "name_original",
        "sex",
        "birth",
        "phone",
        "country_of_origin",
        HOUSEHOLD,
        "notes",
    ]
    assert guess_mapping(["Surname", "First Name", "Name", "Date of Birth", "Tel.", "x"]) == [
        "family_name",
        "given_name",
        IGNORE,  # separate name columns win over a full name
        "birth",
        "phone",
        IGNORE,
    ]


def test_languages_are_read_by_code_or_english_name() -> None:
    from desktop.services.import_mapping import read_language

    assert read_language("Urdu, English") == "ur"
    assert read_language("ta") == "ta"
    assert read_language("") == ""
    assert read_language("Klingonese") is None


def test_full_names_split_the_way_the_paper_files_write_them() -> None:
    assert split_full_name("OKAFOR Chidinma") == ("Okafor", "Chidinma")
    assert split_full_name("Chan, Tai Man") == ("Chan", "Tai Man")
    assert split_full_name("Chidinma Okafor") == ("Okafor", "Chidinma")
    assert split_full_name("Chan Siu Ling", family_first=True) == ("Chan", "Siu Ling")
    assert split_full_name("AL-HASSAN omar") == ("Al-Hassan", "Omar")


def plan_of(db: Database, table: SourceTable) -> ImportPlan:
    with db.read() as session:
        return plan_import(session=session, table=table, mapping=guess_mapping(table.headers))


def test_dry_run_gives_every_row_a_status_and_writes_nothing(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    table = read_source(write_csv(tmp_path / "old.csv", "utf-8"))
    plan = plan_of(db, table)
    assert {r.number: r.status.value for r in plan.rows} == EXPECTED
    rows = {r.number: r for r in plan.rows}
    assert "birth" in rows[6].reasons[0]
    assert "8 digits" in rows[7].reasons[0]
    assert "family name" in rows[8].reasons[0]
    assert rows[9].matches == ["row 2"]
    assert rows[10].matches == ["row 5"]
    assert any("dunno" in w for w in rows[11].warnings)
    assert any("Atlantis" in w for w in rows[11].warnings)
    # Normalised as the desk stores them.
    assert rows[2].values["phone"] == "+85291234567"
    assert rows[3].values["date_of_birth"].isoformat() == "1985-03-12"
    assert (rows[3].values["family_name"], rows[3].values["given_name"]) == ("Chan", "Tai Man")
    assert rows[3].values["country_of_origin"] == "HK"
    assert rows[4].values["date_of_birth"].isoformat() == "2015-03-12"
    assert (rows[5].values["birth_year"], rows[5].values["date_of_birth"]) == (1979, None)
    assert rows[5].values["phone"] == "+85251234567"
    assert "Old spreadsheet no. 4" in rows[5].values["notes"]
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 0


def test_commit_adds_the_new_rows_and_a_second_import_adds_nothing(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    table = read_source(write_xlsx(tmp_path / "old.xlsx"))
    mapping = guess_mapping(table.headers)
    with db.write() as session:
        plan = commit_import(session=session, actor=actor, table=table, mapping=mapping)
    assert plan.added == 5
    with db.read() as session:
        people = {p.member_number: p for p in session.exec(select(Person))}
        assert len(people) == 5
        chan = next(p for p in people.values() if p.name_original == "陳大文")
        ling = next(p for p in people.values() if p.name_original == "陳小玲")
        assert chan.household_id is not None and chan.household_id == ling.household_id
    # The same file again, and the same sheet saved as Big5 CSV: nothing new.
    for again in (table, read_source(write_csv(tmp_path / "old.csv", "big5"))):
        with db.write() as session:
            second = commit_import(session=session, actor=actor, table=again, mapping=mapping)
        assert second.added == 0
        # The five added, and the row that repeated one of them.
        assert second.count(RowStatus.ALREADY_IMPORTED) == 6
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Person)).one() == 5


def test_rows_like_someone_on_file_are_flagged_and_kept_out_unless_asked(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Okafor", given_name="Chidinma", birth="14/02/1990"),
        )
    table = read_source(write_csv(tmp_path / "old.csv", "utf-8"))
    plan = plan_of(db, table)
    okafor = next(r for r in plan.rows if r.number == 2)
    assert okafor.status == RowStatus.MATCHES_EXISTING
    assert okafor.matches == ["CFR-000001"]
    with db.write() as session:
        kept_out = commit_import(
            session=session, actor=actor, table=table, mapping=guess_mapping(table.headers)
        )
    assert kept_out.added == 4
    with db.write() as session:
        taken = commit_import(
            session=session,
            actor=actor,
            table=table,
            mapping=guess_mapping(table.headers),
            include_flagged=True,
        )
    assert taken.added == 2  # Okafor and the Muhammad who looks like Mohammed


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        people = session.exec(select(func.count()).select_from(Person)).one()
        rows = session.exec(select(func.count()).select_from(ImportedRow)).one()
        counter = session.get(Counter, "member_number")
    return people, rows, counter.value if counter else 0


def test_cancel_or_failure_midway_leaves_the_database_as_it_was(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    families = ["ABARA", "BEKELE", "CHOWDHURY", "DIALLO", "ESPINOZA", "FOFANA", "GURUNG",
                "HABIBI", "IBRAHIM", "JAYASURIYA", "KAMARA", "LUBANGA", "MENSAH", "NDIAYE",
                "OYELARAN"]  # fmt: skip
    givens = ["Amina", "Bilal", "Chanda", "Dawit", "Esi", "Farid", "Grace", "Hamza", "Isha",
              "Jamal", "Kofi", "Leila", "Musa", "Nadia", "Omid"]  # fmt: skip
    many = [
        [str(i), f"{families[i % 15]} {givens[i // 15]}", "", "F",
         (date(1950, 1, 1) + timedelta(days=41 * i)).strftime("%d/%m/%Y"), "", "", "", ""]
        for i in range(225)
    ]  # fmt: skip
    table = SourceTable("big.csv", "utf-8", HEADERS, many)
    with db.read() as session:
        plan = plan_import(session=session, table=table, mapping=guess_mapping(HEADERS))
    assert plan.count(RowStatus.NEW) > 150
    before = counts(db)
    done: list[int] = []

    def cancel_once_adding() -> bool:
        # Progress went back down: the plan is done and people are being added.
        return any(later < earlier for earlier, later in pairwise(done))

    control = JobControl(on_progress=lambda d, t: done.append(d), is_cancelled=cancel_once_adding)
    with pytest.raises(Cancelled), db.write() as session:
        commit_import(
            session=session,
            actor=actor,
            table=table,
            mapping=guess_mapping(HEADERS),
            control=control,
        )
    assert counts(db) == before

    import desktop.services.importer as importer

    calls = 0
    real = importer.next_member_number

    def breaks_on_the_120th(session, prefix="CFR"):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 120:
            raise OSError("disk gone")
        return real(session, prefix)

    monkeypatch.setattr(importer, "next_member_number", breaks_on_the_120th)
    with pytest.raises(OSError), db.write() as session:
        commit_import(session=session, actor=actor, table=table, mapping=guess_mapping(HEADERS))
    assert calls == 120
    assert counts(db) == before
