"""Reading dates and phone numbers in the forms volunteers and old spreadsheets use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from desktop.services.errors import Text
from desktop.services.text import digits, fold

MIN_YEAR = 1900
# Month names read in these languages (CLDR data through Babel): the centre's sheets are typed
# in English, French (West and Central Africa) and Arabic; ar_SY adds the Levantine names.
MONTH_LOCALES = ("en", "fr", "ar", "ar_SY", "ar_IQ")
_CHINESE = re.compile(r"(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*$")
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th|er|e)\b", re.IGNORECASE)
_PARTS = re.compile(r"\d+|[^\W\d_]+\.?")


class DateFormatError(ValueError):
    """`text` says what is wrong, as a sentence for the person who typed it."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True)
class FuzzyDate:
    """A full date, or only a year (many members know only the year they were born)."""

    exact: date | None
    year: int | None

    @property
    def is_empty(self) -> bool:
        return self.exact is None and self.year is None


@cache
def month_numbers() -> dict[str, int]:
    """Folded month names and abbreviations ('feb', 'fevrier', 'févr', 'فبراير') -> 1-12."""
    from babel import Locale

    names: dict[str, int] = {}
    for code in MONTH_LOCALES:
        loc = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    names.setdefault(fold(name).rstrip("."), number)
    names.setdefault("sept", 9)  # 'Sept' is common in English too
    return names


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """A full date typed as dd/mm/yyyy, dd.mm.yy, yyyy-mm-dd, '12 Mar 1985', '14-Feb-90',
    '1990年2月14日', or with a French or Arabic month name. Empty text gives None.

    Raises DateFormatError when the text is not a date, or is in the future.
    """
    value = parse_fuzzy_date(text, today=today)
    if value.year is not None and value.exact is None:
        raise DateFormatError(Text("A full date is needed (day, month and year)."))
    return value.exact


def parse_fuzzy_date(text: str, *, today: date | None = None) -> FuzzyDate:
    """Like parse_date, but a lone year (`1985`) is accepted as a year only.

    Numbers are read day first (the centre's sheets are British in habit), unless the year
    comes first. A two-digit year takes the century that keeps the date out of the future:
    no one was born, arrived or claimed on a day still to come ('01.03.25' is 2025, '01.03.90'
    is 1990).
    """
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        return FuzzyDate(None, None)
    limit = today or date.today()
    if re.fullmatch(r"\d{4}", cleaned):
        year = int(cleaned)
        if not MIN_YEAR <= year <= limit.year:
            raise DateFormatError(
                Text(
                    "The year must be between {first} and {last}.", first=MIN_YEAR, last=limit.year
                )
            )
        return FuzzyDate(None, year)
    parts = _day_month_year(cleaned)
    if parts is None:
        raise DateFormatError(
            Text("Not a date we can read: type it as dd/mm/yyyy, or just the year.")
        )
    day, month, year, century_known = parts
    if not century_known:
        year += 2000 if _fits(year + 2000, month, day, limit) else 1900
    try:
        parsed = date(year, month, day)
    except ValueError as exc:
        raise DateFormatError(_impossible_day(day, month, year)) from exc
    if parsed > limit:
        raise DateFormatError(Text("The date is in the future."))
    if parsed.year < MIN_YEAR:
        raise DateFormatError(Text("The year must be {first} or later.", first=MIN_YEAR))
    return FuzzyDate(parsed, parsed.year)


def _fits(year: int, month: int, day: int, limit: date) -> bool:
    try:
        return date(year, month, day) <= limit
    except ValueError:
        return (year, month) <= (limit.year, limit.month)


def _day_month_year(cleaned: str) -> tuple[int, int, int, bool] | None:
    """(day, month, year, whether the year had its century) from a date's text, or None."""
    chinese = _CHINESE.fullmatch(cleaned)
    if chinese:
        y, m, d = chinese.groups()
        return int(d), int(m), int(y), len(y) == 4
    text = _ORDINAL.sub(r"\1", _TIME.sub("", cleaned))
    tokens = _PARTS.findall(text)
    if len(tokens) != 3:
        return None
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    if len(words) > 1:
        return None
    if words:
        month = month_numbers().get(fold(words[0]).rstrip("."))
        if month is None or len(numbers) != 2:
            return None
        a, b = numbers
        # '12 Mar 1985', 'Mar 12 1985', '14-Feb-90'; the year first only with its century
        day, year = (b, a) if len(a) == 4 else (a, b)
        if len(day) > 2:
            return None
        return int(day), month, int(year), len(year) == 4
    first, second, third = numbers
    if len(first) == 4:
        if len(second) > 2 or len(third) > 2:
            return None
        return int(third), int(second), int(first), True
    if len(first) > 2 or len(second) > 2 or len(third) not in (2, 4):
        return None
    return int(first), int(second), int(third), len(third) == 4


# One sentence per month, so each language can say the day and month in its own order.
NO_SUCH_DAY = (
    "There is no {day} January.",
    "There is no {day} February.",
    "There is no {day} March.",
    "There is no {day} April.",
    "There is no {day} May.",
    "There is no {day} June.",
    "There is no {day} July.",
    "There is no {day} August.",
    "There is no {day} September.",
    "There is no {day} October.",
    "There is no {day} November.",
    "There is no {day} December.",
)


def _impossible_day(day: int, month: int, year: int) -> Text:
    """What is wrong with a date whose day or month does not exist."""
    if not 1 <= month <= 12:
        return Text("There is no month {month}: type the day first (dd/mm/yyyy).", month=month)
    if month == 2 and day == 29:
        return Text("There is no 29 February in {year}.", year=year)
    if 1 <= day <= 31:
        return Text(NO_SUCH_DAY[month - 1], day=day)
    return Text("There is no such date in the calendar.")
    if not 1 <= month <= 12:
        return Text("There is no month {month}: type the day first (dd/mm/yyyy).", month=month)
    if year < 100:
        year += 2000 if year <= date.today().year % 100 else 1900
    if month == 2 and day == 29:
        return Text("There is no 29 February in {year}.", year=year)
    if day < 1 or day > 31 or (day > 30 and month in (4, 6, 9, 11)) or (day > 29 and month == 2):
        return Text(NO_SUCH_DAY[month - 1], day=day)
    return None


class PhoneFormatError(ValueError):
    """`text` says what is wrong, as a sentence for the person who typed it."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text


def normalise_phone(text: str) -> str:
    """'+852 9123 4567', '9123-4567', '00852 91234567' -> '+85291234567'. Empty gives ''.

    Numbers from other countries are kept with their '+' country code. Raises PhoneFormatError.
    """
    raw = text.strip()
    if not raw:
        return ""
    number = digits(raw)
    if raw.startswith("00"):
        number, international = number[2:], True
    else:
        international = raw.startswith("+")
    if not international and len(number) == 8:
        return "+852" + number
    if international and 8 <= len(number) <= 15:
        if number.startswith("852") and len(number) != 11:
            raise PhoneFormatError(Text("A Hong Kong number has 8 digits after +852."))
        return "+" + number
    if not international and len(number) == 11 and number.startswith("852"):
        return "+" + number
    raise PhoneFormatError(
        Text("A phone number has 8 digits in Hong Kong, or starts with + and a code.")
    )
