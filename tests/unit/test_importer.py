"""Importing the old spreadsheets: encodings, mapping, bad rows, duplicates, all-or-nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from threading import Thread
from time import monotonic

import pytest
from sqlmodel import func, select

from desktop.db import Database
from desktop.models import Counter, ImportedRow, Person
from desktop.services.actor import Actor
from desktop.services.import_commit import commit_import
from desktop.services.import_mapping import (
    FULL_NAME,
    HOUSEHOLD,
    IGNORE,
    LEGACY_NUMBER,
    guess_mapping,
    split_full_name,
)
from desktop.services.importer import ImportPlan, RowStatus, plan_import
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
    plan = commit_import(db=db, actor=actor, table=table, mapping=mapping)
    assert plan.added == 5
    with db.read() as session:
        people = {p.member_number: p for p in session.exec(select(Person))}
        assert len(people) == 5
        chan = next(p for p in people.values() if p.name_original == "陳大文")
        ling = next(p for p in people.values() if p.name_original == "陳小玲")
        assert chan.household_id is not None and chan.household_id == ling.household_id
    # The same file again, and the same sheet saved as Big5 CSV: nothing new.
    for again in (table, read_source(write_csv(tmp_path / "old.csv", "big5"))):
        second = commit_import(db=db, actor=actor, table=again, mapping=mapping)
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
    kept_out = commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(table.headers))
    assert kept_out.added == 4
    taken = commit_import(
        db=db,
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
    with pytest.raises(Cancelled):
        commit_import(
            db=db, actor=actor, table=table, mapping=guess_mapping(HEADERS), control=control
        )
    assert counts(db) == before

    import desktop.services.import_commit as import_commit

    calls = 0
    real = import_commit.search_text_for

    def breaks_on_the_120th(person):  # type: ignore[no-untyped-def]
        # Called for each person as it is written, inside the write transaction.
        nonlocal calls
        calls += 1
        if calls == 120:
            raise OSError("disk gone")
        return real(person)

    monkeypatch.setattr(import_commit, "search_text_for", breaks_on_the_120th)
    with pytest.raises(OSError):
        commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(HEADERS))
    assert calls == 120
    assert counts(db) == before


def pausing_while_planning(meanwhile: Callable[[], None]) -> JobControl:
    """A control that, at the first progress report of the plan, does `meanwhile` (what the desk
    does while the import reads the rows) before letting the import go on."""
    done: list[bool] = []

    def on_progress(_done: int, _total: int) -> None:
        if not done:
            done.append(True)
            meanwhile()

    return JobControl(on_progress=on_progress)


def test_a_check_in_while_a_big_import_plans_is_saved_at_once(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    from desktop.models import Visit
    from tests.records import add_people, old_sheet, record_visit, service_id

    (member,) = add_people(db, actor, 1)
    service = service_id(db)
    table = read_source(old_sheet(tmp_path / "members-2019.csv", 300))
    waited: list[float] = []

    def check_in_at_the_desk() -> None:
        # Runs on another thread, as the desk does, while the import is part-way through its
        # plan. Were the import holding the write lock, this would wait 5 s and fail "busy".
        def desk() -> None:
            started = monotonic()
            record_visit(db, actor, member, service)
            waited.append(monotonic() - started)

        thread = Thread(target=desk)
        thread.start()
        thread.join(timeout=30)

    plan = commit_import(
        db=db,
        actor=actor,
        table=table,
        mapping=guess_mapping(table.headers),
        control=pausing_while_planning(check_in_at_the_desk),
    )
    assert len(waited) == 1 and waited[0] < 2.0  # saved, not "database busy"
    assert plan.added == 300
    with db.read() as session:
        assert session.exec(select(func.count()).select_from(Visit)).one() == 1
        assert session.exec(select(func.count()).select_from(Person)).one() == 301


def test_rows_another_import_took_while_this_one_planned_are_not_added_twice(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    table = read_source(write_xlsx(tmp_path / "old.xlsx"))
    mapping = guess_mapping(table.headers)
    other: list[ImportPlan] = []

    def same_file_from_the_other_desk_window() -> None:
        other.append(commit_import(db=db, actor=actor, table=table, mapping=mapping))

    plan = commit_import(
        db=db,
        actor=actor,
        table=table,
        mapping=mapping,
        control=pausing_while_planning(same_file_from_the_other_desk_window),
    )
    assert other[0].added == 5
    # Planned as new, found taken when it came to write: nothing added, and said so.
    assert plan.added == 0
    assert plan.count(RowStatus.ALREADY_IMPORTED) == 5
    assert plan.count(RowStatus.NEW) == 0
    assert counts(db)[:2] == (5, 5)


def test_a_row_like_someone_registered_while_planning_is_flagged_not_added(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    table = read_source(write_csv(tmp_path / "old.csv", "utf-8"))

    def okafor_registers_at_the_desk() -> None:
        with db.write() as session:
            register_person(
                session=session,
                actor=actor,
                data=PersonInput(family_name="Okafor", given_name="Chidinma", birth="14/02/1990"),
            )

    plan = commit_import(
        db=db,
        actor=actor,
        table=table,
        mapping=guess_mapping(table.headers),
        control=pausing_while_planning(okafor_registers_at_the_desk),
    )
    okafor = next(r for r in plan.rows if r.number == 2)
    assert (okafor.status, okafor.matches, okafor.member_number) == (
        RowStatus.MATCHES_EXISTING,
        ["CFR-000001"],
        "",
    )
    assert plan.added == 4
