"""What this desk remembers about syncing: server settings, pull cursor, last result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.models import SyncConflict, SyncOutbox, SyncState, SyncSuspect

SERVER = "server"  # libpq connection string without the password
LOGIN = "login"
PASSWORD = "password"
ROLE = "role"
CURSOR = "pull_cursor"
LAST_SYNC_AT = "last_sync_at"
LAST_ERROR = "last_error"
LAST_REPORT = "last_report"
INTERVAL = "interval_seconds"
DEFAULT_INTERVAL_S = 60


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None or row.value is None else row.value


def put(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncState, key) or SyncState(key=key)
    row.value = value
    session.add(row)


@dataclass(frozen=True)
class SyncConfig:
    server: str
    login: str
    password: str
    role: str
    interval_seconds: int = DEFAULT_INTERVAL_S


def load_config(session: Session) -> SyncConfig | None:
    """The server this desk syncs with, or None when it works alone."""
    server = get(session, SERVER)
    if not server:
        return None
    return SyncConfig(
        server=server,
        login=get(session, LOGIN, ""),
        password=get(session, PASSWORD, ""),
        role=get(session, ROLE, ""),
        interval_seconds=int(get(session, INTERVAL, DEFAULT_INTERVAL_S)),
    )


def save_config(session: Session, config: SyncConfig) -> None:
    put(session, SERVER, config.server)
    put(session, LOGIN, config.login)
    put(session, PASSWORD, config.password)
    put(session, ROLE, config.role)
    put(session, INTERVAL, config.interval_seconds)
    session.flush()


@dataclass(frozen=True)
class SyncStatus:
    """What the status light shows."""

    configured: bool
    pending: int
    last_sync_at: datetime | None
    last_error: str
    unseen_conflicts: int
    open_suspects: int


def sync_status(session: Session) -> SyncStatus:
    last = get(session, LAST_SYNC_AT)
    pending = session.exec(select(func.count()).select_from(SyncOutbox)).one()
    conflicts = session.exec(
        select(func.count()).select_from(SyncConflict).where(col(SyncConflict.seen_at).is_(None))
    ).one()
    suspects = session.exec(
        select(func.count()).select_from(SyncSuspect).where(col(SyncSuspect.resolved_at).is_(None))
    ).one()
    return SyncStatus(
        configured=bool(get(session, SERVER)),
        pending=int(pending),
        last_sync_at=datetime.fromisoformat(last) if last else None,
        last_error=str(get(session, LAST_ERROR, "")),
        unseen_conflicts=int(conflicts),
        open_suspects=int(suspects),
    )
