"""Builds the QApplication and the main window. `python -m desktop [--db PATH]`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.db import Database, data_dir, resolve_db_path
from desktop.services.settings import load_settings
from desktop.services.setup import prepare_database
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_printer import QtPrinterBackend

log = logging.getLogger("frontdesk")


def build_window(db: Database) -> MainWindow:
    """Prepare the database and build the main window (tests call this too)."""
    with db.write() as session:
        actor = prepare_database(session)
        settings = load_settings(session)
    printer = QtPrinterBackend(settings.printer_name, data_dir() / "printed")
    return MainWindow(db, actor, settings, printer)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop", description="Front Desk")
    parser.add_argument("--db", help="database file (default: $FRONTDESK_DB or the data folder)")
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.INFO)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Front Desk")
    path = resolve_db_path(args.db)
    try:
        db = Database.open(path)
    except Exception as exc:
        log.exception("cannot open %s", path)
        QMessageBox.critical(
            None,
            "Front Desk",
            app.translate("App", "The database %1 cannot be opened: %2")
            .replace("%1", str(path))
            .replace("%2", str(exc)),
        )
        return 1
    window = build_window(db)
    window.resize(1280, 760)
    window.show()
    code = app.exec()
    db.dispose()
    return code
