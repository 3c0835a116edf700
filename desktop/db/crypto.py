"""Encryption at rest: SQLCipher 4 pages keyed by argon2id(passphrase, salt in the file).

Why this design: SQLCipher encrypts every page (AES-256-CBC, HMAC-SHA512 per page), so a stolen
file, its WAL and its backups are noise without the key. The key is derived once per process with
argon2id (memory-hard, so guessing passphrases on a GPU is slow) instead of SQLCipher's own
PBKDF2, and handed to SQLCipher as a raw key together with its salt. SQLCipher then stores that
salt in the file's first 16 bytes, so nothing besides the passphrase is needed to open the file
and nothing can get separated from it (no key file to lose). Connections open instantly because
the slow derivation is not repeated for every pooled connection.
"""

from __future__ import annotations

import errno
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.db.errors import DatabaseCorrupt, DatabaseProblem, disk_nearly_full
from desktop.db.file_header import (
    MIN_PASSPHRASE,
    SALT_BYTES,
    SQLITE_HEADER,
    file_header,
    is_encrypted,
)

__all__ = ["MIN_PASSPHRASE", "SALT_BYTES", "SQLITE_HEADER", "file_header", "is_encrypted"]

KEY_BYTES = 32
# argon2id, 64 MiB, 3 passes: about a third of a second once at start on the desk PC.
KDF_MEMORY_KIB = 65536
KDF_TIME_COST = 3
KDF_PARALLELISM = 1


class WrongPassphrase(DatabaseProblem):
    """The passphrase does not open this file (or the file's key header is damaged)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path}: the passphrase does not open this database (or the file is damaged); "
            "nothing was changed"
        )


class NotEncrypted(DatabaseProblem):
    """A passphrase was given for a file that is a plain, unencrypted SQLite database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} is not encrypted; it opens without a passphrase")


class PassphraseNeeded(DatabaseProblem):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} is encrypted: give its passphrase (FRONTDESK_PASSPHRASE or the prompt)"
        )


class PlainRefused(DatabaseProblem):
    """A plain (unencrypted) file would be opened or created without being asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        made = "is not encrypted" if path.exists() else "does not exist"
        super().__init__(
            f"{path} {made}: Front Desk opens or makes an unencrypted file only when asked "
            "with --unencrypted (for demos and tests)"
        )


@dataclass(frozen=True)
class DatabaseKey:
    """The raw page key and the salt it was derived with. Never written anywhere but RAM."""

    key: bytes = field(repr=False)
    salt: bytes

    def pragma_value(self) -> str:
        # x'<key><salt>': SQLCipher's raw key with an explicit salt, so no PBKDF2 runs.
        return f"\"x'{(self.key + self.salt).hex()}'\""


def derive_key(passphrase: str, salt: bytes) -> DatabaseKey:
    from argon2.low_level import Type, hash_secret_raw  # on first use: the sign-in shows sooner

    raw = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=KDF_TIME_COST,
        memory_cost=KDF_MEMORY_KIB,
        parallelism=KDF_PARALLELISM,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return DatabaseKey(raw, salt)


def key_for_file(path: Path, passphrase: str) -> DatabaseKey:
    """The key for an existing encrypted file (salt read from it), or a new salt for a new file.

    Raises NotEncrypted when `path` is a plain SQLite file.
    """
    header = file_header(path)
    if header == SQLITE_HEADER:
        raise NotEncrypted(path)
    salt = header if len(header) == SALT_BYTES else secrets.token_bytes(SALT_BYTES)
    return derive_key(passphrase, salt)


def connect_keyed(path: Path, key: DatabaseKey, *, timeout: float = 5.0) -> Any:
    """A SQLCipher DB-API connection on `path`, keyed and checked.

    Raises WrongPassphrase when the key does not open the file, DatabaseCorrupt when it is
    damaged, OSError(ENOSPC) on a full disk, and SQLCipher's own error for the rest (read-only,
    I/O): only the first is about the passphrase.
    """
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(path), timeout=timeout, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        conn.close()
        raise keying_problem(path, exc) from exc
    return conn


SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 11, 13, 26


def keying_problem(path: Path, exc: Exception) -> Exception:
    """What a failure while keying `path` means: a wrong key only when SQLite says "not a
    database"; not when the disk is full or the file cannot be read."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code == SQLITE_NOTADB or "not a database" in text:
        return WrongPassphrase(path)
    if code == SQLITE_CORRUPT or "malformed" in text:
        return DatabaseCorrupt(path, [str(exc)])
    if code == SQLITE_FULL or "full" in text or disk_nearly_full(path):
        return OSError(errno.ENOSPC, "No space left on device", str(path))
    return exc
