"""The consent step of the intake: what is stored, why, who sees it; what the member agrees to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import clock
from desktop.services.consent import SCOPE_CONTACT, SCOPE_RECORDS, SCOPE_REFERRALS
from desktop.ui.service_text import service_text


class ConsentBox(QGroupBox):
    """Read the text to the member (or let them read it), then tick what they agree to."""

    def __init__(self, taken_by: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Consent (read this to the member)"), parent)
        self.setObjectName("consent_box")
        text = QLabel(
            self.tr(
                "We keep your name, contact details, immigration status and the services you "
                "receive, so that we can help you and plan our services. Only centre staff and "
                "volunteers see your record; notes about your needs are seen by staff only. We "
                "never give your details to the Immigration Department or the police. You can "
                "ask to see, correct or delete your record at any time."
            ),
            objectName="consent_text",
        )
        text.setWordWrap(True)
        self.records = QCheckBox(
            self.tr("Agrees that the centre keeps this record (needed to register) *"),
            objectName="consent_records",
        )
        self.referrals = QCheckBox(
            self.tr("Agrees to share details with partner organisations when referred"),
            objectName="consent_referrals",
        )
        self.contact = QCheckBox(
            self.tr("Agrees to be phoned or messaged about services"),
            objectName="consent_contact",
        )
        self.date = QLineEdit(clock.today().strftime("%d/%m/%Y"), objectName="consent_date")
        self.error = QLabel(objectName="error_consent")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(text)  # a wrapped label in a form row gets squeezed; this one must show
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.records)
        form.addRow(self.referrals)
        form.addRow(self.contact)
        form.addRow(self.error)
        form.addRow(self.tr("Consent date"), self.date)
        form.addRow(self.tr("Taken by"), QLabel(taken_by, objectName="consent_taken_by"))

    def scope(self) -> list[str]:
        chosen = (
            (self.records, SCOPE_RECORDS),
            (self.referrals, SCOPE_REFERRALS),
            (self.contact, SCOPE_CONTACT),
        )
        return [code for box, code in chosen if box.isChecked()]

    def show_errors(self, errors: dict[str, str]) -> None:
        message = " ".join(
            service_text(errors[k]) for k in ("consent", "consent_date") if k in errors
        )
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if "consent" in errors:
            self.records.setFocus()
        elif "consent_date" in errors:
            self.date.setFocus()
