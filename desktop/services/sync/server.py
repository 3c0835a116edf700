"""The central PostgreSQL server: its schema (versioned SQL), desk logins, push and pull.

Everything here runs over psycopg 3. Desks sign in with their own login (a PostgreSQL role in
the group `frontdesk_desks`) over TLS; they may only insert into the change log and call
`frontdesk.pull`, which leaves out the fields their role may not hold.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from desktop.services.errors import FrontDeskError, Text, ValidationError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("server_migrations")
CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 60_000
DESK_ROLES = ("volunteer", "caseworker", "admin")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{0,2}$")


class ServerUnavailable(FrontDeskError):
    """The server cannot be reached (no network, server down, TLS or sign-in failed)."""


class ServerRefused(FrontDeskError):
    """The server answered but said no (unknown or revoked desk, not allowed)."""


@dataclass(frozen=True)
class DeskCredential:
    code: str
    role: str
    login: str
    password: str


@dataclass(frozen=True)
class RemoteChange:
    id: int
    hlc: str
    desk_id: uuid.UUID
    table_name: str
    row_id: uuid.UUID
    fields: dict[str, Any]
    base: dict[str, str]


@dataclass(frozen=True)
class OutgoingChange:
    seq: int
    hlc: str
    table_name: str
    row_id: uuid.UUID
    fields: dict[str, Any]
    base: dict[str, str]


def connect(
    conninfo: str, *, user: str | None = None, password: str | None = None
) -> psycopg.Connection[Any]:
    """A connection with short timeouts, so a dropped network fails fast instead of hanging.

    Raises ServerUnavailable.
    """
    extra: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "application_name": "frontdesk",
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
    }
    if user:
        extra["user"] = user
    if password:
        extra["password"] = password
    try:
        return psycopg.connect(conninfo, **extra)
    except psycopg.Error as exc:
        raise ServerUnavailable(_first_line(exc)) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def as_sync_error(exc: psycopg.Error) -> FrontDeskError:
    """A psycopg error as ServerRefused (permission) or ServerUnavailable (anything else)."""
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return ServerRefused(_first_line(exc))
    return ServerUnavailable(_first_line(exc))


# --- schema --------------------------------------------------------------------------------
def migration_files() -> list[tuple[str, Path]]:
    files = sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql"))
    return [(f.name[:4], f) for f in files]


def migrate_server(conn: psycopg.Connection[Any]) -> list[str]:
    """Apply the server migrations not applied yet (as the database owner). Returns them."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7364011)")
        conn.execute("CREATE SCHEMA IF NOT EXISTS frontdesk")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS frontdesk.schema_version ("
            " version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {r[0] for r in conn.execute("SELECT version FROM frontdesk.schema_version")}
        for version, path in migration_files():
            if version in done:
                continue
            log.info("server migration %s", path.name)
            conn.execute(path.read_text(encoding="utf-8").encode("utf-8"))
            conn.execute("INSERT INTO frontdesk.schema_version (version) VALUES (%s)", (version,))
            applied.append(version)
    return applied


def server_version(conn: psycopg.Connection[Any]) -> str | None:
    row = conn.execute(
        "SELECT max(version) FROM frontdesk.schema_version"
        " WHERE to_regclass('frontdesk.schema_version') IS NOT NULL"
    ).fetchone()
    return row[0] if row else None


# --- desks ---------------------------------------------------------------------------------
def register_desk(
    conn: psycopg.Connection[Any],
    *,
    code: str,
    role: str,
    name: str = "",
    login: str | None = None,
    password: str | None = None,
) -> DeskCredential:
    """Create a desk's login (as an admin). Raises ValidationError for a bad code or role."""
    code = code.strip().upper()
    errors: dict[str, str] = {}
    if not _CODE.match(code):
        errors["code"] = (
            "A desk code is one letter, then up to two letters or digits (A, B, C2...)."
        )
    if role not in DESK_ROLES:
        errors["role"] = Text("Choose one of: {formats}.", formats=", ".join(DESK_ROLES))
    if errors:
        raise ValidationError(errors)
    login = login or f"frontdesk_desk_{code.lower()}"
    password = password or secrets.token_urlsafe(24)
    with conn.transaction():
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE frontdesk_desks").format(
                sql.Identifier(login), sql.Literal(password)
            )
        )
        conn.execute(
            "INSERT INTO frontdesk.desk (code, name, login, role) VALUES (%s, %s, %s, %s)",
            (code, name, login, role),
        )
    return DeskCredential(code=code, role=role, login=login, password=password)


def claim_desk(conn: psycopg.Connection[Any], desk_id: uuid.UUID) -> tuple[str, str]:
    """Tie this login to the desk's id; returns (code, role). Raises ServerRefused."""
    try:
        with conn.transaction():
            row = conn.execute("SELECT * FROM frontdesk.claim_desk(%s)", (desk_id,)).fetchone()
    except psycopg.Error as exc:
        raise as_sync_error(exc) from exc
    assert row is not None
    return str(row[0]), str(row[1])


# --- changes -------------------------------------------------------------------------------
def push(
    conn: psycopg.Connection[Any], desk_id: uuid.UUID, changes: Iterable[OutgoingChange]
) -> int:
    """Store changes in the log in one transaction; ones already there are left alone.

    Returns how many were new. Raises ServerUnavailable or ServerRefused.
    """
    params = [
        (
            c.hlc,
            desk_id,
            c.seq,
            c.table_name,
            c.row_id,
            json.dumps(c.fields, ensure_ascii=False),
            json.dumps(c.base),
        )
        for c in changes
    ]
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO frontdesk.change"
                " (hlc, desk_id, desk_seq, table_name, row_id, fields, base)"
                " VALUES (%s, %s, %s, %s, %s, %s::jsonb, %s::jsonb)"
                " ON CONFLICT (hlc) DO NOTHING",
                params,
            )
            return max(cur.rowcount, 0)
    except psycopg.Error as exc:
        raise as_sync_error(exc) from exc


def pull(conn: psycopg.Connection[Any], after_id: int, limit: int) -> list[RemoteChange]:
    """The next changes after `after_id`, in server order. Raises ServerUnavailable/Refused."""
    try:
        with conn.transaction():
            rows = conn.execute(
                "SELECT id, hlc, desk_id, table_name, row_id, fields, base"
                " FROM frontdesk.pull(%s, %s)",
                (after_id, limit),
            ).fetchall()
    except psycopg.Error as exc:
        raise as_sync_error(exc) from exc
    return [RemoteChange(*row) for row in rows]
