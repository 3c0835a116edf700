"""k-anonymity for anonymised exports: no row stands out on the facts anyone may know.

The quasi-identifiers are sex, age band, country of origin (or its continent), registration
month and household size: someone who knows these of a person must find at least k rows that
fit. Values are generalised step by step, only for the rows that still stand out (age bands
widen, a country becomes its continent, a month its quarter then its year, a household size a
range), the attribute with the most distinct values first; rows that still stand out when
nothing is left to widen have those cells suppressed ("*"). The export says how many cells
were changed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel.core import get_global

from desktop.services.errors import Text, ValidationError

K = 5
SUPPRESSED = "*"
QUASI = ("sex", "age", "region", "month", "household")


@dataclass(frozen=True)
class QuasiFacts:
    """What is known of one person that others may know too."""

    sex: str
    age: int | None
    country: str  # ISO alpha-2, "" when not stated
    registered: date  # local day
    household_size: int


@dataclass(frozen=True)
class AnonymousTable:
    values: dict[uuid.UUID, tuple[str, ...]]  # person -> one value per QUASI name
    changed: int  # cells generalised or suppressed beyond the finest level
    k: int

    def value(self, person_id: uuid.UUID, quasi: str) -> str:
        return self.values[person_id][QUASI.index(quasi)]


_AGE_BANDS: tuple[tuple[tuple[int, str], ...], ...] = (
    ((5, "0-4"), (12, "5-11"), (18, "12-17"), (25, "18-24"), (35, "25-34"), (45, "35-44"),
     (60, "45-59"), (999, "60+")),
    ((18, "0-17"), (35, "18-34"), (60, "35-59"), (999, "60+")),
    ((18, "0-17"), (999, "18+")),
)  # fmt: skip
# Countries whose time zones are named after an ocean, by continent.
_OCEAN_COUNTRIES = {
    "CV": "Africa", "SH": "Africa", "IS": "Europe", "FO": "Europe", "BM": "Americas",
    "FK": "Americas", "GS": "Americas", "MV": "Asia", "CC": "Oceania", "CX": "Oceania",
}  # fmt: skip
_CONTINENTS = {
    "Africa": "Africa", "Asia": "Asia", "Europe": "Europe", "America": "Americas",
    "Australia": "Oceania", "Pacific": "Oceania", "Indian": "Africa", "Antarctica": "Antarctica",
}  # fmt: skip


@cache
def continent_of(country: str) -> str:
    """The continent of an ISO alpha-2 code, from CLDR's time zones (Babel); "" if unknown."""
    if country in _OCEAN_COUNTRIES:
        return _OCEAN_COUNTRIES[country]
    zones = get_global("territory_zones").get(country.upper(), [])
    found = Counter(_CONTINENTS.get(z.split("/")[0], "") for z in zones)
    found.pop("", None)
    return found.most_common(1)[0][0] if found else ""


def _sex(facts: QuasiFacts, level: int) -> str:
    return facts.sex if level == 0 else SUPPRESSED


def _age(facts: QuasiFacts, level: int) -> str:
    if level >= len(_AGE_BANDS):
        return SUPPRESSED
    if facts.age is None:
        return "unknown"
    return next(label for limit, label in _AGE_BANDS[level] if facts.age < limit)


def _region(facts: QuasiFacts, level: int) -> str:
    if level == 0:
        return facts.country or "unknown"
    if level == 1:
        return continent_of(facts.country) or "unknown"
    return SUPPRESSED


def _month(facts: QuasiFacts, level: int) -> str:
    day = facts.registered
    return (
        f"{day:%Y-%m}",
        f"{day.year}-Q{(day.month - 1) // 3 + 1}",
        str(day.year),
        SUPPRESSED,
    )[min(level, 3)]


def _household(facts: QuasiFacts, level: int) -> str:
    size = facts.household_size
    if level == 0:
        return str(size)
    if level == 1:
        return "1" if size <= 1 else "2" if size == 2 else "3-4" if size <= 4 else "5+"
    return ("1" if size <= 1 else "2+") if level == 2 else SUPPRESSED


_LEVELS: tuple[tuple[Callable[[QuasiFacts, int], str], int], ...] = (
    (_sex, 1),
    (_age, 3),
    (_region, 2),
    (_month, 3),
    (_household, 3),
)


def k_anonymise(people: Mapping[uuid.UUID, QuasiFacts], k: int = K) -> AnonymousTable:
    """Generalise, then suppress, until every combination of quasi-identifiers is shared by at
    least `k` people. Raises ValidationError when fewer than `k` people are in the export."""
    if 0 < len(people) < k:
        raise ValidationError(
            {
                "rows": Text(
                    "An anonymised export needs at least {k} people; this one has {count}.",
                    k=k,
                    count=len(people),
                )
            }
        )
    ids = list(people)
    levels = {i: [0] * len(QUASI) for i in ids}

    def row(i: uuid.UUID) -> tuple[str, ...]:
        return tuple(f(people[i], lv) for (f, _), lv in zip(_LEVELS, levels[i], strict=True))

    rows = {i: row(i) for i in ids}
    counts = Counter(rows.values())
    while True:
        small = [i for i in ids if counts[rows[i]] < k]
        if not small:
            break
        open_attrs = [
            a for a, (_, top) in enumerate(_LEVELS) if any(levels[i][a] < top for i in small)
        ]
        if not open_attrs:
            _suppress_with_others(small, rows, counts, levels, k)
            rows = {i: row(i) for i in ids}
            break
        # Widen the attribute that splits the outstanding rows the most.
        attr = max(open_attrs, key=lambda a: len({rows[i][a] for i in small}))
        for i in small:
            levels[i][attr] = min(levels[i][attr] + 1, _LEVELS[attr][1])
            counts[rows[i]] -= 1
            rows[i] = row(i)
            counts[rows[i]] += 1
    changed = sum(
        1 for i in ids for a, (f, _) in enumerate(_LEVELS) if rows[i][a] != f(people[i], 0)
    )
    return AnonymousTable(values=rows, changed=changed, k=k)


def _suppress_with_others(
    small: list[uuid.UUID],
    rows: dict[uuid.UUID, tuple[str, ...]],
    counts: Counter[tuple[str, ...]],
    levels: dict[uuid.UUID, list[int]],
    k: int,
) -> None:
    """Everything of `small` is widened as far as it goes ("*") and still fewer than k share
    it: join rows from the largest groups (which keep k or more), and if that is not enough,
    whole groups, smallest first, until the suppressed group holds k."""
    top = [t for _, t in _LEVELS]  # the top level of every attribute is "*"
    taken = set(small)
    spare = dict(counts)
    for i in sorted(rows, key=lambda i: -counts[rows[i]]):
        if len(taken) >= k:
            break
        if i not in taken and spare[rows[i]] > k:
            spare[rows[i]] -= 1
            taken.add(i)
    by_group: dict[tuple[str, ...], list[uuid.UUID]] = {}
    for i in rows:
        if i not in taken:
            by_group.setdefault(rows[i], []).append(i)
    for members in sorted(by_group.values(), key=len):
        if len(taken) >= k:
            break
        taken.update(members)
    for i in taken:
        levels[i] = list(top)
