"""`frontdesk`: the desk's services without a window (demo data, exports, and more)."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop.cli_problems import CLI_ERRORS, say_problem
from desktop.db import Database, data_dir, resolve_db_path
from desktop.db.errors import DatabaseProblem
from desktop.db.private_files import protect_data_folder
from desktop.logs import setup_logging
from desktop.services.actor import Actor
from desktop.services.permissions import Permission, require

log = logging.getLogger("frontdesk")

Command = Callable[[argparse.Namespace, Database, Actor], int]
FileCommand = Callable[[argparse.Namespace, Path], int]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from exc


def cmd_demo(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.demo import fill_demo

    require(actor, Permission.MANAGE_SETTINGS)  # fictional people in a real desk: admins only
    with db.write() as session:
        people, visits = fill_demo(session=session, actor=actor, people=args.people, seed=args.seed)
    print(f"Added {people} fictional people and {visits} visits to {db.path}")
    return 0


def cmd_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services import clock
    from desktop.services.export import ExportRequest, export_data
    from desktop.services.export_fields import ExportKind, default_fields, fields_of

    kind = ExportKind(args.what)
    if args.list_fields:
        for f in fields_of(kind):
            print(f"{f.name:<24} {'personal' if f.personal else ''}")
        return 0
    if not args.out:
        raise SystemExit("frontdesk export: --out is required")
    out = Path(args.out)
    first, last = args.from_, args.to
    if kind == ExportKind.VISITS:  # visits: today unless a range is given
        last = last or clock.today()
        first = first or last
    elif first or last:
        first, last = first or last, last or clock.today()
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    fields = args.fields.split(",") if args.fields else None
    request = ExportRequest(
        kind=kind,
        fmt=fmt,
        fields=fields or default_fields(kind, anonymised=args.anonymised),
        anonymised=args.anonymised,
        first=first,
        last=last,
    )
    if args.encrypt:
        from desktop.security_cli import export_password
        from desktop.services.export_protect import export_protected

        result = export_protected(
            db=db, actor=actor, request=request, path=out, password=export_password()
        )
    else:
        result = export_data(db=db, actor=actor, request=request, path=out)
    print(f"Wrote {result.rows} rows to {result.path}")
    if result.changed_cells is not None:
        print(
            f"{result.changed_cells} cells were made less precise or left out, so that at least "
            "5 people share every row's sex, age band, country or region, registration month "
            "and household size."
        )
    return 0


def _month(text: str) -> tuple[date, date]:
    from desktop.services.report import month_range

    try:
        year, month = (int(part) for part in text.split("-"))
        return month_range(year, month)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month like 2026-03") from exc


def cmd_report(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.printing.report import render_report
    from desktop.services import clock
    from desktop.services.disclosure import publish_report
    from desktop.services.jobs import atomic_output
    from desktop.services.report import compute_report, month_range, record_report_made
    from desktop.services.settings import load_settings

    today = clock.today()
    if args.from_ or args.to:
        first, last = args.from_ or args.to, args.to or today
    elif args.month:
        first, last = args.month
    else:  # last month: what staff send at the start of a month
        first, last = month_range(today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    with db.read() as session:
        figures = compute_report(session=session, first=first, last=last)
        settings = load_settings(session)
    published = publish_report(figures)
    out = Path(args.out)
    pdf = render_report(published, centre_name=settings.centre_name, prepared_on=today)
    with atomic_output(out) as tmp:
        tmp.write_bytes(pdf)
    with db.write() as session:
        record_report_made(session=session, actor=actor, first=first, last=last, where=out.name)
    for key, shown in published.headline.items():
        print(f"{key.replace('_', ' ').capitalize():<20} {shown.text():>10}")
    print(f"Wrote the report for {first} to {last} to {out}")
    return 0


def cmd_backup(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.db.backup import default_backup_dir, list_backups, take_backup
    from desktop.services.settings import load_settings

    require(actor, Permission.BACKUP)
    folder = Path(args.to) if args.to else default_backup_dir()
    if args.list:
        for info in list_backups(folder, stem=db.path.stem):
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S} UTC  {info.size:>12,} bytes  {info.path}")
        return 0
    with db.read() as session:
        copy_to = args.copy_to or load_settings(session).backup_copy_folder
    result = take_backup(
        db, reason="manual", folder=folder, second_folder=Path(copy_to) if copy_to else None
    )
    print(f"Backup written: {result.path}")
    for copy in result.copies:
        print(f"Copy written:   {copy}")
    for problem in result.problems:
        print(f"Copy NOT written: {problem}", file=sys.stderr)
    return 1 if result.problems else 0


def cmd_verify(args: argparse.Namespace, path: Path) -> int:
    from desktop.cli_access import connector, credentials, needs_account, open_file, unseal_file
    from desktop.db.recovery import verify_file

    target = Path(args.file).expanduser() if args.file else path
    typed = credentials(args) if needs_account(path) or needs_account(target) else None
    desk: Database | None = None
    if path.exists():  # this desk's account: its role decides who reads the trail
        desk, actor = _desk_if_it_opens(args, path, typed)
    try:
        if desk is not None:
            require(actor, Permission.VIEW_AUDIT)
        file_key = unseal_file(args, target, typed)
        report = verify_file(target, connector(file_key))
        print(f"File:      {report.path}")
        print(f"Schema:    {report.revision or '-'}")
        for table, count in report.counts.items():
            print(f"{table + ':':<10} {count}")
        problems, notes = list(report.problems), []
        if report.ok and desk is None:
            notes.append("the audit trail is checked when you sign in on its desk")
        elif report.ok and desk is not None:
            checked = desk if target == path else open_file(target, file_key)
            try:
                found, notes = _audit_chain(checked, desk)
                problems += found
            finally:
                if checked is not desk:
                    checked.dispose()
    finally:
        if desk is not None:
            desk.dispose()
    for note in notes:
        print(f"NOTE:      {note}")
    for problem in problems:
        print(f"PROBLEM:   {problem}")
    print("Result:    " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    return 0 if not problems else 1


def _audit_chain(checked: Database, desk: Database) -> tuple[list[str], list[str]]:
    from desktop.db.migrate import current_revision, head_revision
    from desktop.services.audit_check import check_trail

    if current_revision(checked) != head_revision():
        return [], ["an older schema: its audit chain is checked once it is upgraded"]
    return check_trail(checked, desk)


def cmd_restore(args: argparse.Namespace, path: Path) -> int:
    from desktop.cli_access import connector, credentials, needs_account, sign_in, unseal_file
    from desktop.db.recovery import latest_good_backup, restore_backup
    from desktop.services.audit_check import note_restore

    backup = None if args.latest else Path(args.backup).expanduser()
    asked = needs_account(path) or (backup is not None and needs_account(backup))
    typed = credentials(args) if asked else None
    if path.exists():  # only an admin of this desk replaces it
        _admin_of(args, path, typed)
    connect = connector(unseal_file(args, backup or path, typed))
    if backup is None:
        found = latest_good_backup(path, connect)
        if found is None:
            print("frontdesk: no backup of this database passes verification", file=sys.stderr)
            return 1
        backup = found[0].path
    result = restore_backup(backup, path, connect_file=connect)
    counts = ", ".join(f"{n} {t}" for t, n in result.report.counts.items())
    print(f"Restored {path} from {result.restored_from} ({counts})")
    if result.set_aside is not None:
        print(f"The file it replaced is kept as {result.set_aside}")
    db, actor = sign_in(args, path, typed=typed)
    try:
        note_restore(db, actor, result)
    finally:
        db.dispose()
    return 0


def _desk_if_it_opens(
    args: argparse.Namespace, path: Path, typed: tuple[str, str] | None
) -> tuple[Database | None, Actor]:
    """The desk signed in, or (None, nobody) when the file is too damaged to open (why one
    verifies or restores): then its key file is checked instead, the password must open it."""
    from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

    from desktop.cli_access import sign_in, unseal_file
    from desktop.db.backup import FILE_ERRORS
    from desktop.db.crypto import PlainRefused
    from desktop.db.keyring import SignInRefused

    unusable: tuple[type[BaseException], ...] = (
        DatabaseProblem,
        SQLAlchemyDatabaseError,
        *FILE_ERRORS,
    )
    try:
        return sign_in(args, path, migrate=False, typed=typed)
    except (SignInRefused, PlainRefused):
        raise
    except unusable as exc:
        log.warning("%s does not open (%s); its key file is checked instead", path, exc)
    unseal_file(args, path, typed)
    return None, Actor.system()


def _admin_of(args: argparse.Namespace, path: Path, typed: tuple[str, str] | None) -> None:
    """Raises unless the account is an admin of the desk at `path` (or, for a desk too damaged
    to open, unless its password opens the desk's key file)."""
    db, actor = _desk_if_it_opens(args, path, typed)
    if db is None:
        return
    try:
        require(actor, Permission.BACKUP)
    finally:
        db.dispose()


def cmd_recover(args: argparse.Namespace, path: Path) -> int:
    from desktop.cli_access import credentials
    from desktop.services.desk_access import open_with_recovery

    if sys.stdin.isatty():
        recovery_key = getpass.getpass("Recovery key (from the office safe): ")
    else:
        recovery_key = sys.stdin.readline().strip()  # e.g. piped in by a script
    username, password = credentials(args, what="New password")
    db, actor = open_with_recovery(path, recovery_key, username, args.name, password)
    db.dispose()
    print(f"{actor.username} is an admin of {path} again, with the new password.")
    return 0


def cmd_init(args: argparse.Namespace, path: Path) -> int:
    from desktop.cli_access import credentials
    from desktop.services.desk_access import create_desk

    if args.unencrypted:
        raise SystemExit("frontdesk init: a desk is always encrypted; leave out --unencrypted")
    username, password = credentials(args, what="New password")
    made = create_desk(path, username, args.name or username, password)
    made.db.dispose()
    print(f"Made the encrypted desk {path} with the admin account {made.admin.username}.")
    print("Recovery key (print it or write it down, keep it in the office safe; it is the only")
    print("other way into the desk, and it is not shown again):")
    print(f"    {made.recovery_key}")
    return 0


def cmd_sync(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.sync_cli import run_sync_command

    require(actor, Permission.SYNC)
    return run_sync_command(args, db, actor)


def cmd_duplicates(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.duplicates import find_duplicate_pairs

    require(actor, Permission.MERGE)  # it lists names: for the staff who merge
    with db.read() as session:
        pairs = find_duplicate_pairs(session, threshold=args.threshold)
    for pair in pairs:
        print(
            f"{pair.score:3d}  {pair.first.member_number} {pair.first.display_name}"
            f"  ~  {pair.second.member_number} {pair.second.display_name}"
            f"  ({', '.join(pair.reasons)})"
        )
    print(f"{len(pairs)} likely duplicate pair(s); merge them on the desk (Duplicates…)")
    return 0


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.import_commit import commit_import
    from desktop.services.import_mapping import TARGETS, mapping_from_names
    from desktop.services.import_review import plan_reviewed, read_review, will_add
    from desktop.services.importer import write_import_report
    from desktop.services.settings import load_settings
    from desktop.services.spreadsheet_source import read_source

    require(actor, Permission.IMPORT)
    source = Path(args.file)
    table = read_source(source, args.encoding)
    decisions = read_review(Path(args.review)) if args.review else {}
    chosen: dict[str, str] = {}
    for pair in args.map or []:
        header, _, target = pair.partition("=")
        if target and target not in TARGETS and target not in PERSON_FIELDS:
            raise SystemExit(f"frontdesk import: unknown field {target!r} in --map")
        chosen[header.strip()] = target.strip()
    mapping = mapping_from_names(table.headers, chosen)
    print(f"{table.name}: {len(table.rows)} rows, read as {table.encoding}")
    for header, target in zip(table.headers, mapping, strict=True):
        print(f"  {header!r:<28} -> {target or '(not imported)'}")
    if args.commit:
        with db.read() as session:
            prefix = load_settings(session).member_prefix
        plan = commit_import(
            db=db,
            actor=actor,
            table=table,
            mapping=mapping,
            include_flagged=args.include_flagged,
            prefix=prefix,
            decisions=decisions,
        )
    else:
        with db.read() as session:
            plan, _ = plan_reviewed(
                session=session, table=table, mapping=mapping, decisions=decisions
            )
    report = (
        Path(args.report) if args.report else source.with_name(f"{source.stem}-import-report.csv")
    )
    write_import_report(plan, report)
    for status, n in plan.counts.items():
        print(f"{status.replace('_', ' '):<20} {n:>6}")
    verb = "Added" if args.commit else "Would add (dry run, nothing written)"
    added = plan.added if args.commit else sum(will_add(r, args.include_flagged) for r in plan.rows)
    print(f"{verb}: {added}. Row by row: {report}")
    if not args.commit and any(r.status != "new" for r in plan.rows):
        print(
            "To choose for held-back or refused rows, fill the report's decision column (include,"
            " leave out, same as row N, same as a member number) or fix column (DOB = 14/02/1990)"
            " and pass it back with --review."
        )
    return 0


PERSON_FIELDS = (
    "family_name", "given_name", "name_original", "preferred_name", "sex", "birth", "phone",
    "phone_alt", "country_of_origin", "nationality", "preferred_language", "hk_area",
    "immigration_status", "arrival_date", "claim_date", "notes", "",
)  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdesk", description=__doc__)
    parser.add_argument("--db", help="database file (default: $FRONTDESK_DB or the data folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    from desktop.cli_access import add_access_options

    add_access_options(parser)
    sub = parser.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="set up a new encrypted desk and its first admin")
    init.add_argument("--name", default="", help="the admin's full name")
    init.set_defaults(run_file=cmd_init)

    recover = sub.add_parser(
        "recover", help="open the desk with the recovery key; --user gets a new admin password"
    )
    recover.add_argument("--name", default="", help="full name, if the account is new")
    recover.set_defaults(run_file=cmd_recover)

    demo = sub.add_parser("demo", help="add fictional people and visits to try the desk")
    demo.add_argument("--people", type=int, default=300)
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(run=cmd_demo)

    export = sub.add_parser("export", help="write visits, people or households to CSV or XLSX")
    export.add_argument("what", choices=["visits", "people", "households"])
    export.add_argument("--from", dest="from_", type=_day, help="first day (YYYY-MM-DD)")
    export.add_argument("--to", type=_day, help="last day (YYYY-MM-DD), default today")
    export.add_argument("--out", help="file to write (.csv or .xlsx)")
    export.add_argument("--format", choices=["csv", "xlsx"], help="default: from --out's name")
    export.add_argument("--fields", help="comma-separated field names (see --list-fields)")
    export.add_argument(
        "--anonymised", action="store_true", help="no names, numbers, phones or notes"
    )
    export.add_argument("--list-fields", action="store_true", help="list the fields and stop")
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="password-protect the XLSX (password from $FRONTDESK_EXPORT_PASSWORD or asked)",
    )
    export.set_defaults(run=cmd_export)

    imp = sub.add_parser("import", help="bring in an old registration spreadsheet (CSV or XLSX)")
    imp.add_argument("file", help="the spreadsheet: .csv (UTF-8, UTF-16, Big5, GBK) or .xlsx")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--dry-run", action="store_true", help="only report (the default)")
    how.add_argument("--commit", action="store_true", help="add the new people (all or none)")
    imp.add_argument("--report", help="row-by-row report CSV (default: FILE-import-report.csv)")
    imp.add_argument("--encoding", help="override the detected encoding, e.g. big5")
    imp.add_argument(
        "--map", action="append", metavar="HEADER=FIELD", help="map a column (repeatable)"
    )
    imp.add_argument(
        "--review",
        metavar="REPORT",
        help="a report CSV with the decision and fix columns filled in (include, leave out, "
        "same as row N, same as CFR-000123; DOB = 14/02/1990)",
    )
    imp.add_argument(
        "--include-flagged",
        action="store_true",
        help="also add rows flagged as possible duplicates",
    )
    imp.set_defaults(run=cmd_import)

    dups = sub.add_parser("duplicates", help="list records on file that may be one person")
    dups.add_argument("--threshold", type=int, default=80, help="0-100; lower finds more")
    dups.set_defaults(run=cmd_duplicates)

    report = sub.add_parser("report", help="write the donor report (PDF) for a month or range")
    report.add_argument("--month", type=_month, help="a month like 2026-03 (default: last month)")
    report.add_argument("--from", dest="from_", type=_day, help="first day (YYYY-MM-DD)")
    report.add_argument("--to", type=_day, help="last day (YYYY-MM-DD), default today")
    report.add_argument("--out", required=True, help="PDF file to write")
    report.set_defaults(run=cmd_report)

    backup = sub.add_parser("backup", help="copy the database now (safe while the desk is open)")
    backup.add_argument("--to", help="folder for the backup (default: the data folder's backups)")
    backup.add_argument("--copy-to", help="a second folder, e.g. a USB drive")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    backup.set_defaults(run=cmd_backup)

    verify = sub.add_parser("verify", help="check a database or backup file thoroughly")
    verify.add_argument("file", nargs="?", help="file to check (default: the database)")
    verify.set_defaults(run_file=cmd_verify)

    restore = sub.add_parser("restore", help="replace the database by a backup (desk closed)")
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="the newest backup that verifies")
    restore.set_defaults(run_file=cmd_restore)

    from desktop.sync_cli import add_sync_parser

    add_sync_parser(sub).set_defaults(run=cmd_sync)

    from desktop.security_cli import add_security_parsers

    add_security_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(data_dir(), console_level=logging.DEBUG if args.verbose else logging.WARNING)
    protect_data_folder(data_dir(), resolve_db_path(args.db))
    try:
        return _run(args)
    except CLI_ERRORS as exc:
        log.info(
            "frontdesk %s failed: %s", args.command, exc, exc_info=exc
        )  # the log has the detail
        print(f"frontdesk: {say_problem(exc, resolve_db_path(args.db))}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    run_file: FileCommand | None = getattr(args, "run_file", None)
    if run_file is not None:  # init, verify and restore work on the file itself
        return run_file(args, path)
    from desktop.cli_access import sign_in

    db, actor = sign_in(args, path)
    try:
        run: Command = args.run
        return run(args, db, actor)
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
