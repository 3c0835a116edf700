"""Which languages are written right to left: the printed page and the window mirror for them.

Kept apart from labels.py (Babel) so the first dialog at start can ask without loading Babel.
"""

from __future__ import annotations

RTL_LANGUAGES = frozenset({"ar", "ur", "fa", "ps", "he", "ckb", "sd", "ug", "yi", "dv"})


def is_rtl(language: str) -> bool:
    """Whether `language` ('ar', 'ar-EG', 'ur_PK' ...) is written right to left."""
    return language.replace("-", "_").split("_")[0].lower() in RTL_LANGUAGES
