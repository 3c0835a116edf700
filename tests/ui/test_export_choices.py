"""The export dialog's choices: XLSX, anonymised, which fields."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.demo import fill_demo
from tests.ui.test_export_dialog import open_export


def test_staff_export_anonymised_people_to_xlsx_without_one_field(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        people, _ = fill_demo(session=session, actor=actor, people=25, days=10)
    dialog = open_export(qtbot, desk)
    dialog.what.setCurrentIndex(dialog.what.findData("people"))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    qtbot.mouseClick(dialog.anonymised, Qt.MouseButton.LeftButton)
    assert dialog.anonymised.isChecked()
    dialog.all_dates.setChecked(True)
    shown = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert "Area in Hong Kong" in shown and "hk_area" not in shown  # words, not identifiers
    names = [dialog.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(len(shown))]
    phone = dialog.fields.item(names.index("phone"))
    assert not phone.flags() & Qt.ItemFlag.ItemIsEnabled  # personal: cannot be ticked
    dialog.fields.item(names.index("hk_area")).setCheckState(Qt.CheckState.Unchecked)
    target = tmp_path / "people.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in dialog.result_label.text(), timeout=10000)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = rows[0]
    assert header[0] == "person_ref" and "hk_area" not in header
    assert not {"family_name", "phone", "member_number", "notes"} & set(header)
    assert len(rows) == people + 1
    # The quasi-identifiers are k-anonymous, and the dialog says what that cost.
    quasi = [header.index(q) for q in ("sex", "age_band", "country_or_region",
                                       "registered_month", "household_size")]  # fmt: skip
    shared = Counter(tuple(row[i] for i in quasi) for row in rows[1:])
    assert min(shared.values()) >= 5
    assert "less precise or left out" in dialog.result_label.text()


def test_every_export_field_has_words_for_people() -> None:
    from desktop.services.export_fields import FIELDS
    from desktop.ui.export_labels import field_label

    names = {f.name for fields in FIELDS.values() for f in fields}
    assert sorted(n for n in names if field_label(n) == n) == []  # see desktop/ui/export_labels.py
