"""The database file at rest: unreadable without the passphrase, clear messages when it is wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.db.backup import take_backup
from desktop.db.crypto import NotEncrypted, PassphraseNeeded, WrongPassphrase, is_encrypted
from desktop.models import Person
from desktop.services.people import PersonInput, register_person
from desktop.services.setup import prepare_database

PASSPHRASE = "blue kettle on the ninth floor"


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    with db.write() as session:
        actor = prepare_database(session)
        register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Haddad", given_name="Rania", phone="5123 4567"),
        )
    db.dispose()
    return path


def test_stolen_file_is_not_a_database_to_plain_sqlite(encrypted: Path) -> None:
    assert is_encrypted(encrypted)
    conn = sqlite3.connect(encrypted)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    raw = encrypted.read_bytes()
    assert b"Haddad" not in raw and b"Rania" not in raw and b"SQLite format 3" not in raw


def test_right_passphrase_opens_the_file(encrypted: Path) -> None:
    db = Database.open(encrypted, passphrase=PASSPHRASE)
    with db.read() as session:
        assert session.exec(select(Person)).one().family_name == "Haddad"
    db.dispose()


def test_wrong_passphrase_says_so_and_leaves_the_file_untouched(encrypted: Path) -> None:
    before = encrypted.read_bytes()
    with pytest.raises(WrongPassphrase, match="passphrase does not open"):
        Database.open(encrypted, passphrase="blue kettle on the tenth floor")
    with pytest.raises(PassphraseNeeded):
        Database.open(encrypted)
    assert encrypted.read_bytes() == before


def test_damaged_key_header_is_refused_like_a_wrong_passphrase(encrypted: Path) -> None:
    data = bytearray(encrypted.read_bytes())
    data[3] ^= 0xFF  # the salt the key is derived with lives in the first 16 bytes
    encrypted.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        Database.open(encrypted, passphrase=PASSPHRASE)


def test_passphrase_on_a_plain_file_is_refused(db_path: Path) -> None:
    Database.open(db_path, unencrypted=True).dispose()
    with pytest.raises(NotEncrypted):
        Database.open(db_path, passphrase=PASSPHRASE)


def test_backups_of_an_encrypted_database_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    db = Database.open(encrypted, passphrase=PASSPHRASE)
    result = take_backup(db, reason="test", folder=tmp_path / "backups")
    db.dispose()
    assert is_encrypted(result.path)
    assert b"Haddad" not in result.path.read_bytes()
    copy = Database.open(result.path, passphrase=PASSPHRASE, migrate=False)
    with copy.read() as session:
        assert session.exec(select(Person)).one().given_name == "Rania"
    copy.dispose()


def test_cli_uses_the_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    path = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("FRONTDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--db", str(path), "demo", "--people", "5"]) == 0
    assert is_encrypted(path)
    assert main(["--db", str(path), "verify"]) == 0
    assert main(["--db", str(path), "audit", "verify"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("FRONTDESK_PASSPHRASE", "not the passphrase at all")
    assert main(["--db", str(path), "audit", "verify"]) == 1
    assert "passphrase does not open this database" in capsys.readouterr().err
    monkeypatch.delenv("FRONTDESK_PASSPHRASE")
    assert main(["--db", str(path), "audit", "verify"]) == 1
    assert "is encrypted" in capsys.readouterr().err
