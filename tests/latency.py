"""Measuring how late the window answers: a 10 ms timer on the GUI thread notes each tick.

A tick that comes late means the GUI thread was busy (our code, a layout, an import) or waited
(the GIL, a lock). On a loaded machine it can also be late because the operating system ran
other programs, either instead of the GUI thread or instead of the worker holding the GIL it
waits for. Linux counts, per thread, the time it sat ready in the run queue
(/proc/self/task/<id>/schedstat); the longest such wait of any of our threads during a late
tick is reported apart and not blamed on the app, except that the time the GUI thread itself
spent running (its own work, which an idle machine would take as long) always counts.
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


TASKS = Path("/proc/self/task")


def _schedstat() -> dict[str, tuple[int, int]]:
    """Per thread of this process, nanoseconds (run on a processor, waited ready for one);
    empty where Linux does not say."""
    times = {}
    try:
        threads = list(TASKS.iterdir())
    except OSError:
        return {}
    for thread in threads:
        try:
            ran, waited = (thread / "schedstat").read_text().split()[:2]
            times[thread.name] = (int(ran), int(waited))
        except (OSError, ValueError):
            continue  # the thread ended meanwhile
    return times


@dataclass
class Stall:
    lateness_ms: float  # past the 10 ms the timer asked for
    queued_ms: float  # the longest any of our threads sat ready while other programs ran
    ran_ms: float  # how long the GUI thread itself ran meanwhile
    where: str  # the GUI thread's Python stack while it was overdue (may be empty)

    @property
    def own_ms(self) -> float:
        return max(min(self.ran_ms, self.lateness_ms), self.lateness_ms - self.queued_ms, 0.0)


@dataclass
class Window:
    """Figures for one stretch of time (the idle baseline, or while the work ran)."""

    ticks: int = 0
    stalls: list[Stall] = field(default_factory=list)  # the late ticks, worst first on demand

    @property
    def worst(self) -> Stall:
        return max(self.stalls, key=lambda s: s.own_ms, default=Stall(0.0, 0.0, 0.0, ""))

    @property
    def worst_raw_ms(self) -> float:
        return max((s.lateness_ms for s in self.stalls), default=0.0)


class EventLoopProbe:
    """Start, let the work run through the real window, stop; then read `work` and `idle`."""

    def __init__(self) -> None:
        self._main = threading.main_thread().ident
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.idle = Window()
        self.work = Window()
        self._current = self.idle
        self._last = 0.0
        self._last_times: dict[str, tuple[int, int]] = {}
        self._gui = str(threading.get_native_id())  # made on the GUI thread
        self._where = ""
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True)

    def start(self) -> None:
        self._last, self._last_times = time.perf_counter(), _schedstat()
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
        now, times = time.perf_counter(), _schedstat()
        window = self._current
        window.ticks += 1
        lateness = (now - self._last) * 1000 - INTERVAL_MS
        if lateness > 1:
            before = self._last_times
            waited = max((w - before.get(t, (0, 0))[1] for t, (_r, w) in times.items()), default=0)
            ran = times.get(self._gui, (0, 0))[0] - before.get(self._gui, (0, 0))[0]
            window.stalls.append(
                Stall(lateness, min(waited / 1e6, lateness), ran / 1e6, self._where)
            )
        self._last, self._last_times, self._where = now, times, ""

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
            f"({self.work.worst_raw_ms:.0f} ms raw; in the worst, the GUI thread ran "
            f"{work.ran_ms:.0f} ms, and {work.queued_ms:.0f} ms went to other programs) over "
            f"{self.work.ticks} ticks; idle baseline {idle.own_ms:.0f} ms own, "
            f"{self.idle.worst_raw_ms:.0f} ms raw"
        )
        if work.where:
            text += "\nwhere the GUI thread was during the worst stall:\n" + work.where
        return text
