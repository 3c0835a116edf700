"""Where a finished PDF goes: a printer (Qt, in the UI layer), and what a printer can say.

Nothing is written outside the database when there is no printer: the job waits in the print
queue (stored in the encrypted file) until a printer takes it, or a person saves it as a PDF.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from desktop.services.errors import FrontDeskError


class PrintFailed(FrontDeskError):
    """The printer did not take the job (missing, offline, jammed). `reason` is plain words."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class PrintMaybeSent(PrintFailed):
    """The printer may have taken the job without confirming it: a person checks before it is
    sent again (it is never retried on its own, so it cannot come out twice)."""


class PrinterState(StrEnum):
    READY = "ready"
    NO_PRINTER = "no_printer"  # none connected, or the chosen one is not there
    STOPPED = "stopped"  # jammed, paused, refusing jobs


@dataclass(frozen=True)
class PrinterStatus:
    state: PrinterState
    name: str = ""  # the printer's name, when there is one
    reason: str = ""  # why it is stopped or missing, in plain words


class PrintBackend(Protocol):
    def print_pdf(self, pdf: bytes, title: str) -> str:
        """Send the document; return the printer it went to. Raises PrintFailed."""
        ...

    def status(self) -> PrinterStatus:
        """Whether a printer is there and takes jobs (may take seconds: call off the GUI)."""
        ...


def safe_filename(title: str) -> str:
    """A file name made of the title's plain letters, digits, dots and dashes."""
    cleaned = re.sub(r"[^\w.-]+", "-", title, flags=re.ASCII).strip("-")
    return cleaned or "document"


def remove_old_printed_folder(folder: Path) -> int:
    """Delete the PDFs that versions before 0009 saved in `<data>/printed` when there was no
    printer (plain files with names and birth dates). Each is overwritten before it is
    unlinked, so its words do not stay readable on the disk. Returns how many were removed."""
    if not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.iterdir()):
        if path.is_file() and not path.is_symlink():
            with path.open("r+b") as handle:
                size = handle.seek(0, 2)
                handle.seek(0)
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
            removed += 1
    with contextlib.suppress(OSError):  # something else is in it: left alone
        folder.rmdir()
    return removed
