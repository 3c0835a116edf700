"""Country and language lists from maintained sources (pycountry, Babel), named in a UI locale."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

from desktop.services.collation import text_sort_key

STATELESS = "stateless"
# Languages the centre's members speak most; listed first in pickers.
COMMON_LANGUAGES = (
    "en",
    "zh",
    "ur",
    "ar",
    "bn",
    "hi",
    "si",
    "ta",
    "id",
    "vi",
    "tl",
    "fr",
    "so",
    "sw",
    "ne",
    "fa",
    "ps",
    "am",
    "ti",
    "yo",
    "pa",
    "my",
    "th",
    "rw",
)


def _locale(ui_locale: str) -> Locale:
    try:
        return Locale.parse(ui_locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


@cache
def countries(ui_locale: str = "en") -> tuple[tuple[str, str], ...]:
    """(alpha-2 code, name in the UI language), sorted by name."""
    loc = _locale(ui_locale)
    items = [(c.alpha_2, loc.territories.get(c.alpha_2) or c.name) for c in pycountry.countries]
    return tuple(sorted(items, key=lambda item: text_sort_key(item[1])))


def country_name(code: str, ui_locale: str = "en") -> str:
    if not code:
        return ""
    if code == STATELESS:
        return "Stateless"
    return dict(countries(ui_locale)).get(code.upper(), code)


@cache
def languages(ui_locale: str = "en") -> tuple[tuple[str, str], ...]:
    """(ISO 639 code, name in the UI language): the common ones first, then the rest by name."""
    loc = _locale(ui_locale)
    seen: dict[str, str] = {}
    for lang in pycountry.languages:
        code = getattr(lang, "alpha_2", None)
        if code and code not in seen:
            seen[code] = loc.languages.get(code) or lang.name
    common = [(c, seen[c]) for c in COMMON_LANGUAGES if c in seen]
    rest = sorted(
        ((c, n) for c, n in seen.items() if c not in COMMON_LANGUAGES),
        key=lambda item: text_sort_key(item[1]),
    )
    return tuple(common + rest)


def language_name(code: str, ui_locale: str = "en") -> str:
    return dict(languages(ui_locale)).get(code, code)


def is_country(code: str) -> bool:
    """Whether `code` is an ISO 3166-1 alpha-2 code."""
    return code.upper() in dict(countries())


def is_language(code: str) -> bool:
    """Whether `code` is a language in the pickers (ISO 639-1)."""
    return code in dict(languages())


# Hong Kong's 18 districts plus the places members most often name; offered while typing the area.
HK_AREAS = (
    "Central and Western",
    "Eastern",
    "Southern",
    "Wan Chai",
    "Kowloon City",
    "Kwun Tong",
    "Sham Shui Po",
    "Wong Tai Sin",
    "Yau Tsim Mong",
    "Islands",
    "Kwai Tsing",
    "North",
    "Sai Kung",
    "Sha Tin",
    "Tai Po",
    "Tsuen Wan",
    "Tuen Mun",
    "Yuen Long",
    "Tsim Sha Tsui",
    "Mong Kok",
    "Yau Ma Tei",
    "Jordan",
    "Tin Shui Wai",
    "Tung Chung",
    "North Point",
)
