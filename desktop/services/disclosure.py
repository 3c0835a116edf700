"""Small-count protection for figures that leave the centre (donor reports).

A count from 1 to 4 could single a person out ("the one Somali woman over 60"), so it is shown
as "<5". Where one hidden cell could be worked out from the total, the next-smallest cell is
hidden too (secondary suppression). Long lists (countries, services) first fold their small
rows into one "other" row, which is only shown as a number once it reaches the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.services.report import ReportFigures

THRESHOLD = 5
OTHER = "__other__"  # key of the row that gathers small rows; the caller names it on paper


@dataclass(frozen=True)
class Shown:
    """One cell as it may be published: `value` is None when hidden (printed as "<5")."""

    key: str
    value: int | None

    @property
    def hidden(self) -> bool:
        return self.value is None

    def text(self, hidden_text: str = f"<{THRESHOLD}") -> str:
        return hidden_text if self.value is None else f"{self.value:,}"


def protect_total(value: int, threshold: int = THRESHOLD) -> Shown:
    """A single headline figure: hidden when 1..threshold-1."""
    return Shown("", None if 0 < value < threshold else value)


def protect_cells(cells: Sequence[tuple[str, int]], threshold: int = THRESHOLD) -> list[Shown]:
    """Hide each cell 1..threshold-1 and, if exactly one is hidden, the next-smallest one too.

    Order is kept. Zero is not hidden: "nobody" identifies nobody.
    """
    hidden = {i for i, (_k, v) in enumerate(cells) if 0 < v < threshold}
    if len(hidden) == 1:
        # The total minus the shown cells would reveal the single hidden one.
        others = [(v, i) for i, (_k, v) in enumerate(cells) if i not in hidden and v > 0]
        if others:
            hidden.add(min(others)[1])
    return [Shown(k, None if i in hidden else v) for i, (k, v) in enumerate(cells)]


def fold_small(cells: Sequence[tuple[str, int]], threshold: int = THRESHOLD) -> list[Shown]:
    """For long lists: small rows go into one OTHER row (largest first, OTHER last).

    If OTHER alone is still small, the smallest shown rows join it until it is not (or all
    rows are in it), so no one hidden row can be worked out.
    """
    rows = sorted((c for c in cells if c[1] > 0), key=lambda c: (-c[1], c[0]))
    big = [c for c in rows if c[1] >= threshold]
    other = sum(v for _k, v in rows if v < threshold)
    folded = len(rows) - len(big)
    while folded and other < threshold and big:
        _k, v = big.pop()
        other += v
        folded += 1
    shown = [Shown(k, v) for k, v in big]
    if folded:
        shown.append(Shown(OTHER, None if other < threshold else other))
    return shown


@dataclass(frozen=True)
class Row:
    """One published line of a breakdown: people (or households) and, for some, visits."""

    key: str
    people: Shown
    visits: Shown | None = None


@dataclass(frozen=True)
class PublishedReport:
    """The report as it may leave the centre: only protected counts, no names, no ids."""

    first: date
    last: date
    trend_first: date
    headline: dict[str, Shown]
    by_category: list[Row]
    by_service: list[Row]
    by_country: list[Row]  # small countries folded into OTHER
    by_gender: list[Row]
    by_age_band: list[Row]
    by_household_size: list[Row]  # `people` holds households here
    by_month: list[Row]


def _rows(cells: Sequence[tuple[str, int]]) -> list[Row]:
    return [Row(s.key, s) for s in protect_cells(cells)]


def _two_columns(cells: Sequence[tuple[str, int, int]]) -> list[Row]:
    people = protect_cells([(k, p) for k, p, _v in cells])
    visits = protect_cells([(k, v) for k, _p, v in cells])
    return [Row(p.key, p, v) for p, v in zip(people, visits, strict=True)]


def publish_report(figures: ReportFigures) -> PublishedReport:
    """Apply small-count protection to every figure of a report."""
    f = figures
    new, returning = protect_cells(
        [("new_people", f.new_people), ("returning", f.returning_people)]
    )
    headline = {
        "people_served": protect_total(f.people_served),
        "visits": protect_total(f.visits),
        "new_people": new,
        "returning_people": returning,
        "households_served": protect_total(f.households_served),
    }
    return PublishedReport(
        first=f.first,
        last=f.last,
        trend_first=f.trend_first or f.first,
        headline=headline,
        by_category=_two_columns([(c.code, c.people, c.visits) for c in f.by_category]),
        by_service=_two_columns([(s.name, s.people, s.visits) for s in f.by_service]),
        by_country=[Row(s.key, s) for s in fold_small(f.by_country)],
        by_gender=_rows(f.by_gender),
        by_age_band=_rows(f.by_age_band),
        by_household_size=_rows(f.by_household_size),
        by_month=_two_columns([(m.month, m.people, m.visits) for m in f.by_month]),
    )
