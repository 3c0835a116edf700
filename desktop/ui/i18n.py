"""Marking strings for Qt's translation tools where they are defined, not where shown."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate under `context`; translate it later with `translate`."""
    return text
