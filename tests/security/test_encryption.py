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
from desktop.services import clock
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


def test_cli_on_a_passphrase_desk_says_how_to_move_it(
    encrypted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.accounts import frontdesk

    assert frontdesk(encrypted, ["report", "--out", "r.pdf"]) == 1
    err = capsys.readouterr().err
    assert "still opens with the old database passphrase" in err and "python -m desktop" in err


def test_a_passphrase_desk_moves_to_accounts_in_one_step_after_a_backup(
    encrypted: Path, tmp_path: Path
) -> None:
    from desktop.db.crypto import key_for_file
    from desktop.db.keyring import read_keys, unseal_with_recovery
    from desktop.db.rekey import move_to_accounts
    from desktop.services.accounts import create_first_admin
    from desktop.services.desk_access import open_signed_in

    db = Database.open(encrypted, passphrase=PASSPHRASE)
    with db.write() as session:
        create_first_admin(
            session=session, username="mei", display_name="Mei Chan", password="mei's password"
        )
    db.dispose()
    made = move_to_accounts(encrypted, key_for_file(encrypted, PASSPHRASE))
    # The shared passphrase opens nothing any more; the backup taken first still opens with it.
    with pytest.raises(WrongPassphrase):
        Database.open(encrypted, passphrase=PASSPHRASE)
    [before] = (tmp_path / "data" / "backups").glob("*-before-accounts.sqlite3")
    Database.open(before, passphrase=PASSPHRASE, migrate=False).dispose()
    # Mei signs in with the key in hand (the start does this): her copy is sealed then.
    db = Database.open(encrypted, file_key=made.file_key)
    from desktop.services.desk_access import sign_in_opened

    assert sign_in_opened(db, "mei", "mei's password").username == "mei"
    db.dispose()
    db, _mei = open_signed_in(encrypted, "mei", "mei's password")  # her password alone now
    with db.read() as session:
        assert session.exec(select(Person)).one().family_name == "Haddad"
    db.dispose()
    keys = read_keys(encrypted)
    assert keys is not None and not keys.moving
    assert unseal_with_recovery(keys, made.recovery_key) == made.file_key


def test_the_key_file_alone_opens_nothing(encrypted: Path, tmp_path: Path) -> None:
    from desktop.db.keyring import SignInRefused, keys_path
    from desktop.services.desk_access import create_desk, unseal

    path = tmp_path / "new.sqlite3"
    made = create_desk(path, "mei", "Mei Chan", "mei's password")
    made.db.dispose()
    raw = keys_path(path).read_bytes()
    from desktop.db.keyring import read_keys, unseal_for_account

    keys = read_keys(path)
    assert keys is not None
    file_key = unseal_for_account(keys, "mei", "mei's password", clock.now())
    assert file_key.hex().encode() not in raw and b"Mei Chan" not in raw
    with pytest.raises(SignInRefused):
        unseal(path, "mei", "not her password")
