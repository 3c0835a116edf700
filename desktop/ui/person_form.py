"""The intake form: every field of a member, in tabs, with errors beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models import ImmigrationStatus, Sex, VulnerabilityFlag
from desktop.services.everyday_names import country_code, language_code
from desktop.services.people import PersonInput
from desktop.services.reference import HK_AREAS, STATELESS, countries, languages
from desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.language import babel_locale
from desktop.ui.name_picker import NamePicker
from desktop.ui.service_text import service_text

CTX = "PersonForm"  # other modules translate its labels
SEX_LABELS: dict[str, str] = {
    Sex.NOT_STATED: QT_TRANSLATE_NOOP("PersonForm", "Not stated"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("PersonForm", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("PersonForm", "Male"),
    Sex.INTERSEX: QT_TRANSLATE_NOOP("PersonForm", "Intersex"),
    Sex.DECLINED: QT_TRANSLATE_NOOP("PersonForm", "Prefers not to say"),
}
STATUS_LABELS: dict[str, str] = {
    ImmigrationStatus.NOT_STATED: QT_TRANSLATE_NOOP("PersonForm", "Not stated"),
    ImmigrationStatus.NON_REFOULEMENT_CLAIMANT: QT_TRANSLATE_NOOP(
        "PersonForm", "Non-refoulement claimant"
    ),
    ImmigrationStatus.ASYLUM_SEEKER: QT_TRANSLATE_NOOP("PersonForm", "Asylum seeker"),
    ImmigrationStatus.RECOGNISED_REFUGEE: QT_TRANSLATE_NOOP("PersonForm", "Recognised refugee"),
    ImmigrationStatus.OTHER: QT_TRANSLATE_NOOP("PersonForm", "Other"),
}
FLAG_LABELS: dict[str, str] = {
    VulnerabilityFlag.UNACCOMPANIED_MINOR: QT_TRANSLATE_NOOP(
        "PersonForm", "Child without a parent here"
    ),
    VulnerabilityFlag.PREGNANT: QT_TRANSLATE_NOOP("PersonForm", "Pregnant"),
    VulnerabilityFlag.DISABILITY: QT_TRANSLATE_NOOP("PersonForm", "Disability"),
    VulnerabilityFlag.SERIOUS_ILLNESS: QT_TRANSLATE_NOOP("PersonForm", "Serious illness"),
    VulnerabilityFlag.MENTAL_HEALTH: QT_TRANSLATE_NOOP("PersonForm", "Mental health needs"),
    VulnerabilityFlag.SURVIVOR_OF_VIOLENCE: QT_TRANSLATE_NOOP("PersonForm", "Survivor of violence"),
    VulnerabilityFlag.SINGLE_PARENT: QT_TRANSLATE_NOOP("PersonForm", "Single parent"),
    VulnerabilityFlag.OLDER_PERSON_ALONE: QT_TRANSLATE_NOOP("PersonForm", "Older person alone"),
    VulnerabilityFlag.NO_SHELTER: QT_TRANSLATE_NOOP("PersonForm", "No shelter"),
}
FIELD_LABELS: dict[str, str] = {
    "family_name": QT_TRANSLATE_NOOP("PersonForm", "Family name *"),
    "given_name": QT_TRANSLATE_NOOP("PersonForm", "Given name(s)"),
    "name_original": QT_TRANSLATE_NOOP("PersonForm", "Name in own script"),
    "preferred_name": QT_TRANSLATE_NOOP("PersonForm", "Preferred name"),
    "sex": QT_TRANSLATE_NOOP("PersonForm", "Sex"),
    "gender_identity": QT_TRANSLATE_NOOP("PersonForm", "Gender identity"),
    "birth": QT_TRANSLATE_NOOP("PersonForm", "Date or year of birth"),
    "country_of_origin": QT_TRANSLATE_NOOP("PersonForm", "Country of origin"),
    "nationality": QT_TRANSLATE_NOOP("PersonForm", "Nationality"),
    "preferred_language": QT_TRANSLATE_NOOP("PersonForm", "Preferred language"),
    "language_filter": QT_TRANSLATE_NOOP("PersonForm", "Other languages"),
    "phone": QT_TRANSLATE_NOOP("PersonForm", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("PersonForm", "Other phone"),
    "hk_area": QT_TRANSLATE_NOOP("PersonForm", "Area in Hong Kong"),
    "immigration_status": QT_TRANSLATE_NOOP("PersonForm", "Immigration status"),
    "arrival_date": QT_TRANSLATE_NOOP("PersonForm", "Arrived in Hong Kong"),
    "claim_date": QT_TRANSLATE_NOOP("PersonForm", "Claim lodged"),
    "vulnerability_flags": QT_TRANSLATE_NOOP("PersonForm", "Needs"),
    "notes": QT_TRANSLATE_NOOP("PersonForm", "Notes (staff only)"),
    "household_id": QT_TRANSLATE_NOOP("PersonForm", "Household"),
    "household_relationship": QT_TRANSLATE_NOOP("PersonForm", "Relationship"),
    "date_of_birth": QT_TRANSLATE_NOOP("PersonForm", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("PersonForm", "Year of birth"),
    "status": QT_TRANSLATE_NOOP("PersonForm", "Membership status"),
}
GENDER_HINT = QT_TRANSLATE_NOOP("PersonForm", "Optional, in the person's own words")


def field_name(key: str) -> str:
    """A member's field as the form names it, in the window's language, without the '*'."""
    label = FIELD_LABELS.get(key)
    return translate("PersonForm", label).rstrip(" *") if label else key


class PersonForm(QWidget):
    """Fields of a PersonInput in four tabs. `show_errors` puts each message under its field.

    With `restricted=False` (a volunteer) the needs-and-notes tab is not shown; its values are
    still carried through unchanged, so an edit never blanks what staff wrote.
    """

    def __init__(self, parent: QWidget | None = None, *, restricted: bool = True) -> None:
        super().__init__(parent)
        self.family_name = QLineEdit(objectName="family_name")
        self.given_name = QLineEdit(objectName="given_name")
        self.name_original = QLineEdit(objectName="name_original")
        self.preferred_name = QLineEdit(objectName="preferred_name")
        self.sex = QComboBox(objectName="sex")
        for value, label in SEX_LABELS.items():
            self.sex.addItem(translate("PersonForm", label), str(value))
        self.gender_identity = QLineEdit(objectName="gender_identity")
        self.gender_identity.setPlaceholderText(translate("PersonForm", GENDER_HINT))
        self.birth = QLineEdit(objectName="birth")
        self.birth.setPlaceholderText(translate("PersonForm", "dd/mm/yyyy, or the year only"))
        self.birth_estimated = QCheckBox(
            translate("PersonForm", "The year is a guess"), objectName="birth_estimated"
        )

        where = babel_locale()
        self.country = NamePicker(
            "country_of_origin", list(countries(where)), lambda t: country_code(t, where)
        )
        nationality_items = [(STATELESS, translate("Country", "Stateless")), *countries(where)]
        self.nationality = NamePicker(
            "nationality", nationality_items, lambda t: country_code(t, where, stateless=True)
        )
        self.language = NamePicker(
            "preferred_language", list(languages(where)), lambda t: language_code(t, where)
        )
        self.language_filter = QLineEdit(objectName="language_filter")
        self.language_filter.setPlaceholderText(
            translate("PersonForm", "Type to find a language, Space to tick")
        )
        self.languages = QListWidget(objectName="languages")
        for code, name in languages(babel_locale()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.languages.setMaximumHeight(110)
        self.languages.setAccessibleName(translate("PersonForm", "Languages spoken"))
        self.language_filter.textChanged.connect(self._filter_languages)

        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText(translate("PersonForm", "e.g. 9123 4567"))
        self.phone_alt = QLineEdit(objectName="phone_alt")
        self.hk_area = QLineEdit(objectName="hk_area")
        area_completer = QCompleter(list(HK_AREAS), self.hk_area)
        area_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        area_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.hk_area.setCompleter(area_completer)
        self.status = QComboBox(objectName="immigration_status")
        for value, label in STATUS_LABELS.items():
            self.status.addItem(translate("PersonForm", label), str(value))
        self.arrival_date = QLineEdit(objectName="arrival_date")
        self.arrival_date.setPlaceholderText(translate("PersonForm", "dd/mm/yyyy"))
        self.claim_date = QLineEdit(objectName="claim_date")
        self.claim_date.setPlaceholderText(translate("PersonForm", "dd/mm/yyyy"))

        self.flags: dict[str, QCheckBox] = {}
        for value, label in FLAG_LABELS.items():
            self.flags[str(value)] = QCheckBox(
                translate("PersonForm", label), objectName=f"flag_{value}"
            )
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setTabChangesFocus(True)

        self._errors: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._tab_titles: list[str] = []
        self.bad_tabs: set[int] = set()
        self.tabs = QTabWidget(objectName="person_tabs")
        self._add_tab(
            QT_TRANSLATE_NOOP("PersonForm", "&1 Name and birth"),
            [
                ("family_name", self.family_name),
                ("given_name", self.given_name),
                ("name_original", self.name_original),
                ("preferred_name", self.preferred_name),
                ("sex", self.sex),
                ("gender_identity", self.gender_identity),
                ("birth", self.birth),
                ("birth_year_estimated", self.birth_estimated),
            ],
        )
        self._add_tab(
            QT_TRANSLATE_NOOP("PersonForm", "&2 Origin and languages"),
            [
                ("country_of_origin", self.country),
                ("nationality", self.nationality),
                ("preferred_language", self.language),
                ("language_filter", self.language_filter),
                ("languages", self.languages),
            ],
        )
        self._add_tab(
            QT_TRANSLATE_NOOP("PersonForm", "&3 Contact and status"),
            [
                ("phone", self.phone),
                ("phone_alt", self.phone_alt),
                ("hk_area", self.hk_area),
                ("immigration_status", self.status),
                ("arrival_date", self.arrival_date),
                ("claim_date", self.claim_date),
            ],
        )
        flags_box = QWidget()
        grid = QGridLayout(flags_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.flags.values()):
            grid.addWidget(box, i // 2, i % 2)
        self.restricted_tab = self._add_tab(
            QT_TRANSLATE_NOOP("PersonForm", "&4 Needs and notes"),
            [
                ("vulnerability_flags", flags_box),
                ("notes", self.notes),
            ],
        )
        self.tabs.setTabVisible(self.restricted_tab, restricted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _add_tab(self, title: str, rows: list[tuple[str, QWidget]]) -> int:
        page = QWidget()
        form = QFormLayout(page)
        index = self.tabs.count()
        for key, widget in rows:
            label = FIELD_LABELS.get(key, "")
            error = QLabel(objectName=f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self._errors[key] = error
            self._tab_of[key] = index
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            if label:
                # The label sits beside a box (field and its error), so it names the field.
                widget.setAccessibleName(translate("PersonForm", label).rstrip(" *"))
                form.addRow(translate("PersonForm", label), box)
            else:
                form.addRow(box)
        self.tabs.addTab(page, translate("PersonForm", title))
        self._tab_titles.append(title)
        return index

    def _filter_languages(self, text: str) -> None:
        needle = text.strip().casefold()
        named = language_code(text, babel_locale()) if needle else None  # "Bengali", "Farsi"
        first = None
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            hidden = bool(needle) and needle not in item.text().casefold() and code != named
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None and needle:
            self.languages.setCurrentItem(first)

    def checked_languages(self) -> list[str]:
        return [
            str(self.languages.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.languages.count())
            if self.languages.item(i).checkState() == Qt.CheckState.Checked
        ]

    def value(self) -> PersonInput:
        return PersonInput(
            family_name=self.family_name.text(),
            given_name=self.given_name.text(),
            name_original=self.name_original.text(),
            preferred_name=self.preferred_name.text(),
            sex=self.sex.currentData(),
            gender_identity=self.gender_identity.text(),
            birth=self.birth.text(),
            birth_year_estimated=self.birth_estimated.isChecked(),
            country_of_origin=self.country.code(),
            nationality=self.nationality.code(),
            preferred_language=self.language.code(),
            languages=self.checked_languages(),
            phone=self.phone.text(),
            phone_alt=self.phone_alt.text(),
            hk_area=self.hk_area.text(),
            immigration_status=self.status.currentData(),
            arrival_date=self.arrival_date.text(),
            claim_date=self.claim_date.text(),
            vulnerability_flags=[k for k, box in self.flags.items() if box.isChecked()],
            notes=self.notes.toPlainText(),
        )

    def set_value(self, data: PersonInput) -> None:
        """Fill every field from `data` (editing a member)."""
        for widget, text in (
            (self.family_name, data.family_name),
            (self.given_name, data.given_name),
            (self.name_original, data.name_original),
            (self.preferred_name, data.preferred_name),
            (self.gender_identity, data.gender_identity),
            (self.birth, data.birth),
            (self.phone, data.phone),
            (self.phone_alt, data.phone_alt),
            (self.hk_area, data.hk_area),
            (self.arrival_date, data.arrival_date),
            (self.claim_date, data.claim_date),
        ):
            widget.setText(text)
        self.birth_estimated.setChecked(data.birth_year_estimated)
        self.sex.setCurrentIndex(max(0, self.sex.findData(data.sex)))
        self.status.setCurrentIndex(max(0, self.status.findData(data.immigration_status)))
        self.country.set_code(data.country_of_origin)
        self.nationality.set_code(data.nationality)
        self.language.set_code(data.preferred_language)
        chosen = set(data.languages)
        for i in range(self.languages.count()):
            item = self.languages.item(i)
            code = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        for key, box in self.flags.items():
            box.setChecked(key in data.vulnerability_flags)
        self.notes.setPlainText(data.notes)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field; open the tab of the first bad field and focus it."""
        for key, label in self._errors.items():
            message = errors.get(key, "")
            label.setText(service_text(message) if message else "")
            label.setVisible(bool(message))
        self._mark_tabs({self._tab_of[k] for k in errors if k in self._tab_of})
        first = next((k for k in self._errors if k in errors), None)
        if first is None:
            return
        self.tabs.setCurrentIndex(self._tab_of[first])
        widget = self.findChild(QWidget, first)
        if widget is not None:
            widget.setFocus()

    def _mark_tabs(self, bad: set[int]) -> None:
        """A tab holding a field to correct says so in its title and colour."""
        self.bad_tabs = bad
        bar = self.tabs.tabBar()
        for index, title in enumerate(self._tab_titles):
            shown = translate("PersonForm", title)
            self.tabs.setTabText(index, f"⚠ {shown}" if index in bad else shown)
            self.tabs.setTabToolTip(
                index,
                translate("PersonForm", "Fields to correct on this tab") if index in bad else "",
            )
            bar.setTabTextColor(index, QColor("#b00020") if index in bad else QColor())

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""
