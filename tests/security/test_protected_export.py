"""Exports with names leave the desk as password-protected workbooks."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.errors import ValidationError
from desktop.services.export import ExportRequest
from desktop.services.export_fields import ExportKind
from desktop.services.export_protect import decrypt_workbook, export_protected
from desktop.services.people import PersonInput, register_person
from tests.accounts import frontdesk

PASSWORD = "office safe 2026"


def test_admin_exports_people_to_a_workbook_only_the_password_opens(
    db: Database, admin: Actor, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as session:
        register_person(
            session=session, actor=admin, data=PersonInput(family_name="Haddad", given_name="Rania")
        )
    out = tmp_path / "people.xlsx"
    monkeypatch.setenv("FRONTDESK_EXPORT_PASSWORD", PASSWORD)
    assert (
        frontdesk(db_path, ["--unencrypted", "export", "people", "--out", str(out), "--encrypt"])
        == 0
    )
    assert b"Haddad" not in out.read_bytes()
    assert not zipfile.is_zipfile(out)  # not a workbook any program opens without the password
    sheet = openpyxl.load_workbook(io.BytesIO(decrypt_workbook(out, PASSWORD))).active
    assert any("Haddad" in str(cell.value) for row in sheet.iter_rows() for cell in row)
    assert list(tmp_path.glob("*.xlsx")) == [out]  # no plain copy left beside it


def test_protected_export_needs_xlsx_and_a_long_password(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    for request, password in (
        (ExportRequest(kind=ExportKind.PEOPLE, fmt="csv"), PASSWORD),
        (ExportRequest(kind=ExportKind.PEOPLE, fmt="xlsx"), "short"),
    ):
        with pytest.raises(ValidationError):
            export_protected(
                db=db, actor=admin, request=request, path=tmp_path / "x.xlsx", password=password
            )
    assert not (tmp_path / "x.xlsx").exists()


def test_admin_protects_an_export_with_a_password_in_the_window(
    qtbot, desk, db: Database, admin: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        register_person(
            session=session, actor=admin, data=PersonInput(family_name="Tran", given_name="Mai")
        )
    desk.actor = admin
    desk.open_export()
    dialog = desk.export_dialog
    dialog.what.setCurrentIndex(dialog.what.findData(ExportKind.PEOPLE.value))
    dialog.all_dates.setChecked(True)
    assert not dialog.password.isEnabled()  # CSV cannot carry a password
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    assert dialog.password.isEnabled()
    target = tmp_path / "people.xlsx"
    dialog.path.setText(str(target))
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in dialog.result_label.text(), timeout=15000)
    assert not zipfile.is_zipfile(target)
    sheet = openpyxl.load_workbook(io.BytesIO(decrypt_workbook(target, PASSWORD))).active
    assert any("Tran" in str(cell.value) for row in sheet.iter_rows() for cell in row)
