"""Render the donor report (PDF page 1), the report window and the import wizard's dry run to
PNGs for the README, from fictional demo data in a temporary folder.

Run: .venv/bin/python scripts/report_screenshots.py docs/screenshots
"""

from __future__ import annotations

from pathlib import Path

from offscreen import out_folder, pdf_to_png, scratch_desk


def main(out: Path) -> None:
    from PySide6.QtCore import QDate

    from desktop.printing.report import render_report
    from desktop.services import clock
    from desktop.services.demo import fill_demo
    from desktop.services.disclosure import publish_report
    from desktop.services.report import compute_report, month_range
    from desktop.services.settings import save_settings
    from desktop.ui.import_wizard import ImportWizard
    from desktop.ui.report_window import ReportWindow
    from desktop.ui.tasks import TaskRunner
    from tests.import_data import write_csv

    desk = scratch_desk()
    db, actor, tmp = desk.db, desk.actor, desk.folder
    with db.write() as session:
        fill_demo(session=session, actor=actor, people=1500, days=400, seed=11)
        save_settings(session, centre_name="Harbour Light Refugee Centre")
    today = clock.today()
    first, last = month_range(today.year - (today.month == 1), (today.month - 2) % 12 + 1)
    with db.read() as session:
        figures = compute_report(session=session, first=first, last=last)
    pdf = render_report(
        publish_report(figures), centre_name="Harbour Light Refugee Centre", prepared_on=today
    )
    pdf_to_png(pdf, out / "report-pdf-page1.png", 80)
    runner = TaskRunner()
    window = ReportWindow(db, actor, runner)
    window.first.setDate(QDate(first.year, first.month, first.day))
    window.last.setDate(QDate(last.year, last.month, last.day))
    window.show()
    window.refresh()
    desk.wait_until(lambda: window.shown is not None)
    desk.app.processEvents()
    window.grab().save(str(out / "report-window.png"))
    wizard = ImportWizard(db, actor, runner)
    wizard.show()
    wizard.file_page.path.setText(str(write_csv(tmp / "members-2019.csv", "big5")))
    wizard.file_page.load()
    desk.wait_until(wizard.file_page.isComplete)
    wizard.next()
    wizard.next()
    desk.wait_until(wizard.dry_run.isComplete)
    wizard.dry_run.view.resizeColumnsToContents()
    desk.app.processEvents()
    wizard.grab().save(str(out / "import-dry-run.png"))
    runner.wait_for_done()
    db.dispose()


if __name__ == "__main__":
    main(out_folder())
