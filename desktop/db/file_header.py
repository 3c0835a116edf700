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


def _plain_layout(fields: bytes) -> bool:
    """Bytes 16-23 of a plain SQLite file: page size, format versions, fixed payload fractions.

    SQLCipher encrypts them, so they are noise in an encrypted file; in a plain file whose first
    16 bytes were damaged they still say "SQLite" (odds of noise matching: below 1 in 10^9).
    """
    if len(fields) != 8:
        return False
    size = int.from_bytes(fields[0:2], "big")
    good_size = size == 1 or (512 <= size <= 32768 and size & (size - 1) == 0)
    return good_size and fields[2] in (1, 2) and fields[3] in (1, 2) and fields[5:8] == b"@  "


def is_encrypted(path: Path) -> bool:
    """A non-empty file whose first bytes are not SQLite's plain header, nor a damaged one."""
    if not path.exists():
        return False
    with path.open("rb") as fh:
        start = fh.read(SALT_BYTES + 8)
    header = start[:SALT_BYTES]
    # All zeros is a damaged plain file, not a salt; so is a damaged first line before an
    # intact description of the pages.
    return (
        len(header) == SALT_BYTES
        and header not in (SQLITE_HEADER, bytes(SALT_BYTES))
        and not _plain_layout(start[SALT_BYTES:])
    )
