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


# Kept in names: they change the spelling (a Persian "می‌خواهم" and a Bengali "র‍্যাব" need
# them); every other format or control character is invisible at best and breaks paper at worst.
JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ


def _keep(ch: str, newlines: bool) -> bool:
    if ch in JOINERS or (newlines and ch in "\n\t"):
        return True
    return unicodedata.category(ch) not in ("Cc", "Cf", "Cs")


def clean_name(text: str) -> str:
    """A name as typed, imported or synced, made safe to store, search, export and print.

    NUL, BOM, zero-width space, bidi embeddings, overrides and isolates (U+202A-U+202E,
    U+2066-U+2069), direction marks and other control characters are dropped; ZWNJ and ZWJ
    stay. Composed to NFC; runs of white space become one space.
    """
    kept = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or _keep(ch, False))
    return " ".join(unicodedata.normalize("NFC", kept).split())


def clean_text(text: str) -> str:
    """Free text (notes): the same as `clean_name`, but lines and tabs are kept."""
    kept = "".join(ch for ch in text if _keep(ch, True))
    return unicodedata.normalize("NFC", kept).strip()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# OWASP CSV injection: a cell starting with one of these is run as a formula. Full-width forms
# too (some spreadsheets in East Asian locales read them as the ASCII ones), and the check also
# looks past leading blanks, which spreadsheets skip before a formula.
FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
LEADING_BLANKS = " \t\n\v\f\r\u00a0\u3000"


def spreadsheet_safe(value: object) -> object:
    """Neutralise a text cell a spreadsheet would run as a formula (OWASP: prefix a quote).

    Numbers and empty cells are left alone; so is every other text.
    """
    if isinstance(value, str) and value:
        after_blanks = value.lstrip(LEADING_BLANKS)
        if value[0] in FORMULA_STARTS or (after_blanks and after_blanks[0] in FORMULA_STARTS):
            return "'" + value
    return value


def _sql_chars(text: str) -> str:
    return "char(" + ",".join(str(ord(c)) for c in text) + ")"


def spreadsheet_safe_sql(expr: str) -> str:
    """The same rule as spreadsheet_safe, as an SQLite expression over the text `expr`.

    Exports run it inside the query so millions of cells are not each a Python call.
    """
    first = f"substr({expr}, 1, 1)"
    after_blanks = f"substr(ltrim({expr}, {_sql_chars(LEADING_BLANKS)}), 1, 1)"
    starts = _sql_chars(FORMULA_STARTS)
    return (
        f"CASE WHEN ({first} <> '' AND instr({starts}, {first}) > 0)"
        f" OR ({after_blanks} <> '' AND instr({starts}, {after_blanks}) > 0)"
        f" THEN '''' || {expr} ELSE {expr} END"
    )
