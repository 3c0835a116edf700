"""`python -m desktop [--db PATH]`: the first dialog at once, the desk loaded behind it.

A volunteer starts the desk with a queue waiting. Importing SQLAlchemy, the services and the
window's modules takes about a second, and a crashed last session adds a full file check; none
of it needs the person. So this module imports only Qt and the few light modules the first
dialog needs (sign-in, passphrase or first run), puts that dialog on screen, and lets a thread
(DeskLoader) import the rest and lock, check, migrate and prepare the file meanwhile. When the
person is faster than the loader, a small "Opening the database..." note shows until it is done.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from desktop.db.file_header import is_encrypted
from desktop.db.location import data_dir, resolve_db_path
from desktop.db.private_files import protect_data_folder
from desktop.logs import setup_logging
from desktop.ui.app_fonts import install_bundled_fonts
from desktop.ui.i18n import translate
from desktop.ui.sign_in import (
    AskCredentials,
    FirstAdmin,
    OpeningCancelled,
    SignInDialog,
    ask_credentials_with_dialog,
    first_run_with_dialog,
    show_recovery_key,
)
from desktop.ui.translators import language_switcher, remembered_language

if TYPE_CHECKING:
    from desktop.app import Damaged, OpenDesk
    from desktop.services.actor import Actor

log = logging.getLogger("frontdesk")
T = TypeVar("T")

WAIT_NOTE_MS = 400  # the person waits longer than this for the file: say what is happening


class _Relay(QObject):
    """Lives on the GUI thread; the loader's thread emits, Qt queues the calls over."""

    finished = Signal()
    restore_asked = Signal(object)  # Damaged


class _FirstPaint(QObject):
    """Calls `then` once, right after the first paint of any window, and steps aside."""

    def __init__(self, then: Callable[[], None], app: QCoreApplication) -> None:
        super().__init__(app)
        self._then = then
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class WaitNote:
    """A small window that says what the desk is waiting for, shown only when the wait is longer
    than WAIT_NOTE_MS; `wait` runs the events (the window stays alive) until `finished`."""

    def __init__(self, name: str, text: str, cancel: str | None = None) -> None:
        self.dialog = QProgressDialog(text, cancel or "", 0, 0)
        if cancel is None:
            self.dialog.setCancelButton(None)
        self.dialog.setObjectName(name)
        self.dialog.setWindowTitle("Front Desk")
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.cancelled = False

    def wait(self, finished: SignalInstance, done: Callable[[], bool]) -> None:
        loop = QEventLoop()
        finished.connect(loop.quit)  # connected before `done` is asked: no race
        self.dialog.canceled.connect(loop.quit)
        timer = QTimer(singleShot=True, interval=WAIT_NOTE_MS)
        timer.timeout.connect(self.dialog.show)
        timer.start()
        if not done():
            loop.exec()
        timer.stop()
        self.cancelled = self.dialog.wasCanceled()
        self.dialog.hide()
        self.dialog.deleteLater()


def run_with_note(work: Callable[[], None], name: str, text: str) -> None:
    """`work` on a thread while the events run, with a WaitNote if it takes a while. Errors
    are logged (the caller's work says what it could not do)."""
    try:
        run_for_result(work, name, text)
    except Exception:
        log.exception("%s failed", name)


def run_for_result(work: Callable[[], T], name: str, text: str) -> T:
    """`work`'s result, computed on a thread while the events run (a WaitNote if it takes a
    while): argon2 and whole-file work never freeze the window. Raises what `work` raised."""
    relay = _Relay()
    done = threading.Event()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # noqa: BLE001  (raised again on the GUI thread)
            box["error"] = exc
        finally:
            done.set()
            relay.finished.emit()

    thread = threading.Thread(target=run, name=name)
    thread.start()
    WaitNote(name, text).wait(relay.finished, done.is_set)
    thread.join()
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]  # type: ignore[return-value]


