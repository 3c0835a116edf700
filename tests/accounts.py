"""Desks as the command line meets them: an encrypted file with accounts, each password passed
on a pipe (`--password-fd`), as a script or a password manager would."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import main
from desktop.db import Database
from desktop.models import Role
from desktop.services.accounts import create_user
from desktop.services.actor import Actor
from desktop.services.desk_access import create_desk

PASSWORD = "correct-horse-7"


def encrypted_desk(path: Path, admin: str = "admin") -> tuple[Database, Actor, str]:
    """A new encrypted desk with its first admin: the open database, the admin, the recovery
    key. The caller disposes of the database."""
    made = create_desk(path, admin, "Test admin", PASSWORD)
    return made.db, made.admin, made.recovery_key


def add_account(
    db: Database, admin: Actor, username: str, role: Role, password: str = PASSWORD
) -> None:
    with db.write() as session:
        create_user(
            session=session, actor=admin, username=username,
            display_name=f"Test {username}", role=role, password=password,
        )  # fmt: skip


def frontdesk(
    db_path: Path, argv: Sequence[str], *, user: str = "admin", password: str = PASSWORD
) -> int:
    """`frontdesk --db DB --user USER --password-fd N ARGV...`, the password on a pipe."""
    read, write = os.pipe()
    os.write(write, (password + "\n").encode("utf-8"))
    os.close(write)
    try:
        return main(["--db", str(db_path), "--user", user, "--password-fd", str(read), *argv])
    finally:
        os.close(read)
