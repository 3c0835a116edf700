"""The file key, kept wrapped once per account and once under the recovery key, beside the file.

Why: no secret is shared among volunteers. The database's page key is 32 random bytes that no
person ever types. A copy of it is sealed (AES-256-GCM from `cryptography`) under a key made by
argon2id from each account's password, and one under the recovery key printed at set-up. So an
account's own password opens the file, and adding, switching off or re-passwording an account
seals or drops its copy. The sealed copies must be readable before the file is open: they live
in a small JSON sidecar, `<database>.keys`, written atomically (a `.part` file, synced, renamed,
the folder synced), so a crash leaves the old sidecar or the new one, never half of one. Each
backup carries its own copy of the sidecar, with the audit chain's head (the anchor) at the time
of the backup (desktop/db/backup.py).

What a sidecar holds is useless without a password or the recovery key: the sealed keys, user
names and ids (to find an account's copy), the last failed sign-ins at start (moved into the
audit trail at the next opening) and the audit anchor.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.db.backup import keys_path
from desktop.db.crypto import KDF_MEMORY_KIB, KDF_PARALLELISM, KDF_TIME_COST, DatabaseKey
from desktop.db.errors import DatabaseProblem
from desktop.db.file_header import SALT_BYTES, file_header

log = logging.getLogger(__name__)

KEYS_SUFFIX = ".keys"
FORMAT = 1
FILE_KEY_BYTES = 32
NONCE_BYTES = 12
RECOVERY = "recovery"
ACCOUNT = "account"
PASSPHRASE = "passphrase"  # only while a passphrase desk moves to accounts (desktop/db/rekey.py)
RECOVERY_BYTES = 20  # 160 bits, 32 letters and digits on paper
FAILURES_KEPT = 200
MAX_FAILURES = 5  # the same rule as services/accounts.py, enforced before the file is open
LOCKOUT = timedelta(minutes=15)


class KeysDamaged(DatabaseProblem):
    """The sidecar exists but cannot be read."""

    def __init__(self, path: Path, why: str) -> None:
        self.path = path
        super().__init__(f"{path}: the key file cannot be read ({why}); nothing was changed")


class KeysMissing(DatabaseProblem):
    """An encrypted file without its key file: it cannot be opened by signing in."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} has no key file ({path.name}{KEYS_SUFFIX}) beside it: it cannot be opened "
            "by signing in. Restore a backup (it carries its key file) or use the recovery key"
        )


