"""Render the desk's main window and a service slip to PNGs for the README (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots
Uses fictional demo data in a temporary folder; never a real database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    import pypdfium2 as pdfium
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.db import Database
    from desktop.printing.slip import render_slip
    from desktop.services.demo import fill_demo
    from desktop.services.settings import load_settings
    from desktop.services.setup import prepare_database
    from desktop.ui.main_window import MainWindow
    from tests.fakes import FakePrinter

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["FRONTDESK_DATA_DIR"] = str(tmp)
    app = QApplication([])
    db = Database.open(tmp / "demo.sqlite3")
    with db.write() as session:
        actor = prepare_database(session)
        fill_demo(session=session, actor=actor, people=250, seed=7)
        settings = load_settings(session)
    printer = FakePrinter()
    window = MainWindow(db, actor, settings, printer)
    window.resize(1360, 780)
    window.show()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        window.runner.wait_for_done()
        app.processEvents()

    settle()
    window.search.box.setText("kha")
    window.search.query_changed.emit("kha")
    settle()
    top = window.search.top_match()
    assert top is not None
    window.open_person(top.id)
    settle()
    window.person.toggle_service(0)
    window.person.toggle_service(5)
    window.grab().save(str(out / "main-window.png"))

    window.person.check_in_button.click()
    settle(800)
    assert printer.jobs, "the slip was not printed"
    pdf = pdfium.PdfDocument(printer.jobs[-1][1])
    pdf[0].render(scale=150 / 72).to_pil().save(out / "slip-80mm.png")
    slip = window.slips.last
    assert slip is not None
    a6 = pdfium.PdfDocument(render_slip(slip, fmt="A6"))
    a6[0].render(scale=110 / 72).to_pil().save(out / "slip-a6.png")
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
