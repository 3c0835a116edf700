"""The export's fields in words a person reads; the file keeps the stable column names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ExportField"
FIELD_LABELS: dict[str, str] = {
    "person_ref": QT_TRANSLATE_NOOP("ExportField", "Person (code, not a name)"),
    "queue_number": QT_TRANSLATE_NOOP("ExportField", "Queue number"),
    "date": QT_TRANSLATE_NOOP("ExportField", "Date"),
    "time": QT_TRANSLATE_NOOP("ExportField", "Time"),
    "member_number": QT_TRANSLATE_NOOP("ExportField", "Member number"),
    "family_name": QT_TRANSLATE_NOOP("ExportField", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ExportField", "Given name(s)"),
    "sex": QT_TRANSLATE_NOOP("ExportField", "Sex"),
    "birth_year": QT_TRANSLATE_NOOP("ExportField", "Year of birth"),
    "country_of_origin": QT_TRANSLATE_NOOP("ExportField", "Country of origin"),
    "household_ref": QT_TRANSLATE_NOOP("ExportField", "Household (code)"),
    "services": QT_TRANSLATE_NOOP("ExportField", "Services"),
    "note": QT_TRANSLATE_NOOP("ExportField", "Note on the visit"),
    "voided": QT_TRANSLATE_NOOP("ExportField", "Undone (void)"),
    "name_original": QT_TRANSLATE_NOOP("ExportField", "Name in own script"),
    "preferred_name": QT_TRANSLATE_NOOP("ExportField", "Preferred name"),
    "gender_identity": QT_TRANSLATE_NOOP("ExportField", "Gender identity"),
    "date_of_birth": QT_TRANSLATE_NOOP("ExportField", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("ExportField", "Nationality"),
    "preferred_language": QT_TRANSLATE_NOOP("ExportField", "Preferred language"),
    "phone": QT_TRANSLATE_NOOP("ExportField", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("ExportField", "Other phone"),
    "hk_area": QT_TRANSLATE_NOOP("ExportField", "Area in Hong Kong"),
    "immigration_status": QT_TRANSLATE_NOOP("ExportField", "Immigration status"),
    "household_relationship": QT_TRANSLATE_NOOP("ExportField", "Relationship in the household"),
    "status": QT_TRANSLATE_NOOP("ExportField", "Membership status"),
    "registered_on": QT_TRANSLATE_NOOP("ExportField", "Registered on"),
    "notes": QT_TRANSLATE_NOOP("ExportField", "Notes (staff only)"),
    "label": QT_TRANSLATE_NOOP("ExportField", "Household name"),
    "head_member_number": QT_TRANSLATE_NOOP("ExportField", "Head's member number"),
    "members": QT_TRANSLATE_NOOP("ExportField", "Number of members"),
    "member_numbers": QT_TRANSLATE_NOOP("ExportField", "Members' numbers"),
}


def field_label(name: str) -> str:
    """`name` in the window's language; an unknown field keeps its column name."""
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, label) if label else name
