"""Desks (SQLite files) joined to a test server, and what "converged" means."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select

from desktop.db import Database
from desktop.db.outbox import LOCAL_FIELDS, LOCAL_TABLES
from desktop.db.wire import to_wire
from desktop.models import Person
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from desktop.services.setup import prepare_database
from desktop.services.sync import server as sync_server
from desktop.services.sync.client import SyncReport, join_server, sync_now
from tests.sync.pgcluster import PgCluster
from tests.sync.proxy import TcpProxy

RESTRICTED = {
    "person": {"notes", "vulnerability_flags"},
    "household": {"notes"},
    "person_merge": {"kept_before", "merged_before"},
}
Snapshot = dict[str, dict[str, dict[str, Any]]]


def synced_tables() -> list[str]:
    from sqlmodel import SQLModel

    names = []
    for table in SQLModel.metadata.sorted_tables:
        if "deleted_at" in table.c and "desk_id" in table.c and table.name not in LOCAL_TABLES:
            names.append(table.name)
    return names


def _strip(table: str, row: dict[str, Any], staff: bool) -> dict[str, Any]:
    hidden = set(LOCAL_FIELDS.get(table, ())) | {"id"}
    if not staff:
        hidden |= RESTRICTED.get(table, set())
    return {k: v for k, v in row.items() if k not in hidden}


@dataclass
class Desk:
    name: str
    db: Database
    actor: Actor
    role: str
    code: str = ""

    @property
    def staff(self) -> bool:
        return self.role != "volunteer"

    def sync(self, **kwargs: Any) -> SyncReport:
        return sync_now(self.db, **kwargs)

    def register(self, family: str, given: str, **fields: Any) -> Person:
        with self.db.write() as session:
            return register_person(
                session=session,
                actor=self.actor,
                data=PersonInput(family_name=family, given_name=given, **fields),
            )

    def snapshot(self, *, staff: bool | None = None) -> Snapshot:
        staff = self.staff if staff is None else staff
        from sqlmodel import SQLModel

        result: Snapshot = {}
        with self.db.read() as session:
            for name in synced_tables():
                table = SQLModel.metadata.tables[name]
                rows = session.execute(select(table)).mappings()
                result[name] = {
                    str(r["id"]): _strip(name, {k: to_wire(v) for k, v in r.items()}, staff)
                    for r in rows
                }
        return result


@dataclass
class SyncServer:
    cluster: PgCluster
    dbname: str
    root: Path
    proxy: TcpProxy
    desks: list[Desk] = field(default_factory=list)

    @classmethod
    def create(cls, cluster: PgCluster, root: Path) -> SyncServer:
        dbname = cluster.new_database()
        with psycopg.connect(cluster.admin_conninfo(dbname)) as conn:
            sync_server.migrate_server(conn)
        proxy = TcpProxy(cluster.port)
        proxy.start()
        return cls(cluster=cluster, dbname=dbname, root=root, proxy=proxy)

    def admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.cluster.admin_conninfo(self.dbname), autocommit=True)

    @property
    def desk_url(self) -> str:
        """Desks reach the server through the proxy, so a test can cut the network."""
        return self.cluster.desk_conninfo(self.dbname, self.proxy.port)

    def add_desk(self, name: str, code: str, role: str = "caseworker") -> Desk:
        db = Database.open(self.root / f"{name}.sqlite3", unencrypted=True)
        with db.write() as session:
            actor = prepare_database(session)
        with self.admin() as conn:
            cred = sync_server.register_desk(
                conn, code=code, role=role, name=name, login=f"{self.dbname}_{code.lower()}"
            )
        code, role = join_server(
            db, actor=actor, server_url=self.desk_url, login=cred.login, password=cred.password
        )
        desk = Desk(name=name, db=db, actor=actor, role=role, code=code)
        self.desks.append(desk)
        return desk

    def snapshot(self, *, staff: bool = True) -> Snapshot:
        result: Snapshot = {name: {} for name in synced_tables()}
        with self.admin() as conn:
            for table, row_id, data in conn.execute(
                "SELECT table_name, row_id, data FROM frontdesk.row"
            ):
                result.setdefault(table, {})[str(row_id)] = _strip(table, data, staff)
        return result

    def count(self, query: str) -> int:
        with self.admin() as conn:
            row = conn.execute(query).fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        self.proxy.stop()
        for desk in self.desks:
            desk.db.dispose()


def differences(a: Snapshot, b: Snapshot) -> list[str]:
    """What differs between two snapshots, in words (empty when they agree)."""
    found: list[str] = []
    for table in sorted(set(a) | set(b)):
        rows_a, rows_b = a.get(table, {}), b.get(table, {})
        for row_id in sorted(set(rows_a) ^ set(rows_b)):
            found.append(f"{table} {row_id} only on {'first' if row_id in rows_a else 'second'}")
        for row_id in sorted(set(rows_a) & set(rows_b)):
            for key in sorted(set(rows_a[row_id]) | set(rows_b[row_id])):
                va, vb = rows_a[row_id].get(key), rows_b[row_id].get(key)
                if va != vb:
                    found.append(f"{table} {row_id} {key}: {json.dumps(va)} != {json.dumps(vb)}")
    return found


def assert_converged(server: SyncServer) -> dict[str, int]:
    """Every desk and the server hold the same rows; returns the row counts per table."""
    for staff in (True, False):
        reference = server.snapshot(staff=staff)
        for desk in server.desks:
            if desk.staff or not staff:
                diff = differences(desk.snapshot(staff=staff), reference)
                assert not diff, f"{desk.name} differs from the server:\n" + "\n".join(diff[:20])
    return {t: len(rows) for t, rows in server.snapshot().items() if rows}


def sync_all(server: SyncServer, rounds: int = 2) -> None:
    """Each desk in turn, twice: after that every desk has seen every other's changes."""
    for _ in range(rounds):
        for desk in server.desks:
            desk.sync()