class PassphraseDesk(DatabaseProblem):
    """An encrypted file from before accounts held the key: it still opens with a passphrase."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"{path} still opens with the old database passphrase: start Front Desk's window "
            "once (python -m desktop) to move it to one sign-in per account"
        )


class SignInRefused(DatabaseProblem):
    """Wrong password, unknown, locked or switched-off account: one answer for all of them."""

    def __init__(self) -> None:
        super().__init__("wrong username or password")  # the words of services LoginFailed


@dataclass(frozen=True)
class Anchor:
    """The audit chain's head outside the file: how many events, the last one's hash, when."""

    count: int
    hash: str
    at: datetime
    where: str = ""  # which backup (or server) said so; not stored

    def as_json(self) -> dict[str, Any]:
        return {"count": self.count, "hash": self.hash, "at": self.at.isoformat()}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str = "") -> Anchor:
        return cls(int(data["count"]), str(data["hash"]), datetime.fromisoformat(data["at"]), where)


@dataclass(frozen=True)
class Wrap:
    """One sealed copy of the file key."""

    kind: str  # ACCOUNT or RECOVERY
    name: str  # the user name (lower case) or "recovery"
    user_id: str  # the account's id (hex), "" for the recovery key
    salt: bytes
    nonce: bytes
    sealed: bytes
    locked_until: datetime | None = None

    def aad(self) -> bytes:
        return f"frontdesk-key|{self.kind}|{self.name}|{self.user_id}".encode()

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "user_id": self.user_id,
            "kdf": {
                "type": "argon2id",
                "m": KDF_MEMORY_KIB,
                "t": KDF_TIME_COST,
                "p": KDF_PARALLELISM,
                "salt": _b64(self.salt),
            },
            "nonce": _b64(self.nonce),
            "sealed": _b64(self.sealed),
        }
        if self.locked_until is not None:
            data["locked_until"] = self.locked_until.isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Wrap:
        locked = data.get("locked_until")
        return cls(
            kind=str(data["kind"]),
            name=str(data["name"]),
            user_id=str(data.get("user_id", "")),
            salt=_unb64(data["kdf"]["salt"]),
            nonce=_unb64(data["nonce"]),
            sealed=_unb64(data["sealed"]),
            locked_until=datetime.fromisoformat(locked) if locked else None,
        )


@dataclass(frozen=True)
class KeyFile:
    wraps: tuple[Wrap, ...] = ()
    anchor: Anchor | None = None
    failures: tuple[tuple[str, datetime], ...] = ()  # (user name typed, when) at start
    moving: bool = False  # a passphrase desk half-way to accounts (desktop/db/rekey.py)

    def accounts(self) -> set[str]:
        return {w.name for w in self.wraps if w.kind == ACCOUNT}

    def without(self, user_id: str) -> KeyFile:
        return replace(self, wraps=tuple(w for w in self.wraps if w.user_id != user_id))

    def with_wrap(self, wrap: Wrap) -> KeyFile:
        kept = tuple(
            w for w in self.wraps if not (w.kind == wrap.kind and w.user_id == wrap.user_id)
        )
        return replace(self, wraps=(*kept, wrap))

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT, "wraps": [w.as_json() for w in self.wraps]}
        if self.anchor is not None:
            data["anchor"] = self.anchor.as_json()
        if self.moving:
            data["moving_from_passphrase"] = True
        if self.failures:
            data["failed_sign_ins"] = [{"name": n, "at": at.isoformat()} for n, at in self.failures]
        return data


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def read_keys(db_path: Path) -> KeyFile | None:
    """The sidecar of `db_path` (a database or a backup), None when there is none.

    Raises KeysDamaged when it exists but cannot be read.
    """
    path = keys_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeysDamaged(path, exc.strerror or str(exc)) from exc
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT:
            raise KeysDamaged(path, f"format {data.get('format')!r} is not known")
        anchor = data.get("anchor")
        return KeyFile(
            wraps=tuple(Wrap.from_json(w) for w in data.get("wraps", [])),
            anchor=Anchor.from_json(anchor, path.name) if anchor else None,
            failures=tuple(
                (str(f["name"]), datetime.fromisoformat(f["at"]))
                for f in data.get("failed_sign_ins", [])
            ),
            moving=bool(data.get("moving_from_passphrase", False)),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeysDamaged(path, type(exc).__name__) from exc


def write_keys(db_path: Path, keys: KeyFile) -> None:
    """Replace the sidecar atomically: a crash leaves the old one or the new one whole."""
    from desktop.db.backup import fsync_dir

    path = keys_path(db_path)
    part = path.with_name(f".{path.name}.part")
    data = json.dumps(keys.as_json(), indent=1).encode("utf-8")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    part.replace(path)
    fsync_dir(path.parent)


def _kek(secret: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=KDF_TIME_COST,
        memory_cost=KDF_MEMORY_KIB,
        parallelism=KDF_PARALLELISM,
        hash_len=32,
        type=Type.ID,
    )


def seal(file_key: bytes, secret: str, *, kind: str, name: str, user_id: str = "") -> Wrap:
    """A new sealed copy of `file_key` under `secret` (a password or the recovery key)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(NONCE_BYTES)
    draft = Wrap(kind, name.strip().lower(), user_id, salt, nonce, b"")
    sealed = AESGCM(_kek(secret, salt)).encrypt(nonce, file_key, draft.aad())
    return replace(draft, sealed=sealed)


def _open(wrap: Wrap, secret: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_kek(secret, wrap.salt)).decrypt(wrap.nonce, wrap.sealed, wrap.aad())
    except InvalidTag:
        return None


def _dummy(secret: str) -> None:
    """The same argon2 work as a real try, so an unknown or locked name takes the same time."""
    _kek(secret, bytes(16))


def unseal_for_account(keys: KeyFile, username: str, password: str, now: datetime) -> bytes:
    """The file key for this account's password. Raises SignInRefused (one answer for wrong,
    unknown, switched-off and locked accounts, in the same time: argon2 runs once either way)."""
    name = username.strip().lower()
    found = next((w for w in keys.wraps if w.kind == ACCOUNT and w.name == name), None)
    recent = sum(1 for who, at in keys.failures if who == name and now - at < LOCKOUT)
    locked = found is not None and (
        (found.locked_until is not None and found.locked_until > now) or recent >= MAX_FAILURES
    )
    if found is None or locked:
        _dummy(password)
        raise SignInRefused
    key = _open(found, password)
    if key is None:
        raise SignInRefused
    return key


