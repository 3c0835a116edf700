"""How the `frontdesk` command signs in: an account's user name and password open the file and
fix the role, as the window's sign-in does. The password is typed (asked on the terminal) or
read from a file descriptor (`--password-fd 3`), never taken from an environment variable.
A plain file is opened or made only with `--unencrypted` (demos and tests).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.db.backup import keys_path
from desktop.db.crypto import DatabaseKey, PlainRefused, connect_keyed, is_encrypted
from desktop.db.engine import FileConnector, connect_plain_file
from desktop.db.errors import DatabaseProblem
from desktop.db.file_header import file_header
from desktop.db.keyring import KeysDamaged, PassphraseDesk, read_keys
from desktop.services.actor import Actor


class NoAccount(DatabaseProblem):
    """The command needs an account and none was given."""

    def __init__(self, why: str) -> None:
        super().__init__(why)


def add_access_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="your account's user name (asked if not given)")
    parser.add_argument(
        "--password-fd",
        type=int,
        metavar="FD",
        help="read the password from this open file descriptor (one line) instead of asking",
    )
    parser.add_argument(
        "--unencrypted",
        action="store_true",
        help="allow a plain, unencrypted database file (demos and tests only)",
    )


def _read_fd(fd: int) -> str:
    try:
        with os.fdopen(fd, "r", encoding="utf-8", closefd=False) as stream:
            return stream.readline().rstrip("\r\n")
    except OSError as exc:
        raise NoAccount(
            f"cannot read the password from file descriptor {fd}: {exc.strerror}"
        ) from exc


def credentials(args: argparse.Namespace, *, what: str = "Password") -> tuple[str, str]:
    """The user name and password: from --user and --password-fd, or asked on the terminal.

    Raises NoAccount when neither is possible (no terminal).
    """
    username = (args.user or "").strip()
    if not username:
        if not sys.stdin.isatty():
            raise NoAccount(
                "sign in: give --user NAME (the password is asked, or read with --password-fd)"
            )
        username = input("User name: ").strip()
    if args.password_fd is not None:
        return username, _read_fd(args.password_fd)
    if not sys.stdin.isatty():
        raise NoAccount("sign in: type the password on a terminal, or pass it with --password-fd")
    return username, getpass.getpass(f"{what} for {username}: ")


def refuse_plain(path: Path, args: argparse.Namespace) -> None:
    """Raises PlainRefused unless the file is encrypted or --unencrypted was given."""
    if not args.unencrypted and not is_encrypted(path):
        raise PlainRefused(path)


def sign_in(
    args: argparse.Namespace,
    path: Path,
    *,
    migrate: bool = True,
    typed: tuple[str, str] | None = None,
) -> tuple[Database, Actor]:
    """Open the desk file as the account given (or asked; `typed` when already asked). Raises
    NoAccount, PlainRefused, SignInRefused/LoginFailed (one answer for wrong, unknown and
    locked accounts), and what opening a file raises."""
    from desktop.services.accounts import needs_first_admin
    from desktop.services.desk_access import open_signed_in, sign_in_opened
    from desktop.services.setup import prepare_database

    if needs_account(path):
        if read_keys(path) is None:
            raise PassphraseDesk(path)
        username, password = typed or credentials(args)
        return open_signed_in(path, username, password, migrate=migrate)
    refuse_plain(path, args)
    db = Database.open(path, unencrypted=True, migrate=migrate)
    try:
        with db.write() as session:
            system = prepare_database(session)
            nobody = needs_first_admin(session)
        if nobody:  # a plain demo file: no account to check, and none is made by typing a name
            return db, system
        username, password = typed or credentials(args)
        return db, sign_in_opened(db, username, password)
    except BaseException:
        db.dispose()
        raise


def needs_account(path: Path) -> bool:
    """An encrypted file, or one with a key file holding sealed keys (its header may be
    damaged). A plain backup's key file holds only the audit chain's head."""
    if is_encrypted(path):
        return True
    if not keys_path(path).exists():
        return False
    try:
        keys = read_keys(path)
    except KeysDamaged:
        return True  # said when it is read to unseal
    return keys is not None and bool(keys.wraps)


def unseal_file(
    args: argparse.Namespace, target: Path, typed: tuple[str, str] | None
) -> bytes | None:
    """The file key of `target` (a desk file or a backup) from its own key file and the
    account's password; None for a plain file (only with --unencrypted)."""
    from desktop.services.desk_access import unseal

    if not needs_account(target):
        refuse_plain(target, args)
        return None
    if read_keys(target) is None:
        raise PassphraseDesk(target)
    username, password = typed or credentials(args)
    return unseal(target, username, password)


def connector(file_key: bytes | None) -> FileConnector:
    """Opens a desk file and its backups (each keyed with its own salt) with the file key."""
    if file_key is None:
        return connect_plain_file
    key = file_key

    def connect(target: Path) -> Any:
        return connect_keyed(target, DatabaseKey(key, file_header(target)))

    return connect


def open_file(target: Path, file_key: bytes | None) -> Database:
    """`target` (a backup, say) opened as it is: no migration, nothing signed in."""
    if file_key is None:
        return Database.open(target, migrate=False, unencrypted=True)
    return Database.open(target, migrate=False, file_key=file_key)
