"""The intake form: every field a volunteer fills for a newcomer, with errors beside the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models import ImmigrationStatus, Sex
from desktop.services.people import PersonInput
from desktop.services.reference import countries, languages
from desktop.ui.i18n import QT_TRANSLATE_NOOP

CTX = "PersonForm"
SEX_LABELS: dict[str, str] = {
    Sex.NOT_STATED: QT_TRANSLATE_NOOP(CTX, "Not stated"),
    Sex.FEMALE: QT_TRANSLATE_NOOP(CTX, "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP(CTX, "Male"),
    Sex.INTERSEX: QT_TRANSLATE_NOOP(CTX, "Intersex"),
}
STATUS_LABELS: dict[str, str] = {
    ImmigrationStatus.NOT_STATED: QT_TRANSLATE_NOOP(CTX, "Not stated"),
    ImmigrationStatus.NON_REFOULEMENT_CLAIMANT: QT_TRANSLATE_NOOP(CTX, "Non-refoulement claimant"),
    ImmigrationStatus.ASYLUM_SEEKER: QT_TRANSLATE_NOOP(CTX, "Asylum seeker"),
    ImmigrationStatus.RECOGNISED_REFUGEE: QT_TRANSLATE_NOOP(CTX, "Recognised refugee"),
    ImmigrationStatus.OTHER: QT_TRANSLATE_NOOP(CTX, "Other"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class PersonForm(QWidget):
    """Fields of a PersonInput. `show_errors` puts each message under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family_name = QLineEdit(objectName="family_name")
        self.given_name = QLineEdit(objectName="given_name")
        self.name_original = QLineEdit(objectName="name_original")
        self.preferred_name = QLineEdit(objectName="preferred_name")
        self.sex = QComboBox(objectName="sex")
        for value, label in SEX_LABELS.items():
            self.sex.addItem(_t(label), str(value))
        self.birth = QLineEdit(objectName="birth")
        self.birth.setPlaceholderText(_t("dd/mm/yyyy, or the year only"))
        self.country = QComboBox(objectName="country_of_origin")
        self.country.addItem("", "")
        for code, name in countries():
            self.country.addItem(name, code)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language = QComboBox(objectName="preferred_language")
        self.language.addItem("", "")
        for code, name in languages():
            self.language.addItem(name, code)
        self.language.setEditable(True)
        self.language.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText(_t("e.g. 9123 4567"))
        self.hk_area = QLineEdit(objectName="hk_area")
        self.status = QComboBox(objectName="immigration_status")
        for value, label in STATUS_LABELS.items():
            self.status.addItem(_t(label), str(value))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        rows: list[tuple[str, str, QWidget]] = [
            ("family_name", QT_TRANSLATE_NOOP(CTX, "Family name *"), self.family_name),
            ("given_name", QT_TRANSLATE_NOOP(CTX, "Given name(s)"), self.given_name),
            ("name_original", QT_TRANSLATE_NOOP(CTX, "Name in own script"), self.name_original),
            ("preferred_name", QT_TRANSLATE_NOOP(CTX, "Preferred name"), self.preferred_name),
            ("sex", QT_TRANSLATE_NOOP(CTX, "Sex"), self.sex),
            ("birth", QT_TRANSLATE_NOOP(CTX, "Date or year of birth"), self.birth),
            ("country_of_origin", QT_TRANSLATE_NOOP(CTX, "Country of origin"), self.country),
            ("preferred_language", QT_TRANSLATE_NOOP(CTX, "Preferred language"), self.language),
            ("phone", QT_TRANSLATE_NOOP(CTX, "Phone"), self.phone),
            ("hk_area", QT_TRANSLATE_NOOP(CTX, "Area in Hong Kong"), self.hk_area),
            ("immigration_status", QT_TRANSLATE_NOOP(CTX, "Immigration status"), self.status),
            ("notes", QT_TRANSLATE_NOOP(CTX, "Notes"), self.notes),
        ]
        for key, label, widget in rows:
            error = QLabel(objectName=f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self._errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(_t(label), box)

    def value(self) -> PersonInput:
        return PersonInput(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            name_original=self.name_original.text(),
            preferred_name=self.preferred_name.text(),
            sex=self.sex.currentData(),
            birth=self.birth.text(),
            country_of_origin=self._combo_code(self.country),
            preferred_language=self._combo_code(self.language),
            languages=[self._combo_code(self.language)] if self._combo_code(self.language) else [],
            phone=self.phone.text(),
            hk_area=self.hk_area.text(),
            immigration_status=self.status.currentData(),
            notes=self.notes.toPlainText(),
        )

    @staticmethod
    def _combo_code(combo: QComboBox) -> str:
        index = combo.findText(combo.currentText())
        return str(combo.itemData(index)) if index >= 0 else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field and move the cursor to the first bad field."""
        for key, label in self._errors.items():
            message = errors.get(key, "")
            label.setText(_t(message) if message else "")
            label.setVisible(bool(message))
        first = next((k for k in self._errors if k in errors), None)
        widget = self.findChild(QWidget, first) if first else None
        if widget is not None:
            widget.setFocus()

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and label.isVisible() else ""


class RegisterDialog(QDialog):
    """Register a newcomer. Stays open, with everything typed, until the save succeeds."""

    submitted = Signal(object)  # PersonInput

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a newcomer"))
        self.setObjectName("register_dialog")
        self.form = PersonForm(self)
        self.banner = QLabel(objectName="register_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
        self.banner.hide()
        hint = QLabel(self.tr("Fields marked * are required. Search first to avoid duplicates."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.form.family_name.setFocus()

    def _submit(self) -> None:
        self.banner.hide()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.form.value())

    def show_errors(self, errors: dict[str, str]) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(self.tr("Please check the fields marked below. Nothing was saved yet."))
        self.banner.show()
        self.form.show_errors(errors)

    def show_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.banner.setText(message)
        self.banner.show()
