"""The bundled fonts, offered to Qt too, so the window shows Chinese, Arabic, Bengali, ... on a
PC that has no such fonts installed (many desk PCs have only Latin ones)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from desktop import ASSETS_DIR

FONTS_DIR = ASSETS_DIR / "fonts"

log = logging.getLogger(__name__)


def install_bundled_fonts() -> int:
    """Register every bundled .ttf with Qt's font database; returns how many were taken."""
    taken = 0
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            taken += 1
        else:
            log.warning("Qt refused the bundled font %s", path.name)
    return taken