class DeskLoader:
    """Imports the desk and opens the database file in a thread, from the moment Qt is up.

    `open_file(file_key)` lets it open the file (at once for a plain file; once the sign-in
    has unsealed the file key for an encrypted one). `wait()` returns the OpenDesk or raises
    what the opening raised. A damaged file's restore question is asked on the GUI thread while
    the thread waits.
    """

    def __init__(self, path: Path, *, unencrypted: bool = False) -> None:
        self.path = path
        self.unencrypted = unencrypted
        self.relay = _Relay()
        self.relay.restore_asked.connect(self._ask_restore, Qt.ConnectionType.QueuedConnection)
        self.opened: OpenDesk | None = None
        self.error: BaseException | None = None
        self._key: bytes | None = None
        self._go = threading.Event()
        self._done = threading.Event()
        self._answered = threading.Event()
        self._restore = False
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="desk-loader", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and not self.done and not self._cancelled:
            self._thread.start()

    def start_after_first_paint(self, app: QCoreApplication) -> None:
        """Start once the first dialog is painted: its paint does not wait for the import lock
        and the interpreter lock the loader holds most of the time (tens of ms otherwise)."""
        starter = _FirstPaint(self.start, app)
        app.installEventFilter(starter)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def open_file(self, file_key: bytes | None) -> None:
        self._key = file_key
        self._go.set()

    def _run(self) -> None:
        lock = None
        try:
            app = importlib.import_module("desktop.app")  # SQLAlchemy, services, the window
            log.debug("desk modules imported")
            if self.path.exists():  # held while the person signs in: a second window is told
                lock = app.lock_desk(self.path)
            self._go.wait()
            if self._cancelled:
                if lock is not None:
                    lock.release(clean=lock.last_closed_cleanly)
                return
            self.opened = app.open_desk(
                self.path, self._restore_from_thread, self._key, unencrypted=self.unencrypted,
                lock=lock,
            )  # fmt: skip
        except BaseException as exc:  # noqa: BLE001  (handed to the GUI thread, which says it)
            self.error = exc
        finally:
            self._done.set()
            self.relay.finished.emit()

    def _restore_from_thread(self, damaged: Damaged) -> bool:
        self.relay.restore_asked.emit(damaged)
        self._answered.wait()
        return self._restore

    def _ask_restore(self, damaged: Damaged) -> None:
        from desktop.app import ask_restore_with_dialog

        try:
            self._restore = ask_restore_with_dialog(damaged)
        finally:
            self._answered.set()

    def close_if_opened(self, patience: float = 2.0) -> None:
        """The person quit before signing in: let go of the file if the opening finishes soon.

        An opening still busy after `patience` seconds (a long file check) is left to die with
        the process; its lock then tells the next start to check the file, as it should.
        """
        self._cancelled = True
        self._go.set()  # a loader still waiting for the key gives up
        if self._thread.is_alive():
            self._thread.join(patience)
        if self.opened is not None:
            self.opened.db.dispose()
            self.opened.lock.release(clean=True)  # opened means checked or known clean
            self.opened = None

    def wait(self) -> OpenDesk:
        """The opened desk, waiting (events running) if the thread is not done yet.

        Raises what the opening raised, or OpeningCancelled when the person quits the wait.
        """
        self.start()  # no paint came (a test's hidden dialog): start now
        if not self.done:
            self._wait_with_note()
        if self.error is not None:
            raise self.error
        assert self.opened is not None
        return self.opened

    def _wait_with_note(self) -> None:
        note = WaitNote(
            "opening_note",
            translate("App", "Opening the database…\nThe desk opens by itself when it is ready."),
            translate("App", "Quit"),
        )
        note.wait(self.relay.finished, lambda: self.done)
        if note.cancelled and not self.done:
            log.warning("start cancelled while %s was opening", self.path)
            raise OpeningCancelled


@dataclass
class Start:
    """What the first dialogs settled: a new desk's first admin and recovery key, or the
    credentials that opened the file (checked again inside it)."""

    first_admin: FirstAdmin | None = None
    typed: tuple[str, str] | None = None
    recovery_key: str = ""


def ask_first(path: Path, loader: DeskLoader) -> Start:
    """The first dialog: first run (no file), sign-in (encrypted: it unseals the file key), the
    old passphrase (a desk from before accounts: moved at once), or, only with --unencrypted,
    the sign-in on a plain file. Raises OpeningCancelled, StartRefusedEarly."""
    if not path.exists() or path.stat().st_size == 0:
        first_admin = first_run_with_dialog()
        if first_admin is None:
            raise OpeningCancelled
        file_key, recovery = run_for_result(
            lambda: _new_keys(path),
            "making_keys",
            translate("App", "Making the desk's keys…"),
        )
        loader.open_file(file_key)
        return Start(first_admin=first_admin, recovery_key=recovery)
    if is_encrypted(path):
        from desktop.db.keyring import read_keys

        keys = read_keys(path)
        if keys is None or keys.moving:
            return _move_passphrase_desk(path, loader)
        typed, file_key = sign_in_unsealing(path, loader)
        loader.open_file(file_key)
        return Start(typed=typed)
    if not loader.unencrypted:
        raise StartRefusedEarly(
            translate(
                "App",
                "The database %1 is not encrypted, so the desk does not open it. Front Desk "
                "opens a plain file only when started with --unencrypted (demos and tests).",
            ).replace("%1", str(path))
        )
    loader.open_file(None)
    return Start(typed=early_sign_in(loader))


