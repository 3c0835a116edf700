"""The paper intake form (A4): blank for when the PC is down, or filled in for a signature.

Laid out like a real form: numbered sections, boxes to write in, tick boxes, the consent text
and a signature line. Every label is printed in English and the member's language
(Traditional Chinese when the form has no words in it, or for a blank form by default).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.models import Consent, Person
from desktop.printing.direction import is_rtl
from desktop.printing.form_words import form_words, second_language
from desktop.printing.script_text import draw_line, draw_text, layout_line, wrap_text
from desktop.services import clock
from desktop.services.consent import TEXT_VERSION
from desktop.services.people import input_from_person
from desktop.services.reference import country_name, language_name

MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
BAR = Color(0.86, 0.90, 0.94)
INK = Color(0.1, 0.1, 0.1)
SEXES = ("female", "male", "intersex", "not_stated")
STATUSES = ("non_refoulement_claimant", "asylum_seeker", "recognised_refugee", "other")
FLAGS = (
    "unaccompanied_minor",
    "pregnant",
    "disability",
    "serious_illness",
    "mental_health",
    "survivor_of_violence",
    "single_parent",
    "older_person_alone",
    "no_shelter",
)
SCOPES = ("records", "referrals", "contact")


@dataclass(frozen=True)
class IntakeFormData:
    """What is printed in the boxes; all empty gives the blank form."""

    centre_name: str
    consent_version: str
    member_number: str = ""
    registered: str = ""  # dd/mm/yyyy
    values: dict[str, str] = field(default_factory=dict)  # field key -> text as shown
    sex: str = ""
    status: str = ""
    birth_estimated: bool = False
    flags: Sequence[str] = ()
    consent_scope: Sequence[str] = ()
    taken_by: str = ""
    consent_date: str = ""
    language: str = ""  # the member's preferred language: printed beside English


class _Form:
    def __init__(self, pdf: Canvas, data: IntakeFormData) -> None:
        self.pdf, self.data = pdf, data
        # English beside the member's own language (Traditional Chinese when we have none).
        self.local_language = second_language(data.language)
        self.en, self.local = form_words("en"), form_words(self.local_language)
        self.y = A4[1] - MARGIN

    def label(self, key: str) -> str:
        # RLM: a number that starts the right-to-left words ("١. الاسم") stays with them.
        joiner = "  \u200f" if is_rtl(self.local_language) else "  "
        return f"{self.en[key]}{joiner}{self.local[key]}"

    def section(self, key: str) -> None:
        self.y -= 8 * mm
        self.pdf.setFillColor(BAR)
        self.pdf.rect(MARGIN, self.y - 1.8 * mm, WIDTH, 6.5 * mm, stroke=0, fill=1)
        self.pdf.setFillColor(INK)
        draw_text(self.pdf, MARGIN + 2 * mm, self.y, self.label(key), 10, bold=True, align="left")
        self.y -= 2 * mm

    def boxes(self, cells: Sequence[tuple[str, float]]) -> None:
        """A row of labelled boxes: (field key, share of the width)."""
        self.y -= 11.5 * mm
        x = MARGIN
        gap = 3 * mm
        usable = WIDTH - gap * (len(cells) - 1)
        for key, share in cells:
            w = usable * share
            draw_text(
                self.pdf,
                x,
                self.y + 7.6 * mm,
                self.label(f"intake.{key}"),
                7,
                align="left",
                max_width=w,
            )
            self.pdf.setLineWidth(0.6)
            self.pdf.rect(x, self.y, w, 6.5 * mm)
            value = self.data.values.get(key, "")
            if value:
                draw_text(
                    self.pdf,
                    x + 1.5 * mm,
                    self.y + 2 * mm,
                    value,
                    10,
                    align="left",
                    max_width=w - 3 * mm,
                )
            x += w + gap

    def tick(
        self, x: float, y: float, text: str, checked: bool, size: float = 8, width: float = 0.0
    ) -> float:
        box = 3.4 * mm
        self.pdf.setLineWidth(0.6)
        self.pdf.rect(x, y - 0.6 * mm, box, box)
        if checked:
            self.pdf.setLineWidth(1.2)
            self.pdf.line(x + 0.6 * mm, y + 1.0 * mm, x + 1.5 * mm, y - 0.1 * mm)
            self.pdf.line(x + 1.5 * mm, y - 0.1 * mm, x + 3.0 * mm, y + 2.4 * mm)
        room = max(0.0, width - box - 1.5 * mm) if width else 0.0
        line = draw_text(self.pdf, x + box + 1.5 * mm, y, text, size, align="left", max_width=room)
        return float(x + box + 1.5 * mm + line.width)

    def ticks(self, title_key: str, prefix: str, options: Sequence[str], chosen: str) -> None:
        self.y -= 9 * mm
        draw_text(self.pdf, MARGIN, self.y + 4.2 * mm, self.label(title_key), 7, align="left")
        self.y -= 1.5 * mm
        x = MARGIN
        for option in options:
            label = self.label(f"{prefix}.{option}")
            if x > MARGIN and x + layout_line(label, 8).width + 5 * mm > MARGIN + WIDTH:
                self.y -= 5.5 * mm  # no room left on this line: the next option goes below
                x = MARGIN
            x = self.tick(x, self.y, label, option == chosen) + 5 * mm
        self.y -= 3 * mm  # room before the labels of the next row

    def header(self) -> None:
        pdf, data = self.pdf, self.data
        self.y -= 5 * mm
        draw_text(
            pdf,
            MARGIN,
            self.y,
            data.centre_name,
            14,
            bold=True,
            align="left",
            max_width=WIDTH * 0.6,
        )
        self.y -= 7 * mm
        draw_text(pdf, MARGIN, self.y, self.label("intake.title"), 13, align="left")
        # Office box, top right.
        bw, bh = 62 * mm, 17 * mm
        bx, by = A4[0] - MARGIN - bw, A4[1] - MARGIN - bh
        pdf.setLineWidth(0.8)
        pdf.rect(bx, by, bw, bh)
        draw_text(
            pdf,
            bx + 2 * mm,
            by + bh - 4 * mm,
            self.label("intake.office"),
            7,
            bold=True,
            align="left",
        )
        for i, (key, value) in enumerate(
            (("intake.member", data.member_number), ("intake.registered", data.registered))
        ):
            ly = by + bh - 9 * mm - i * 5.5 * mm
            draw_text(pdf, bx + 2 * mm, ly, self.label(key), 7, align="left", max_width=28 * mm)
            pdf.setLineWidth(0.4)
            pdf.line(bx + 30 * mm, ly - 0.8 * mm, bx + bw - 2 * mm, ly - 0.8 * mm)
            if value:
                draw_text(pdf, bx + 31 * mm, ly, value, 9, bold=True, align="left")
        self.y = by - 2 * mm

    def flags(self) -> None:
        columns = 3
        col_w = WIDTH / columns
        for i, flag in enumerate(FLAGS):
            if i % columns == 0:
                self.y -= 6 * mm
            x = MARGIN + (i % columns) * col_w
            label = self.label(f"intake.flag.{flag}")
            self.tick(x, self.y, label, flag in self.data.flags, 7.5, col_w - 3 * mm)

    def consent(self) -> None:
        pdf, data = self.pdf, self.data
        self.y -= 3 * mm
        for language, size in (("en", 8.5), (self.local_language, 8.5)):
            text = form_words(language)["intake.consent_text"]
            rtl = is_rtl(language)
            # Nastaliq stacks letters high: its lines need more room.
            leading = size * (2.1 if language == "ur" else 1.45)
            for line in wrap_text(text, size, WIDTH, rtl=rtl, language=language):
                self.y -= leading
                draw_line(pdf, MARGIN + WIDTH if rtl else MARGIN, self.y, line, "start")
            self.y -= 1.5 * mm
        for scope in SCOPES:
            self.y -= 7.5 * mm
            key = f"intake.consent.{scope}"
            self.tick(MARGIN, self.y + 2.2 * mm, self.en[key], scope in data.consent_scope, 8.5)
            local = self.local[key]
            draw_text(pdf, MARGIN + 4.9 * mm, self.y - 1.6 * mm, local, 8.5, align="left")
        self.y -= 13 * mm
        lines = (
            ("intake.signature", 0.0, 0.48, ""),
            ("intake.date", 0.52, 0.48, data.consent_date),
        )
        for key, start, share, value in lines:
            x, w = MARGIN + WIDTH * start, WIDTH * share
            pdf.setLineWidth(0.6)
            pdf.line(x, self.y, x + w, self.y)
            draw_text(pdf, x, self.y - 3.5 * mm, self.label(key), 7, align="left")
            if value:
                draw_text(pdf, x + 1 * mm, self.y + 1.5 * mm, value, 10, align="left")
        self.y -= 11 * mm
        pdf.line(MARGIN, self.y, MARGIN + WIDTH * 0.48, self.y)
        draw_text(pdf, MARGIN, self.y - 3.5 * mm, self.label("intake.taken_by"), 7, align="left")
        if data.taken_by:
            draw_text(pdf, MARGIN + 1 * mm, self.y + 1.5 * mm, data.taken_by, 10, align="left")
        version = self.en["intake.version"].replace("%1", data.consent_version)
        draw_text(pdf, MARGIN + WIDTH, self.y - 3.5 * mm, version, 6.5, align="right")


# Where the last line (consent taken by) may sit at the lowest: its label prints below it.
FLOOR = 10 * mm


def render_intake_form(data: IntakeFormData) -> bytes:
    """The intake form as a one-page A4 PDF (blank when `data` holds no values).

    Languages with longer words (French, Bengali) or taller script (Urdu's Nastaliq) need more
    room than English with Chinese: a first pass measures, and the page is then drawn a little
    smaller, so that it still fits one sheet.
    """
    bottom = _draw(Canvas(io.BytesIO(), pagesize=A4), data)
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4)
    title = form_words("en")["intake.title"]
    pdf.setTitle(f"{title} {data.member_number}".strip())
    pdf.setAuthor(data.centre_name)
    if bottom < FLOOR:
        scale = (A4[1] - MARGIN - FLOOR) / (A4[1] - MARGIN - bottom)
        pdf.translate(A4[0] * (1 - scale) / 2, (A4[1] - MARGIN) * (1 - scale))
        pdf.scale(scale, scale)
    _draw(pdf, data)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _draw(pdf: Canvas, data: IntakeFormData) -> float:
    """Draw the form; returns how low it reached (the last line's y)."""
    pdf.setFillColor(INK)
    pdf.setStrokeColor(INK)
    form = _Form(pdf, data)
    form.header()
    form.section("intake.section_name")
    form.boxes((("family_name", 0.5), ("given_name", 0.5)))
    form.boxes((("name_original", 0.5), ("preferred_name", 0.5)))
    form.ticks("intake.sex", "intake.sex", SEXES, data.sex)
    form.boxes((("gender_identity", 0.55), ("birth", 0.45)))
    form.tick(
        MARGIN + WIDTH * 0.58,
        form.y - 4 * mm,
        form.label("intake.birth_estimated"),
        data.birth_estimated,
        7.5,
    )
    form.y -= 4 * mm
    form.section("intake.section_origin")
    form.boxes((("country_of_origin", 0.5), ("nationality", 0.5)))
    form.boxes((("preferred_language", 0.35), ("languages", 0.65)))
    form.section("intake.section_contact")
    form.boxes((("phone", 0.3), ("phone_alt", 0.3), ("hk_area", 0.4)))
    form.ticks("intake.status", "intake.status", STATUSES, data.status)
    form.boxes((("arrival_date", 0.5), ("claim_date", 0.5)))
    form.section("intake.section_needs")
    form.flags()
    form.section("intake.section_consent")
    form.consent()
    return float(form.y)


def intake_form_for(
    person: Person, consent: Consent | None, centre_name: str, taken_by: str = ""
) -> IntakeFormData:
    """The form filled in from a stored member, ready for their signature."""
    values = input_from_person(person)
    shown = {
        "family_name": values.family_name,
        "given_name": values.given_name,
        "name_original": values.name_original,
        "preferred_name": values.preferred_name,
        "gender_identity": values.gender_identity,
        "birth": values.birth,
        "country_of_origin": country_name(values.country_of_origin),
        "nationality": country_name(values.nationality),
        "preferred_language": language_name(values.preferred_language)
        if values.preferred_language
        else "",
        "languages": ", ".join(language_name(code) for code in values.languages),
        "phone": values.phone,
        "phone_alt": values.phone_alt,
        "hk_area": values.hk_area,
        "arrival_date": values.arrival_date,
        "claim_date": values.claim_date,
    }
    return IntakeFormData(
        centre_name=centre_name,
        consent_version=consent.text_version if consent else TEXT_VERSION,
        member_number=person.member_number,
        registered=clock.local_day(person.created_at).strftime("%d/%m/%Y"),
        values=shown,
        sex=person.sex,
        status=person.immigration_status,
        birth_estimated=person.birth_year_estimated,
        flags=tuple(person.vulnerability_flags),
        consent_scope=tuple(consent.scope) if consent else (),
        taken_by=taken_by,
        consent_date=consent.consent_date.strftime("%d/%m/%Y") if consent else "",
        language=person.preferred_language,
    )


def blank_intake_form(centre_name: str, language: str = "") -> IntakeFormData:
    """An empty form, in English and `language` (Traditional Chinese by default)."""
    return IntakeFormData(centre_name=centre_name, consent_version=TEXT_VERSION, language=language)
