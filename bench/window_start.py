"""Child process of the runner: time from start to a window that takes typing, and its memory.

    python -m bench.window_start bare           a bare PySide6 window with one QLineEdit
    python -m bench.window_start desk FILE      Front Desk's own start on FILE (desktop.app:
                                                lock, checks, migrate, window; no sign-in dialog),
                                                then a few searches and an opened person
    python -m bench.window_start crashed FILE   the same after a crash: the full file check
                                                runs before the window

Prints one JSON line: seconds from the interpreter's start to the first paint of the window
(the parent adds the process spawn), and the peak RSS in MB after the work.
"""

from __future__ import annotations

import json
import sys
import time

STARTED = time.perf_counter()


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:  # noqa: PTH123
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

    app = QApplication([sys.argv[0]])
    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "usable" not in result:
                result["usable"] = time.perf_counter() - STARTED
                QTimer.singleShot(0, after_paint)
            return False

    window: QWidget
    if argv[0] == "bare":
        window = QWidget()
        QLineEdit(window).setFocus()
    else:
        from pathlib import Path

        from desktop.app import build_window, start_desk
        from desktop.db.instance import lock_path_for

        if argv[0] == "crashed":  # the last desk did not close cleanly
            lock_path_for(Path(argv[1])).unlink(missing_ok=True)
        db, lock = start_desk(Path(argv[1]), lambda damaged: False)
        window = build_window(db)
        window.resize(1280, 760)

    def after_paint() -> None:
        if argv[0] != "bare":
            desk = window
            for query in ("a", "ah", "ahm", "ahme", "ahmed", "cfr-000042", "9123"):
                desk.run_search(query)  # type: ignore[attr-defined]
            desk.runner.wait_for_done()  # type: ignore[attr-defined]
            app.processEvents()
            top = desk.search.model.row_at(0)  # type: ignore[attr-defined]
            if top is not None:
                desk.open_person(top.id)  # type: ignore[attr-defined]
            desk.runner.wait_for_done()  # type: ignore[attr-defined]
            app.processEvents()
            result["loaded"] = time.perf_counter() - STARTED
        result["rss_mb"] = _peak_rss_mb()
        print(json.dumps(result), flush=True)
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    if argv[0] != "bare":
        window.runner.wait_for_done()  # type: ignore[attr-defined]
        db.dispose()
        lock.release(clean=True)  # as the app does after a normal close
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
