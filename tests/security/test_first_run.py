"""The first start on a fresh machine: the first admin, a random key that her password opens,
and a recovery key shown once; then the desk opens signed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import sign_in_at_start, start_desk
from desktop.db.crypto import is_encrypted
from desktop.db.keyring import read_keys, unseal_with_recovery
from desktop.models import Role
from desktop.services.desk_access import make_new_keys
from desktop.ui.sign_in import FirstRunDialog, RecoveryKeyDialog, first_run_with_dialog


def _fill(dialog: FirstRunDialog, password: str, again: str) -> None:
    dialog.username.setText("mei")
    dialog.display_name.setText("Mei Chan")
    dialog.password.setText(password)
    dialog.password_again.setText(again)


def test_first_run_dialog_refuses_short_or_mismatched_passwords(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.add_widget(dialog)
    _fill(dialog, "short", "short")
    assert "at least 8 characters" in dialog.check()
    _fill(dialog, "password123", "password124")
    assert "not the same" in dialog.check()
    _fill(dialog, "password123", "password123")
    assert dialog.check() == ""
    assert not hasattr(dialog, "passphrase")  # no shared secret is asked for


def test_fresh_machine_asks_the_admin_then_opens_encrypted_and_signed_in(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "frontdesk.sqlite3"

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog))
        _fill(dialog, "password123", "password123")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, answer)
    first_admin = first_run_with_dialog()
    assert first_admin is not None
    file_key, recovery = make_new_keys(path)
    db, lock = start_desk(path, lambda _damaged: False, file_key)
    try:
        actor = sign_in_at_start(db, first_admin)
        assert actor.role == Role.ADMIN and actor.username == "mei"
    finally:
        db.dispose()
        lock.release()
    assert is_encrypted(path)
    keys = read_keys(path)
    assert keys is not None and keys.accounts() == {"mei"}
    assert unseal_with_recovery(keys, recovery) == file_key


def test_the_recovery_key_cannot_be_skipped_by_accident(qtbot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    qtbot.add_widget(dialog)
    dialog.show()
    dialog.reject()  # Esc
    assert dialog.isVisible() and "Tick the box" in dialog.error.text()
    dialog.kept.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.width() <= 1366
