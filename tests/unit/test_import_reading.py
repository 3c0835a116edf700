"""Cells as years of volunteers typed them: sex and gender, countries, documents, row numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import DocumentKind, Sex
from desktop.services.import_mapping import guess_mapping, read_country, read_documents, read_sex
from desktop.services.spreadsheet_source import read_source
from tests.messy_sheet import messy_sheet


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("F", (Sex.FEMALE, "")),
        ("homme", (Sex.MALE, "")),
        ("Non-binary", (Sex.NOT_STATED, "Non-binary")),
        ("X", (Sex.NOT_STATED, "X")),
        ("trans woman", (Sex.NOT_STATED, "trans woman")),
        ("prefer not to say", (Sex.DECLINED, "")),
        ("Declined", (Sex.DECLINED, "")),
        ("", (Sex.NOT_STATED, "")),
        ("dunno", None),
    ],
)
def test_sex_and_gender_answers_keep_what_was_said(
    typed: str, expected: tuple[Sex, str] | None
) -> None:
    assert read_sex(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("pakistani", "PK"),
        ("DR Congo", "CD"),
        ("Congo (DRC)", "CD"),
        ("Congo-Brazzaville", "CG"),
        ("Burma", "MM"),
        ("Côte d’Ivoire", "CI"),
        ("Sri Lankan", "LK"),
        ("巴基斯坦", "PK"),
        ("孟加拉", "BD"),
        ("Cameroun", "CM"),
        ("Somalie", "SO"),
        ("burundaise", "BI"),
        ("SDN", "SD"),
        ("ng", "NG"),
        ("The Gambia", "GM"),
        ("", ""),
        ("Atlantis", None),
    ],
)
def test_countries_by_name_alias_adjective_and_code(typed: str, code: str | None) -> None:
    assert read_country(typed) == code


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("A123456(7)", DocumentKind.HK_ID),
        ("505-09C01234", DocumentKind.UNHCR_CASE),
        ("USM 1234/2019", DocumentKind.NON_REFOULEMENT_CLAIM),
        ("RF-123456/2020", DocumentKind.RECOGNIZANCE),
        ("N12345678", DocumentKind.OTHER),  # a passport, say: no shape tells
    ],
)
def test_a_document_column_reads_each_numbers_kind_from_its_shape(
    typed: str, kind: DocumentKind
) -> None:
    assert [(d.kind, d.number) for d in read_documents(typed)] == [(kind, typed)]


def test_columns_old_sheets_had_are_recognised() -> None:
    headers = ["Name (own language)", "RF / Claim No", "Sex/Gender", "UNHCR No", "HKID"]
    assert guess_mapping(headers) == [
        "name_original",
        "document",
        "sex",
        "document_unhcr",
        "document_hk_id",
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_row_numbers_are_the_ones_excel_shows_blank_rows_counted(tmp_path: Path, kind: str) -> None:
    sheet = messy_sheet(4, people=30, again=3)
    path = (
        sheet.write_csv(tmp_path / "s.csv")
        if kind == "csv"
        else sheet.write_xlsx(tmp_path / "s.xlsx")
    )
    table = read_source(path)
    assert [table.row_number(i) for i in range(len(table.rows))] == sorted(sheet.expected)
    assert max(sheet.expected) == len(sheet.rows) + 1  # the blank row was counted
