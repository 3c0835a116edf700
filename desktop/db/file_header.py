"""What the first bytes of a database file say, without the encryption libraries: whether it is
encrypted (SQLCipher with our salt up front) or plain SQLite. The start reads this before its
first dialog (desktop/launch.py); desktop/db/crypto.py builds on it."""

from __future__ import annotations

from pathlib import Path

SALT_BYTES = 16
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 10  # characters; the first-run dialog checks it before anything is derived


def file_header(path: Path) -> bytes:
    if not path.exists():
        return b""
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES)


def is_encrypted(path: Path) -> bool:
    """A non-empty file whose first bytes are not SQLite's plain header."""
    header = file_header(path)
    # All zeros is a damaged plain file, not a salt.
    return len(header) == SALT_BYTES and header not in (SQLITE_HEADER, bytes(SALT_BYTES))
