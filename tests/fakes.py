"""Test doubles that stand in for hardware the CI machine does not have."""

from __future__ import annotations

import threading

from desktop.printing.backends import PrinterState, PrinterStatus, PrintFailed


class FakePrinter:
    """Records every PDF it is given; can be told to jam, or to hang until `hold` is set."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, bytes]] = []
        self.jam_reason: str | None = None
        self.absent = False  # no printer connected: every job is refused and waits
        self.hold: threading.Event | None = None  # a driver stuck on an offline printer
        self.waiting = threading.Event()  # set while a job hangs on `hold`
        self._lock = threading.Lock()

    def status(self) -> PrinterStatus:
        if self.absent:
            return PrinterStatus(PrinterState.NO_PRINTER, reason="no printer is connected")
        if self.jam_reason:
            return PrinterStatus(PrinterState.STOPPED, "Fake printer", self.jam_reason)
        return PrinterStatus(PrinterState.READY, "Fake printer")

    def print_pdf(self, pdf: bytes, title: str) -> str:
        if self.absent:
            raise PrintFailed("no printer is connected to this PC")
        if self.hold is not None:
            self.waiting.set()
            self.hold.wait(30)
        with self._lock:
            if self.jam_reason:
                raise PrintFailed(self.jam_reason)
            self.jobs.append((title, pdf))
        return "Fake printer"
