"""The access-request PDF: everything the centre holds on one person, readable by that person."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus.tables import LongTable

from desktop.printing.fonts import base_fonts, font_for
from desktop.printing.labels import ACCESS_WORDS
from desktop.printing.script_text import draw_line, layout_line
from desktop.services import clock
from desktop.services.rights import AccessReport

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#2a6f97")
RULE = colors.HexColor("#c9d3dc")
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
# Person fields in the order a person reads them; restricted ones are marked.
FIELDS: tuple[tuple[str, str], ...] = (
    ("member_number", "Member number"),
    ("family_name", "Family name"),
    ("given_name", "Given name"),
    ("name_original", "Name in your script"),
    ("preferred_name", "Preferred name"),
    ("sex", "Sex"),
    ("gender_identity", "Gender identity"),
    ("date_of_birth", "Date of birth"),
    ("birth_year", "Year of birth"),
    ("country_of_origin", "Country of origin"),
    ("nationality", "Nationality"),
    ("languages", "Languages"),
    ("preferred_language", "Preferred language"),
    ("phone", "Phone"),
    ("phone_alt", "Other phone"),
    ("hk_area", "Area in Hong Kong"),
    ("immigration_status", "Immigration status"),
    ("arrival_date", "Arrival in Hong Kong"),
    ("claim_date", "Claim lodged"),
    ("household_relationship", "Relationship in household"),
    ("vulnerability_flags", "Needs noted"),
    ("notes", "Notes"),
    ("status", "Record status"),
    ("created_at", "Registered"),
)
RESTRICTED = {"vulnerability_flags", "notes"}


def _w(key: str) -> str:
    return ACCESS_WORDS[key]


def _local(moment: datetime) -> str:
    return f"{clock.to_local(moment):%d %b %Y %H:%M}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v).replace("_", " ") for v in value)
    if hasattr(value, "strftime"):
        return f"{value:%d %b %Y}"
    return str(value).replace("_", " ") if str(value).islower() else str(value)


class ScriptLine(Flowable):  # type: ignore[misc]
    """One line in any script (Arabic joined and right to left, CJK, ...) for a name."""

    def __init__(self, text: str, size: float = 10) -> None:
        super().__init__()
        self.line = layout_line(text, size)
        self.height = size * 1.4

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return min(self.line.width, avail_width), self.height

    def draw(self) -> None:
        draw_line(self.canv, 0, self.height * 0.25, self.line, "left")


class _Styles:
    def __init__(self) -> None:
        self.regular, self.bold = base_fonts()
        body = ParagraphStyle("b", fontName=self.regular, fontSize=9.5, leading=13, textColor=INK)
        self.body = body
        self.small = ParagraphStyle("s", parent=body, fontSize=8, leading=10.5)
        self.title = ParagraphStyle("t", parent=body, fontName=self.bold, fontSize=18, leading=22)
        self.h2 = ParagraphStyle(
            "h", parent=body, fontName=self.bold, fontSize=12, leading=16, spaceBefore=8,
            spaceAfter=4, textColor=ACCENT,
        )  # fmt: skip

    def cell(self, text: str) -> Paragraph | ScriptLine:
        if text and font_for(text) != self.regular:
            return ScriptLine(text, 9)
        return Paragraph(_escape(text), self.small)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(
    styles: _Styles, header: Sequence[str], rows: list[list[str]], widths: list[float]
) -> Any:
    if not rows:
        return Paragraph(_w("none"), styles.body)
    data = [[Paragraph(f"<b>{_escape(h)}</b>", styles.small) for h in header]]
    data += [[styles.cell(c) for c in row] for row in rows]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render_access_report(report: AccessReport, *, centre_name: str) -> bytes:
    """The access-request record as PDF bytes (A4, page numbers, the centre on every page)."""
    styles = _Styles()
    person = report.person
    prepared = _local(report.prepared_at)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=22 * mm,
        bottomMargin=20 * mm, title=f"{_w('title')} {person.member_number}", author=centre_name,
    )  # fmt: skip

    def decorate(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(font_for(centre_name, bold=True), 10)
        canvas.drawString(MARGIN, A4[1] - 12 * mm, centre_name)
        canvas.setFont(styles.regular, 8)
        canvas.drawRightString(A4[0] - MARGIN, A4[1] - 12 * mm, person.member_number)
        canvas.drawString(MARGIN, 10 * mm, _w("prepared").replace("%1", prepared))
        canvas.drawRightString(
            A4[0] - MARGIN, 10 * mm, _w("page").replace("%1", str(canvas.getPageNumber()))
        )
        canvas.restoreState()

    detail_rows = []
    for name, label in FIELDS:
        value = _text(getattr(person, name))
        if name in RESTRICTED:
            label = f"{label} {_w('restricted')}"
        detail_rows.append([label, value])
    story: list[Any] = [
        Paragraph(_escape(_w("title")), styles.title),
        Spacer(1, 2 * mm),
        Paragraph(_escape(person.display_name), styles.h2),
    ]
    if person.name_original:
        story.append(ScriptLine(person.name_original, 13))
    story += [
        Paragraph(
            _escape(_w("intro").replace("%1", centre_name).replace("%2", prepared)), styles.body
        ),
        Paragraph(_escape(_w("details")), styles.h2),
        _table(styles, (_w("field"), _w("value")), detail_rows, [WIDTH * 0.35, WIDTH * 0.65]),
        Paragraph(_escape(_w("household")), styles.h2),
    ]
    if report.household is not None:
        text = _w("household_text").replace("%1", str(len(report.household.members)))
        text = text.replace("%2", _text(person.household_relationship) or "-")
        story.append(Paragraph(_escape(text), styles.body))
    else:
        story.append(Paragraph(_w("none"), styles.body))
    story.append(Paragraph(_escape(_w("consents")), styles.h2))
    consent_lines = []
    for record in report.consents:
        c = record.consent
        line = _w("consent_row").replace("%1", f"{c.consent_date:%d %b %Y}")
        line = line.replace("%2", _text(c.scope))
        if c.withdrawn_on:
            line += " — " + _w("withdrawn").replace("%1", f"{c.withdrawn_on:%d %b %Y}")
        consent_lines.append(Paragraph(_escape(line), styles.body))
    story += consent_lines or [Paragraph(_w("none"), styles.body)]
    story += [
        Paragraph(_escape(_w("visits")), styles.h2),
        _table(
            styles,
            (_w("when"), _w("services"), _w("queue")),
            [
                [
                    _local(v.visited_at) + (f" ({_w('void')})" if v.voided else ""),
                    ", ".join(v.services),
                    str(v.queue_number),
                ]
                for v in sorted(report.visits, key=lambda v: v.visited_at)
            ],
            [WIDTH * 0.3, WIDTH * 0.55, WIDTH * 0.15],
        ),
        Paragraph(_escape(_w("changes")), styles.h2),
        _table(
            styles,
            (_w("when"), _w("changed_field"), _w("before"), _w("after")),
            [
                [_local(c.changed_at), c.field_name.replace("_", " "), c.old_value, c.new_value]
                for c in sorted(report.changes, key=lambda c: c.changed_at)
            ],
            [WIDTH * 0.22, WIDTH * 0.2, WIDTH * 0.29, WIDTH * 0.29],
        ),
        Paragraph(_escape(_w("cards")), styles.h2),
    ]
    cards = [
        _w("card_row").replace("%1", str(card.serial)).replace("%2", _local(card.created_at))
        + (f" ({_w('replaced')})" if card.replaced else "")
        for card in report.cards
    ]
    story += [Paragraph(_escape(c), styles.body) for c in cards] or [
        Paragraph(_w("none"), styles.body)
    ]
    story += [
        Paragraph(_escape(_w("events")), styles.h2),
        _table(
            styles,
            (_w("when"), _w("action"), _w("by_role")),
            [[_local(e.at), e.action, e.role] for e in report.events],
            [WIDTH * 0.3, WIDTH * 0.45, WIDTH * 0.25],
        ),
    ]
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


__all__ = ["render_access_report"]
