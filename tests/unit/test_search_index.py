"""The full-text index follows person.search_text through every insert, edit and delete."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from desktop.db import Database
from desktop.db.search_index import TRIGGERS, integrity_check, rebuild
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person, update_person


def _trigram_hits(db: Database, fragment: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM person_fts WHERE person_fts MATCH :q"),
                {"q": f'"{fragment}"'},
            ).scalar_one()
        )


def _prefix_hits(db: Database, fragment: str) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM person_words WHERE person_words MATCH :q"),
                {"q": f'"{fragment}"*'},
            ).scalar_one()
        )


def test_migrations_leave_the_index_triggers_on_the_person_table(db: Database) -> None:
    with sqlite3.connect(db.path) as conn:
        found = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='person'"
            )
        }
    assert set(TRIGGERS) <= found


def test_registered_edited_and_deleted_people_are_indexed_in_step(
    db: Database, actor: Actor
) -> None:
    with db.write() as session:
        person = register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Okonkwo", given_name="Adaeze", name_original="陳大文"),
        )
        person_id = person.id
    assert _trigram_hits(db, "konk") == 1
    assert _prefix_hits(db, "ad") == 1
    assert _trigram_hits(db, " 陳大") == 1  # two CJK characters at the start of the name
    assert _trigram_hits(db, "大文 ") == 1  # ... and at its end

    with db.write() as session:
        update_person(
            session=session,
            actor=actor,
            person_id=person_id,
            data=PersonInput(family_name="Mensah", given_name="Adaeze"),
        )
    assert _trigram_hits(db, "konk") == 0
    assert _trigram_hits(db, "mensa") == 1

    with db.write() as session:
        session.execute(text("DELETE FROM person_change"))
        session.execute(text("DELETE FROM person WHERE member_number IS NOT NULL"))
    assert _trigram_hits(db, "mensa") == 0
    assert _prefix_hits(db, "ad") == 0
    with db.engine.connect() as conn:
        integrity_check(conn)


def test_a_damaged_index_is_found_and_rebuilt(db: Database, actor: Actor) -> None:
    with db.write() as session:
        register_person(
            session=session, actor=actor, data=PersonInput(family_name="Haile", given_name="Sara")
        )
    with db.write() as session:
        session.execute(text("INSERT INTO person_fts(person_fts) VALUES ('delete-all')"))
    assert _trigram_hits(db, "haile") == 0
    with db.engine.connect() as conn, pytest.raises(Exception, match="malformed"):
        integrity_check(conn)
    with db.write() as session:
        rebuild(session.connection())
    assert _trigram_hits(db, "haile") == 1
