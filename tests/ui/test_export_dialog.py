"""Exporting the day's visits from the window: progress, a file Excel opens, and Cancel."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.demo import fill_demo


def open_export(qtbot, desk):
    qtbot.keyClick(desk, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(desk, "export_dialog", None) is not None)
    return desk.export_dialog


def test_staff_export_visits_to_csv_from_the_window(
    qtbot, desk, db: Database, actor: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        _, visits = fill_demo(session=session, actor=actor, people=30, days=20)
    dialog = open_export(qtbot, desk)
    target = tmp_path / "month.csv"
    dialog.path.setText(str(target))
    dialog.first.setDate(dialog.first.date().addDays(-40))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in dialog.result_label.text(), timeout=10000)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == visits
    assert f"{visits} row" in dialog.result_label.text()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_export_to_a_missing_folder_is_refused_in_plain_words(qtbot, desk, tmp_path: Path) -> None:
    dialog = open_export(qtbot, desk)
    dialog.path.setText(str(tmp_path / "no" / "such" / "folder" / "x.csv"))
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert "folder that exists" in dialog.result_label.text()
    assert dialog.isVisible()


def test_cancelled_export_leaves_no_file(
    qtbot, desk, db: Database, actor: Actor, tmp_path: Path
) -> None:
    with db.write() as session:
        fill_demo(session=session, actor=actor, people=20, days=10)
    dialog = open_export(qtbot, desk)
    target = tmp_path / "cancelled.csv"
    dialog.path.setText(str(target))
    dialog.first.setDate(dialog.first.date().addDays(-40))
    dialog.what.setCurrentIndex(dialog.what.findData("people"))
    # Another writer holds the database, so the export is still waiting when Cancel is pressed.
    blocker = sqlite3.connect(db.path)
    blocker.execute("BEGIN IMMEDIATE")
    dialog.start()
    assert dialog.job is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    blocker.rollback()
    blocker.close()
    qtbot.waitUntil(lambda: "Stopped" in dialog.result_label.text(), timeout=10000)
    assert not target.exists()
    assert not list(tmp_path.glob(".cancelled.csv*"))
