"""Opening the desk: the first run (first admin, recovery key), the sign-in, and the passphrase
of a desk from before accounts held the key (asked once, to move it).

These dialogs are the first thing on screen (desktop/launch.py shows them while the database
opens behind them), so this module imports Qt and nothing heavy: SQLAlchemy and the services
load in the functions that need the open database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.db.file_header import is_encrypted
from desktop.services.errors import FrontDeskError

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop.db import Database
    from desktop.db.crypto import DatabaseKey
    from desktop.services.actor import Actor


def _min_password() -> int:
    from desktop.services.accounts import MIN_PASSWORD

    return MIN_PASSWORD


def describe_error(exc: BaseException) -> str:
    from desktop.ui.messages import describe_error as describe

    return describe(exc)


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class _Form(QDialog):
    """A small form with an error line and OK/Cancel; `check()` returns the error or ""."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.intro = QLabel(intro, objectName="sign_in_intro")
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel(objectName="sign_in_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> str:
        return ""

    def first_field(self) -> QWidget | None:
        """The field that gets the keys on opening: the first empty one (else the first)."""
        fields = [
            item.widget()
            for row in range(self.form.rowCount())
            if (item := self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)) is not None
            and isinstance(item.widget(), QLineEdit)
        ]
        empty = [field for field in fields if isinstance(field, QLineEdit) and not field.text()]
        return (empty or fields or [None])[0]

    def showEvent(self, event: QShowEvent) -> None:
        # Without this the OK button, made first, has the focus: a typed passphrase is lost.
        super().showEvent(event)
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def _accept_if_valid(self) -> None:
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.accept()


class FirstRunDialog(_Form):
    """A new desk: create the first admin. The file is encrypted with a random key that each
    account's password opens; a recovery key is shown once after (RecoveryKeyDialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Set up Front Desk"),
            self.tr(
                "This computer holds personal data about people who fled persecution. The "
                "database is encrypted: each person signs in with their own account, and "
                "without an account's password a stolen computer or backup shows nothing.\n\n"
                "Create the first admin account (the person who will add the volunteers' "
                "accounts). Next you will see a recovery key to print and keep in the "
                "office safe."
            ),
            parent,
        )
        self.setObjectName("first_run_dialog")
        self.username = QLineEdit(objectName="first_username")
        self.display_name = QLineEdit(objectName="first_display_name")
        self.password = _secret("first_password")
        self.password_again = _secret("first_password_again")
        self.form.addRow(self.tr("Admin user name"), self.username)
        self.form.addRow(self.tr("Admin's full name"), self.display_name)
        self.form.addRow(self.tr("Admin password"), self.password)
        self.form.addRow(self.tr("Password again"), self.password_again)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self) -> str:
        if not self.username.text().strip() or not self.display_name.text().strip():
            return self.tr("Type the admin's user name and full name.")
        if len(self.password.text()) < _min_password():
            return self.tr("The password needs at least %n characters.", "", _min_password())
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords are not the same.")
        return ""


class RecoveryKeyDialog(_Form):
    """The recovery key, shown once: to print or write down and keep in the office safe."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The recovery key"),
            self.tr(
                "Write this recovery key down or print this window, and keep it in the office "
                "safe. It opens the desk if every admin's password is lost; nothing else can. "
                "It is shown only now."
            ),
            parent,
        )
        self.setObjectName("recovery_key_dialog")
        self.key = QLineEdit(recovery_key, objectName="recovery_key")
        self.key.setReadOnly(True)
        font = self.key.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 3)
        self.key.setFont(font)
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.kept = QCheckBox(self.tr("I have put the recovery key in a safe place"))
        self.kept.setObjectName("recovery_key_kept")
        self.form.addRow(self.tr("Recovery key"), self.key)
        self.form.addRow(self.kept)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.kept.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget | None:
        return self.kept  # the key is read-only: Space ticks the box, then Enter goes on

    def check(self) -> str:
        return "" if self.kept.isChecked() else self.tr("Tick the box once the key is kept.")

    def reject(self) -> None:  # Esc does not skip it: the key is never shown again
        self.show_error(self.check())


