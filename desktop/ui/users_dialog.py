"""The admin's list of accounts: add one, change a role, switch off, set a password, unlock."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.models import Role, UserAccount
from desktop.services import clock
from desktop.services.accounts import create_user, list_users, update_user
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.service_text import service_text
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.tasks import TaskRunner

ROLE_NAMES = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("UsersDialog", "Volunteer"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("UsersDialog", "Caseworker"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersDialog", "Admin"),
}


def _state(user: UserAccount) -> str:
    if not user.password_hash:
        return QT_TRANSLATE_NOOP("UsersTableModel", "cannot sign in")
    if not user.active:
        return QT_TRANSLATE_NOOP("UsersTableModel", "switched off")
    if user.locked_until and user.locked_until > clock.now():
        return QT_TRANSLATE_NOOP("UsersTableModel", "locked (wrong passwords)")
    return QT_TRANSLATE_NOOP("UsersTableModel", "active")


class UsersTableModel(RowTableModel[UserAccount]):
    context = "UsersTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("UsersTableModel", "User name"), lambda u: u.username),
        (QT_TRANSLATE_NOOP("UsersTableModel", "Name"), lambda u: u.display_name),
        (QT_TRANSLATE_NOOP("UsersTableModel", "Role"), lambda u: str(u.role)),
        (
            QT_TRANSLATE_NOOP("UsersTableModel", "State"),
            lambda u: QCoreApplication.translate("UsersTableModel", _state(u)),
        ),
    )


class NewUserDialog(QDialog):
    """A new account. Stays open with everything typed until the account is saved: a short
    password or one typed differently twice is said beside the form, nothing is lost."""

    submitted = Signal(str, str, str, str)  # user name, full name, role, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_user_dialog")
        self.setWindowTitle(self.tr("Add an account"))
        self.username = QLineEdit(objectName="new_username")
        self.display_name = QLineEdit(objectName="new_display_name")
        self.role = QComboBox(objectName="new_role")
        for role, name in ROLE_NAMES.items():
            self.role.addItem(self.tr(name), str(role))
        self.password = QLineEdit(objectName="new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(objectName="new_password_again")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="new_user_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First password"), self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.username.setFocus()

    def _submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            return
        self.error.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(
            self.username.text(),
            self.display_name.text(),
            str(self.role.currentData()),
            self.password.text(),
        )

    def show_error(self, message: str) -> None:
        """Say what is wrong; the fields keep what was typed, the password is typed again."""
        self.buttons.setEnabled(True)
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        self.password_again.clear()
        self.password.setFocus()


class UsersDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Accounts"))
        fit_to_screen(self, 720, 420)
        self.model = UsersTableModel(self)
        self.table = QTableView(objectName="users_table")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(objectName="users_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), objectName="users_add")
        self.role_button = QPushButton(self.tr("Change role…"), objectName="users_role")
        self.password_button = QPushButton(self.tr("New password…"), objectName="users_password")
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="users_unlock")
        self.off_button = QPushButton(self.tr("Switch off / on"), objectName="users_toggle")
        for button in (
            self.add_button, self.role_button, self.password_button, self.unlock_button,
            self.off_button,
        ):  # fmt: skip
            row.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.password_button.clicked.connect(self.new_password)
        self.unlock_button.clicked.connect(lambda: self._update(unlock=True))
        self.off_button.clicked.connect(self.toggle_active)
        self.refresh()

    def refresh(self) -> None:
        def work() -> list[UserAccount]:
            with self.db.read() as session:
                return list_users(session=session, actor=self.actor)

        self.runner.submit(work, self.model.set_rows, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(describe_error(exc))

    def _done(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self.status.setStyleSheet("")
            self.status.setText(text)
            self.refresh()

        return done

    def selected(self) -> UserAccount | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_user(self) -> None:
        dialog = NewUserDialog(self)
        dialog.submitted.connect(partial(self._create, dialog))
        self.new_user_dialog = dialog
        dialog.open()

    def _create(
        self, dialog: NewUserDialog, username: str, display_name: str, role: str, password: str
    ) -> None:
        def work() -> UserAccount:
            with self.db.write() as session:
                return create_user(
                    session=session, actor=self.actor, username=username,
                    display_name=display_name, role=role, password=password,
                )  # fmt: skip

        def done(user: UserAccount) -> None:
            dialog.accept()
            self._done(self.tr("Account added: %1.").replace("%1", user.username))(user)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                dialog.show_error(" ".join(service_text(m) for m in exc.errors.values()))
            else:
                dialog.show_error(describe_error(exc))

        self.runner.submit(work, done, failed)

    def _update(self, **changes: object) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("Choose an account in the list first."))
            return
        user_id: uuid.UUID = user.id

        def work() -> UserAccount:
            with self.db.write() as session:
                return update_user(session=session, actor=self.actor, user_id=user_id, **changes)  # type: ignore[arg-type]

        self.runner.submit(work, self._done(self.tr("Account changed.")), self._failed)

    def change_role(self) -> None:
        names = [self.tr(n) for n in ROLE_NAMES.values()]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Role"), self.tr("New role"), names, 0, False
        )
        if ok:
            self._update(role=str(list(ROLE_NAMES)[names.index(chosen)]))

    def new_password(self) -> None:
        text, ok = QInputDialog.getText(
            self, self.tr("New password"), self.tr("New password (tell the person in private)"),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        if ok:
            self._update(password=text)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._update(active=not user.active)