class StartRefusedEarly(Exception):
    """The desk does not open the file; `message` says why (before anything is imported)."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _new_keys(path: Path) -> tuple[bytes, str]:
    from desktop.services.desk_access import make_new_keys

    return make_new_keys(path)


def sign_in_unsealing(path: Path, loader: DeskLoader) -> tuple[tuple[str, str], bytes]:
    """The sign-in on an encrypted desk: asked until the password unseals the file key.
    Wrong, unknown, locked and switched-off accounts get the same words. Raises
    OpeningCancelled; when the loader fails first (another window has the file) the dialog
    closes and the loader's error is raised."""
    dialog = SignInDialog("Front Desk")

    def failed() -> None:
        if loader.error is not None:
            dialog.reject()

    loader.relay.finished.connect(failed)
    try:
        return _ask_until_unsealed(path, dialog, loader)
    finally:
        loader.relay.finished.disconnect(failed)


def _ask_until_unsealed(
    path: Path, dialog: SignInDialog, loader: DeskLoader
) -> tuple[tuple[str, str], bytes]:
    while True:
        if loader.error is not None:
            raise loader.error
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if loader.error is not None:
                raise loader.error
            raise OpeningCancelled
        typed = dialog.username.text().strip(), dialog.password.text()
        try:
            file_key = run_for_result(
                lambda typed=typed: _unseal(path, *typed),  # type: ignore[misc]
                "signing_in",
                translate("App", "Signing in…"),
            )
        except Exception as exc:
            from desktop.db.keyring import SignInRefused

            if not isinstance(exc, SignInRefused):
                raise
            dialog.show_error(_wrong_sign_in())
            continue
        return typed, file_key


def _unseal(path: Path, username: str, password: str) -> bytes:
    from desktop.services.desk_access import unseal

    return unseal(path, username, password)


def _wrong_sign_in() -> str:
    from desktop.services.errors import LoginFailed
    from desktop.ui.sign_in import describe_error

    return describe_error(LoginFailed())


def _move_passphrase_desk(path: Path, loader: DeskLoader) -> Start:
    """A desk from before accounts held the key: its passphrase once, a backup, the file moved
    to a random key (desktop/db/rekey.py), the recovery key shown; then the sign-in in it."""
    from desktop.ui.sign_in import ask_passphrase_with_dialog, database_key

    old_key = database_key(path, ask_passphrase_with_dialog(path))
    assert old_key is not None  # encrypted: asked until it opens the file

    def move() -> tuple[bytes, str]:
        from desktop.db.rekey import move_to_accounts

        made = move_to_accounts(path, old_key)
        return made.file_key, made.recovery_key

    file_key, recovery = run_for_result(
        move, "moving_keys", translate("App", "Taking a backup and moving the desk to accounts…")
    )
    show_recovery_key(recovery)
    loader.open_file(file_key)
    return Start()


def early_sign_in(loader: DeskLoader) -> tuple[str, str]:
    """The sign-in dialog on a plain file, shown while it opens. Raises OpeningCancelled.

    When the opening fails first (another window has the file, say) the dialog closes and the
    caller's wait() raises that problem.
    """
    dialog = SignInDialog("Front Desk")

    def opened() -> None:
        if loader.opened is not None:
            dialog.set_centre(loader.opened.centre_name)
        elif loader.error is not None:
            dialog.reject()

    loader.relay.finished.connect(opened)
    if loader.done:
        opened()
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    loader.relay.finished.disconnect(opened)
    if not accepted and loader.error is None:
        raise OpeningCancelled
    return dialog.username.text().strip(), dialog.password.text()