class PassphraseDialog(_Form):
    """A desk from before accounts held the key: its passphrase, once, to move it to accounts."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Open the database"),
            self.tr(
                "The database %1 still opens with the old shared passphrase. Type it once: "
                "the desk then moves to one sign-in per account (a backup is taken first), "
                "and the passphrase opens nothing any more."
            ).replace("%1", file_name),
            parent,
        )
        self.setObjectName("passphrase_dialog")
        self.passphrase = _secret("passphrase")
        self.form.addRow(self.tr("Passphrase"), self.passphrase)

    def check(self) -> str:
        return "" if self.passphrase.text() else self.tr("Type the passphrase.")


class SignInDialog(_Form):
    """Who is at the desk. The caller checks the password and calls `show_error` on failure."""

    submitted = Signal(str, str)

    def __init__(self, centre: str, parent: QWidget | None = None) -> None:
        super().__init__(
            "",
            self.tr("Sign in with your own account. Never share your password."),
            parent,
        )
        self.set_centre(centre)
        self.setObjectName("sign_in_dialog")
        self.username = QLineEdit(objectName="sign_in_username")
        self.password = _secret("sign_in_password")
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Password"), self.password)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_centre(self, centre: str) -> None:
        self.setWindowTitle(self.tr("Sign in — %1").replace("%1", centre))

    def check(self) -> str:
        if not self.username.text().strip() or not self.password.text():
            return self.tr("Type your user name and password.")
        return ""

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.password.clear()
        self.password.setFocus()


class OpeningCancelled(Exception):
    """The person closed a start-up dialog: the desk does not open, nothing was changed."""


AskPassphrase = Callable[[str], str | None]  # shows the error (or ""), returns None on Cancel
AskCredentials = Callable[[str], tuple[str, str] | None]


def database_key(path: Path, ask: AskPassphrase) -> DatabaseKey | None:
    """The key for an encrypted file, asking until the passphrase opens it; None for a plain file.

    Raises OpeningCancelled. A wrong passphrase changes nothing in the file.
    """
    if not is_encrypted(path):
        return None
    from desktop.db.crypto import WrongPassphrase, connect_keyed, key_for_file
    from desktop.db.errors import DRIVER_OPERATIONAL_ERRORS, DatabaseProblem

    keying_errors: tuple[type[Exception], ...] = (
        DatabaseProblem,
        OSError,
        *DRIVER_OPERATIONAL_ERRORS,
    )
    error = ""
    while True:
        passphrase = ask(error)
        if passphrase is None:
            raise OpeningCancelled
        key = key_for_file(path, passphrase)
        try:
            connect_keyed(path, key).close()
            return key
        except WrongPassphrase:
            error = describe_error(WrongPassphrase(path))
        except keying_errors as exc:  # a full disk, a damaged or unreadable file: not the phrase
            log.error("keying %s failed: %s", path, exc)
            error = describe_error(exc)


def sign_in(db: Database, ask: AskCredentials) -> Actor:
    """Ask for a user name and password until they sign in. Raises OpeningCancelled."""
    error = ""
    while True:
        answer = ask(error)
        if answer is None:
            raise OpeningCancelled
        username, password = answer
        from desktop.services.accounts import attempt_login

        with db.write() as session:
            attempt = attempt_login(session=session, username=username, password=password)
        try:
            return attempt.actor_or_raise()
        except FrontDeskError as exc:
            error = describe_error(exc)


def ask_passphrase_with_dialog(path: Path) -> AskPassphrase:
    def ask(error: str) -> str | None:
        dialog = PassphraseDialog(path.name)
        dialog.show_error(error)
        return dialog.passphrase.text() if dialog.exec() else None

    return ask


def ask_credentials_with_dialog(centre: str, username: str = "") -> AskCredentials:
    last = {"username": username}

    def ask(error: str) -> tuple[str, str] | None:
        dialog = SignInDialog(centre)
        dialog.username.setText(last["username"])
        if last["username"]:
            dialog.password.setFocus()
        dialog.error.setText(error)
        if not dialog.exec():
            return None
        last["username"] = dialog.username.text().strip()
        return last["username"], dialog.password.text()

    return ask


FirstAdmin = tuple[str, str, str]  # user name, full name, password


def first_run_with_dialog() -> FirstAdmin | None:
    """A new desk: the first admin's account; None when the person cancels."""
    dialog = FirstRunDialog()
    if not dialog.exec():
        return None
    return dialog.username.text(), dialog.display_name.text(), dialog.password.text()


def show_recovery_key(recovery_key: str) -> None:
    RecoveryKeyDialog(recovery_key).exec()
