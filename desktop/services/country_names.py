"""Reading a country as old sheets name it: by name in English, French, Chinese or Arabic
(CLDR through Babel), by ISO code, by a common alias ('DR Congo', 'Burma') or by the
nationality adjective a volunteer typed in the country column ('pakistani', 'congolaise')."""

from __future__ import annotations

import re
from functools import cache

import pycountry
from babel import Locale

from desktop.services.text import fold

# Names read in these languages (Babel's territory names).
NAME_LOCALES = ("en", "fr", "zh_Hant", "zh_Hans", "ar", "ur", "fa", "es", "pt")

# Aliases and nationality adjectives neither pycountry nor CLDR has (CLDR has no demonyms).
# The countries most of the centre's members come from, plus the usual short names.
ALIASES: dict[str, tuple[str, ...]] = {
    "AF": ("afghan", "afghani", "afghane"),
    "BD": ("bangladeshi", "bengali", "bangladais", "bangladaise"),
    "BI": ("burundian", "burundais", "burundaise"),
    "CD": ("dr congo", "drc", "congo drc", "congo dr", "democratic republic of congo",
           "congo kinshasa", "congolese drc", "zaire", "rdc", "rd congo", "congolais rdc"),
    "CG": ("congo brazzaville", "republic of congo", "congo republic"),
    "CI": ("ivory coast", "ivorian", "ivoirien", "ivoirienne"),
    "CM": ("cameroonian", "camerounais", "camerounaise"),
    "CN": ("chinese", "prc", "mainland china", "mainland", "中國大陸", "大陸", "内地", "內地"),
    "EG": ("egyptian", "egyptien", "egyptienne"),
    "ER": ("eritrean", "eritreen", "eritreenne"),
    "ET": ("ethiopian", "ethiopien", "ethiopienne"),
    "GB": ("uk", "britain", "great britain", "british", "england"),
    "GH": ("ghanaian", "ghaneen", "ghaneenne"),
    "GN": ("guinean", "guineen", "guineenne", "guinea conakry"),
    "GM": ("gambian", "gambia"),
    "HK": ("hongkonger", "hong kong sar", "hksar", "香港特區"),
    "ID": ("indonesian", "indonesien", "indonesienne"),
    "IN": ("indian", "indien", "indienne"),
    "IQ": ("iraqi", "irakien", "irakienne"),
    "IR": ("iranian", "persian", "iranien", "iranienne"),
    "KE": ("kenyan", "kenyan", "kenyane"),
    "KP": ("north korea", "dprk"),
    "KR": ("south korea", "korea", "korean"),
    "LA": ("laos", "lao", "laotian"),
    "LK": ("sri lankan", "srilanka", "srilankan", "ceylon", "sri lankais", "sri lankaise"),
    "MA": ("moroccan", "marocain", "marocaine"),
    "ML": ("malian", "malien", "malienne"),
    "MM": ("burma", "burmese", "myanmar burma", "rohingya"),
    "MR": ("mauritanian", "mauritanien", "mauritanienne"),
    "NE": ("nigerien", "nigerienne"),
    "NG": ("nigerian", "nigeriane", "nigerianne", "naija"),
    "NP": ("nepali", "nepalese", "nepalais", "nepalaise"),
    "PH": ("filipino", "filipina", "philippine", "pilipinas", "philippin", "philippine"),
    "PK": ("pakistani", "pakistanais", "pakistanaise"),
    "PS": ("palestine", "palestinian", "palestinien", "palestinienne", "gaza", "west bank"),
    "RU": ("russia", "russian"),
    "RW": ("rwandan", "rwandais", "rwandaise"),
    "SD": ("sudanese", "soudanais", "soudanaise", "north sudan"),
    "SL": ("sierra leonean", "sierra leonais", "sierra leonaise"),
    "SN": ("senegalese", "senegalais", "senegalaise"),
    "SO": ("somali", "somalian", "somalien", "somalienne"),
    "SS": ("south sudanese", "sud soudanais"),
    "SY": ("syria", "syrian", "syrien", "syrienne"),
    "TG": ("togolese", "togolais", "togolaise"),
    "TH": ("thai", "siam"),
    "TR": ("turkey", "turkish", "turc", "turque"),
    "TW": ("taiwanese", "台灣"),
    "TZ": ("tanzania", "tanzanian", "tanzanien", "tanzanienne"),
    "UG": ("ugandan", "ougandais", "ougandaise"),
    "US": ("usa", "america", "american", "united states of america"),
    "VE": ("venezuela", "venezuelan"),
    "VN": ("vietnam", "viet nam", "vietnamese", "vietnamien", "vietnamienne"),
    "YE": ("yemeni", "yemenite", "yemenite"),
    "ZW": ("zimbabwean", "zimbabween", "zimbabweenne"),
}  # fmt: skip
_PUNCT = re.compile(r"[^\w\s]+")


def country_key(text: str) -> str:
    """Folded, without punctuation or the words 'the' and 'of': how names are compared."""
    words = _PUNCT.sub(" ", fold(text)).replace("_", " ").split()
    return " ".join(w for w in words if w not in ("the", "of"))


@cache
def _index() -> dict[str, str]:
    found: dict[str, str] = {}
    codes = {c.alpha_2 for c in pycountry.countries}
    for c in pycountry.countries:
        for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", ""),
                     getattr(c, "official_name", "")):  # fmt: skip
            if name:
                found.setdefault(country_key(name), c.alpha_2)
    for code in NAME_LOCALES:
        territories = Locale.parse(code).territories
        for key, name in territories.items():
            if key in codes:
                found.setdefault(country_key(name), key)
    for code, words in ALIASES.items():
        for word in words:
            found[country_key(word)] = code
    return found


def read_country_code(text: str) -> str | None:
    """An ISO alpha-2 code for `text`; '' for empty; None when it names no country we know."""
    key = country_key(text)
    if not key:
        return ""
    index = _index()
    if key in index:
        return index[key]
    if key.endswith(" republic") or key.startswith("republic "):
        return index.get(key.replace("republic", "").strip())
    return None
