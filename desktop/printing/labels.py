"""Words printed on paper, by language: the print side of the project's i18n layer.

Paper follows the visitor's preferred language, not the window's, so these are not Qt strings.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from desktop.printing.label_translations import TRANSLATIONS

ENGLISH: dict[str, str] = {
    "slip_title": "Service slip",
    "queue": "Queue no.",
    "member": "Member no.",
    "name": "Name",
    "services": "Services",
    "date": "Date",
    "time": "Time",
    "keep_slip": "Please keep this slip until you are served.",
    "service.food_pack": "Food pack",
    "service.hygiene_pack": "Hygiene pack",
    "service.clothing": "Clothing",
    "service.hot_meal": "Hot meal",
    "service.medical_referral": "Medical referral",
    "service.psychosocial": "Psycho-social session",
    "service.english_class": "English class",
    "service.computer_class": "Computer class",
    "service.employability": "Employability workshop",
    "service.emergency": "Emergency assistance",
    "service.legal_info": "Legal information referral",
    "service.outreach": "Outreach",
}

CATALOGUE: dict[str, dict[str, str]] = {"en": ENGLISH}
for _code, _words in TRANSLATIONS.items():
    CATALOGUE[_code] = {**CATALOGUE.get(_code, {}), **_words}

# Written languages that share a printed catalogue: Cantonese and Mandarin speakers in Hong Kong
# read Traditional Chinese.
_ALIASES = {"yue": "zh", "cmn": "zh", "zh_hant": "zh", "zh_hk": "zh", "zh_tw": "zh"}


def paper_language(language: str) -> str:
    """The catalogue key for `language` ('zh_HK', 'yue', 'ar-EG' ...), or 'en' if none."""
    code = language.replace("-", "_").lower()
    code = _ALIASES.get(code, code)
    for key in (code, code.split("_")[0], _ALIASES.get(code.split("_")[0], "")):
        if key in CATALOGUE:
            return key
    return "en"


def paper_locale(language: str) -> Locale:
    """The Babel locale for dates on paper: Hong Kong's variant where Babel has one."""
    key = paper_language(language)
    for name in ("zh_Hant_HK",) if key == "zh" else (f"{key}_HK", key):
        try:
            return Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("en_HK")


def print_labels(language: str) -> dict[str, str]:
    """The labels for `language` (an ISO 639 code or locale), English for anything missing."""
    return {**ENGLISH, **CATALOGUE[paper_language(language)]}


# The donor report is written in the centre's working language (English).
REPORT_WORDS: dict[str, str] = {
    "title": "Services report",
    "period": "%1 to %2",
    "page": "Page %1 of %2",
    "generated": "Prepared %1",
    "privacy": "Counts from 1 to 4 are shown as <5 so that no one can be recognised.",
    "people_served": "People served",
    "visits": "Visits",
    "new_people": "New people",
    "returning_people": "Returning people",
    "households_served": "Households served",
    "headline": "At a glance",
    "trend": "Month by month",
    "month": "Month",
    "trend_note": "The twelve months up to the end of this period.",
    "by_category": "By kind of service",
    "by_service": "By service",
    "by_country": "People by country of origin",
    "by_gender": "People by gender",
    "by_age": "People by age",
    "by_household": "Households by size",
    "category": "Kind of service",
    "service": "Service",
    "country": "Country of origin",
    "gender": "Gender",
    "age": "Age",
    "household_size": "People in household",
    "households": "Households",
    "people": "People",
    "other_countries": "Other countries",
    "other_services": "Other services",
    "not_recorded": "Not recorded",
    "unknown_age": "Not known",
    "definitions": "How we count",
    "definitions_text": (
        "A visit counts once however many services it included, unless it was cancelled. "
        "People served are counted once each, however often they came. New people came for "
        "the first time in this period. A household's size is how many members it has on "
        "file; someone registered alone is a household of one. Age is on the last day of the "
        "period."
    ),
    "female": "Female",
    "male": "Male",
    "intersex": "Intersex",
    "not_stated": "Not stated",
    "declined": "Prefers not to say",
    "humanitarian": "Humanitarian",
    "medical": "Medical",
    "psychosocial": "Psycho-social",
    "education": "Education",
    "employability": "Employability",
    "empowerment": "Empowerment",
    "emergency": "Emergency",
    "outreach": "Outreach",
}


# The access-request record (everything held on one person), in the centre's working language.
ACCESS_WORDS: dict[str, str] = {
    "title": "Personal data held about you",
    "intro": (
        "This is everything %1 holds about the person below, prepared at their request on %2. "
        "Ask at the desk to correct anything that is wrong, or to have your record erased."
    ),
    "details": "Your details",
    "field": "Item",
    "value": "What we hold",
    "restricted": "(seen by caseworkers only)",
    "household": "Household",
    "household_text": "%1 people in your household; you are recorded as: %2",
    "consents": "Your consent",
    "consent_row": "Given on %1 for: %2",
    "withdrawn": "withdrawn on %1",
    "visits": "Your visits",
    "when": "When",
    "services": "Services",
    "queue": "Queue no.",
    "void": "cancelled",
    "changes": "Changes to your record",
    "changed_field": "Item",
    "before": "Before",
    "after": "After",
    "cards": "Member cards",
    "card_row": "Card %1 issued %2",
    "replaced": "replaced",
    "events": "Who used your record",
    "action": "What was done",
    "by_role": "By",
    "none": "Nothing recorded.",
    "page": "Page %1",
    "prepared": "Prepared %1",
}
