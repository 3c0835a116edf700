"""Anonymised exports are k-anonymous (k = 5) on sex, age band, country or region, registration
month and household size, and say how many cells they changed."""

from __future__ import annotations

import csv
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from bench.generate import generate
from desktop.db import Database
from desktop.services.anonymity import K, QuasiFacts, continent_of, k_anonymise
from desktop.services.errors import ValidationError
from desktop.services.export import ExportRequest, export_data
from desktop.services.export_fields import ExportKind
from desktop.services.setup import prepare_database

QUASI = ["sex", "age_band", "country_or_region", "registered_month", "household_size"]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_an_anonymised_export_of_10000_people_is_5_anonymous(tmp_path: Path) -> None:
    made = generate(people=10_000, visits=2_000, quiet=True, folder=tmp_path / "bench")
    db = Database.open(made.path, unencrypted=True)
    try:
        with db.write() as session:
            actor = prepare_database(session)
        anonymous = export_data(
            db=db,
            actor=actor,
            request=ExportRequest(ExportKind.PEOPLE, anonymised=True),
            path=tmp_path / "anonymous.csv",
        )
        finest = export_data(  # the same quasi-identifiers, not generalised (staff only)
            db=db,
            actor=actor,
            request=ExportRequest(ExportKind.PEOPLE, fields=["person_ref", *QUASI]),
            path=tmp_path / "finest.csv",
        )
    finally:
        db.dispose()
    rows = _read(tmp_path / "anonymous.csv")
    assert len(rows) == anonymous.rows == finest.rows == 10_000
    groups = Counter(tuple(r[q] for q in QUASI) for r in rows)
    assert min(groups.values()) >= K
    assert not {"birth_year", "country_of_origin", "registered_on", "hk_area"} & set(rows[0])
    # The count it reports is the cells that differ from the finest values.
    before = {r["person_ref"]: r for r in _read(tmp_path / "finest.csv")}
    differ = sum(1 for r in rows for q in QUASI if r[q] != before[r["person_ref"]][q])
    assert anonymous.changed_cells == differ > 0
    # Most of the detail survives: not everything was suppressed.
    assert sum(r[q] == "*" for r in rows for q in QUASI) < len(rows)
    assert sum(len(r["country_or_region"]) == 2 for r in rows) > len(rows) / 2


def _facts(sex: str, age: int, country: str, month: int, household: int = 1) -> QuasiFacts:
    return QuasiFacts(sex, age, country, date(2026, month, 3), household)


def test_one_person_unlike_the_others_is_generalised_until_five_share_their_row() -> None:
    people = {uuid.uuid4(): _facts("female", 30, "SY", 3) for _ in range(6)}
    loner = uuid.uuid4()
    people[loner] = _facts("female", 31, "IQ", 4)
    table = k_anonymise(people)
    counts = Counter(table.values.values())
    assert min(counts.values()) >= K
    assert table.value(loner, "region") in ("Asia", "*")
    assert table.changed > 0


def test_fewer_than_five_people_cannot_be_exported_anonymously() -> None:
    with pytest.raises(ValidationError, match="at least 5"):
        k_anonymise({uuid.uuid4(): _facts("male", 40, "BI", 1) for _ in range(4)})
    assert k_anonymise({}).values == {}


def test_countries_map_to_their_continent() -> None:
    assert [continent_of(c) for c in ("BI", "PK", "VN", "FR", "CO", "FJ", "CV", "XX")] == [
        "Africa", "Asia", "Asia", "Europe", "Americas", "Oceania", "Africa", "",
    ]  # fmt: skip
