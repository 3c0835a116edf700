"""A country or language typed by any of its everyday names, read as its code.

Volunteers type what the member says: "Bengali" where the list says "Bangla", "Farsi" for
Persian, "DR Congo", "Burma". Each item answers to its name in the window's language, its English
names (Babel's and ISO's) and the aliases below; case, accents and punctuation do not matter.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache

import pycountry
from babel import Locale

from desktop.services.reference import STATELESS, _locale, countries, languages

# Names members and volunteers use that neither Babel nor ISO lists (any window language).
LANGUAGE_ALIASES: dict[str, str] = {
    "bengali": "bn",
    "bangla": "bn",
    "farsi": "fa",
    "dari": "fa",
    "persian": "fa",
    "myanmar": "my",
    "burmese": "my",
    "filipino": "tl",
    "pilipino": "tl",
    "tagalog": "tl",
    "mandarin": "zh",
    "cantonese": "zh",
    "putonghua": "zh",
    "punjabi": "pa",
    "pashto": "ps",
    "pushto": "ps",
    "sinhalese": "si",
    "tigrigna": "ti",
    "kiswahili": "sw",
    "bahasa": "id",
    "bahasa indonesia": "id",
    "kinyarwanda": "rw",
    "孟加拉語": "bn",
    "波斯語": "fa",
    "緬甸語": "my",
    "菲律賓語": "tl",
    "他加祿語": "tl",
    "普通話": "zh",
    "廣東話": "zh",
    "粵語": "zh",
    "中文": "zh",
    "烏爾都語": "ur",
    "البنغالية": "bn",
    "الفارسية": "fa",
    "البورمية": "my",
    "الفلبينية": "tl",
}
COUNTRY_ALIASES: dict[str, str] = {
    "dr congo": "CD",
    "drc": "CD",
    "d r congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo kinshasa": "CD",
    "zaire": "CD",
    "congo brazzaville": "CG",
    "republic of congo": "CG",
    "republic of the congo": "CG",
    "burma": "MM",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "iran": "IR",
    "syria": "SY",
    "palestine": "PS",
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "usa": "US",
    "america": "US",
    "russia": "RU",
    "korea": "KR",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "laos": "LA",
    "east timor": "TL",
    "swaziland": "SZ",
    "cape verde": "CV",
    "czech republic": "CZ",
    "turkey": "TR",
    "holland": "NL",
    "macedonia": "MK",
    "tanzania": "TZ",
    "bolivia": "BO",
    "venezuela": "VE",
    "剛果民主共和國": "CD",
    "民主剛果": "CD",
    "剛果金": "CD",
    "الكونغو الديمقراطية": "CD",
    "جمهورية الكونغو الديمقراطية": "CD",
    "بورما": "MM",
}
# Names that fit more than one item: the volunteer chooses from the list.
AMBIGUOUS = frozenset({"congo", "剛果", "الكونغو"})
STATELESS_NAMES = ("stateless", "no nationality", "無國籍", "عديم الجنسية", "بدون")


def fold(text: str) -> str:
    """`text` as compared: case, accents, punctuation and extra spaces removed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    return " ".join(kept.split())


def _index(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for name, code in pairs:
        key = fold(name)
        if key:
            index.setdefault(key, set()).add(code)
    return index


@cache
def _language_index(ui_locale: str) -> dict[str, set[str]]:
    english = Locale("en")
    pairs: list[tuple[str, str]] = []
    for code, name in languages(ui_locale):
        pairs += [(name, code), (code, code), (english.languages.get(code) or "", code)]
        iso = pycountry.languages.get(alpha_2=code)
        if iso is not None:
            pairs += [(iso.name, code), (getattr(iso, "common_name", ""), code)]
    pairs += [(name, code) for name, code in LANGUAGE_ALIASES.items()]
    return _index(pairs)


@cache
def _country_index(ui_locale: str) -> dict[str, set[str]]:
    english, loc = Locale("en"), _locale(ui_locale)
    pairs: list[tuple[str, str]] = []
    for code, name in countries(ui_locale):
        pairs += [(name, code), (code, code), (english.territories.get(code) or "", code)]
        pairs.append((loc.territories.get(code) or "", code))
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            pairs += [(iso.alpha_3, code), (iso.name, code)]
            pairs += [(getattr(iso, attr, ""), code) for attr in ("common_name", "official_name")]
    pairs += [(name, code) for name, code in COUNTRY_ALIASES.items()]
    return _index(pairs)


def _lookup(index: dict[str, set[str]], text: str) -> str | None:
    key = fold(text)
    if not key or key in AMBIGUOUS:
        return None
    exact = index.get(key)
    if exact is not None and len(exact) == 1:
        return next(iter(exact))
    # The start of one name only ("Afghan", "Bangl") still names it.
    started = {code for name, codes in index.items() if name.startswith(key) for code in codes}
    return next(iter(started)) if len(started) == 1 else None


def language_code(text: str, ui_locale: str = "en") -> str | None:
    """The ISO 639-1 code for a language typed by any of its names, or None."""
    return _lookup(_language_index(ui_locale), text)


def country_code(text: str, ui_locale: str = "en", *, stateless: bool = False) -> str | None:
    """The ISO 3166 alpha-2 code for a country typed by any of its names, or None.

    With `stateless`, "stateless" (in any window language) gives STATELESS.
    """
    if stateless and fold(text) in {fold(name) for name in STATELESS_NAMES}:
        return STATELESS
    return _lookup(_country_index(ui_locale), text)
