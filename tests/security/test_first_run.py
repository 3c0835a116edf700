"""The first start on a fresh machine: passphrase and first admin, then the desk opens signed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import sign_in_at_start, start_desk
from desktop.db.crypto import is_encrypted
from desktop.models import Role
from desktop.ui.sign_in import FirstRunDialog, first_run_with_dialog


def _fill(dialog: FirstRunDialog, passphrase: str, again: str, password: str) -> None:
    dialog.passphrase.setText(passphrase)
    dialog.passphrase_again.setText(again)
    dialog.username.setText("mei")
    dialog.display_name.setText("Mei Chan")
    dialog.password.setText(password)
    dialog.password_again.setText(password)


def test_first_run_dialog_refuses_short_or_mismatched_passphrases(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.add_widget(dialog)
    _fill(dialog, "short", "short", "password123")
    assert "at least 10 characters" in dialog.check()
    _fill(dialog, "a long passphrase", "a long passphrasE", "password123")
    assert "not the same" in dialog.check()
    _fill(dialog, "a long passphrase", "a long passphrase", "a long passphrase")
    assert "different from the database passphrase" in dialog.check()
    _fill(dialog, "a long passphrase", "a long passphrase", "password123")
    assert dialog.check() == ""


def test_fresh_machine_asks_passphrase_and_admin_then_opens_encrypted_and_signed_in(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "frontdesk.sqlite3"

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        _fill(dialog, "a long passphrase", "a long passphrase", "password123")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    opening = first_run_with_dialog(path)
    assert opening is not None
    key, first_admin = opening
    db, lock = start_desk(path, lambda _damaged: False, key)
    try:
        actor = sign_in_at_start(db, first_admin)
        assert actor.role == Role.ADMIN and actor.username == "mei"
    finally:
        db.dispose()
        lock.release()
    assert is_encrypted(path)
