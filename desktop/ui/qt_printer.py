"""Printing a PDF on a real printer through Qt's print support (safe off the GUI thread).

Qt finds the printer (the one named in the settings, or the system default). Where CUPS runs
(Linux, macOS) the PDF goes to its queue as it is (desktop/printing/cups.py); elsewhere Qt
paints each page, rendered at the printer's resolution. With no printer the job is refused
(PrintFailed) and waits in the print queue: nothing is written to a file unasked.
"""

from __future__ import annotations

import logging

import pypdfium2 as pdfium
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.printing.backends import PrinterState, PrinterStatus, PrintFailed
from desktop.printing.cups import cups_available, queue_state, send_pdf

log = logging.getLogger(__name__)
NO_PRINTER = "no printer is connected to this PC"


class QtPrinterBackend:
    """Prints on the named printer (or the system default)."""

    def __init__(self, printer_name: str) -> None:
        self.printer_name = printer_name

    def _printer_info(self) -> QPrinterInfo | None:
        if self.printer_name:
            info = QPrinterInfo.printerInfo(self.printer_name)
            if info.isNull():
                raise PrintFailed(f"the printer “{self.printer_name}” is not connected")
            return info
        info = QPrinterInfo.defaultPrinter()
        return None if info.isNull() else info

    def status(self) -> PrinterStatus:
        try:
            info = self._printer_info()
        except PrintFailed as exc:
            return PrinterStatus(PrinterState.NO_PRINTER, self.printer_name, exc.reason)
        if info is None:
            return PrinterStatus(PrinterState.NO_PRINTER, reason=NO_PRINTER)
        name = info.printerName()
        if cups_available():
            try:
                state = queue_state(name)
            except PrintFailed as exc:
                return PrinterStatus(PrinterState.STOPPED, name, exc.reason)
            if not state.enabled or not state.accepting:
                return PrinterStatus(PrinterState.STOPPED, name, state.reason)
        return PrinterStatus(PrinterState.READY, name)

    def print_pdf(self, pdf: bytes, title: str) -> str:
        info = self._printer_info()
        if info is None:
            raise PrintFailed(NO_PRINTER)
        if cups_available():
            return send_pdf(info.printerName(), pdf, title)
        return self._paint(info, pdf, title)

    def _paint(self, info: QPrinterInfo, pdf: bytes, title: str) -> str:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        document = pdfium.PdfDocument(pdf)
        painter = QPainter()
        try:
            for index in range(len(document)):
                page = document[index]
                width_pt, height_pt = page.get_size()
                printer.setPageSize(QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point))
                printer.setPageOrientation(QPageLayout.Orientation.Portrait)
                if index == 0 and not painter.begin(printer):
                    raise PrintFailed(f"the printer “{info.printerName()}” did not accept the job")
                if index > 0:
                    printer.newPage()
                dpi = printer.resolution()
                bitmap = page.render(scale=dpi / 72).to_pil().convert("RGB")
                data = bitmap.tobytes("raw", "RGB")
                image = QImage(
                    data, bitmap.width, bitmap.height, bitmap.width * 3, QImage.Format.Format_RGB888
                )
                painter.drawImage(printer.pageRect(QPrinter.Unit.DevicePixel).topLeft(), image)
        finally:
            if painter.isActive():
                painter.end()
            document.close()
        return info.printerName()
