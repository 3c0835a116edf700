"""Normalising what people type: names for search, and cells for spreadsheets."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_LATIN_LIMIT = 0x250  # combining marks are dropped only after Latin letters (é -> e)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced: 'Ngọc  Ánh' -> 'ngoc anh'. Other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    out: list[str] = []
    prev = ""
    for ch in decomposed:
        if unicodedata.combining(ch) and prev and ord(prev) < _LATIN_LIMIT:
            continue
        out.append(ch)
        prev = ch
    folded = unicodedata.normalize("NFC", "".join(out)).casefold()
    folded = folded.replace("đ", "d").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return _SPACES.sub(" ", folded).strip()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Neutralise a text cell a spreadsheet would run as a formula (OWASP: prefix a quote)."""
    if isinstance(value, str) and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value
