"""Builds the QApplication and the main window. `python -m desktop [--db PATH]`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DatabaseError

from desktop.db import Database, data_dir
from desktop.db.backup import DB_ERRORS, BackupInfo, integrity_problems, take_backup
from desktop.db.crypto import DatabaseKey, connect_keyed
from desktop.db.engine import FileConnector, connect_plain_file
from desktop.db.errors import AlreadyOpen, DatabaseCorrupt, DatabaseProblem
from desktop.db.file_header import file_header
from desktop.db.instance import InstanceLock
from desktop.db.recovery import VerifyReport, latest_good_backup, restore_backup
from desktop.logs import log_file
from desktop.services import clock
from desktop.services.accounts import create_first_admin, needs_first_admin
from desktop.services.actor import Actor
from desktop.services.errors import FrontDeskError
from desktop.services.settings import load_settings
from desktop.services.setup import prepare_database
from desktop.ui.file_check import FileCheck, problem_box
from desktop.ui.i18n import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_printer import QtPrinterBackend
from desktop.ui.sign_in import (
    ask_credentials_with_dialog,
    sign_in,
)

log = logging.getLogger("frontdesk")


def build_window(db: Database, actor: Actor | None = None) -> MainWindow:
    """Prepare the database and build the main window for the signed-in `actor`.

    Without one (tests) the window acts as the desk's system account.
    """
    with db.write() as session:
        system = prepare_database(session)
        settings = load_settings(session)
    actor = actor or system
    printer = QtPrinterBackend(settings.printer_name)
    return MainWindow(db, actor, settings, printer)


@dataclass(frozen=True)
class Damaged:
    """The database failed its check at start; `backup` is the newest one that verifies."""

    path: Path
    problems: list[str]
    backup: tuple[BackupInfo, VerifyReport] | None


class StartRefused(Exception):
    """The desk cannot start; `message` is the sentence shown to the volunteer."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


AskRestore = Callable[[Damaged], bool]


