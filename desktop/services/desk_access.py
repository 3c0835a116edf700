"""Opening the desk by signing in: the account's password unseals the file key, the file opens,
and the sign-in is checked and audited inside it. Also the set-up of a new desk and the way in
with the recovery key. The window (desktop/launch.py) and the `frontdesk` command use these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.db.crypto import is_encrypted
from desktop.db.engine import Database
from desktop.db.keyring import (
    KeysMissing,
    SignInRefused,
    new_desk_keys,
    note_failure,
    read_keys,
    take_failures,
    unseal_for_account,
    unseal_with_recovery,
    write_keys,
)
from desktop.models import Role
from desktop.services import audit
from desktop.services.accounts import (
    attempt_login,
    create_first_admin,
    create_user,
    list_users,
    record_start_failures,
    update_user,
)
from desktop.services.actor import Actor
from desktop.services.errors import LoginFailed, ValidationError
from desktop.services.setup import prepare_database


class DeskExists(ValidationError):
    def __init__(self, path: Path) -> None:
        super().__init__({"path": "There is a database there already."})
        self.path = path


def has_keys(path: Path) -> bool:
    """The file opens by signing in (an encrypted file with its key file)."""
    return is_encrypted(path) and read_keys(path) is not None


def unseal(path: Path, username: str, password: str) -> bytes:
    """The file key for this account. Raises SignInRefused (noted for the trail), KeysMissing
    (an encrypted file without its key file), KeysDamaged."""
    keys = read_keys(path)
    if keys is None:
        raise KeysMissing(path)
    try:
        return unseal_for_account(keys, username, password, datetime.now(UTC))
    except SignInRefused:
        note_failure(path, username)
        raise


def sign_in_opened(db: Database, username: str, password: str) -> Actor:
    """The sign-in checked inside the opened file (lockout, switched off) and audited, after
    the failed sign-ins noted at start. Raises LoginFailed."""
    failures = take_failures(db.path)
    with db.write() as session:
        prepare_database(session)
        if failures:
            record_start_failures(session, failures)
    with db.write() as session:
        attempt = attempt_login(session=session, username=username, password=password)
    return attempt.actor_or_raise()


def open_signed_in(
    path: Path, username: str, password: str, *, migrate: bool = True
) -> tuple[Database, Actor]:
    """Unseal, open and sign in. Raises SignInRefused or LoginFailed (the same words),
    KeysMissing, KeysDamaged, and what Database.open raises."""
    file_key = unseal(path, username, password)
    db = Database.open(path, file_key=file_key, migrate=migrate)
    try:
        return db, sign_in_opened(db, username, password)
    except BaseException:
        db.dispose()
        raise


@dataclass(frozen=True)
class NewDeskMade:
    db: Database
    admin: Actor
    recovery_key: str  # shown once, to print and keep in the office safe


def make_new_keys(path: Path) -> tuple[bytes, str]:
    """A new desk's file key and recovery key, its key file written beside `path` (the file
    itself is made when it is opened with the key). Raises DeskExists."""
    if path.exists() and path.stat().st_size > 0:
        raise DeskExists(path)
    made = new_desk_keys()
    path.parent.mkdir(parents=True, exist_ok=True)
    write_keys(path, made.keys)
    return made.file_key, made.recovery_key


def create_desk(path: Path, username: str, display_name: str, password: str) -> NewDeskMade:
    """A new encrypted desk with its first admin. Raises DeskExists, ValidationError."""
    file_key, recovery = make_new_keys(path)
    db = Database.open(path, file_key=file_key)
    try:
        with db.write() as session:
            prepare_database(session)
        with db.write() as session:
            admin = create_first_admin(
                session=session, username=username, display_name=display_name, password=password
            )
    except BaseException:
        db.dispose()
        raise
    return NewDeskMade(db, admin, recovery)


def open_with_recovery(
    path: Path, recovery_key: str, username: str, display_name: str, password: str
) -> tuple[Database, Actor]:
    """The recovery key from the safe opens the file; `username` becomes (or stays) an admin
    with the new password. Audited as "recovery.used". Raises SignInRefused, ValidationError."""
    keys = read_keys(path)
    if keys is None:
        raise KeysMissing(path)
    try:
        file_key = unseal_with_recovery(keys, recovery_key)
    except SignInRefused:
        note_failure(path, "(recovery key)")
        raise
    db = Database.open(path, file_key=file_key)
    try:
        with db.write() as session:
            system = prepare_database(session)
            name = username.strip().lower()
            found = next(
                (u for u in list_users(session=session, actor=system) if u.username == name), None
            )
            if found is None:
                user = create_user(
                    session=session, actor=system, username=name,
                    display_name=display_name or name, role=Role.ADMIN, password=password,
                )  # fmt: skip
            else:
                user = update_user(
                    session=session, actor=system, user_id=found.id, role=Role.ADMIN,
                    active=True, password=password, unlock=True,
                )  # fmt: skip
            audit.record(
                session, system, "recovery.used", entity="user", entity_id=user.id,
                detail={"username": user.username},
            )  # fmt: skip
        return db, sign_in_opened(db, name, password)
    except BaseException:
        db.dispose()
        raise


__all__ = [
    "DeskExists",
    "LoginFailed",
    "NewDeskMade",
    "create_desk",
    "has_keys",
    "make_new_keys",
    "open_signed_in",
    "open_with_recovery",
    "sign_in_opened",
    "unseal",
]
