"""Child process of the runner: time from start to a window that takes typing, and its memory.

    python -m bench.window_start bare           a bare PySide6 window with one QLineEdit
    python -m bench.window_start desk FILE      Front Desk's own start on FILE (desktop.launch:
                                                the sign-in on screen while the file opens),
                                                signed in the moment it is painted, then a few
                                                searches and an opened person
    python -m bench.window_start crashed FILE   the same after a crash: the full file check
                                                runs behind the sign-in
    ... desk FILE 3                             the sign-in sent 3 s after it shows (a person
                                                typing a name and a password)

    python -m bench.window_start eager FILE     the start before desktop/launch.py: everything
                                                imported and the file opened, then the sign-in

Prints one JSON line, seconds from the interpreter's start: `usable` (first paint of the first
window that takes typing: the bare window, or the sign-in), `signed` (the sign-in sent: at
once, or after the given seconds), `desk` (the desk window painted), `loaded` (searches and a
person opened), and the peak RSS in MB after the work. The parent adds the process spawn.
"""

from __future__ import annotations

import json
import sys
import time

STARTED = time.perf_counter()

BENCH_USER = ("bench", "Bench Volunteer", "bench-password-1")


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

    def since_start() -> float:
        return time.perf_counter() - STARTED

    if argv[0] in ("bare", "eager"):

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and "usable" not in result:
                    result["usable"] = since_start()
                    result["rss_mb"] = _peak_rss_mb()
                    print(json.dumps(result), flush=True)
                    QTimer.singleShot(0, app.quit)
                return False

        window = QWidget()
        QLineEdit(window).setFocus()
        if argv[0] == "eager":
            from pathlib import Path

            from desktop.app import open_desk
            from desktop.ui.sign_in import SignInDialog

            opened = open_desk(Path(argv[1]), lambda _damaged: False, unencrypted=True)
            window = SignInDialog(opened.centre_name)
        watcher = FirstPaint()
        window.installEventFilter(watcher)
        window.show()
        code = app.exec()
        if argv[0] == "eager":
            opened.db.dispose()
            opened.lock.release(clean=True)
        return code

    from pathlib import Path

    from desktop.db.instance import lock_path_for

    path = Path(argv[1])
    typing_ms = int(float(argv[2]) * 1000) if len(argv) > 2 else 0
    if argv[0] == "crashed":  # the last desk did not close cleanly
        lock_path_for(path).unlink(missing_ok=True)

    def sign_in(dialog: QWidget) -> None:
        result["signed"] = since_start()
        dialog.username.setText(BENCH_USER[0])  # type: ignore[attr-defined]
        dialog.password.setText(BENCH_USER[2])  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    def work(desk: QWidget) -> None:
        for query in ("a", "ah", "ahm", "ahme", "ahmed", "cfr-000042", "9123"):
            desk.run_search(query)  # type: ignore[attr-defined]
        desk.runner.wait_for_done()  # type: ignore[attr-defined]
        app.processEvents()
        top = desk.search.model.row_at(0)  # type: ignore[attr-defined]
        if top is not None:
            desk.open_person(top.id)  # type: ignore[attr-defined]
        desk.runner.wait_for_done()  # type: ignore[attr-defined]
        app.processEvents()
        result["loaded"] = since_start()
        result["rss_mb"] = _peak_rss_mb()
        print(json.dumps(result), flush=True)
        import desktop.app

        desktop.app.backup_at_exit = lambda *_args: None  # the start is measured, not the exit
        desk.close()

    class Stages(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            top = watched.window()
            if top.objectName() == "sign_in_dialog" and "usable" not in result:
                result["usable"] = since_start()
                QTimer.singleShot(typing_ms, lambda: sign_in(top))
            elif top.objectName() == "main_window" and "desk" not in result:
                result["desk"] = since_start()
                QTimer.singleShot(0, lambda: work(top))
            return False

    stages = Stages()
    app.installEventFilter(stages)
    from desktop.launch import main as launch

    return launch(["--db", str(path), "--unencrypted"])  # the generated file is plain


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