def recovery_box(damaged: Damaged, parent: QWidget | None = None) -> QMessageBox:
    """Offers the newest good backup in place of a damaged database."""
    assert damaged.backup is not None
    info, report = damaged.backup
    local = clock.to_local(info.taken_at).strftime("%d/%m/%Y %H:%M")
    text = (
        translate(
            "App",
            "The database file is damaged and cannot be used safely.\n\n"
            "The latest good backup is from %1 (%2 people, %3 visits). Visits recorded after "
            "that time are not in it.\n\nRestore this backup? The damaged file is kept aside "
            "for staff, not deleted.",
        )
        .replace("%1", local)
        .replace("%2", str(report.counts.get("person", 0)))
        .replace("%3", str(report.counts.get("visit", 0)))
    )
    box = QMessageBox(QMessageBox.Icon.Critical, "Front Desk", text, parent=parent)
    box.setObjectName("recovery_box")
    box.setDetailedText("\n".join(damaged.problems[:20]))
    restore = box.addButton(
        translate("App", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box


def ask_restore_with_dialog(damaged: Damaged) -> bool:
    box = recovery_box(damaged)
    box.exec()
    return box.clickedButton() is box.buttons()[0]


# A file that cannot be opened for the desk: damaged, read-only, on a full disk, locked too long.
START_ERRORS: tuple[type[Exception], ...] = (DatabaseProblem, OSError, DatabaseError, *DB_ERRORS)


def open_checked(
    path: Path,
    ask_restore: AskRestore,
    file_key: bytes | None = None,
    *,
    check: bool = True,
    unencrypted: bool = False,
) -> Database:
    """Check the file before opening it; a damaged file is set aside for the latest good backup.

    `file_key` (unsealed by the sign-in) opens an encrypted file and its backups; a plain file
    is opened only with `unencrypted`. `check=False` skips the full check (the last desk closed
    cleanly: the window checks the file in the background instead). Raises StartRefused with
    the sentence to show when the desk cannot start.
    """
    connect: FileConnector = connect_plain_file
    if file_key is not None:
        keyed = file_key
        connect = lambda target: connect_keyed(target, DatabaseKey(keyed, file_header(target)))  # noqa: E731
    problems = integrity_problems(path, connect) if check and path.exists() else []
    if not problems:
        try:
            return Database.open(path, file_key=file_key, unencrypted=unencrypted)
        except START_ERRORS as exc:
            if check or not is_damage(exc):
                raise StartRefused(describe_start_problem(exc)) from exc
            # The check was skipped (a clean close), and the file turns out damaged: check now.
            log.error("database %s did not open: %s", path, exc)
            problems = integrity_problems(path, connect) or [str(exc)]
    log.error("database %s failed its check: %s", path, problems[:5])
    found = latest_good_backup(path, connect)
    damaged = Damaged(path, problems, found)
    if found is None:
        raise StartRefused(
            translate(
                "App",
                "The database file %1 is damaged and there is no good backup of it. "
                "Nothing was changed. Tell a staff member; the log file is %2.",
            )
            .replace("%1", str(path))
            .replace("%2", str(log_file(data_dir())))
        )
    if not ask_restore(damaged):
        raise StartRefused(
            translate("App", "The damaged database was left as it is. Tell a staff member.")
        )
    try:
        restore_backup(
            found[0].path, path, take_lock=False, connect_file=connect, label="damaged",
            back_up_first=False,
        )  # fmt: skip
        return Database.open(path, file_key=file_key, unencrypted=unencrypted)
    except START_ERRORS as exc:
        raise StartRefused(describe_start_problem(exc)) from exc


def is_damage(exc: BaseException) -> bool:
    """The error says the file's contents are damaged (not: locked, read-only, disk full)."""
    if isinstance(exc, DatabaseCorrupt):
        return True
    text = str(exc).lower()
    return isinstance(exc, (DatabaseError, *DB_ERRORS)) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    )


def describe_start_problem(exc: BaseException) -> str:
    from desktop.ui.messages import describe_error

    return describe_error(exc)


def lock_desk(path: Path) -> InstanceLock:
    """This window's hold on the file (no key needed). Raises StartRefused when another window
    has it, or the folder cannot be written."""
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except AlreadyOpen as exc:
        raise StartRefused(
            translate(
                "App",
                "Front Desk is already open on this database, in %1. Use that window, or close "
                "it first. Two windows on one file could hand out the same queue number.",
            ).replace("%1", exc.holder)
        ) from exc
    except OSError as exc:  # the folder is read-only, or the disk is full
        raise StartRefused(describe_start_problem(exc)) from exc
    return lock


def start_desk(
    path: Path,
    ask_restore: AskRestore,
    file_key: bytes | None = None,
    *,
    unencrypted: bool = False,
    lock: InstanceLock | None = None,
) -> tuple[Database, InstanceLock]:
    """Lock the file for this window (unless `lock` is held already), check it, open (and
    migrate) it. Raises StartRefused.

    The full check (minutes on a large file) runs here only when the last desk on the file did
    not close cleanly, or nobody knows (a new lock, a copied file); otherwise the window runs
    it in the background (desktop/ui/file_check.py).
    """
    lock = lock or lock_desk(path)
    try:
        checked = open_checked(
            path, ask_restore, file_key, check=not lock.last_closed_cleanly,
            unencrypted=unencrypted,
        )  # fmt: skip
        return checked, lock
    except BaseException:
        lock.release()
        raise


FirstAdmin = tuple[str, str, str]  # user name, full name, password


def sign_in_at_start(db: Database, first_admin: FirstAdmin | None) -> Actor:
    """Who uses the desk: the admin just created, a new first admin, or a sign-in."""
    with db.write() as session:
        prepare_database(session)
        settings = load_settings(session)
        no_admin = needs_first_admin(session)
    if first_admin is not None:
        username, display_name, password = first_admin
        try:
            with db.write() as session:
                return create_first_admin(
                    session=session, username=username, display_name=display_name,
                    password=password,
                )  # fmt: skip
        except FrontDeskError as exc:
            log.warning("first admin not created: %s", exc)  # asked again below
    if no_admin:  # never made anyone's by typing a name
        raise StartRefused(no_admin_message(db.path))
    return sign_in(db, ask_credentials_with_dialog(settings.centre_name))


def no_admin_message(path: Path) -> str:
    return translate(
        "App",
        "No admin account can sign in to %1, so the desk does not open: nobody becomes its "
        "admin by typing a name. Restore a backup, or set up a new desk.",
    ).replace("%1", str(path))


def backup_at_exit(db: Database, second_folder: str) -> None:
    try:
        take_backup(db, reason="exit", second_folder=Path(second_folder) if second_folder else None)
    except DatabaseProblem as exc:
        log.error("backup at exit failed: %s", exc)


def check_in_background(db: Database, window: QWidget) -> FileCheck:
    """The full file check the start skipped, run now; a problem is shown as soon as found."""
    check = FileCheck(db, window)

    def report(problems: list[str]) -> None:
        if problems:
            problem_box(window).open()

    check.checked.connect(report)
    check.start()
    return check


@dataclass(frozen=True)
class OpenDesk:
    """A file locked for this window, checked, migrated and prepared; what the sign-in needs."""

    db: Database
    lock: InstanceLock
    centre_name: str
    no_admin: bool  # no admin can sign in yet: a new desk (the first run), or a plain file


def open_desk(
    path: Path,
    ask_restore: AskRestore,
    file_key: bytes | None = None,
    *,
    unencrypted: bool = False,
    lock: InstanceLock | None = None,
) -> OpenDesk:
    """start_desk, then the first writes of a start (system account, desk settings).

    Runs off the GUI thread at start (desktop/launch.py). Raises StartRefused.
    """
    db, lock = start_desk(path, ask_restore, file_key, unencrypted=unencrypted, lock=lock)
    try:
        try:
            centre_name, no_admin = _first_writes(db)
        except START_ERRORS as exc:
            if not is_damage(exc):
                raise StartRefused(describe_start_problem(exc)) from exc
            # Damage the skipped check would have found: check now, and offer the backup.
            log.error("database %s failed at its first write: %s", path, exc)
            db.dispose()
            db = open_checked(path, ask_restore, file_key, check=True, unencrypted=unencrypted)
            centre_name, no_admin = _first_writes(db)
    except BaseException:
        db.dispose()
        lock.release()
        raise
    return OpenDesk(db, lock, centre_name, no_admin)


def _first_writes(db: Database) -> tuple[str, bool]:
    with db.write() as session:
        prepare_database(session)
        settings = load_settings(session)
        return settings.centre_name, needs_first_admin(session)
