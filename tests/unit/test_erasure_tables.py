"""Every table in the desk's file says what an erasure does with it; none that points at a person
is left out."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import SQLModel, select

from desktop.db import Database
from desktop.models import ImportedRow, Person
from desktop.services.actor import Actor
from desktop.services.erasure import NO_PERSON, TABLES
from desktop.services.import_commit import commit_import
from desktop.services.import_mapping import guess_mapping
from desktop.services.rights import erase_person
from desktop.services.spreadsheet_source import read_source
from tests.import_data import write_xlsx

FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")


def _tables_in_file(db: Database) -> set[str]:
    raw = db.engine.raw_connection()
    try:
        rows = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    finally:
        raw.close()
    virtual = {name for name, sql in rows if "VIRTUAL TABLE" in (sql or "").upper()}
    return {
        name
        for name, _sql in rows
        if not any(name == f"{v}{suffix}" for v in virtual for suffix in FTS_SHADOWS)
    }


def test_every_table_of_the_migrated_file_is_listed_for_erasure(db: Database) -> None:
    in_file = _tables_in_file(db)
    missing = sorted(in_file - set(TABLES))
    assert not missing, (
        f"say in desktop/services/erasure.py TABLES what erasing a person does with {missing}"
    )
    assert not sorted(set(TABLES) - in_file), "TABLES names a table the file no longer has"


def test_a_table_that_refers_to_a_person_is_not_marked_as_holding_no_one() -> None:
    for table in SQLModel.metadata.sorted_tables:
        refers = [
            c.name
            for c in table.columns
            if "person" in c.name or any(fk.column.table.name == "person" for fk in c.foreign_keys)
        ]
        if refers:
            assert TABLES.get(table.name, NO_PERSON) != NO_PERSON, (table.name, refers)


def test_an_imported_person_s_spreadsheet_row_record_goes_with_them(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    table = read_source(write_xlsx(tmp_path / "old.xlsx"))
    commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(table.headers))
    with db.read() as session:
        okafor = next(p for p in session.exec(select(Person)) if p.family_name == "Okafor")
        assert session.exec(select(ImportedRow).where(ImportedRow.person_id == okafor.id)).all()
    with db.write() as session:
        erase_person(session=session, actor=actor, person_id=okafor.id, reason="asked")
    with db.read() as session:
        assert not session.exec(select(ImportedRow).where(ImportedRow.person_id == okafor.id)).all()
        assert len(session.exec(select(ImportedRow)).all()) == 4  # the other four stay
