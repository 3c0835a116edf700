"""Moving a desk encrypted with a shared passphrase to one sign-in per account, in one step.

The passphrase opened the file; after the move nothing derived from it does. In order:
1. a backup under the old key (`<stem>-<time>-before-accounts.sqlite3`, kept among the
   "before" backups), as before every change to the whole file;
2. the whole file exported (SQLCipher's `sqlcipher_export`) into `.<name>.rekey.part` under a
   new random file key, synced;
3. the key file written with the recovery key's copy and, for this move only, a copy sealed
   under the old key, marked "moving";
4. the new file renamed over the old one (its -wal and -shm removed first: the export holds
   everything), the folder synced;
5. the key file rewritten without the old key's copy and the mark.
A crash anywhere leaves a file that the next start finishes moving with the passphrase: before
4 the old key still opens the file and the move starts again; after 4 the old key unseals the
new one. The accounts get their copies as each person signs in (desktop/services/accounts.py).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.db.backup import (
    backup_name,
    default_backup_dir,
    fsync_dir,
    fsync_file,
    list_backups,
    next_order,
    write_backup_keys,
    write_manifest,
)
from desktop.db.crypto import DatabaseKey, WrongPassphrase, connect_keyed
from desktop.db.file_header import SALT_BYTES
from desktop.db.keyring import (
    PASSPHRASE,
    RECOVERY,
    KeyFile,
    NewDesk,
    SignInRefused,
    new_desk_keys,
    new_recovery_key,
    read_keys,
    seal,
    unseal_with_recovery,
    write_keys,
)
from desktop.db.writers import file_alone

log = logging.getLogger(__name__)


def move_to_accounts(path: Path, old_key: DatabaseKey, folder: Path | None = None) -> NewDesk:
    """Re-key a passphrase desk under a new random file key (see the module's steps).

    Raises WrongPassphrase when `old_key` opens neither the file nor a half-done move, and
    AlreadyOpen when another program has the file open (the move holds it alone).
    """
    with file_alone(path):
        return _move(path, old_key, folder)


def _move(path: Path, old_key: DatabaseKey, folder: Path | None) -> NewDesk:
    keys = read_keys(path)
    if keys is not None and keys.moving:
        try:
            connect_keyed(path, old_key).close()
        except WrongPassphrase:
            return _finish(path, keys, old_key)  # step 4 was done: the old key opens the new
    conn = connect_keyed(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        _backup_before(path, conn, old_key, folder or default_backup_dir())
        made = new_desk_keys()
        import secrets

        new_key = DatabaseKey(made.file_key, secrets.token_bytes(SALT_BYTES))
        part = path.with_name(f".{path.name}.rekey.part")
        part.unlink(missing_ok=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS moved KEY {new_key.pragma_value()}", (str(part),))
        conn.execute("SELECT sqlcipher_export('moved')").fetchall()
        conn.execute(f"PRAGMA moved.user_version = {int(version)}")
        conn.execute("DETACH DATABASE moved")
    finally:
        conn.close()
    fsync_file(part)
    old_copy = seal(made.file_key, old_key.key.hex(), kind=PASSPHRASE, name=PASSPHRASE)
    write_keys(path, replace(made.keys, wraps=(*made.keys.wraps, old_copy), moving=True))
    for end in ("-wal", "-shm"):
        path.with_name(path.name + end).unlink(missing_ok=True)
    part.replace(path)
    fsync_dir(path.parent)
    write_keys(path, made.keys)
    log.warning("%s moved from the passphrase to one sign-in per account", path)
    return made


def _finish(path: Path, keys: KeyFile, old_key: DatabaseKey) -> NewDesk:
    try:
        file_key = unseal_with_recovery(keys, old_key.key.hex(), kind=PASSPHRASE)
    except SignInRefused as exc:
        raise WrongPassphrase(path) from exc
    recovery = new_recovery_key()  # the first one was never shown: make the one shown now
    wraps = tuple(w for w in keys.wraps if w.kind not in (PASSPHRASE, RECOVERY))
    fresh = seal(file_key, recovery, kind=RECOVERY, name=RECOVERY)
    done = replace(keys, wraps=(fresh, *wraps), moving=False)
    write_keys(path, done)
    return NewDesk(file_key, recovery, done)


def _backup_before(path: Path, conn: object, old_key: DatabaseKey, folder: Path) -> Path:
    at = datetime.now(UTC)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / backup_name(path, "before-accounts", at)
    part = folder / f".{final.name}.part"
    part.unlink(missing_ok=True)
    target = connect_keyed(part, old_key)
    try:
        conn.backup(target, pages=-1)  # type: ignore[attr-defined]
        target.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        target.close()
    fsync_file(part)
    write_backup_keys(path, final, (0, ""), at)  # opens with the old passphrase, as it did then
    order = next_order(list_backups(folder, stem=path.stem))
    write_manifest(final, {"order": order, "taken_at": at.isoformat(), "reason": "before-accounts"})
    part.replace(final)
    fsync_dir(folder)
    return final