def sign_in_opened(desk: OpenDesk, start: Start) -> Actor:
    """Who uses the desk, once the file is open. Raises OpeningCancelled, StartRefused."""
    from desktop.app import sign_in_at_start
    from desktop.ui.sign_in import sign_in

    if start.typed is None:  # a new desk's first admin, or a desk just moved from a passphrase
        actor = sign_in_at_start(desk.db, start.first_admin)
        if start.recovery_key:
            show_recovery_key(start.recovery_key)
        return actor
    if desk.no_admin:  # a plain file nobody can sign in to: never made anyone's by a name
        from desktop.app import StartRefused, no_admin_message

        raise StartRefused(no_admin_message(desk.db.path))
    from desktop.db.keyring import take_failures

    failures = take_failures(desk.db.path)
    if failures:
        from desktop.services.accounts import record_start_failures

        with desk.db.write() as session:
            record_start_failures(session, failures)
    later = ask_credentials_with_dialog(desk.centre_name, start.typed[0])
    asked = {"first": True}
    typed = start.typed

    def ask(error: str) -> tuple[str, str] | None:
        if asked.pop("first", False):
            return typed
        return later(error)

    ask_credentials: AskCredentials = ask
    return sign_in(desk.db, ask_credentials)


def refuse(message: str) -> int:
    QMessageBox.critical(None, "Front Desk", message)
    return 1


def start_problem(exc: BaseException) -> str:
    from desktop.app import StartRefused, describe_start_problem

    if isinstance(exc, StartRefused):
        log.error("start refused: %s", exc.message)
        return exc.message
    log.error("cannot open the database", exc_info=exc)
    return describe_start_problem(exc)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop", description="Front Desk")
    parser.add_argument("--db", help="database file (default: $FRONTDESK_DB or the data folder)")
    parser.add_argument(
        "--unencrypted",
        action="store_true",
        help="open a plain, unencrypted database file (demos and tests only)",
    )
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    setup_logging(data_dir())
    protect_data_folder(data_dir(), resolve_db_path(args.db))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Front Desk")
    install_bundled_fonts()
    language = remembered_language()
    if language != "en":  # the desk's language, kept by its window: the first dialog speaks it
        language_switcher().switch(language)
    path = resolve_db_path(args.db)
    log.info("Front Desk starting on %s", path)
    loader = DeskLoader(path, unencrypted=args.unencrypted)
    loader.start_after_first_paint(app)
    try:
        start = ask_first(path, loader)
        desk = loader.wait()
    except OpeningCancelled:
        loader.close_if_opened()
        return 0
    except StartRefusedEarly as exc:
        loader.close_if_opened()
        log.error("start refused: %s", exc.message)
        return refuse(exc.message)
    except Exception as exc:  # noqa: BLE001  (logged by start_problem, shown to the person)
        loader.close_if_opened()
        return refuse(start_problem(exc))
    return run_desk(desk, start)


def run_desk(desk: OpenDesk, start: Start) -> int:
    """Sign in, show the window, run until it closes; back up and unlock the file after."""
    import desktop.app as desk_app  # loaded by now; its names are looked up when used

    db, lock = desk.db, desk.lock
    closed_cleanly = False
    try:
        try:
            actor = sign_in_opened(desk, start)
        except OpeningCancelled:
            return 0
        except Exception as exc:  # noqa: BLE001  (a StartRefused: said to the person)
            return refuse(start_problem(exc))
        try:
            window = desk_app.build_window(db, actor)
        except Exception as exc:
            log.exception("cannot prepare %s", db.path)
            return refuse(start_problem(exc))
        window.resize(1280, 760)
        window.show()
        file_check = desk_app.check_in_background(db, window) if lock.last_closed_cleanly else None
        code = QApplication.exec()
        if file_check is not None:
            file_check.stop()
        # The window is gone; the file stays locked until the backup is written: say so.
        folder = window.settings.backup_copy_folder
        run_with_note(
            lambda: desk_app.backup_at_exit(db, folder),
            "closing_note",
            translate("App", "Saving a backup before closing…"),
        )
        # A check that failed makes the next start check first (and offer the backup). One cut
        # short by an early close does not: the next start checks in the background again, as
        # a full check before the desk (a minute on a big file) is for crashes.
        closed_cleanly = file_check is None or not file_check.found_problems
        return code
    finally:
        db.dispose()
        lock.release(clean=closed_cleanly)
        log.info("Front Desk stopped")
