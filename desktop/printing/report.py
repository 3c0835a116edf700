"""The donor report as a PDF: headline figures, charts and tables, protected counts only.

Every page carries the centre's name, the period and "Page n of N".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.printing.fonts import base_fonts, font_for
from desktop.printing.labels import REPORT_WORDS
from desktop.services.disclosure import OTHER, PublishedReport, Row, Shown
from desktop.services.reference import country_name

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#2a6f97")
ACCENT_2 = colors.HexColor("#f2a541")
RULE = colors.HexColor("#c9d3dc")
TILE = colors.HexColor("#eef3f7")
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def _w(key: str) -> str:
    return REPORT_WORDS[key]


def period_text(first: date, last: date) -> str:
    return _w("period").replace("%1", f"{first:%d %b %Y}").replace("%2", f"{last:%d %b %Y}")


def _month_label(month: str) -> str:
    return datetime.strptime(month, "%Y-%m").strftime("%b %y")


class _Styles:
    def __init__(self) -> None:
        self.regular, self.bold = base_fonts()
        base = ParagraphStyle(
            "base", fontName=self.regular, fontSize=9.5, leading=13, textColor=INK
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=self.bold, fontSize=20, leading=24
        )
        self.subtitle = ParagraphStyle("sub", parent=base, fontSize=11, leading=15)
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontName=self.bold, fontSize=12.5, leading=16, spaceBefore=8,
            spaceAfter=4, textColor=ACCENT,
        )  # fmt: skip


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end so each footer can say "Page n of N"."""

    header: tuple[str, str, str] = ("", "", "")  # centre, period, prepared

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        regular, bold = base_fonts()
        centre, period, prepared = self.header
        width, height = A4
        top = height - 12 * mm
        self.setFillColor(INK)
        self.setFont(font_for(centre, bold=True), 10)
        self.drawString(MARGIN, top, centre)
        self.setFont(regular, 9)
        self.drawRightString(width - MARGIN, top, period)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.7)
        self.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = 10 * mm
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        self.setFont(regular, 7.5)
        self.drawString(MARGIN, bottom, _w("privacy"))
        page = _w("page").replace("%1", str(self._pageNumber)).replace("%2", str(total))
        self.setFont(bold, 8)
        self.drawRightString(width - MARGIN, bottom, page)
        self.setFont(regular, 7.5)
        self.drawRightString(width - MARGIN, bottom - 3.5 * mm, prepared)


def _value(cell: Shown | None) -> float:
    return float(cell.value or 0) if cell is not None else 0.0


