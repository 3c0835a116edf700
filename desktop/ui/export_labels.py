"""The export's fields in words a person reads; the file keeps the stable column names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.person_form import FIELD_LABELS as FORM_LABELS
from desktop.ui.person_form import field_name

CONTEXT = "ExportField"
# Fields only an export has; a member's own fields are named as on the intake form.
EXPORT_ONLY: dict[str, str] = {
    "person_ref": QT_TRANSLATE_NOOP("ExportField", "Person (code, not a name)"),
    "queue_number": QT_TRANSLATE_NOOP("ExportField", "Queue number"),
    "date": QT_TRANSLATE_NOOP("ExportField", "Date"),
    "time": QT_TRANSLATE_NOOP("ExportField", "Time"),
    "member_number": QT_TRANSLATE_NOOP("ExportField", "Member number"),
    "household_ref": QT_TRANSLATE_NOOP("ExportField", "Household (code)"),
    "services": QT_TRANSLATE_NOOP("ExportField", "Services"),
    "note": QT_TRANSLATE_NOOP("ExportField", "Note on the visit"),
    "voided": QT_TRANSLATE_NOOP("ExportField", "Undone (void)"),
    "registered_on": QT_TRANSLATE_NOOP("ExportField", "Registered on"),
    "label": QT_TRANSLATE_NOOP("ExportField", "Household name"),
    "head_member_number": QT_TRANSLATE_NOOP("ExportField", "Head's member number"),
    "members": QT_TRANSLATE_NOOP("ExportField", "Number of members"),
    "member_numbers": QT_TRANSLATE_NOOP("ExportField", "Members' numbers"),
    # The anonymised export's coarser fields (desktop/services/anonymity.py).
    "age_band": QT_TRANSLATE_NOOP("ExportField", "Age band"),
    "country_or_region": QT_TRANSLATE_NOOP("ExportField", "Country or region"),
    "registered_month": QT_TRANSLATE_NOOP("ExportField", "Month registered"),
    "household_size": QT_TRANSLATE_NOOP("ExportField", "Household size"),
}


def field_label(name: str) -> str:
    """`name` in the window's language; an unknown field keeps its column name."""
    if name in EXPORT_ONLY:
        return QCoreApplication.translate(CONTEXT, EXPORT_ONLY[name])
    return field_name(name) if name in FORM_LABELS else name
