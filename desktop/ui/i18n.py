"""Marking strings for Qt's translation tools where they are defined, not where shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate under `context`; translate it later with `translate`."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate; pyside6-lupdate reads calls with a literal context and text.

    Call it with literals (translate("Messages", "Try again.")), never through a one-argument
    wrapper such as _t(text): lupdate cannot see through a wrapper, and the string would never
    reach the .ts files (tests/unit/test_ui_translations.py checks).
    """
    return QCoreApplication.translate(context, text, disambiguation, n)