def unseal_with_recovery(keys: KeyFile, recovery_key: str, *, kind: str = RECOVERY) -> bytes:
    """The file key from the recovery key on paper. Raises SignInRefused."""
    wrap = next((w for w in keys.wraps if w.kind == kind), None)
    typed = normalise_recovery(recovery_key) if kind == RECOVERY else recovery_key
    if wrap is None:
        _dummy(typed)
        raise SignInRefused
    key = _open(wrap, typed)
    if key is None:
        raise SignInRefused
    return key


def new_file_key() -> bytes:
    return secrets.token_bytes(FILE_KEY_BYTES)


def new_recovery_key() -> str:
    """32 letters and digits in groups of four, to print and keep in the office safe."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery(text: str) -> str:
    """What was typed from paper: case, spaces and dashes do not matter; O and 0, I and 1 read
    as the letters base32 uses."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def database_key(db_path: Path, file_key: bytes) -> DatabaseKey:
    """The SQLCipher key for the file: the file key with the salt in its first bytes (a new
    salt for a file not made yet)."""
    header = file_header(db_path)
    salt = header if len(header) == SALT_BYTES else secrets.token_bytes(SALT_BYTES)
    return DatabaseKey(file_key, salt)


def audit_key(file_key: bytes) -> bytes:
    """The key of the audit chain's HMAC: re-chaining the trail needs the file key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=b"frontdesk audit chain").derive(file_key)


@dataclass
class NewDesk:
    """What set-up makes: the file key, the sidecar, and the recovery key to print once."""

    file_key: bytes
    recovery_key: str
    keys: KeyFile = field(default_factory=KeyFile)


def new_desk_keys() -> NewDesk:
    """A random file key sealed under a new recovery key; the first admin's copy is sealed when
    the account is created (desktop/services/accounts.py, through Database.write)."""
    file_key, recovery = new_file_key(), new_recovery_key()
    keys = KeyFile(wraps=(seal(file_key, recovery, kind=RECOVERY, name=RECOVERY),))
    return NewDesk(file_key, recovery, keys)


def note_failure(db_path: Path, username: str, now: datetime | None = None) -> None:
    """Remember a failed sign-in at start (the file is closed): the trail gets it at the next
    opening, and five in 15 minutes lock the name at start as they do in the file."""
    keys = read_keys(db_path)
    if keys is None:
        return
    at = now or datetime.now(UTC)
    failures = (*keys.failures, (username.strip().lower()[:60], at))[-FAILURES_KEPT:]
    try:
        write_keys(db_path, replace(keys, failures=failures))
    except OSError as exc:  # a read-only folder: the answer stays the same, the note is lost
        log.warning("a failed sign-in could not be noted beside %s: %s", db_path, exc)


def take_failures(db_path: Path) -> tuple[tuple[str, datetime], ...]:
    """The failed sign-ins noted at start, removed from the sidecar (the caller audits them)."""
    keys = read_keys(db_path)
    if keys is None or not keys.failures:
        return ()
    write_keys(db_path, replace(keys, failures=()))
    return keys.failures


@dataclass(frozen=True)
class KeyChange:
    """What an account change does to the sidecar, applied once its transaction committed:
    "seal" (a new password), "ensure" (seal only if the account has no copy yet), "drop"
    (switched off), "lock" (until a time, or None to lift it)."""

    what: str
    user_id: str
    name: str = ""
    password: str = field(default="", repr=False)
    until: datetime | None = None


def apply_changes(db_path: Path, file_key: bytes, changes: list[KeyChange]) -> None:
    """Seal, drop or lock accounts' copies in the sidecar (one atomic rewrite)."""
    keys = read_keys(db_path)
    if keys is None or not changes:
        return
    for change in changes:
        if change.what == "drop":
            keys = keys.without(change.user_id)
        elif change.what == "lock":
            keys = replace(
                keys,
                wraps=tuple(
                    replace(w, locked_until=change.until) if w.user_id == change.user_id else w
                    for w in keys.wraps
                ),
            )
        elif change.what == "seal" or (
            change.what == "ensure" and not any(w.user_id == change.user_id for w in keys.wraps)
        ):
            keys = keys.with_wrap(
                seal(file_key, change.password, kind=ACCOUNT, name=change.name,
                     user_id=change.user_id)
            )  # fmt: skip
    write_keys(db_path, keys)
