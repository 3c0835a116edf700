"""Render the donor report (PDF page 1), the report window and the import wizard's dry run to
PNGs for the README, from fictional demo data in a temporary folder.

Run: .venv/bin/python scripts/report_screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(app: object, done: object) -> None:
    import time

    while not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)  # let the worker threads run


def main(out: Path) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication

    from desktop.db import Database
    from desktop.printing.report import render_report
    from desktop.services import clock
    from desktop.services.demo import fill_demo
    from desktop.services.disclosure import publish_report
    from desktop.services.report import compute_report, month_range
    from desktop.services.settings import save_settings
    from desktop.services.setup import prepare_database
    from desktop.ui.import_wizard import ImportWizard
    from desktop.ui.report_window import ReportWindow
    from desktop.ui.tasks import TaskRunner
    from tests.import_data import write_csv

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["FRONTDESK_DATA_DIR"] = str(tmp)
    app = QApplication([])
    db = Database.open(tmp / "demo.sqlite3")
    with db.write() as session:
        actor = prepare_database(session)
        fill_demo(session=session, actor=actor, people=1500, days=400, seed=11)
        save_settings(session, centre_name="Harbour Light Refugee Centre")
    today = clock.today()
    first, last = month_range(today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    with db.read() as session:
        figures = compute_report(session=session, first=first, last=last)
    pdf = tmp / "report.pdf"
    pdf.write_bytes(
        render_report(
            publish_report(figures), centre_name="Harbour Light Refugee Centre", prepared_on=today
        )
    )
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
         str(out / "report-pdf-page1")],
        check=True,
    )  # fmt: skip
    runner = TaskRunner()
    window = ReportWindow(db, actor, runner)
    window.first.setDate(QDate(first.year, first.month, first.day))
    window.last.setDate(QDate(last.year, last.month, last.day))
    window.show()
    window.refresh()
    wait_until(app, lambda: window.shown is not None)
    app.processEvents()
    window.grab().save(str(out / "report-window.png"))
    wizard = ImportWizard(db, actor, runner)
    wizard.show()
    wizard.file_page.path.setText(str(write_csv(tmp / "members-2019.csv", "big5")))
    wizard.file_page.load()
    wait_until(app, wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    wait_until(app, wizard.dry_run.isComplete)
    wizard.dry_run.view.resizeColumnsToContents()
    app.processEvents()
    wizard.grab().save(str(out / "import-dry-run.png"))
    runner.wait_for_done()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
