"""Dates and phones as volunteers and old spreadsheets write them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.parsing import (
    DateFormatError,
    PhoneFormatError,
    normalise_phone,
    parse_date,
    parse_fuzzy_date,
)
from desktop.services.text import fold, spreadsheet_safe

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14/02/1990", date(1990, 2, 14)),
        ("4/2/1990", date(1990, 2, 4)),
        ("1990-02-14", date(1990, 2, 14)),
        ("14.02.1990", date(1990, 2, 14)),
        ("12 Mar 1985", date(1985, 3, 12)),
        ("12 March 1985", date(1985, 3, 12)),
        ("  14/02/1990 ", date(1990, 2, 14)),
        ("14.02.90", date(1990, 2, 14)),
        ("01.03.25", date(2025, 3, 1)),  # 2025 is past: this century
        ("01.03.27", date(1927, 3, 1)),  # 2027 is to come: the last century
        ("14/02/90", date(1990, 2, 14)),
        ("14-Feb-90", date(1990, 2, 14)),
        ("Feb 14, 1990", date(1990, 2, 14)),
        ("14th February 1990", date(1990, 2, 14)),
        ("1990年2月14日", date(1990, 2, 14)),
        ("1990 年 2 月 14 日", date(1990, 2, 14)),
        ("14 février 1990", date(1990, 2, 14)),
        ("14 févr. 1990", date(1990, 2, 14)),
        ("1er mars 1985", date(1985, 3, 1)),
        ("14 فبراير 1990", date(1990, 2, 14)),
        ("١٤ شباط ١٩٩٠", date(1990, 2, 14)),
        ("1990-02-14T00:00:00", date(1990, 2, 14)),
        ("1990-02-14 08:30", date(1990, 2, 14)),
    ],
)
def test_dates_in_the_forms_volunteers_type(typed: str, expected: date) -> None:
    assert parse_date(typed, today=TODAY) == expected


def test_year_only_is_a_year() -> None:
    value = parse_fuzzy_date("1985", today=TODAY)
    assert value.exact is None and value.year == 1985
    with pytest.raises(DateFormatError, match="full date"):
        parse_date("1985", today=TODAY)


@pytest.mark.parametrize(
    "typed",
    ["31/02/1990", "next week", "14/02/2030", "1850", "3000", "14 Smarch 1990", "1/2/3/4", "02/14"],
)
def test_bad_dates_are_refused_in_plain_words(typed: str) -> None:
    with pytest.raises(DateFormatError):
        parse_fuzzy_date(typed, today=TODAY)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("9123 4567", "+85291234567"),
        ("9123-4567", "+85291234567"),
        ("+852 9123 4567", "+85291234567"),
        ("00852 91234567", "+85291234567"),
        ("85291234567", "+85291234567"),
        ("+92 300 1234567", "+923001234567"),
        ("", ""),
    ],
)
def test_phones_are_normalised(typed: str, expected: str) -> None:
    assert normalise_phone(typed) == expected


@pytest.mark.parametrize("typed", ["12", "+852 123", "91234"])
def test_bad_phones_are_refused(typed: str) -> None:
    with pytest.raises(PhoneFormatError):
        normalise_phone(typed)


def test_fold_drops_latin_accents_but_keeps_other_scripts() -> None:
    assert fold("  Ngọc   Ánh ") == "ngoc anh"
    assert fold("Đặng") == "dang"
    assert fold("陳大文") == "陳大文"
    assert fold("আব্দুল") == "আব্দুল"


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


def test_ordinary_cells_are_left_alone() -> None:
    assert spreadsheet_safe("Rahman") == "Rahman"
    assert spreadsheet_safe(5) == 5
