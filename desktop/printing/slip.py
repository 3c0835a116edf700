"""The service slip handed to a member at check-in: 80 mm receipt roll or A6 sheet."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import base_fonts, font_for
from desktop.printing.labels import print_labels
from desktop.printing.qr import qr_drawing

RECEIPT_WIDTH = 80 * mm
A6 = (105 * mm, 148 * mm)


@dataclass(frozen=True)
class SlipData:
    centre_name: str
    local_time: datetime  # already in the centre's time zone
    queue_number: int
    member_number: str
    display_name: str
    name_original: str = ""
    services: tuple[str, ...] = ()
    language: str = "en"
    extra_lines: tuple[str, ...] = field(default=())


def _page_size(fmt: str, n_services: int) -> tuple[float, float]:
    if fmt == "A6":
        return A6
    return RECEIPT_WIDTH, (106 + 6 * max(1, n_services)) * mm


def render_slip(slip: SlipData, *, fmt: str = "80mm") -> bytes:
    """The slip as a one-page PDF."""
    regular, bold = base_fonts()
    labels = print_labels(slip.language)
    width, height = _page_size(fmt, len(slip.services))
    margin = 5 * mm if fmt != "A6" else 8 * mm
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(width, height))
    pdf.setTitle(f"{labels['slip_title']} {slip.queue_number} {slip.member_number}")
    pdf.setAuthor(slip.centre_name)
    y = height - margin - 5 * mm
    centre = width / 2

    pdf.setFont(bold, 12)
    pdf.drawCentredString(centre, y, slip.centre_name)
    y -= 5 * mm
    pdf.setFont(regular, 9)
    pdf.drawCentredString(centre, y, labels["slip_title"])
    y -= 4 * mm
    pdf.setLineWidth(0.6)
    pdf.line(margin, y, width - margin, y)

    y -= 6 * mm
    pdf.setFont(regular, 9)
    pdf.drawString(margin, y, f"{labels['date']}: {slip.local_time:%d/%m/%Y}")
    pdf.drawRightString(width - margin, y, f"{labels['time']}: {slip.local_time:%H:%M}")
    y -= 16 * mm
    pdf.setFont(regular, 9)
    pdf.drawCentredString(centre, y + 11 * mm, labels["queue"])
    pdf.setFont(bold, 34)
    pdf.drawCentredString(centre, y, str(slip.queue_number))
    y -= 9 * mm

    pdf.setFont(regular, 9)
    pdf.drawString(margin, y, f"{labels['member']}: {slip.member_number}")
    y -= 5 * mm
    pdf.setFont(bold, 11)
    pdf.drawString(margin, y, slip.display_name[:40])
    if slip.name_original:
        y -= 5 * mm
        pdf.setFont(font_for(slip.name_original), 10)
        pdf.drawString(margin, y, slip.name_original[:40])

    y -= 7 * mm
    pdf.setFont(bold, 10)
    pdf.drawString(margin, y, labels["services"])
    pdf.setFont(regular, 10)
    for name in slip.services:
        y -= 6 * mm
        pdf.rect(margin, y - 0.5 * mm, 3 * mm, 3 * mm)
        pdf.drawString(margin + 5 * mm, y, name)

    qr_size = 28 * mm
    y -= qr_size + 4 * mm
    renderPDF.draw(qr_drawing(slip.member_number, qr_size), pdf, centre - qr_size / 2, y)
    y -= 5 * mm
    pdf.setFont(regular, 7.5)
    for line in (labels["keep_slip"], *slip.extra_lines):
        pdf.drawCentredString(centre, y, line)
        y -= 4 * mm
    pdf.showPage()
    pdf.save()
    return buf.getvalue()
