"""Fonts for everything printed: bundled Noto (OFL) under assets/fonts, registered once."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "fonts"
REGULAR = "FD-Sans"
BOLD = "FD-Sans-Bold"
_FALLBACK = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold"}
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}


@cache
def base_fonts() -> tuple[str, str]:
    """(regular, bold) font names ready for ReportLab; bundled Noto Sans, else Helvetica."""
    names: list[str] = []
    for name, filename in _FILES.items():
        path = FONTS_DIR / filename
        if path.exists():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            names.append(name)
        else:
            log.warning("font %s missing, printing with %s", path, _FALLBACK[name])
            names.append(_FALLBACK[name])
    return names[0], names[1]
