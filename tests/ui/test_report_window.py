"""The report window: the protected figures on screen, a chart, and the PDF saved."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from desktop.db import Database
from desktop.services.actor import Actor
from tests.report_data import build_march_2026


def test_staff_see_march_figures_and_save_the_donor_pdf(  # type: ignore[no-untyped-def]
    qtbot, desk, db: Database, actor: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        build_march_2026(session, actor)
    qtbot.keyClick(
        desk, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: getattr(desk, "report_window", None) is not None)
    window = desk.report_window
    qtbot.waitUntil(lambda: window.show_button.isEnabled(), timeout=5000)
    window.first.setDate(QDate(2026, 3, 1))
    window.last.setDate(QDate(2026, 3, 31))
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.figures["visits"].text() == "6", timeout=5000)
    assert window.figures["people_served"].text() == "5"
    assert window.figures["new_people"].text() == "<5"  # 4 new: too few to show
    assert window.figures["households_served"].text() == "<5"
    assert len(window.chart.series()) == 1
    assert window.chart.series()[0].barSets()[1].at(11) == 6  # March visits, last of 12
    gender = window.models["by_gender"]
    assert gender.rowCount() == 3 and gender.data(gender.index(0, 1)) == "<5"
    target = tmp_path / "march.pdf"
    window.save_pdf(target)
    qtbot.waitUntil(lambda: "Saved" in window.message.text(), timeout=10000)
    text = PdfReader(target).pages[0].extract_text()
    assert "01 Mar 2026 to 31 Mar 2026" in text and "Page 1 of" in text
