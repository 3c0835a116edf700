"""Every report figure against counts worked out by hand on tests/report_data.py."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.disclosure import OTHER, Shown, fold_small, protect_cells, protect_total
from desktop.services.errors import ValidationError
from desktop.services.report import MonthCount, compute_report, month_range
from tests.report_data import build_march_2026


@pytest.fixture
def march(db: Database, actor: Actor) -> Database:
    with db.write() as session:
        build_march_2026(session, actor)
    return db


def test_staff_get_march_figures_matching_the_hand_count(march: Database) -> None:
    with march.read() as session:
        r = compute_report(session=session, first=date(2026, 3, 1), last=date(2026, 3, 31))
    # A twice, B, D (its voided visit left out), E at 23:30 on the 31st, F at 00:05 on the 1st.
    assert r.visits == 6
    assert r.people_served == 5
    # A came in February; D's only earlier visit was voided, so D is new.
    assert (r.new_people, r.returning_people) == (4, 1)
    # H1 (A, B; C on file too: size 3), H2 (F; G on file: size 2), D and E alone.
    assert r.households_served == 4
    assert dict(r.by_household_size) == {"1": 2, "2": 1, "3": 1, "4": 0, "5": 0, "6+": 0}
    services = {s.code: (s.people, s.visits) for s in r.by_service}
    assert services == {
        "food_pack": (3, 3),
        "hygiene_pack": (1, 1),
        "medical_referral": (1, 1),
        "english_class": (2, 2),
    }
    # A's visit with food and hygiene packs is one humanitarian visit, not two.
    categories = {c.code: (c.people, c.visits) for c in r.by_category}
    assert categories == {"humanitarian": (3, 3), "medical": (1, 1), "education": (2, 2)}
    assert dict(r.by_country) == {"SY": 2, "NG": 2, "": 1}
    assert dict(r.by_gender) == {"female": 2, "male": 2, "not_stated": 1}
    # D was born 1 April 1960: still 65 on 31 March 2026. B knows only the year 2020.
    assert r.by_age_band == [
        ("0-4", 1),
        ("5-11", 1),
        ("12-17", 0),
        ("18-59", 1),
        ("60+", 1),
        ("unknown", 1),
    ]
    # A one-month report shows the twelve months up to it.
    assert len(r.by_month) == 12
    assert r.by_month[0].month == "2025-04"
    trend = {m.month: m for m in r.by_month}
    assert trend["2025-12"] == MonthCount("2025-12", 1, 1)
    assert trend["2026-01"] == MonthCount("2026-01", 0, 0)  # only a voided visit
    assert trend["2026-02"] == MonthCount("2026-02", 1, 1)
    assert trend["2026-03"] == MonthCount("2026-03", 5, 6)


def test_two_month_report_counts_february_first_visits_as_new(march: Database) -> None:
    with march.read() as session:
        r = compute_report(session=session, first=date(2026, 2, 1), last=date(2026, 3, 31))
    assert (r.visits, r.people_served, r.new_people, r.returning_people) == (7, 5, 5, 0)
    assert [(m.month, m.people, m.visits) for m in r.by_month] == [
        ("2026-02", 1, 1),
        ("2026-03", 5, 6),
    ]


def test_april_first_just_after_midnight_belongs_to_april(march: Database) -> None:
    with march.read() as session:
        r = compute_report(session=session, first=date(2026, 4, 1), last=date(2026, 4, 1))
    assert (r.visits, r.people_served, r.new_people) == (1, 1, 0)
    assert dict(r.by_age_band)["0-4"] == 1


def test_backwards_range_is_refused(march: Database) -> None:
    with march.read() as session, pytest.raises(ValidationError):
        compute_report(session=session, first=date(2026, 3, 2), last=date(2026, 3, 1))


def test_month_range_knows_february_and_december() -> None:
    assert month_range(2028, 2) == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_range(2026, 12) == (date(2026, 12, 1), date(2026, 12, 31))


def test_small_counts_are_hidden_and_a_lone_one_takes_its_neighbour_with_it() -> None:
    assert protect_total(4).value is None
    assert protect_total(5).value == 5
    assert protect_total(0).value == 0
    cells = [("female", 40), ("male", 52), ("intersex", 2), ("not_stated", 0)]
    shown = protect_cells(cells)
    # 2 hidden alone would be 94 - 40 - 52: the smallest other (40) is hidden too.
    assert shown == [
        Shown("female", None),
        Shown("male", 52),
        Shown("intersex", None),
        Shown("not_stated", 0),
    ]
    assert shown[0].text() == "<5"
    two_small = protect_cells([("a", 3), ("b", 1), ("c", 9)])
    assert [s.value for s in two_small] == [None, None, 9]


def test_small_countries_fold_into_other_until_other_is_safe() -> None:
    shown = fold_small([("SY", 30), ("NG", 6), ("YE", 3), ("AF", 2), ("ZW", 0)])
    assert shown == [Shown("SY", 30), Shown("NG", 6), Shown(OTHER, 5)]
    # 4 alone in "other" could be worked out: the smallest shown row joins it.
    shown = fold_small([("SY", 30), ("NG", 6), ("YE", 3), ("AF", 1)])
    assert shown == [Shown("SY", 30), Shown(OTHER, 10)]
    assert fold_small([("YE", 3)]) == [Shown(OTHER, None)]
    assert fold_small([("SY", 5), ("NG", 7)]) == [Shown("NG", 7), Shown("SY", 5)]
