"""Formula injection (OWASP CSV injection): the Python rule and its SQL twin agree."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.services.text import spreadsheet_safe, spreadsheet_safe_sql

DANGEROUS = [
    "=1+1",
    "+85291234567",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=cmd",
    "\r=cmd",
    '=HYPERLINK("http://evil.example","Click")',
    "=cmd|' /C calc'!A0",
    "   =1+1",  # spreadsheets skip the blanks
    "\u00a0+1",
    "\u3000@x",
    "\n-1",
    "\uff1d1+1",  # full-width equals sign
    "\uff0bx",
]
HARMLESS = ["Rahman", "陳大文", "", "  ", "O'Brien", "1985", "a=b", "x+y", "e-mail", "Ngọc"]


@pytest.mark.parametrize("cell", DANGEROUS)
def test_formula_like_cells_get_a_leading_quote(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", HARMLESS)
def test_ordinary_text_is_unchanged(cell: str) -> None:
    assert spreadsheet_safe(cell) == cell


def test_numbers_and_empty_values_pass_through() -> None:
    assert spreadsheet_safe(-5) == -5
    assert spreadsheet_safe(None) is None


@pytest.mark.parametrize("cell", DANGEROUS + HARMLESS)
def test_the_sql_rule_gives_the_same_cell_as_the_python_rule(cell: str) -> None:
    conn = sqlite3.connect(":memory:")
    (out,) = conn.execute(f"SELECT {spreadsheet_safe_sql('?1')}", (cell,)).fetchone()
    assert out == spreadsheet_safe(cell)
