"""A service rule says no: each breach in plain words with the last time, and an override with a
required reason for the roles that may give one (a volunteer is told whom to ask)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from babel.dates import format_date, get_day_names
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import clock
from desktop.services.accounts import attempt_login, override_approver
from desktop.services.actor import Actor
from desktop.services.errors import (
    BREACH_CLOSED_DAY,
    BREACH_LIMIT,
    BREACH_MEMBERSHIP,
    BREACH_WITHDRAWN,
    Breach,
)
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.language import babel_locale, service_label

if TYPE_CHECKING:
    from desktop.db import Database

REASON_MAX = 300  # VisitService.override_reason's length
_STATUSES = {
    "inactive": QT_TRANSLATE_NOOP("OverrideDialog", "inactive"),
    "deceased": QT_TRANSLATE_NOOP("OverrideDialog", "deceased"),
    "anonymised": QT_TRANSLATE_NOOP("OverrideDialog", "anonymised"),
    "merged": QT_TRANSLATE_NOOP("OverrideDialog", "merged into another record"),
}


def describe_breach(breach: Breach) -> str:
    """The rule `breach` breaks, in one sentence in the window's language."""
    service = service_label(breach.service_code, breach.service_name or breach.service_code)
    if breach.kind == BREACH_LIMIT:
        if breach.per_household:
            text = translate(
                "OverrideDialog",
                "%1: at most %n per household every %2 days, and this household has had it.",
                None,
                breach.limit_count,
            )
        else:
            text = translate(
                "OverrideDialog",
                "%1: at most %n per person every %2 days, and this person has had it.",
                None,
                breach.limit_count,
            )
        return text.replace("%1", service).replace("%2", str(breach.limit_days))
    if breach.kind == BREACH_CLOSED_DAY:
        day = get_day_names("wide", locale=babel_locale())[breach.weekday]
        return (
            translate("OverrideDialog", "%1 is not given on %2.")
            .replace("%1", service)
            .replace("%2", day)
        )
    if breach.kind == BREACH_WITHDRAWN:
        return translate("OverrideDialog", "%1 is not offered any more.").replace("%1", service)
    if breach.kind == BREACH_MEMBERSHIP:
        status = _STATUSES.get(breach.status, breach.status)
        return translate("OverrideDialog", "This membership is %1, not active.").replace(
            "%1", translate("OverrideDialog", status)
        )
    return breach.reason  # a rule this window does not know yet: the service's own words


def describe_last_time(breach: Breach) -> str:
    """'Last time: 3 Nov 2026 (9 days ago)', or '' when the rule is not about an earlier visit."""
    if breach.last_date is None:
        return ""
    days = (clock.today() - breach.last_date).days
    when = format_date(breach.last_date, "medium", locale=babel_locale())
    if days <= 0:
        return translate("OverrideDialog", "Last time: %1 (today)").replace("%1", when)
    return translate("OverrideDialog", "Last time: %1 (%n day(s) ago)", None, days).replace(
        "%1", when
    )


Approval = tuple[str, str]  # a caseworker's or admin's user name and password, typed here


def approve_in_place(db: Database, approval: Approval | None) -> Actor | None:
    """The staff member who approved at this desk, for one visit; None when no one had to.

    Their sign-in is checked (and a wrong password counted) in its own transaction, so failures
    count even though the check-in then stops. Raises LoginFailed (also for a
    locked account), PermissionDenied (a volunteer's account).
    """
    if approval is None:
        return None
    username, password = approval
    with db.write() as session:
        attempt = attempt_login(session=session, username=username, password=password)
    return override_approver(attempt)


