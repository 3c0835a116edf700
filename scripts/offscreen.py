"""What the screenshot scripts share: a fictional desk in a temporary folder, shown offscreen.

Never a real database: every script builds its data with the demo generator or made-up people.
Import this module first (it sets the offscreen platform and the import path).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Scratch:
    """A Qt application and a fresh, prepared database in a temporary data folder."""

    app: Any  # QApplication
    db: Any  # desktop.db.Database
    actor: Any  # the first admin
    folder: Path

    def settle(self, ms: int = 400, runner: Any = None) -> None:
        """Let the event loop run `ms`, then wait for the background work to finish."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        if runner is not None:
            runner.wait_for_done()
        self.app.processEvents()

    def wait_until(self, done: Callable[[], object]) -> None:
        """Process events until `done()` is true (the worker threads get the processor too)."""
        import time

        while not done():
            self.app.processEvents()
            time.sleep(0.01)

    def main_window(self, size: tuple[int, int] = (1366, 768)) -> tuple[Any, Any]:
        """The desk's main window on this database, shown, and the fake printer it prints to."""
        from desktop.services.settings import load_settings
        from desktop.ui.main_window import MainWindow
        from tests.fakes import FakePrinter

        with self.db.read() as session:
            settings = load_settings(session)
        printer = FakePrinter()
        window = MainWindow(self.db, self.actor, settings, printer)
        window.resize(*size)
        window.show()
        return window, printer


def scratch_desk() -> Scratch:
    """A QApplication (reused if one exists) and a new database with its first admin."""
    from PySide6.QtWidgets import QApplication

    from desktop.db import Database
    from desktop.services.setup import prepare_database

    folder = Path(tempfile.mkdtemp())
    os.environ["FRONTDESK_DATA_DIR"] = str(folder)
    app = QApplication.instance() or QApplication([])
    from desktop.ui.app_fonts import install_bundled_fonts

    install_bundled_fonts()  # as the desk does: own-script names show on a Latin-only PC
    from PySide6.QtCore import QSize

    from desktop.ui import screen_fit

    # Dialogs open as on the centre's 1366x768 screens (the offscreen screen is another size).
    room = screen_fit.room_for_dialogs(QSize(1366, 768))
    screen_fit.available_room = lambda _widget: room
    db = Database.open(folder / "demo.sqlite3", unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
    return Scratch(app, db, actor, folder)


def pdf_to_png(pdf: bytes, target: Path, dpi: int) -> None:
    """Page 1 of `pdf` as `target` (a .png), rendered by pdftoppm as the tests do."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
             str(source), str(target.with_suffix(""))],
            check=True,
        )  # fmt: skip


def out_folder() -> Path:
    """The folder named on the command line (docs/screenshots by default), made if missing."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out
