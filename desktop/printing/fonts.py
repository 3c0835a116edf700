"""Fonts for everything printed: bundled Noto (OFL) and Droid fallback under assets/fonts.

`font_for(text)` picks a registered font that has glyphs for the text's script, so a name in
Bengali or Chinese prints as itself instead of empty boxes.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop import ASSETS_DIR

log = logging.getLogger(__name__)

FONTS_DIR = ASSETS_DIR / "fonts"
LATIN = "latin"

# script -> (regular file, bold file); bold may equal regular where no bold face exists.
SCRIPT_FILES: dict[str, tuple[str, str]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    # Urdu is written in Nastaliq; HarfBuzz shapes it (cursive joins, stacked letters).
    "nastaliq": ("NotoNastaliqUrdu-Regular.ttf", "NotoNastaliqUrdu-Bold.ttf"),
    "bengali": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "tamil": ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    "sinhala": ("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    "myanmar": ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
    "gurmukhi": ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"),
    "gujarati": ("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"),
    "khmer": ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
    "lao": ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "georgian": ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    "armenian": ("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    # Tibetan exists only as a serif in Noto; one weight keeps the repository small.
    "tibetan": ("NotoSerifTibetan-Regular.ttf", "NotoSerifTibetan-Regular.ttf"),
    # Droid Sans Fallback has three Hangul syllables; Nanum Square has all 11,172 (OFL).
    "hangul": ("NanumSquareR.ttf", "NanumSquareB.ttf"),
    "cjk": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}
# First code point of each block -> script (checked in order; end is exclusive).
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0530, 0x0590, "armenian"),
    (0xFB13, 0xFB18, "armenian"),
    (0x0590, 0x0600, "hebrew"),
    (0xFB1D, 0xFB50, "hebrew"),
    (0x0600, 0x0700, "arabic"),
    (0x0750, 0x0780, "arabic"),
    (0x08A0, 0x0900, "arabic"),
    (0xFB50, 0xFE00, "arabic"),
    (0xFE70, 0xFF00, "arabic"),
    (0x0900, 0x0980, "devanagari"),
    (0x0980, 0x0A00, "bengali"),
    (0x0A00, 0x0A80, "gurmukhi"),
    (0x0A80, 0x0B00, "gujarati"),
    (0x0B80, 0x0C00, "tamil"),
    (0x0D80, 0x0E00, "sinhala"),
    (0x0E00, 0x0E80, "thai"),
    (0x0E80, 0x0F00, "lao"),
    (0x0F00, 0x1000, "tibetan"),
    (0x1000, 0x10A0, "myanmar"),
    (0x10A0, 0x1100, "georgian"),
    (0x1C90, 0x1CC0, "georgian"),
    (0x2D00, 0x2D30, "georgian"),
    (0x1200, 0x13A0, "ethiopic"),
    (0x1780, 0x1800, "khmer"),
    (0x19E0, 0x1A00, "khmer"),
    (0x3130, 0x3190, "hangul"),
    (0xAC00, 0xD7B0, "hangul"),
    (0x2E80, 0xA000, "cjk"),
    (0xF900, 0xFB00, "cjk"),
    (0xFF00, 0xFFF0, "cjk"),
    (0x20000, 0x2FA20, "cjk"),
)
_FALLBACK = ("Helvetica", "Helvetica-Bold")


def script_of(text: str) -> str:
    """The first non-Latin script found in `text`, else 'latin'."""
    for ch in text:
        code = ord(ch)
        if code < 0x0530:  # Latin, Greek, Cyrillic: Noto Sans
            continue
        for start, end, script in _RANGES:
            if start <= code < end:
                return script
    return LATIN


@cache
def _register(script: str) -> tuple[str, str]:
    files = SCRIPT_FILES.get(script, SCRIPT_FILES[LATIN])
    names: list[str] = []
    for weight, filename in zip(("", "-Bold"), files, strict=True):
        name = f"FD-{script}{weight}"
        path = FONTS_DIR / filename
        if not path.exists():
            log.warning("font %s missing; printing %s text with Helvetica", path, script)
            return _FALLBACK
        if name not in pdfmetrics.getRegisteredFontNames():
            # shapable: ReportLab hands the text to HarfBuzz (uharfbuzz) for joins and conjuncts.
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        names.append(name)
    return names[0], names[1]


# Languages whose Arabic-script text has its own font style.
_LANGUAGE_STYLES = {("arabic", "ur"): "nastaliq"}


def font_for(text: str, *, bold: bool = False, language: str = "") -> str:
    """A registered ReportLab font name with glyphs for `text`'s script (in `language`'s style)."""
    return script_font(script_of(text), bold=bold, language=language)


def script_font(script: str, *, bold: bool = False, language: str = "") -> str:
    """The registered font for a script name of SCRIPT_FILES, in `language`'s style."""
    script = _LANGUAGE_STYLES.get((script, language.split("_")[0].split("-")[0]), script)
    regular, heavy = _register(script)
    return heavy if bold else regular


def base_fonts() -> tuple[str, str]:
    """(regular, bold) for Latin text: labels, numbers, dates."""
    return _register(LATIN)


def missing_glyphs(text: str) -> str:
    """The letters of `text` no bundled font can draw (they would print as empty boxes),
    each once, in order; "" when every letter prints. For the warning at registration."""
    missing: list[str] = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Cn") or ch in missing:
            continue
        fonts = {script_font(script_of(ch)), base_fonts()[0]}
        if not any(_in_font(font, ch) for font in fonts):
            missing.append(ch)
    return "".join(missing)


def _in_font(font_name: str, ch: str) -> bool:
    cmap = getattr(pdfmetrics.getFont(font_name).face, "charToGlyph", None)
    return cmap is None or ord(ch) in cmap


def has_glyphs(font_name: str, text: str) -> bool:
    """Whether every visible character of `text` is in the font (no empty boxes when printed)."""
    face = pdfmetrics.getFont(font_name).face
    cmap = getattr(face, "charToGlyph", None)
    if cmap is None:
        return True  # a standard PDF font: Latin-1 only, checked by the caller's choice
    return all(
        ord(ch) in cmap
        for ch in text
        if not ch.isspace() and unicodedata.category(ch)[0] not in ("C", "M")
    )
