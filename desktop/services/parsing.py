"""Reading dates and phone numbers in the forms volunteers and old spreadsheets use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.services.errors import Text
from desktop.services.text import digits

_DAY_FIRST = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y", "%d/%m/%y")
_ISO = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d")
_WORDS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d-%b-%Y", "%d %b, %Y", "%b %d, %Y")
MIN_YEAR = 1900


class DateFormatError(ValueError):
    """`text` says what is wrong, as a sentence for the person who typed it."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text

    pass


@dataclass(frozen=True)
class FuzzyDate:
    """A full date, or only a year (many members know only the year they were born)."""

    exact: date | None
    year: int | None

    @property
    def is_empty(self) -> bool:
        return self.exact is None and self.year is None


def parse_date(text: str, *, today: date | None = None) -> date | None:
    """A full date typed as dd/mm/yyyy, yyyy-mm-dd or '12 Mar 1985'. Empty text gives None.

    Raises DateFormatError when the text is not a date, or is in the future.
    """
    value = parse_fuzzy_date(text, today=today)
    if value.year is not None and value.exact is None:
        raise DateFormatError(Text("A full date is needed (day, month and year)."))
    return value.exact


def parse_fuzzy_date(text: str, *, today: date | None = None) -> FuzzyDate:
    """Like parse_date, but a lone year (`1985`) is accepted as a year only."""
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
    for fmt in (*_DAY_FIRST, *_ISO, *_WORDS):
        try:
            parsed = datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if parsed > limit:
            raise DateFormatError(Text("The date is in the future."))
        if parsed.year < MIN_YEAR:
            raise DateFormatError(Text("The year must be {first} or later.", first=MIN_YEAR))
        return FuzzyDate(parsed, parsed.year)
    impossible = _impossible_day(cleaned)
    if impossible is not None:
        raise DateFormatError(impossible)
    raise DateFormatError(Text("Not a date we can read: type it as dd/mm/yyyy, or just the year."))


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


def _impossible_day(text: str) -> Text | None:
    """What is wrong with a date in a known shape whose day or month does not exist."""
    day_first = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4}|\d{2})", text)
    year_first = re.fullmatch(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})", text)
    if day_first is not None:
        day, month, year = (int(part) for part in day_first.groups())
    elif year_first is not None:
        year, month, day = (int(part) for part in year_first.groups())
    else:
        return None
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
