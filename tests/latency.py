"""Measuring how late the window answers: a 10 ms timer on the GUI thread notes each tick.

A tick that comes late means the GUI thread was busy (our code, a layout, an import) or waited
(the GIL, a lock). On a loaded machine it can also be late because the operating system ran
other programs: Linux counts, per thread, the time it sat ready in the run queue
(/proc/self/task/<id>/schedstat), and that time is reported apart, not blamed on the app.
While a tick is overdue, a watcher thread notes where the GUI thread's Python code is, so a
failure says what stalled it.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

INTERVAL_MS = 10
WATCH_AFTER_S = 0.04  # a tick this overdue gets the GUI thread's stack noted


def _queued_ns(schedstat: Path | None) -> int:
    """Nanoseconds the thread has waited, ready, for a processor (0 where Linux does not say)."""
    if schedstat is None:
        return 0
    try:
        return int(schedstat.read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0


@dataclass
class Stall:
    lateness_ms: float  # past the 10 ms the timer asked for
    queued_ms: float  # of which the thread sat ready while other programs ran
    where: str  # the GUI thread's Python stack while it was overdue (may be empty)

    @property
    def own_ms(self) -> float:
        return max(0.0, self.lateness_ms - self.queued_ms)


@dataclass
class Window:
    """Figures for one stretch of time (the idle baseline, or while the work ran)."""

    ticks: int = 0
    stalls: list[Stall] = field(default_factory=list)  # the late ticks, worst first on demand

    @property
    def worst(self) -> Stall:
        return max(self.stalls, key=lambda s: s.own_ms, default=Stall(0.0, 0.0, ""))

    @property
    def worst_raw_ms(self) -> float:
        return max((s.lateness_ms for s in self.stalls), default=0.0)


class EventLoopProbe:
    """Start, let the work run through the real window, stop; then read `work` and `idle`."""

    def __init__(self) -> None:
        tid = threading.get_native_id()  # created on the GUI thread
        path = Path(f"/proc/self/task/{tid}/schedstat")
        self._schedstat = path if path.exists() else None
        self._main = threading.main_thread().ident
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.idle = Window()
        self.work = Window()
        self._current = self.idle
        self._last = 0.0
        self._last_queued = 0
        self._where = ""
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._last, self._last_queued = time.perf_counter(), _queued_ns(self._schedstat)
        self.timer.start(INTERVAL_MS)
        self._watcher.start()

    def begin_work(self) -> None:
        """The idle baseline ends here; what follows is measured against the limit."""
        self._current = self.work

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()
        self._watcher.join()

    def _tick(self) -> None:
        now, queued = time.perf_counter(), _queued_ns(self._schedstat)
        window = self._current
        window.ticks += 1
        lateness = (now - self._last) * 1000 - INTERVAL_MS
        if lateness > 1:
            waited = (queued - self._last_queued) / 1e6
            window.stalls.append(Stall(lateness, min(waited, lateness), self._where))
        self._last, self._last_queued, self._where = now, queued, ""

    def _watch(self) -> None:
        while not self._stop.wait(0.005):
            if time.perf_counter() - self._last > WATCH_AFTER_S and not self._where:
                frame = sys._current_frames().get(self._main or 0)
                if frame is not None:
                    self._where = "".join(traceback.format_stack(frame)[-8:])

    def report(self, what: str) -> str:
        idle, work = self.idle.worst, self.work.worst
        text = (
            f"\n{what}: worst lateness {work.own_ms:.0f} ms of the window's own "
            f"({self.work.worst_raw_ms:.0f} ms raw, {work.queued_ms:.0f} ms of it waiting for a "
            f"processor) over {self.work.ticks} ticks; idle baseline {idle.own_ms:.0f} ms own, "
            f"{self.idle.worst_raw_ms:.0f} ms raw"
        )
        if work.where:
            text += "\nwhere the GUI thread was during the worst stall:\n" + work.where
        return text
