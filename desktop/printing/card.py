"""The member card: CR80 (85.6 x 54 mm), one per page for a card printer or ten on an A4 sheet.

Only what the desk needs to find the member: number (also as a QR code), name, preferred
language. Nothing sensitive (no birth date, status, phone or address) is printed on it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.models import MemberCard, Person
from desktop.printing.fonts import base_fonts
from desktop.printing.form_words import form_words, second_language
from desktop.printing.qr import qr_drawing
from desktop.printing.script_text import draw_text
from desktop.services import clock
from desktop.services.reference import language_name

CR80 = (85.6 * mm, 53.98 * mm)
A4_COLUMNS, A4_ROWS = 2, 5
BAND = Color(0.12, 0.31, 0.47)


@dataclass(frozen=True)
class CardData:
    centre_name: str
    member_number: str
    display_name: str
    name_original: str = ""
    preferred_name: str = ""
    language_name: str = ""  # the preferred language, named for the desk (e.g. "Urdu")
    issued: date | None = None
    serial: int = 1
    language: str = "en"  # which words print beside English


def _draw_card(pdf: Canvas, card: CardData, x: float, y: float) -> None:
    width, height = CR80
    regular, bold = base_fonts()
    en = form_words("en")
    local = form_words(second_language(card.language))  # beside English: theirs, or Chinese
    pdf.saveState()
    pdf.setLineWidth(0.4)
    pdf.setStrokeColorRGB(0.6, 0.6, 0.6)
    pdf.roundRect(x, y, width, height, 3 * mm)
    band = 10 * mm
    pdf.setFillColor(BAND)
    path = pdf.beginPath()
    path.roundRect(x, y + height - band, width, band, 3 * mm)
    pdf.clipPath(path, stroke=0, fill=1)
    pdf.restoreState()
    pdf.saveState()
    pdf.setFillColor(BAND)
    pdf.rect(x, y + height - band, width, band / 2, stroke=0, fill=1)
    pdf.setFillColor(white)
    draw_text(
        pdf,
        x + 4 * mm,
        y + height - 6.5 * mm,
        card.centre_name,
        9,
        bold=True,
        max_width=width - 8 * mm,
        align="left",
    )
    pdf.restoreState()

    qr = 24 * mm
    qr_x = x + width - qr - 3 * mm
    renderPDF.draw(qr_drawing(card.member_number, qr), pdf, qr_x, y + 8 * mm)
    title = f"{en['card.title']} {local['card.title']}"
    draw_text(pdf, qr_x + qr / 2, y + 5 * mm, title, 6.5, align="centre", max_width=qr + 4 * mm)
    left, text_width = x + 4 * mm, width - qr - 9 * mm
    line_y = y + height - band - 6.5 * mm
    draw_text(
        pdf, left, line_y, card.display_name, 11, bold=True, max_width=text_width, align="left"
    )
    if card.name_original:
        line_y -= 5 * mm
        draw_text(pdf, left, line_y, card.name_original, 9.5, max_width=text_width, align="left")
    if card.preferred_name:
        line_y -= 4.5 * mm
        draw_text(
            pdf, left, line_y, f"“{card.preferred_name}”", 8.5, max_width=text_width, align="left"
        )
    draw_text(
        pdf, left, y + 19 * mm, f"{en['card.member']} {local['card.member']}", 6.5, align="left"
    )
    pdf.setFont(bold, 15)
    pdf.drawString(left, y + 13 * mm, card.member_number)
    if card.language_name:
        words = f"{en['card.language']} {local['card.language']}: {card.language_name}"
        draw_text(pdf, left, y + 8.5 * mm, words, 7, max_width=text_width, align="left")
    issued = card.issued.strftime("%d/%m/%Y") if card.issued else ""
    serial = en["card.serial"].replace("%1", str(card.serial))
    pdf.setFont(regular, 6)
    pdf.setFillColorRGB(0.35, 0.35, 0.35)
    pdf.drawString(left, y + 4 * mm, f"{en['card.issued']} {issued} · {serial}")
    pdf.setFillColorRGB(0, 0, 0)


def render_cards(cards: Sequence[CardData], *, layout: str = "cr80") -> bytes:
    """The cards as a PDF: one CR80 page each ('cr80'), or ten per A4 sheet ('a4')."""
    buf = io.BytesIO()
    page = CR80 if layout == "cr80" else A4
    pdf = Canvas(buf, pagesize=page)
    pdf.setTitle("Member cards" if len(cards) != 1 else f"Member card {cards[0].member_number}")
    if layout == "cr80":
        for card in cards:
            _draw_card(pdf, card, 0, 0)
            pdf.showPage()
    else:
        width, height = CR80
        gap = 4 * mm
        left = (A4[0] - A4_COLUMNS * width - (A4_COLUMNS - 1) * gap) / 2
        top = A4[1] - (A4[1] - A4_ROWS * height - (A4_ROWS - 1) * gap) / 2
        per_page = A4_COLUMNS * A4_ROWS
        for start in range(0, len(cards), per_page):
            for i, card in enumerate(cards[start : start + per_page]):
                col, row = i % A4_COLUMNS, i // A4_COLUMNS
                _draw_card(
                    pdf, card, left + col * (width + gap), top - (row + 1) * height - row * gap
                )
            pdf.showPage()
    pdf.save()
    return buf.getvalue()


def card_for(person: Person, card: MemberCard, centre_name: str) -> CardData:
    """What the card of `person` shows (no sensitive field)."""
    return CardData(
        centre_name=centre_name,
        member_number=person.member_number,
        display_name=person.display_name,
        name_original=person.name_original,
        preferred_name=person.preferred_name,
        language_name=language_name(person.preferred_language) if person.preferred_language else "",
        issued=clock.local_day(card.created_at),
        serial=card.serial,
        language=person.preferred_language or "en",
    )
