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
from pathlib import Path
from typing import TYPE_CHECKING

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
)
from desktop.ui.translators import language_switcher, remembered_language

if TYPE_CHECKING:
    from desktop.app import Damaged, OpenDesk
    from desktop.db.crypto import DatabaseKey
    from desktop.services.actor import Actor

log = logging.getLogger("frontdesk")

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
    relay = _Relay()
    done = threading.Event()

    def run() -> None:
        try:
            work()
        except Exception:
            log.exception("%s failed", name)
        finally:
            done.set()
            relay.finished.emit()

    thread = threading.Thread(target=run, name=name)
    thread.start()
    WaitNote(name, text).wait(relay.finished, done.is_set)
    thread.join()


class DeskLoader:
    """Imports the desk and opens the database file in a thread, from the moment Qt is up.

    `open_file(key)` lets it open the file (at once for a plain file; after the passphrase for
    an encrypted one). `wait()` returns the OpenDesk or raises what the opening raised. A
    damaged file's restore question is asked on the GUI thread while the thread waits.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.relay = _Relay()
        self.relay.restore_asked.connect(self._ask_restore, Qt.ConnectionType.QueuedConnection)
        self.opened: OpenDesk | None = None
        self.error: BaseException | None = None
        self._key: DatabaseKey | None = None
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

    def open_file(self, key: DatabaseKey | None) -> None:
        self._key = key
        self._go.set()

    def _run(self) -> None:
        try:
            app = importlib.import_module("desktop.app")  # SQLAlchemy, services, the window
            log.debug("desk modules imported")
            self._go.wait()
            if self._cancelled:
                return
            self.opened = app.open_desk(self.path, self._restore_from_thread, self._key)
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


def ask_first(path: Path, loader: DeskLoader) -> tuple[FirstAdmin | None, tuple[str, str] | None]:
    """The first dialog: first run (new file), passphrase (encrypted) or sign-in (plain file).

    Returns the first admin to create, or the credentials typed while the file opened. Raises
    OpeningCancelled.
    """
    if not path.exists() or path.stat().st_size == 0 or is_encrypted(path):
        opening = first_run_with_dialog(path)
        if opening is None:
            raise OpeningCancelled
        key, first_admin = opening
        loader.open_file(key)
        return first_admin, None
    loader.open_file(None)
    return None, early_sign_in(loader)


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


def sign_in_opened(
    desk: OpenDesk, first_admin: FirstAdmin | None, typed: tuple[str, str] | None
) -> Actor:
    """Who uses the desk, once the file is open. Raises OpeningCancelled."""
    from desktop.app import sign_in_at_start
    from desktop.ui.sign_in import create_admin_with_dialog, sign_in

    if typed is None:
        return sign_in_at_start(desk.db, first_admin)
    if desk.no_admin:
        return create_admin_with_dialog(desk.db)
    later = ask_credentials_with_dialog(desk.centre_name, typed[0])
    asked = {"first": True}

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
    loader = DeskLoader(path)
    loader.start_after_first_paint(app)
    try:
        first_admin, typed = ask_first(path, loader)
        desk = loader.wait()
    except OpeningCancelled:
        loader.close_if_opened()
        return 0
    except Exception as exc:  # noqa: BLE001  (logged by start_problem, shown to the person)
        return refuse(start_problem(exc))
    return run_desk(desk, first_admin, typed)


def run_desk(desk: OpenDesk, first_admin: FirstAdmin | None, typed: tuple[str, str] | None) -> int:
    """Sign in, show the window, run until it closes; back up and unlock the file after."""
    import desktop.app as desk_app  # loaded by now; its names are looked up when used

    db, lock = desk.db, desk.lock
    closed_cleanly = False
    try:
        try:
            actor = sign_in_opened(desk, first_admin, typed)
        except OpeningCancelled:
            return 0
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
