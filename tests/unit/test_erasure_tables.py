"""Every table in the desk's file says what an erasure does with it; none that points at a person
is left out."""

from __future__ import annotations

from sqlmodel import SQLModel

from desktop.db import Database
from desktop.services.erasure import NO_PERSON, TABLES

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
