"""A throw-away PostgreSQL server with TLS for the sync tests and benchmark.

Uses the server binaries of the Debian package `postgresql` (scripts/install-system-deps.sh
installs it). PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg


class ClusterUnavailable(RuntimeError):
    """PostgreSQL cannot be started on this machine; the message says why."""


def _bindir() -> Path:
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True)
        path = Path(found.stdout.strip())
        if (path / "initdb").exists():
            return path
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    raise ClusterUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: run "
        "scripts/install-system-deps.sh (installs the Debian package postgresql)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    root: Path
    port: int
    bindir: Path
    run_as: list[str]

    @classmethod
    def start(cls) -> PgCluster:
        bindir = _bindir()
        run_as: list[str] = []
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise ClusterUnavailable("running as root and no `postgres` user exists") from exc
            run_as = ["runuser", "-u", "postgres", "--"]
        root = Path(tempfile.mkdtemp(prefix="frontdesk-pg-"))
        cluster = cls(root=root, port=free_port(), bindir=bindir, run_as=run_as)
        try:
            cluster._init(owner)
            cluster._run(
                "pg_ctl",
                "-D",
                str(root / "data"),
                "-l",
                str(root / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            )
        except (subprocess.CalledProcessError, OSError) as exc:
            log = (root / "server.log").read_text() if (root / "server.log").exists() else ""
            shutil.rmtree(root, ignore_errors=True)
            raise ClusterUnavailable(f"PostgreSQL did not start: {exc}\n{log}") from exc
        return cluster

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.run_as, str(self.bindir / tool), *args],
            check=True,
            capture_output=True,
            text=True,
        )

    def _init(self, owner: pwd.struct_passwd | None) -> None:
        root = self.root
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-keyout",
                str(root / "server.key"),
                "-out",
                str(root / "server.crt"),
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ],
            check=True,
            capture_output=True,
        )
        (root / "server.key").chmod(0o600)
        if owner is not None:
            for path in (root, root / "server.key", root / "server.crt"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(root / "data"),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        settings = {
            "port": str(self.port),
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{root}'",
            "ssl": "on",
            "ssl_cert_file": f"'{root / 'server.crt'}'",
            "ssl_key_file": f"'{root / 'server.key'}'",
            "fsync": "off",  # a test server: speed over durability
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "50",
        }
        conf = "".join(f"{k} = {v}\n" for k, v in settings.items())
        with (root / "data" / "postgresql.conf").open("a") as f:
            f.write(conf)
        (root / "data" / "pg_hba.conf").write_text(
            "local all all trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 0.0.0.0/0 reject\n"
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    # --- connections -----------------------------------------------------------------------
    def admin_conninfo(self, dbname: str = "postgres") -> str:
        return f"host={self.root} port={self.port} user=postgres dbname={dbname}"

    def desk_conninfo(self, dbname: str, port: int | None = None) -> str:
        return (
            f"host=localhost port={port or self.port} dbname={dbname} "
            f"sslmode=verify-full sslrootcert={self.root / 'server.crt'}"
        )

    def new_database(self) -> str:
        name = f"fd_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(self.admin_conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name
