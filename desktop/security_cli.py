"""`frontdesk audit|user|erase|retention|access-request`.

Each runs as the account that signed in (desktop/cli_access.py), with its role's permissions,
and is audited under its name.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.models import Role
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.errors import NotFound
from desktop.services.permissions import Permission, require

EXPORT_PASSWORD_ENV = "FRONTDESK_EXPORT_PASSWORD"


def export_password() -> str:
    """The password for a protected export: $FRONTDESK_EXPORT_PASSWORD, or asked twice."""
    given = os.environ.get(EXPORT_PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise SystemExit(f"frontdesk export --encrypt: set {EXPORT_PASSWORD_ENV}")
    first = getpass.getpass("Password for the exported file: ")
    if getpass.getpass("Again: ") != first:
        raise SystemExit("frontdesk export: the two passwords differ")
    return first


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from exc


def add_security_parsers(sub: Any) -> list[argparse.ArgumentParser]:
    audit = sub.add_parser("audit", help="check or read the audit trail")
    audit.add_argument("action", choices=["verify", "list"])
    audit.add_argument("--action", dest="filter_action", default="", help="e.g. person. or login")
    audit.add_argument("--user", dest="filter_user", default="", help="only this user name")
    audit.add_argument("--from", dest="from_", type=_day, help="first day (YYYY-MM-DD)")
    audit.add_argument("--to", type=_day, help="last day (YYYY-MM-DD)")
    audit.add_argument("--limit", type=int, default=200)
    audit.set_defaults(run=cmd_audit)

    user = sub.add_parser("user", help="list, add, unlock accounts or set a password")
    user.add_argument("action", choices=["list", "add", "password", "unlock", "disable"])
    user.add_argument("username", nargs="?")
    user.add_argument("--name", default="", help="display name (add)")
    user.add_argument("--role", default=Role.VOLUNTEER, choices=[str(r) for r in Role])
    user.set_defaults(run=cmd_user)

    erase = sub.add_parser("erase", help="anonymise one person on request (visits stay counted)")
    erase.add_argument("member_number")
    erase.add_argument("--reason", required=True, help="why, e.g. 'asked at the desk 3 March'")
    erase.set_defaults(run=cmd_erase)

    retention = sub.add_parser("retention", help="people not seen for N years: list, or anonymise")
    retention.add_argument("--years", type=int, required=True)
    retention.add_argument("--apply", action="store_true", help="anonymise them (default: list)")
    retention.set_defaults(run=cmd_retention)

    access = sub.add_parser("access-request", help="everything held on one person, as a PDF")
    access.add_argument("member_number")
    access.add_argument("--out", required=True, help="PDF file to write")
    access.set_defaults(run=cmd_access_request)
    return [audit, user, erase, retention, access]


def cmd_audit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.audit import list_events

    require(actor, Permission.VIEW_AUDIT)
    if args.action == "verify":
        from desktop.services.audit_check import check_trail

        problems, notes = check_trail(db, db)
        for note in notes:
            print(f"NOTE: {note}")
        for problem in problems:
            print(f"PROBLEM: {problem}")
        print("The audit trail is intact." if not problems else f"{len(problems)} problem(s).")
        return 0 if not problems else 1
    with db.read() as session:
        rows = list_events(
            session=session,
            actor=actor,
            action=args.filter_action,
            username=args.filter_user,
            first=args.from_,
            last=args.to,
            limit=args.limit,
        )
    for row in rows:
        when = clock.to_local(row.at).strftime("%Y-%m-%d %H:%M:%S")
        print(f"{row.seq:>7}  {when}  {row.username or '-':<14} {row.action:<24} {row.entity_id}")
    return 0


def _new_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("New password: ")
        if getpass.getpass("Again: ") != first:
            raise SystemExit("frontdesk user: the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\n")  # e.g. piped from a password manager


def cmd_user(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.accounts import create_user, list_users, update_user

    if args.action == "list":
        with db.read() as session:
            for u in list_users(session=session, actor=actor):
                state = "active" if u.active else "switched off"
                if not u.password_hash:
                    state = "cannot sign in"
                print(f"{u.username:<20} {u.role:<11} {state:<14} {u.display_name}")
        return 0
    if not args.username:
        raise SystemExit(f"frontdesk user {args.action}: give the user name")
    if args.action == "add":
        with db.write() as session:
            create_user(
                session=session,
                actor=actor,
                username=args.username,
                display_name=args.name or args.username,
                role=args.role,
                password=_new_password(),
            )
        print(f"Added {args.username} ({args.role}).")
        return 0
    with db.write() as session:
        user = next(
            (u for u in list_users(session=session, actor=actor) if u.username == args.username),
            None,
        )
        if user is None:
            raise NotFound(f"no user {args.username!r}")
        if args.action == "password":
            update_user(session=session, actor=actor, user_id=user.id, password=_new_password())
        elif args.action == "unlock":
            update_user(session=session, actor=actor, user_id=user.id, unlock=True, active=True)
        else:
            update_user(session=session, actor=actor, user_id=user.id, active=False)
    print(f"Done: {args.action} {args.username}.")
    return 0


def _person_id(db: Database, number: str) -> Any:
    from desktop.services.search import find_by_member_number

    with db.read() as session:
        person = find_by_member_number(session, number)
    if person is None:
        raise NotFound(f"no member {number!r}")
    return person.id


def cmd_erase(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services import clock
    from desktop.services.held_backups import backups_holding, flush_old_pages
    from desktop.services.rights import erase_person

    person_id = _person_id(db, args.member_number)
    with db.write() as session:
        person = erase_person(session=session, actor=actor, person_id=person_id, reason=args.reason)
    flush_old_pages(db)
    print(f"{args.member_number} is anonymised (now {person.member_number}); visits stay counted.")
    held = backups_holding(db, person_id)
    if held:
        print(f"{len(held)} backup(s) taken since they registered still hold their details:")
    for backup in held:
        until = (
            f"deleted by the rotation by {clock.to_local(backup.gone_by):%d/%m/%Y}"
            if backup.gone_by
            else "a safety copy, kept until five newer ones are taken"
        )
        print(f"  {backup.path}  taken {clock.to_local(backup.taken_at):%d/%m/%Y %H:%M}, {until}")
    if held:
        print("(The dates assume the desk is used, and backed up, every week.)")
    return 0


def cmd_retention(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.held_backups import flush_old_pages
    from desktop.services.rights import retention_preview, run_retention

    with db.read() as session:
        found = retention_preview(session=session, actor=actor, years=args.years)
    for c in found:
        print(f"{c.member_number:<14} last seen {c.last_seen:%d/%m/%Y}  {c.display_name}")
    if not args.apply:
        print(f"{len(found)} people not seen for {args.years} years. Add --apply to anonymise.")
        return 0
    with db.write() as session:
        done = run_retention(
            session=session, actor=actor, years=args.years, person_ids=[c.person_id for c in found]
        )
    flush_old_pages(db)
    print(f"Anonymised {done} people.")
    return 0


def cmd_access_request(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.printing.access_request import render_access_report
    from desktop.services.jobs import atomic_output
    from desktop.services.rights import access_report
    from desktop.services.settings import load_settings

    person_id = _person_id(db, args.member_number)
    with db.write() as session:
        report = access_report(session=session, actor=actor, person_id=person_id)
        centre = load_settings(session).centre_name
    out = Path(args.out)
    with atomic_output(out) as tmp:
        tmp.write_bytes(render_access_report(report, centre_name=centre))
    print(f"Wrote everything held on {args.member_number} to {out}")
    return 0
