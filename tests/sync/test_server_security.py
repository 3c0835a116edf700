"""The server side: TLS only, a desk pushes only as itself, volunteers never get restricted
fields, and the schema comes from migrations that can run again."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from desktop.services.sync import server as sync_server
from desktop.services.sync.server import ServerRefused, ServerUnavailable
from tests.sync.harness import SyncServer, sync_all


def test_server_refuses_connections_without_tls_or_with_a_wrong_password(
    server: SyncServer,
) -> None:
    desk = server.add_desk("front", "A")
    with desk.db.read() as session:
        from desktop.services.sync.state import load_config

        config = load_config(session)
    assert config is not None and "sslmode=verify-full" in config.server
    plain = config.server.replace("sslmode=verify-full", "sslmode=disable")
    with pytest.raises(ServerUnavailable):
        sync_server.connect(plain, user=config.login, password=config.password)
    with pytest.raises(ServerUnavailable):
        sync_server.connect(config.server, user=config.login, password="not-the-password")
    with sync_server.connect(config.server, user=config.login, password=config.password) as conn:
        assert conn.info.pgconn.ssl_in_use


def test_a_desk_cannot_push_as_another_desk_nor_read_the_log_directly(server: SyncServer) -> None:
    front = server.add_desk("front", "A")
    other = server.add_desk("second", "B", role="volunteer")
    front.register("Okafor", "Ada", notes="private")
    sync_all(server)
    with other.db.read() as session:
        from desktop.services.sync.state import load_config

        config = load_config(session)
    assert config is not None
    with sync_server.connect(config.server, user=config.login, password=config.password) as conn:
        change = sync_server.OutgoingChange(
            1,
            f"9999999999999-000000-{uuid.uuid4().hex}",
            "person",
            uuid.uuid4(),
            {"notes": "x"},
            {},
        )
        assert front.actor.desk_id is not None
        with pytest.raises(ServerRefused):
            sync_server.push(conn, front.actor.desk_id, [change])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT fields FROM frontdesk.change")
        conn.rollback()
        pulled = sync_server.pull(conn, 0, 1000)
    people = [c for c in pulled if c.table_name == "person"]
    assert people and all("notes" not in c.fields for c in people)
    assert all("notes" not in c.base for c in people)


def test_server_migrations_run_again_without_change(server: SyncServer) -> None:
    with server.admin() as conn:
        assert sync_server.migrate_server(conn) == []
        assert sync_server.server_version(conn) == "0003"
