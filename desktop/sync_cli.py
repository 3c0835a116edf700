"""`frontdesk sync ...`: join a server, sync now, see the status and conflicts; set a server up."""

from __future__ import annotations

import argparse
import getpass
import os
from typing import Any

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.sync import server, state
from desktop.services.sync.client import join_server, sync_now
from desktop.services.sync.conflicts import list_conflicts

PASSWORD_ENV = "FRONTDESK_SYNC_PASSWORD"


def add_sync_parser(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sync",
        help="share records with the centre's server (run with no action to sync now)",
        description="Without an action: push this desk's changes and pull everyone else's.",
    )
    parser.add_argument(
        "action",
        nargs="?",
        default="now",
        choices=["now", "status", "conflicts", "join", "init-server", "add-desk"],
    )
    parser.add_argument("--server", help="libpq connection string or URL of the server")
    parser.add_argument("--login", help="this desk's login on the server (join)")
    parser.add_argument("--code", help="desk code for add-desk (A, B, C...)")
    parser.add_argument("--name", default="", help="desk name for add-desk")
    parser.add_argument(
        "--role", default="volunteer", choices=server.DESK_ROLES, help="desk role for add-desk"
    )
    parser.add_argument("--batch", type=int, default=500, help=argparse.SUPPRESS)
    return parser


def _server(args: argparse.Namespace) -> str:
    if not args.server:
        raise SystemExit("frontdesk sync: --server is required for this action")
    return str(args.server)


def run_sync_command(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    action = args.action
    if action == "now":
        report = sync_now(db, batch=args.batch)
        print(
            f"Sent {report.pushed} changes ({report.stored} new to the server), received "
            f"{report.pulled}, changed {report.applied} rows here; {report.conflicts} conflicts, "
            f"{report.suspects} possible duplicates, {report.rejected} rows not stored."
        )
        return 0
    if action == "status":
        with db.read() as session:
            status = state.sync_status(session)
            config = state.load_config(session)
        if config is None:
            print("This desk works alone (not joined to a server).")
        else:
            print(f"Server: {config.server} as {config.login} ({config.role})")
        last = (
            clock.to_local(status.last_sync_at).strftime("%d/%m/%Y %H:%M")
            if status.last_sync_at
            else "never"
        )
        print(f"Last sync: {last}; waiting to send: {status.pending}")
        if status.last_error:
            print(f"Last error: {status.last_error}")
        print(f"Conflicts not yet seen: {status.unseen_conflicts}")
        print(f"Possible duplicates to look at: {status.open_suspects}")
        return 0
    if action == "conflicts":
        with db.read() as session:
            rows = list_conflicts(session, actor=actor)
        for row in rows:
            print(
                f"{row.detected_local}  {row.subject}  {row.field_name}: kept {row.kept_value!r} "
                f"(desk {row.kept_desk}), overwritten {row.lost_value!r} (desk {row.lost_desk})"
            )
        print(f"{len(rows)} conflicts")
        return 0
    if action == "join":
        login = args.login or input("Desk login: ")
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass("Desk password: ")
        code, role = join_server(
            db, actor=actor, server_url=_server(args), login=login, password=password
        )
        print(f"Joined as desk {code} ({role}). Run `frontdesk sync` to share records now.")
        return 0
    with server.connect(_server(args)) as conn:
        if action == "init-server":
            applied = server.migrate_server(conn)
            version = server.server_version(conn)
            print(f"Server schema {version} ready ({len(applied)} migrations applied now).")
            return 0
        if not args.code:
            raise SystemExit("frontdesk sync add-desk: --code is required")
        cred = server.register_desk(conn, code=args.code, role=args.role, name=args.name)
    print(f"Desk {cred.code} ({cred.role}) registered. Give the desk these, once:")
    print(f"  login:    {cred.login}")
    print(f"  password: {cred.password}")
    return 0