def _bar_chart(
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    *,
    horizontal: bool = False,
    height: float = 60 * mm,
) -> Drawing:
    styles = _Styles()
    drawing = Drawing(WIDTH, height)
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 42 * mm if horizontal else 12 * mm
    chart.x, chart.y = left, 14 * mm if not horizontal else 6 * mm
    chart.width = WIDTH - left - (6 * mm if len(series) < 2 else 36 * mm)
    chart.height = height - chart.y - 6 * mm
    chart.data = [list(s) for s in series] or [[0]]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = styles.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = styles.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    top = max((max(s) for s in series if s), default=0)
    chart.valueAxis.valueMax = max(top * 1.1, 5)
    chart.valueAxis.valueStep = _step(chart.valueAxis.valueMax)
    chart.barSpacing = 1
    chart.groupSpacing = 4
    for i, colour in enumerate((ACCENT, ACCENT_2)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    if horizontal:
        chart.categoryAxis.reverseDirection = True
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
    elif len(labels) > 6:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = WIDTH - 32 * mm, height - 10 * mm
        legend.fontName, legend.fontSize = styles.regular, 8
        legend.alignment = "right"
        legend.colorNamePairs = list(zip((ACCENT, ACCENT_2), names, strict=False))
        drawing.add(legend)
    return drawing


def _step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return float(10 ** len(str(int(top // 6))))


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], styles: _Styles) -> Table:
    right = ParagraphStyle("r", parent=styles.small, alignment=2)
    body = [[Paragraph(h, styles.small if i == 0 else right) for i, h in enumerate(header)]]
    for row in rows:
        first, *rest = row
        cell = Paragraph(first, ParagraphStyle("c", parent=styles.body, fontName=font_for(first)))
        body.append([cell, *rest])
    widths = [WIDTH * 0.5] + [WIDTH * 0.5 / max(1, len(header) - 1)] * (len(header) - 1)
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (1, 1), (-1, -1), styles.regular, 9.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, TILE]),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _headline(report: PublishedReport, styles: _Styles) -> Table:
    keys = ("people_served", "visits", "new_people", "returning_people", "households_served")
    big = ParagraphStyle("big", parent=styles.body, fontName=styles.bold, fontSize=22, leading=26)
    cells = [
        [Paragraph(report.headline[k].text(), big) for k in keys],
        [Paragraph(_w(k), styles.small) for k in keys],
    ]
    table = Table(cells, colWidths=[WIDTH / len(keys)] * len(keys))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TILE),
                ("LINEBEFORE", (1, 0), (-1, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _label(key: str, kind: str) -> str:
    if key == OTHER:
        return _w("other_countries" if kind == "country" else "other_services")
    if kind == "country":
        return country_name(key) if key else _w("not_recorded")
    if kind == "age":
        return _w("unknown_age") if key == "unknown" else key
    if kind == "month":
        return _month_label(key)
    if kind in ("gender", "category"):
        return REPORT_WORDS.get(key, key or _w("not_recorded"))
    return key


def _section(
    title: str,
    rows: Sequence[Row],
    kind: str,
    header: Sequence[str],
    styles: _Styles,
    *,
    chart: bool = True,
    horizontal: bool = True,
    note: str = "",
) -> list[Any]:
    labels = [_label(r.key, kind) for r in rows]
    two = any(r.visits is not None for r in rows)
    table_rows = [
        [label, r.people.text(), *([r.visits.text() if r.visits else ""] if two else [])]
        for label, r in zip(labels, rows, strict=True)
    ]
    flow: list[Any] = [Paragraph(title, styles.h2)]
    if note:
        flow.append(Paragraph(note, styles.small))
    if chart and rows:
        series = [[_value(r.people) for r in rows]]
        names = [header[1]]
        if two:
            series.append([_value(r.visits) for r in rows])
            names.append(header[2])
        height = (10 + 7 * len(rows) * len(series)) * mm if horizontal else 62 * mm
        flow.append(
            _bar_chart(labels, series, names, horizontal=horizontal, height=min(height, 95 * mm))
        )
        flow.append(Spacer(1, 3 * mm))
    flow.append(_table(header, table_rows, styles))
    return [CondPageBreak(70 * mm), KeepTogether(flow[:3]), *flow[3:], Spacer(1, 4 * mm)]


def render_report(report: PublishedReport, *, centre_name: str, prepared_on: date) -> bytes:
    """The donor report as PDF bytes. Only `report`'s protected counts are printed."""
    styles = _Styles()
    buf = io.BytesIO()
    period = period_text(report.first, report.last)
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=f"{_w('title')} {period}",
        author=centre_name,
    )

    class Numbered(_NumberedCanvas):
        header = (centre_name, period, _w("generated").replace("%1", f"{prepared_on:%d %b %Y}"))

    people, visits = _w("people"), _w("visits")
    trend_note = _w("trend_note") if report.trend_first < report.first else ""
    story: list[Any] = [
        Paragraph(_w("title"), styles.title),
        Paragraph(f"{centre_name} · {period}", styles.subtitle),
        Spacer(1, 5 * mm),
        _headline(report, styles),
        Spacer(1, 4 * mm),
        *_section(
            _w("trend"), report.by_month, "month", (_w("month"), people, visits), styles,
            horizontal=False, note=trend_note,
        ),
        *_section(
            _w("by_category"), report.by_category, "category",
            (_w("category"), people, visits), styles,
        ),
        *_section(
            _w("by_service"), report.by_service, "service", (_w("service"), people, visits),
            styles, chart=False,
        ),
        *_section(_w("by_country"), report.by_country, "country", (_w("country"), people), styles),
        *_section(_w("by_gender"), report.by_gender, "gender", (_w("gender"), people), styles),
        *_section(
            _w("by_age"), report.by_age_band, "age", (_w("age"), people), styles, horizontal=False
        ),
        *_section(
            _w("by_household"), report.by_household_size, "household",
            (_w("household_size"), _w("households")), styles, horizontal=False,
        ),
        Paragraph(_w("definitions"), styles.h2),
        Paragraph(_w("definitions_text"), styles.body),
    ]  # fmt: skip
    doc.build(story, canvasmaker=Numbered)
    return buf.getvalue()
