"""A real PostgreSQL (with TLS) for the sync tests, several desks as separate SQLite files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.sync.harness import SyncServer
from tests.sync.pgcluster import ClusterUnavailable, PgCluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    try:
        cluster = PgCluster.start()
    except ClusterUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"sync tests need PostgreSQL in CI: {exc}")
        pytest.skip(f"sync tests skipped: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def server(pg_cluster: PgCluster, tmp_path: Path) -> Iterator[SyncServer]:
    """A fresh server database, migrated, that desks can join."""
    sync_server = SyncServer.create(pg_cluster, tmp_path)
    yield sync_server
    sync_server.close()
    with psycopg.connect(pg_cluster.admin_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{sync_server.dbname}" WITH (FORCE)')
