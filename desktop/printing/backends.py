"""Where a finished PDF goes: a printer (Qt, in the UI layer) or a folder of PDFs."""

from __future__ import annotations

import re
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


class PrintBackend(Protocol):
    def print_pdf(self, pdf: bytes, title: str) -> str:
        """Send the document; return where it went (printer name or file). Raises PrintFailed."""
        ...


def safe_filename(title: str) -> str:
    cleaned = re.sub(r"[^\w.-]+", "-", title, flags=re.ASCII).strip("-")
    return cleaned or "document"


class PdfFolderBackend:
    """Saves each document as a PDF in a folder: the desk's 'printer' when there is none."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def print_pdf(self, pdf: bytes, title: str) -> str:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"{safe_filename(title)}.pdf"
            n = 1
            while path.exists():
                n += 1
                path = self.folder / f"{safe_filename(title)}-{n}.pdf"
            tmp = path.with_suffix(".part")
            tmp.write_bytes(pdf)
            tmp.replace(path)
        except OSError as exc:
            raise PrintFailed(f"could not save the PDF in {self.folder}: {exc.strerror}") from exc
        return str(path)
