"""Printed slips, intake forms and cards in the visitors' languages: every glyph present,
shaped, and in reading order."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from desktop.printing import script_text
from desktop.printing.card import CardData, render_cards
from desktop.printing.direction import is_rtl
from desktop.printing.fonts import FONTS_DIR, SCRIPT_FILES, has_glyphs
from desktop.printing.form_words import form_words, second_language
from desktop.printing.intake_form import IntakeFormData, render_intake_form
from desktop.printing.label_translations import TRANSLATIONS
from desktop.printing.labels import ENGLISH, paper_language, print_labels
from desktop.printing.script_text import Line, layout_line
from desktop.printing.slip import SlipData, render_slip

# The languages the centre's printed paper must speak (issue 8).
PRINTED = ("en", "zh", "ar", "ur", "bn", "fr", "id", "vi")
# Words that are the same in English and the language, on purpose.
SAME_AS_ENGLISH = {("fr", "services"), ("fr", "date"), ("fr", "service.outreach")}
NAMES = {
    "en": ("Smith, Jo", ""),
    "zh": ("Chan, Tai Man", "陳大文"),
    "ar": ("Al-Rashid, Mohammed", "محمد الراشد"),
    "ur": ("Khan, Ayesha", "عائشہ خان"),
    "bn": ("Rahman, Lakshmi", "লক্ষ্মী রহমান"),
    "fr": ("Diallo, Aïssatou", ""),
    "id": ("Santoso, Budi", ""),
    "vi": ("Nguyễn, Thị Ánh", "Nguyễn Thị Ánh"),
}
CODES = ("food_pack", "hygiene_pack", "medical_referral")


def slip(language: str) -> SlipData:
    display, original = NAMES[language]
    return SlipData(
        centre_name="Front Desk Drop-in Centre",
        local_time=datetime(2026, 11, 25, 9, 5),
        queue_number=12,
        member_number="CFR-000123",
        display_name=display,
        name_original=original,
        services=tuple(ENGLISH[f"service.{c}"] for c in CODES),
        service_codes=CODES,
        language=language,
    )


@pytest.fixture
def drawn_lines(monkeypatch: pytest.MonkeyPatch) -> list[Line]:
    """Every line the printing code lays out, as it lays it out."""
    lines: list[Line] = []
    real = script_text.layout_line

    def recording(*args: object, **kwargs: object) -> Line:
        line = real(*args, **kwargs)  # type: ignore[arg-type]
        lines.append(line)
        return line

    monkeypatch.setattr(script_text, "layout_line", recording)
    return lines


def notdef_count(font_name: str, text: str, rtl: bool) -> int:
    """Glyphs HarfBuzz finds no outline for (the empty box) when shaping `text` in the font."""
    path = next(
        FONTS_DIR / f
        for f in {f for pair in SCRIPT_FILES.values() for f in pair}
        if pdfmetrics.getFont(font_name).face.filename.endswith(f)
    )
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(hb.Font(face), buf, {})
    return sum(1 for info in buf.glyph_infos if info.codepoint == 0)


def chars_with_boxes(pdf: bytes) -> list[tuple[str, tuple[float, float, float, float]]]:
    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    found = []
    for i in range(text.count_chars()):
        ch = text.get_text_range(i, 1)
        if ch.strip():
            found.append((unicodedata.normalize("NFKC", ch), text.get_charbox(i)))
    return found


@pytest.mark.parametrize("language", PRINTED[1:])
def test_every_printed_word_is_translated_for_the_visitors_languages(language: str) -> None:
    words = TRANSLATIONS[paper_language(language)]
    assert set(words) == set(ENGLISH), "missing or unknown keys"
    for key, text in words.items():
        assert text.strip(), key
        if (language, key) not in SAME_AS_ENGLISH:
            assert text != ENGLISH[key], f"{language}:{key} is still English"


def test_cantonese_and_hong_kong_chinese_speakers_get_traditional_chinese_paper() -> None:
    for code in ("zh", "zh_HK", "zh-Hant", "yue"):
        assert print_labels(code)["queue"] == "輪候號碼"
    assert print_labels("sw")["queue"] == ENGLISH["queue"]  # no translation yet: English


@pytest.mark.parametrize("language", PRINTED)
def test_slip_in_each_language_has_every_glyph_and_renders(
    language: str, drawn_lines: list[Line], tmp_path: Path
) -> None:
    pdf = render_slip(slip(language))
    labels = print_labels(language)
    texts = {line.text for line in drawn_lines}
    assert labels["keep_slip"] in texts or any(t in labels["keep_slip"] for t in texts)
    assert labels[f"service.{CODES[0]}"] in texts
    for line in drawn_lines:
        for run in line.runs:
            assert has_glyphs(run.font, run.text), f"{run.font} lacks glyphs for {run.text!r}"
            assert notdef_count(run.font, run.text, run.rtl) == 0, run.text
    (tmp_path / "slip.pdf").write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-singlefile",
            str(tmp_path / "slip.pdf"),
            str(tmp_path / "s"),
        ],
        check=True,
    )
    png = (tmp_path / "s.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5000
    extracted = "".join(ch for ch, _ in chars_with_boxes(pdf))
    assert "CFR" in extracted and "000123" in extracted  # stream order differs in RTL lines
    if language not in ("ur", "bn"):  # contextual glyphs and conjuncts have no code point
        wanted = unicodedata.normalize("NFKC", labels["slip_title"]).replace(" ", "")
        assert wanted in extracted or wanted[::-1] in extracted


def test_arabic_slip_lines_are_right_aligned_and_read_right_to_left(
    drawn_lines: list[Line],
) -> None:
    pdf = render_slip(slip("ar"))
    chars = chars_with_boxes(pdf)
    page_width = pdfium.PdfDocument(pdf)[0].get_width()
    label = "رقم العضوية"
    line = next(ln for ln in drawn_lines if ln.text.startswith(label))
    assert line.rtl
    # On paper: the member line holds CFR-000123 at its left and the label at the right margin,
    # its first letter rightmost.
    c_box = next(box for ch, box in chars if ch == "C" and box[1] < chars[0][1][1] - 20)
    row = [(ch, box) for ch, box in chars if abs(box[1] - c_box[1]) < 3]
    arabic = [(ch, box) for ch, box in row if "\u0600" <= ch <= "\u06ff"]
    by_x = "".join(ch for ch, _ in sorted(arabic, key=lambda item: -item[1][0]))
    assert by_x == label.replace(" ", "")
    assert page_width - max(box[2] for _, box in arabic) < 20  # 5 mm margin + side bearing
    assert c_box[0] < min(box[0] for _, box in arabic)


def test_a_number_inside_arabic_text_keeps_its_digit_order() -> None:
    line = layout_line("رقم الدور ١٢ اليوم", 12)
    assert line.rtl
    digits = next(run for run in line.runs if "١" in run.text)
    words = [run for run in line.runs if "رقم" in run.text or "اليوم" in run.text]
    assert not digits.rtl and digits.shaped == "١٢"  # read left to right: twelve, not twenty-one
    first = next(run for run in words if "رقم" in run.text)
    assert first.x > digits.x  # the first word is to the right of the number
    latin = layout_line("رقم العضوية: CFR-000123", 12)
    assert latin.runs[0].text == "CFR-000123" and latin.runs[-1].text.startswith("رقم")


def test_bengali_conjuncts_and_urdu_nastaliq_are_shaped() -> None:
    conjunct = layout_line("ক্ষ", 12)
    assert conjunct.runs[0].glyphs < len("ক্ষ")  # ক + ্ + ষ make one glyph
    word = layout_line(print_labels("bn")["service.hygiene_pack"], 12)
    assert sum(r.glyphs for r in word.runs) < len(word.text.replace(" ", ""))
    urdu = layout_line("براہ کرم", 12, language="ur")
    assert "Nastaliq" in urdu.runs[0].font or "nastaliq" in urdu.runs[0].font
    assert is_rtl("ur") and urdu.rtl


def test_brackets_in_right_to_left_text_use_a_font_that_has_them() -> None:
    line = layout_line("محمد (أبو علي)", 12)
    for run in line.runs:
        assert has_glyphs(run.font, run.text)
    brackets = "".join(run.shaped for run in line.runs if not run.text.strip("() "))
    assert brackets  # drawn, mirrored, in the Latin font: Naskh has no brackets


def intake_form(language: str) -> bytes:
    display, original = NAMES[language]
    family, given = display.split(", ")
    data = IntakeFormData(
        centre_name="Front Desk Drop-in Centre",
        consent_version="2026-1",
        member_number="CFR-000123",
        registered="25/11/2026",
        values={"family_name": family, "given_name": given, "name_original": original},
        sex="female",
        status="asylum_seeker",
        consent_scope=("records",),
        language=language,
    )
    return render_intake_form(data)


@pytest.mark.parametrize("language", PRINTED)
def test_intake_form_and_card_print_beside_english_in_the_member_s_language(
    language: str, drawn_lines: list[Line], tmp_path: Path
) -> None:
    pdf = intake_form(language)
    display, original = NAMES[language]
    card = render_cards([CardData("Front Desk Drop-in Centre", "CFR-000123", display, original,
                                  language=language)])  # fmt: skip
    local = form_words(second_language(language))
    texts = " ".join(line.text for line in drawn_lines)
    for key in ("intake.section_consent", "intake.family_name", "intake.status.asylum_seeker",
                "card.member"):  # fmt: skip
        assert local[key] in texts, f"{language}: {key} not printed"
    assert second_language(language) == ("zh" if language == "en" else language)
    for line in drawn_lines:
        for run in line.runs:
            assert has_glyphs(run.font, run.text), f"{run.font} lacks glyphs for {run.text!r}"
            assert notdef_count(run.font, run.text, run.rtl) == 0, run.text
    for name, document in (("form", pdf), ("card", card)):
        (tmp_path / f"{name}.pdf").write_bytes(document)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "30",
                "-singlefile",
                str(tmp_path / f"{name}.pdf"),
                str(tmp_path / name),
            ],
            check=True,
        )
        assert (tmp_path / f"{name}.png").stat().st_size > 2000


def test_arabic_consent_text_is_right_aligned_and_reads_right_to_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.printing import intake_form as module

    placed: list[tuple[Line, float]] = []
    real = module.draw_line

    def recording(canvas: object, x: float, y: float, line: Line, align: str = "start") -> float:
        left = real(canvas, x, y, line, align)  # type: ignore[arg-type]
        placed.append((line, left))
        return left

    monkeypatch.setattr(module, "draw_line", recording)
    intake_form("ar")
    arabic = [(line, left) for line, left in placed if line.rtl]
    english = [(line, left) for line, left in placed if not line.rtl]
    assert len(arabic) >= 3 and english
    right_margin = module.MARGIN + module.WIDTH
    for line, left in arabic:  # every line ends flush right, the short last one too
        assert abs(left + line.width - right_margin) < 0.01
    assert arabic[-1][0].width < module.WIDTH / 2
    for _line, left in english:
        assert abs(left - module.MARGIN) < 0.01
    # In each line the first words are drawn rightmost.
    first = arabic[0][0]
    assert first.runs[-1].text.startswith(form_words("ar")["intake.consent_text"].split()[0])
