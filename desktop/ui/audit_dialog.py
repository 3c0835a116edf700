"""The admin's window on the audit trail: filter by action, user and days; check the chain."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from babel.dates import format_datetime
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.audit import AuditRow, ChainProblem, action_names, list_events, verify_chain
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.language import babel_locale
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.table_views import fit_columns_to_contents
from desktop.ui.tasks import TaskRunner


class AuditTableModel(RowTableModel[AuditRow]):
    context = "AuditTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("AuditTableModel", "No."), lambda r: str(r.seq)),
        (
            QT_TRANSLATE_NOOP("AuditTableModel", "When"),
            lambda r: format_datetime(clock.to_local(r.at), "short", locale=babel_locale()),
        ),
        (QT_TRANSLATE_NOOP("AuditTableModel", "User"), lambda r: r.username or "—"),
        (QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda r: r.action),
        (QT_TRANSLATE_NOOP("AuditTableModel", "Record"), lambda r: r.entity_id),
        (
            QT_TRANSLATE_NOOP("AuditTableModel", "Detail"),
            lambda r: json.dumps(r.detail, ensure_ascii=False) if r.detail else "",
        ),
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("audit_dialog")
        self.setWindowTitle(self.tr("Audit trail"))
        fit_to_screen(self, 1000, 600)
        self.action = QComboBox(objectName="audit_action")
        self.action.addItem(self.tr("All actions"), "")
        self.user = QLineEdit(objectName="audit_user")
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setPlaceholderText(self.tr("user name"))
        today = clock.today()
        self.first = QDateEdit(_qdate(today.replace(day=1)), objectName="audit_from")
        self.first.setAccessibleName(self.tr("From"))
        self.last = QDateEdit(_qdate(today), objectName="audit_to")
        self.last.setAccessibleName(self.tr("To"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.show_button = QPushButton(self.tr("Show"), objectName="audit_show")
        self.verify_button = QPushButton(self.tr("Check the chain"), objectName="audit_verify")
        self.status = QLabel(objectName="audit_status")
        self.status.setWordWrap(True)
        self.model = AuditTableModel(self)
        self.table = QTableView(objectName="audit_table")
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self.model)
        fit_columns_to_contents(self.table)
        self.table.setAlternatingRowColors(True)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Action"), self.action),
            (self.tr("User"), self.user),
            (self.tr("From"), self.first),
            (self.tr("To"), self.last),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.show_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.user.returnPressed.connect(self.refresh)
        self.runner.submit(self._actions, self._fill_actions)
        self.refresh()

    def _actions(self) -> list[str]:
        with self.db.read() as session:
            return action_names(session)

    def _fill_actions(self, names: list[str]) -> None:
        for name in names:
            self.action.addItem(name, name)

    def refresh(self) -> None:
        action = str(self.action.currentData() or "")
        user = self.user.text()
        first, last = self.first.date().toPython(), self.last.date().toPython()

        def work() -> list[AuditRow]:
            with self.db.read() as session:
                return list_events(
                    session=session, actor=self.actor, action=action, username=user,
                    first=first, last=last,
                )  # fmt: skip

        self.runner.submit(work, self._show, self._failed)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(self.tr("%n event(s)", "", len(rows)))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe_error(exc))

    def verify(self) -> None:
        def work() -> list[ChainProblem]:
            with self.db.read() as session:
                return verify_chain(session)

        self.runner.submit(work, self._verified, self._failed)

    def _verified(self, problems: list[ChainProblem]) -> None:
        if not problems:
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.status.setText(self.tr("The audit trail is intact: no event changed or deleted."))
            return
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(
            self.tr("The audit trail was tampered with: %1").replace(
                "%1", "; ".join(str(p) for p in problems[:10])
            )
        )