class OverrideDialog(QDialog):
    """Shown with open(); `override_confirmed(reason)` fires once a reason is given (and, for a
    volunteer, a caseworker's or admin's own user name and password: `approval`).
    `others_chosen` checks in the services whose rules allow them (Alt+O)."""

    override_confirmed = Signal(str)
    others_chosen = Signal()

    def __init__(
        self,
        breaches: Sequence[Breach],
        *,
        may_override: bool,
        reason: str = "",
        others: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.breaches = list(breaches)
        self.may_override = may_override
        self.heading = QLabel(objectName="override_heading")
        self.heading.setStyleSheet("color: #b00020; font-weight: bold; font-size: 15pt;")
        self.heading.setWordWrap(True)
        self.rules = QLabel(objectName="override_rules")
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet(
            "background: #fff4e5; border: 1px solid #e0a040; padding: 8px; font-size: 12pt;"
        )
        self.reason_label = QLabel(objectName="override_reason_label")
        self.reason_label.setWordWrap(True)
        self.reason = QLineEdit(reason, objectName="override_reason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason_label.setBuddy(self.reason)
        self.error = QLabel(objectName="override_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.reason.textEdited.connect(lambda _t: self.error.hide())
        self.who_to_ask = QLabel(objectName="override_who_to_ask")
        self.who_to_ask.setWordWrap(True)
        self.who_to_ask.setStyleSheet("font-weight: bold;")
        # A volunteer's desk: staff approve here with their own account, for this visit only.
        self.approver = QLineEdit(objectName="override_approver")
        self.approver_password = QLineEdit(objectName="override_approver_password")
        self.approver_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.approval: Approval | None = None
        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(objectName="override_confirm")
        self.others_button = QPushButton(objectName="override_others")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("override_cancel")
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.clicked.connect(self.confirm)
        if others:
            self.buttons.addButton(self.others_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.others_button.setAutoDefault(False)
            self.others_button.clicked.connect(self._others)
        else:
            self.others_button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.rules)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        if not may_override:
            layout.addWidget(self.who_to_ask)
            form = QFormLayout()
            self.approver_label = QLabel()
            self.approver_label.setBuddy(self.approver)
            self.password_label = QLabel()
            self.password_label.setBuddy(self.approver_password)
            form.addRow(self.approver_label, self.approver)
            form.addRow(self.password_label, self.approver_password)
            layout.addLayout(form)
        else:
            self.approver.hide()
            self.approver_password.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.cancel_button.setAutoDefault(False)  # only once: a button's default is its dialog's
        self.confirm_button.setDefault(True)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def setVisible(self, visible: bool) -> None:
        retry = self.error.text() and not self.may_override and self.reason.text()
        (self.approver_password if retry else self.reason).setFocus()
        super().setVisible(visible)  # QDialog selects the focused line's text as if tabbed to
        if visible:
            self.reason.deselect()  # a reason kept from before: carry on from its end
            self.reason.end(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("A service rule says no"))
        self.heading.setText(
            self.tr("Not checked in yet: %n rule(s) stop this check-in.", "", len(self.breaches))
        )
        self.rules.setText(self._rules_html())
        self.reason_label.setText(
            self.tr("&Why give it anyway? The reason is required and kept on file:")
        )
        self.reason.setPlaceholderText(self.tr("For example: family of six, flat flooded"))
        self.confirm_button.setText(
            self.tr("Override and check in")
            if self.may_override
            else self.tr("Approve and check in")
        )
        self.others_button.setText(self.tr("Check in the &others only (Alt+O)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.who_to_ask.setText(
            self.tr(
                "Only a caseworker or an admin can override a rule. They type their own user "
                "name and password here; it counts for this visit only and the desk stays yours."
            )
        )
        if not self.may_override:
            self.approver_label.setText(self.tr("&Staff user name"))
            self.password_label.setText(self.tr("Staff &password"))
        if self.error.isVisible():
            self._say_reason_needed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate_ui()
        super().changeEvent(event)

    def _rules_html(self) -> str:
        items = []
        for breach in self.breaches:
            who = f"<b>{escape(breach.member_name)}</b><br>" if breach.member_name else ""
            last = describe_last_time(breach)
            last_html = f"<br><span style='color:#7a4a00'>{escape(last)}</span>" if last else ""
            items.append(f"<li>{who}{escape(describe_breach(breach))}{last_html}</li>")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "rtl" if rtl else "ltr"  # rich text does not follow the layout by itself
        return f"<ul dir='{direction}' style='margin:0'>" + "".join(items) + "</ul>"

    def reason_text(self) -> str:
        return str(self.reason.text())

    def confirm(self) -> None:
        """Accept with the reason (and a volunteer's staff approval), or say what is missing."""
        reason = self.reason.text().strip()
        if not reason:
            QApplication.beep()
            self._say_reason_needed()
            self.reason.setFocus()
            return
        if not self.may_override:
            name, password = self.approver.text().strip(), self.approver_password.text()
            if not name or not password:
                QApplication.beep()
                self.show_error(
                    self.tr("A caseworker or admin types their user name and password.")
                )
                (self.approver if not name else self.approver_password).setFocus()
                return
            self.approval = (name, password)
        self.override_confirmed.emit(reason)
        self.accept()

    def _others(self) -> None:
        self.others_chosen.emit()
        self.accept()

    def show_error(self, message: str, approver: str = "") -> None:
        """A refused approval (wrong password, a volunteer's account): try again here."""
        if approver:
            self.approver.setText(approver)
        self.error.setText(message)
        self.error.show()
        if message and not self.may_override:
            self.approver_password.clear()
            self.approver_password.setFocus()

    def _say_reason_needed(self) -> None:
        self.error.setText(
            self.tr("Write why the rule is overridden. Without a reason nothing is saved.")
        )
        self.error.show()
