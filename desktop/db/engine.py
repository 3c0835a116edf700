"""The SQLite engine, its pragmas, and the two kinds of session scope the app uses."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, orm
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from desktop.db.checkpoint import SAFETY_NET_PAGES, Checkpointer
from desktop.db.crypto import (
    DatabaseKey,
    PassphraseNeeded,
    PlainRefused,
    connect_keyed,
    is_encrypted,
    key_for_file,
)
from desktop.db.writers import WritersLock, alone

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
AUDIT_KEY = "audit_key"  # session.info entries (see Database._session_info)
KEY_CHANGES = "key_changes"


def _apply_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook decide how a transaction starts (see _begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit the desk reported is on disk, even after a power cut.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    # Sorting, DISTINCT and the report's temporary tables in memory, not in temporary files.
    cur.execute("PRAGMA temp_store=MEMORY")
    # Checkpoints run on the Database's background thread, not inside the desk's commits; this
    # only bounds the WAL should that thread stall (desktop/db/checkpoint.py).
    cur.execute(f"PRAGMA wal_autocheckpoint={SAFETY_NET_PAGES}")
    # Deleted and overwritten content is zeroed on the page, so an erased person's old values
    # do not linger in free space (Debian's SQLite does this by default; SQLCipher does not).
    cur.execute("PRAGMA secure_delete=ON")
    cur.close()


def _begin(conn: Any) -> None:
    # Writers take the write lock up front, so two writers queue on busy_timeout instead of
    # failing half-way with "database is locked"; readers never block in WAL mode.
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(path: Path, *, creator: Any = None) -> Engine:
    """An engine on the SQLite file at `path` with the app's pragmas on every connection.

    `creator` lets the encryption layer hand in keyed SQLCipher connections.
    """
    kwargs: dict[str, Any] = {
        "connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        "poolclass": QueuePool,
        "pool_size": 4,
        "max_overflow": 4,
        # A failed statement's parameters are typed names and phone numbers: never in the log.
        "hide_parameters": True,
    }
    if creator is not None:
        from sqlcipher3 import dbapi2

        # module=: SQLAlchemy then recognises SQLCipher's own exception classes.
        kwargs = {
            "creator": creator,
            "module": dbapi2,
            "poolclass": QueuePool,
            "pool_size": 4,
            "max_overflow": 4,
            "hide_parameters": True,
        }
    from desktop.db import outbox  # it imports this module: hooked in here, not at the top

    outbox.install()
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


FileConnector = Callable[[Path], Any]


def connect_plain_file(path: Path) -> sqlite3.Connection:
    """A bare DB-API connection to any SQLite file (backups, verification, the health check)."""
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


class Database:
    """One database file: its engine and short transactions over it.

    `connect_file` opens a raw DB-API connection of the same kind (and key) as the engine's, on
    any path: backups and verification use it so an encrypted file's backups stay encrypted.
    Every commit through the engine wakes the background WAL checkpointer, which uses it too.
    """

    def __init__(
        self, path: Path, engine: Engine, *, connect_file: FileConnector | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(write=True)
        self.connect_file: FileConnector = connect_file or connect_plain_file
        self.key: DatabaseKey | None = None  # set when the file is encrypted
        # Set when the file was opened by signing in (desktop/db/keyring.py): the file key seals
        # accounts' copies in the sidecar, and keys the audit chain's HMAC.
        self.file_key: bytes | None = None
        self.audit_key: bytes | None = None
        self.writers: WritersLock | None = None  # held shared while open (desktop/db/writers.py)
        self.checkpointer = Checkpointer(lambda: self.connect_file(self.path))
        event.listen(engine, "commit", self._committed)

    def _committed(self, _conn: Any) -> None:
        self.checkpointer.note_commit()

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        migrate: bool = True,
        passphrase: str | None = None,
        key: DatabaseKey | None = None,
        file_key: bytes | None = None,
        unencrypted: bool = False,
    ) -> Database:
        """Open (creating if needed) the file at `path`, migrated to the newest schema.

        With a file key (unsealed by a sign-in, desktop/db/keyring.py), a passphrase (a desk
        from before accounts held the key) or a key already derived, the file is
        SQLCipher-encrypted: a new file is created encrypted. A plain file is opened or created
        only when asked in so many words (`unencrypted=True`: demos and tests).
        Raises WrongPassphrase when the key does not open the file, NotEncrypted when the file
        is plain, PassphraseNeeded when an encrypted file is opened without a key, PlainRefused
        when a plain file would be opened or made without `unencrypted`.
        """
        if file_key is not None:
            from desktop.db.keyring import database_key

            key = database_key(path, file_key)
        if passphrase is not None and key is None:
            key = key_for_file(path, passphrase)
        if key is None:
            if is_encrypted(path):
                raise PassphraseNeeded(path)
            if not unencrypted:
                raise PlainRefused(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writers = WritersLock(path).share()  # a restore waits until this program lets go
        try:
            db = cls._open_engine(path, key)
        except BaseException:
            writers.release()
            raise
        db.writers = writers
        if file_key is not None:
            from desktop.db.keyring import audit_key

            db.file_key, db.audit_key = file_key, audit_key(file_key)
        if migrate:
            from desktop.db.migrate import upgrade_to_head

            try:
                upgrade_to_head(db)
            except BaseException:
                db.dispose()  # no pooled connection nor checkpointer left on the file
                raise
        return db

    @classmethod
    def _open_engine(cls, path: Path, key: DatabaseKey | None) -> Database:
        if key is None:
            return cls(path, make_engine(path))
        keyed = key
        connect_keyed(path, keyed).close()  # fail here, clearly, before any pool or migration

        def connect(target: Path) -> Any:
            return connect_keyed(target, keyed, timeout=BUSY_TIMEOUT_MS / 1000)

        engine = make_engine(path, creator=lambda: connect(path))
        db = cls(path, engine, connect_file=connect)
        db.key = keyed
        return db

    @contextmanager
    def alone(self) -> Iterator[None]:
        """This program alone on the file for the block (a migration). Raises AlreadyOpen."""
        if self.writers is None:
            yield
            return
        with alone(self.writers):
            yield

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Rows read stay usable after the block (closing detaches them without expiring them).
        """
        with Session(self.engine, expire_on_commit=False, info=self._session_info()) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One short write transaction: committed on success, rolled back on any error."""
        info = self._session_info()
        with Session(self._write_engine, expire_on_commit=False, info=info) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        if info[KEY_CHANGES] and self.file_key is not None:
            from desktop.db.keyring import apply_changes

            apply_changes(self.path, self.file_key, info[KEY_CHANGES])

    def _session_info(self) -> dict[str, Any]:
        # What the services read from session.info: the audit chain's key (None: a plain file,
        # or one opened with a passphrase), and where account changes note the sidecar's work.
        return {AUDIT_KEY: self.audit_key, KEY_CHANGES: []}

    def dispose(self) -> None:
        """Stop the checkpointer and close every connection (the last one checkpoints)."""
        self.checkpointer.stop()
        self.engine.dispose()
        if self.writers is not None:
            self.writers.release()


@contextmanager
def plain_cursor(session: orm.Session) -> Iterator[Any]:
    """The DB-API cursor of the session's own connection (same transaction): rows as plain
    tuples, without SQLAlchemy's per-row work, for lists of thousands of rows."""
    with closing(session.connection().connection.cursor()) as cursor:
        yield cursor
