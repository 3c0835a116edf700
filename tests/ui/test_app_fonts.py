"""The window can show members' own scripts even where the PC has no fonts for them."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from desktop.ui.app_fonts import install_bundled_fonts


def test_bundled_fonts_reach_qt_for_chinese_arabic_and_bengali(qapp) -> None:
    assert install_bundled_fonts() >= 10
    families = set(QFontDatabase.families())
    assert {"Droid Sans Fallback", "Noto Naskh Arabic", "Noto Sans Bengali"} <= families
