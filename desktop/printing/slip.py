"""The service slip handed to a member at check-in: 80 mm receipt roll or A6 sheet.

Printed in the member's preferred language; a right-to-left language mirrors the page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from babel.dates import format_date, format_time
from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.direction import is_rtl
from desktop.printing.labels import paper_language, paper_locale, print_labels
from desktop.printing.qr import qr_drawing
from desktop.printing.script_text import Align, draw_line, draw_text, wrap_text

RECEIPT_WIDTH = 80 * mm
A6 = (105 * mm, 148 * mm)
_GREY = 0.35


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
    service_codes: tuple[str, ...] = ()  # beside `services`: picks the printed translation


def service_lines(slip: SlipData) -> list[tuple[str, str]]:
    """(name in the slip's language, English name or '' when the same) per service."""
    labels = print_labels(slip.language)
    codes = slip.service_codes or ("",) * len(slip.services)
    out: list[tuple[str, str]] = []
    for name, code in zip(slip.services, codes, strict=False):
        local = labels.get(f"service.{code}", name) if code else name
        out.append((local, name if local != name else ""))
    return out


def _page_size(fmt: str, n_service_lines: float, n_notes: int) -> tuple[float, float]:
    if fmt == "A6":
        return A6
    return RECEIPT_WIDTH, (102 + 6 * max(1.0, n_service_lines) + 4 * n_notes) * mm


def render_slip(slip: SlipData, *, fmt: str = "80mm") -> bytes:
    """The slip as a one-page PDF."""
    language = paper_language(slip.language)
    labels = print_labels(language)
    locale = paper_locale(language)
    rtl = is_rtl(language)
    services = service_lines(slip)
    margin = 5 * mm if fmt != "A6" else 8 * mm
    text_width = (RECEIPT_WIDTH if fmt != "A6" else A6[0]) - 2 * margin
    notes = [
        line
        for text in (labels["keep_slip"], *slip.extra_lines)
        for line in wrap_text(text, 7.5, text_width, rtl=rtl, language=language)
    ]
    bilingual = sum(0.6 for _, english in services if english)
    width, height = _page_size(fmt, len(services) + bilingual, len(notes))
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(width, height))
    pdf.setTitle(f"{labels['slip_title']} {slip.queue_number} {slip.member_number}")
    pdf.setAuthor(slip.centre_name)
    # The page mirrors for a right-to-left language: "start" is the right margin.
    start, end = (width - margin, margin) if rtl else (margin, width - margin)
    lead: Align = "right" if rtl else "left"
    trail: Align = "left" if rtl else "right"
    centre = width / 2
    y = height - margin - 5 * mm

    def text(x: float, size: float, value: str, **kwargs: object) -> None:
        draw_text(pdf, x, y, value, size, rtl=rtl, language=language, **kwargs)  # type: ignore[arg-type]

    text(centre, 12, slip.centre_name, align="centre", bold=True, max_width=text_width)
    y -= 5 * mm
    text(centre, 9, labels["slip_title"], align="centre")
    y -= 4 * mm
    pdf.setLineWidth(0.6)
    pdf.line(margin, y, width - margin, y)

    y -= 6 * mm
    day = format_date(slip.local_time, "medium", locale=locale)
    text(start, 9, f"{labels['date']}: {day}", align=lead, max_width=text_width * 0.6)
    clock = format_time(slip.local_time, "short", locale=locale)
    text(end, 9, f"{labels['time']}: {clock}", align=trail, max_width=text_width * 0.38)
    y -= 5 * mm
    text(centre, 9, labels["queue"], align="centre")
    y -= 11 * mm
    text(centre, 34, str(slip.queue_number), align="centre", bold=True)
    y -= 9 * mm

    text(start, 9, f"{labels['member']}: {slip.member_number}", align=lead)
    y -= 5 * mm
    # The Latin-letter name reads left to right whatever the page's direction.
    draw_text(pdf, start, y, slip.display_name, 11, bold=True, align=lead, max_width=text_width)
    if slip.name_original:
        y -= 6 * mm
        draw_text(pdf, start, y, slip.name_original, 11, align=lead, max_width=text_width)

    y -= 7 * mm
    text(start, 10, labels["services"], align=lead, bold=True)
    box = 3 * mm
    for local, english in services:
        y -= 6 * mm
        box_x = start - box if rtl else start
        pdf.rect(box_x, y - 0.5 * mm, box, box)
        inset = start - 5 * mm if rtl else start + 5 * mm
        text(inset, 10, local, align=lead, max_width=text_width - 5 * mm)
        if english:
            y -= 3.6 * mm
            pdf.setFillGray(_GREY)
            draw_text(pdf, inset, y, english, 7, align=lead)
            pdf.setFillGray(0)

    qr_size = 28 * mm
    y -= qr_size + 4 * mm
    renderPDF.draw(qr_drawing(slip.member_number, qr_size), pdf, centre - qr_size / 2, y)
    y -= 5 * mm
    for line in notes:
        draw_line(pdf, centre, y, line, align="centre")
        y -= 4 * mm
    pdf.showPage()
    pdf.save()
    return buf.getvalue()
