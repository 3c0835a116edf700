"""The start as a volunteer meets it (desktop/launch.py): the sign-in is on screen at once and takes
typing while the file opens behind it; the desk follows once both are done."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import desktop.app
from desktop import launch
from desktop.db import Database
from desktop.db.backup import take_backup
from desktop.db.crypto import is_encrypted
from desktop.db.errors import AlreadyOpen
from desktop.db.instance import InstanceLock, lock_path_for
from desktop.services.accounts import create_first_admin
from desktop.services.desk_access import create_desk, open_signed_in
from desktop.ui.main_window import MainWindow
from tests.ui.test_startup import _damage

PASSWORD = "a good password"


@pytest.fixture
def desk_file(db_path: Path) -> Path:
    """An encrypted desk with one admin, Mei, closed as the desk leaves it."""
    create_desk(db_path, "mei", "Mei Chan", PASSWORD).db.dispose()
    return db_path


def _shown(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def _type_and_send(qtbot, dialog: QWidget, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def _when(ready: Callable[[], object], step: Callable[[], None]) -> QTimer:
    """Runs `step` once `ready()` is true, polling from whichever event loop the start runs
    (a dialog's, the wait for the file, the desk's): never blocking it."""
    poll = QTimer(interval=20)

    def check() -> None:
        if ready():
            poll.stop()
            step()

    poll.timeout.connect(check)
    poll.start()
    _polls.append(poll)
    return poll


_polls: list[QTimer] = []


def _when_shown(name: str, step: Callable[[QWidget], None]) -> None:
    _when(lambda: _shown(name) is not None, lambda: step(_shown(name)))  # type: ignore[arg-type]


def _close_desk(seen: dict[str, object]) -> None:
    def close(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        seen["user"] = window.actor.username
        window.runner.wait_for_done()
        window.close()

    _when_shown("main_window", close)


def test_the_sign_in_takes_typing_while_the_file_opens_then_the_desk_opens(
    qtbot, desk_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_open = desktop.app.open_desk

    def slow_open(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(20)  # a big file after a crash: the check takes a while
        return real_open(*args, **kwargs)

    monkeypatch.setattr(desktop.app, "open_desk", slow_open)
    seen: dict[str, object] = {}

    def sign_in(dialog: QWidget) -> None:
        seen["title"] = dialog.windowTitle()
        qtbot.keyClicks(dialog.username, "mei")
        qtbot.keyClicks(dialog.password, PASSWORD)
        seen["typed"] = dialog.username.text()
        seen["opened while typing"] = loaders[0].done
        _when_shown("opening_note", wait_note)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    def wait_note(note: QWidget) -> None:
        # Sent before the file is open: a note says why the desk is not there yet.
        seen["note"] = note.labelText()
        _close_desk(seen)
        release.set()

    loaders: list[launch.DeskLoader] = []
    monkeypatch.setattr(launch, "DeskLoader", _recording(loaders))
    _when_shown("sign_in_dialog", sign_in)
    assert launch.main(["--db", str(desk_file)]) == 0
    assert seen == {
        "title": "Sign in — Front Desk",
        "typed": "mei",
        "opened while typing": False,
        "note": "Opening the database…\nThe desk opens by itself when it is ready.",
        "user": "mei",
    }
    note = json.loads(lock_path_for(desk_file).read_text())
    assert note["closed_cleanly"]  # backed up, unlocked, healthy


def _recording(loaders: list[launch.DeskLoader]) -> Callable[[Path], launch.DeskLoader]:
    real = launch.DeskLoader

    def make(path: Path, **options: bool) -> launch.DeskLoader:
        loaders.append(real(path, **options))
        return loaders[-1]

    return make


def test_a_wrong_password_asks_again_with_the_reason_and_the_name_kept(
    qtbot, desk_file: Path
) -> None:
    seen: dict[str, object] = {}

    def wrong(dialog: QWidget) -> None:
        _when(lambda: (d := _shown("sign_in_dialog")) is not None and d.error.text(), again)
        _type_and_send(qtbot, dialog, "mei", "not her password")

    def again() -> None:
        dialog = _shown("sign_in_dialog")
        seen["error"] = dialog.error.text()
        seen["name kept"] = dialog.username.text()
        seen["title"] = dialog.windowTitle()
        _close_desk(seen)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    _when_shown("sign_in_dialog", wrong)
    assert launch.main(["--db", str(desk_file)]) == 0
    assert "Wrong user name or password" in str(seen["error"])
    assert seen["name kept"] == "mei"
    assert seen["title"] == "Sign in — Front Desk"  # nothing of the file is read before the key
    assert seen["user"] == "mei"


def test_cancelling_the_sign_in_leaves_the_file_closed_cleanly(
    qtbot, desk_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaders: list[launch.DeskLoader] = []
    monkeypatch.setattr(launch, "DeskLoader", _recording(loaders))

    def cancel() -> None:
        dialog = _shown("sign_in_dialog")
        assert isinstance(dialog, QDialog)
        dialog.reject()

    # Cancelled while the desk loads behind the sign-in (holding the file): it is let go, and
    # the file was never opened (the sign-in holds its key).
    _when(lambda: _shown("sign_in_dialog") and loaders and _locked(desk_file), cancel)
    assert launch.main(["--db", str(desk_file)]) == 0
    assert loaders[0].opened is None and loaders[0].error is None
    assert not _locked(desk_file)


def test_a_file_another_window_holds_closes_the_sign_in_and_says_why(
    qtbot, desk_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(launch, "refuse", lambda message: said.append(message) or 1)
    other = InstanceLock(desk_file).acquire()
    try:
        # Nobody touches the sign-in: the start finds the file taken and closes it by itself.
        assert launch.main(["--db", str(desk_file)]) == 1
    finally:
        other.release(clean=True)
    assert len(said) == 1 and "already open on this database" in said[0]
    assert _shown("sign_in_dialog") is None


@pytest.fixture(autouse=True)
def _no_polls_left() -> Iterator[None]:
    yield
    while _polls:
        _polls.pop().stop()


def test_a_damaged_file_is_offered_its_backup_after_the_sign_in(
    qtbot, desk_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _mei = open_signed_in(desk_file, "mei", PASSWORD)
    take_backup(db, reason="scheduled")
    db.dispose()  # the last connection folds the WAL into the file
    lock_path_for(desk_file).unlink(missing_ok=True)  # the last desk crashed: check first
    _damage(desk_file)
    seen: dict[str, object] = {}

    def restore(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["asked"] = "Restore this backup?" in box.text()
        _close_desk(seen)
        box.defaultButton().click()

    said: list[str] = []
    monkeypatch.setattr(launch, "refuse", lambda message: said.append(message) or 1)
    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
    _when_shown("recovery_box", restore)
    assert launch.main(["--db", str(desk_file)]) == 0, said
    assert seen == {"asked": True, "user": "mei"}
    assert any(".damaged-" in p.name for p in desk_file.parent.iterdir())


def test_the_first_dialog_needs_no_database_library() -> None:
    """What the sign-in waits for stays small: SQLAlchemy and the rest load behind it."""
    heavy = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "argon2", "rapidfuzz", "openpyxl")
    code = (
        "import sys, desktop.launch, desktop.ui.sign_in;"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).parents[2],
    )  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_a_new_desk_asks_the_admin_shows_the_recovery_key_then_a_restart_is_one_sign_in(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "frontdesk.sqlite3"
    seen: dict[str, object] = {}

    def first_run(dialog: QWidget) -> None:
        for field, text in (
            (dialog.username, "mei"),
            (dialog.display_name, "Mei Chan"),
            (dialog.password, PASSWORD),
            (dialog.password_again, PASSWORD),
        ):
            qtbot.keyClicks(field, text)
        _when_shown("recovery_key_dialog", keep_key)
        qtbot.keyClick(dialog.password_again, Qt.Key.Key_Return)

    def keep_key(dialog: QWidget) -> None:
        seen["recovery key"] = dialog.key.text()
        _close_desk(seen)
        qtbot.keyClick(dialog.kept, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.kept, Qt.Key.Key_Return)

    _when_shown("first_run_dialog", first_run)
    assert launch.main(["--db", str(path)]) == 0
    assert seen.pop("user") == "mei"
    assert is_encrypted(path) and len(str(seen.pop("recovery key"))) == 39

    # The next morning: one sign-in opens the desk.
    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
    _close_desk(seen)
    assert launch.main(["--db", str(path)]) == 0
    assert seen == {"user": "mei"}


def test_a_passphrase_desk_moves_to_accounts_at_its_next_start(qtbot, db_path: Path) -> None:
    old = Database.open(db_path, passphrase="the old shared passphrase")
    with old.write() as session:
        desktop.app.prepare_database(session)
        create_first_admin(
            session=session, username="mei", display_name="Mei Chan", password=PASSWORD
        )
    old.dispose()
    seen: dict[str, object] = {}

    def passphrase(dialog: QWidget) -> None:
        _when_shown("recovery_key_dialog", keep_key)
        qtbot.keyClicks(dialog.passphrase, "the old shared passphrase")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    def keep_key(dialog: QWidget) -> None:
        seen["recovery key shown"] = bool(dialog.key.text())
        _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
        _close_desk(seen)
        dialog.kept.setChecked(True)
        dialog.buttons.accepted.emit()

    _when_shown("passphrase_dialog", passphrase)
    assert launch.main(["--db", str(db_path)]) == 0
    assert seen == {"recovery key shown": True, "user": "mei"}
    assert any("before-accounts" in p.name for p in (db_path.parent / "data").rglob("*"))
    open_signed_in(db_path, "mei", PASSWORD)[0].dispose()  # her own password opens it now


def test_a_plain_file_is_refused_unless_asked_and_then_shows_a_red_band(
    qtbot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(launch, "refuse", lambda message: said.append(message) or 1)
    with db.write() as session:
        desktop.app.prepare_database(session)
    db.dispose()
    assert launch.main(["--db", str(db_path)]) == 1
    assert "is not encrypted" in said[-1] and "--unencrypted" in said[-1]
    # With --unencrypted but no admin: nobody becomes its admin by typing a name.
    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "eve", "eve's password"))
    assert launch.main(["--db", str(db_path), "--unencrypted"]) == 1
    assert "No admin account can sign in" in said[-1]
    plain = Database.open(db_path, unencrypted=True)
    with plain.read() as session:
        from desktop.services.accounts import needs_first_admin

        assert needs_first_admin(session)  # eve was not made
    with plain.write() as session:
        create_first_admin(
            session=session, username="mei", display_name="Mei Chan", password=PASSWORD
        )
    plain.dispose()
    seen: dict[str, object] = {}

    def band(window: QWidget) -> None:
        seen["band"] = window.plain_band.isVisible() and window.plain_band.text()
        window.runner.wait_for_done()
        window.close()

    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
    _when_shown("main_window", band)
    assert launch.main(["--db", str(db_path), "--unencrypted"]) == 0
    assert str(seen["band"]).startswith("Not encrypted: this database file is plain")


def test_the_sign_in_speaks_the_language_the_desk_was_last_shown_in(qtbot, desk_file: Path) -> None:
    seen: dict[str, object] = {}

    def switch_to_arabic(window: QWidget) -> None:
        assert isinstance(window, MainWindow)
        action = next(a for a in window.language_actions.actions() if a.data() == "ar")
        action.trigger()  # as from the Language menu
        window.runner.wait_for_done()
        window.close()

    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
    _when_shown("main_window", switch_to_arabic)
    assert launch.main(["--db", str(desk_file)]) == 0
    launch.language_switcher().switch("en")  # as a new process starts: in English

    def sign_in(dialog: QWidget) -> None:
        seen["intro"] = dialog.intro.text()
        seen["right to left"] = dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        _close_desk(seen)
        _type_and_send(qtbot, dialog, "mei", PASSWORD)

    _when_shown("sign_in_dialog", sign_in)
    assert launch.main(["--db", str(desk_file)]) == 0
    assert seen == {
        "intro": "سجّل الدخول بحسابك الخاص. لا تشارك كلمة المرور أبدًا.",
        "right to left": True,
        "user": "mei",
    }


def test_closing_the_desk_says_it_is_saving_a_backup_until_it_is_written(
    qtbot, desk_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = threading.Event()
    real_backup = desktop.app.backup_at_exit
    seen: dict[str, object] = {}

    def slow_backup(db: Database, folder: str) -> None:
        written.wait(20)  # a big file takes a while to copy and verify
        real_backup(db, folder)

    monkeypatch.setattr(desktop.app, "backup_at_exit", slow_backup)

    def closing(note: QWidget) -> None:
        seen["note"] = note.labelText()
        seen["desk gone"] = _shown("main_window") is None
        seen["file still locked"] = lock_path_for(desk_file).exists() and _locked(desk_file)
        written.set()

    _when_shown("sign_in_dialog", lambda d: _type_and_send(qtbot, d, "mei", PASSWORD))
    _close_desk(seen)
    _when_shown("closing_note", closing)
    assert launch.main(["--db", str(desk_file)]) == 0
    assert seen == {
        "user": "mei",
        "note": "Saving a backup before closing…",
        "desk gone": True,
        "file still locked": True,
    }
    backups = [p for p in (desk_file.parent / "data").rglob("*.sqlite3") if "exit" in p.name]
    assert len(backups) == 1  # written, then the file let go of
    with InstanceLock(desk_file) as lock:
        assert lock.last_closed_cleanly


def _locked(path: Path) -> bool:
    try:
        InstanceLock(path).acquire().release()
    except AlreadyOpen:
        return True
    return False
