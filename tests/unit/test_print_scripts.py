"""Every script the bundled fonts cover prints as itself, never as empty boxes (issue 14, item 5).

Each fictional name is laid out as the slip, card and form lay it out; every run is shaped by
HarfBuzz in the font file the printing code chose, and no glyph may be .notdef (glyph 0).
"""

from __future__ import annotations

from datetime import datetime

import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from desktop.printing.card import CardData, render_cards
from desktop.printing.fonts import FONTS_DIR, SCRIPT_FILES, missing_glyphs, script_of
from desktop.printing.script_text import layout_line
from desktop.printing.slip import SlipData, render_slip

NAMES = {
    "gurmukhi": "ਹਰਪ੍ਰੀਤ ਕੌਰ",  # Harpreet Kaur
    "gujarati": "પ્રિયા પટેલ",  # Priya Patel
    "khmer": "សុខ ចាន់ថា",  # Sok Chantha
    "lao": "ສົມສັກ ພົມມະຈັນ",  # Somsak Phommachan
    "hangul": "김민지",  # Kim Min-ji
    "hebrew": "נועה לוי",  # Noa Levi
    "georgian": "ნინო ბერიძე",  # Nino Beridze
    "armenian": "Անի Պետրոսյան",  # Ani Petrosyan
    "tibetan": "བསྟན་འཛིན་སྒྲོལ་མ།",  # Tenzin Dolma
}


def _font_file(font_name: str) -> str:
    filename = pdfmetrics.getFont(font_name).face.filename
    files = {f for pair in SCRIPT_FILES.values() for f in pair}
    return str(next(FONTS_DIR / f for f in files if str(filename).endswith(f)))


def _notdef(font_name: str, text: str) -> int:
    face = hb.Face(hb.Blob.from_file_path(_font_file(font_name)))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf, {})
    return sum(1 for info in buf.glyph_infos if info.codepoint == 0)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_each_bundled_script_has_no_empty_box(script: str) -> None:
    name = NAMES[script]
    assert script_of(name) == script
    for bold in (False, True):
        line = layout_line(name, 12, bold=bold)
        assert line.runs
        for run in line.runs:
            if run.text.strip():
                assert run.font.startswith(f"FD-{script}"), (run.text, run.font)
            assert _notdef(run.font, run.text) == 0, (script, bold, run.text)
    assert missing_glyphs(name) == ""


def test_hebrew_reads_right_to_left() -> None:
    line = layout_line(NAMES["hebrew"], 12)
    assert line.rtl and [(run.text, run.rtl) for run in line.runs] == [(NAMES["hebrew"], True)]
    card = render_cards([CardData("Centre", "CFR-000003", "LEVI Noa", name_original="נועה")])
    text = pdfium.PdfDocument(card)[0].get_textpage()
    boxes = {text.get_text_range(i, 1): text.get_charbox(i)[0] for i in range(text.count_chars())}
    assert boxes["נ"] > boxes["ו"] > boxes["ע"] > boxes["ה"]  # the first letter on the right


@pytest.mark.parametrize("script", sorted(NAMES))
def test_slip_and_card_print_the_name_in_its_script(script: str) -> None:
    name = NAMES[script]
    slip = render_slip(
        SlipData(
            centre_name="Front Desk Drop-in Centre",
            local_time=datetime(2026, 12, 6, 10, 0),
            queue_number=3,
            member_number="CFR-000003",
            display_name="TEST Person",
            name_original=name,
            services=("Food pack",),
        )
    )
    card = render_cards(
        [CardData("Front Desk Drop-in Centre", "CFR-000003", "TEST Person", name_original=name)]
    )
    for pdf in (slip, card):
        page = pdfium.PdfDocument(pdf)[0]
        text = page.get_textpage().get_text_range()
        # Text extraction of shaped scripts is approximate; the letters that are their own
        # glyphs come back. At least one letter of the name is on the page as text.
        assert any(ch in text for ch in name if ch.isalpha()), (script, text)


def test_a_script_with_no_bundled_font_is_named_not_printed_blank() -> None:
    adlam = "𞤀𞤣𞤵𞤤𞤢𞤴"  # a Fulani name in Adlam: no bundled font covers it
    assert missing_glyphs(f"Diallo {adlam}") == adlam
