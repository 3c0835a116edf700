"""Exports: field choice, CSV and XLSX, formula injection, anonymised pseudonyms, permissions."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, Role
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.export import ExportRequest, export_data
from desktop.services.export_fields import ExportKind
from desktop.services.jobs import Cancelled, JobControl
from tests.report_data import Visits, add_person, build_march_2026, household, local

MARCH = {"first": date(2026, 3, 1), "last": date(2026, 3, 31)}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def march(db: Database, actor: Actor) -> Database:
    with db.write() as session:
        people = build_march_2026(session, actor)
        hostile = add_person(
            session,
            '=HYPERLINK("http://evil.example","Click")',
            given_name="@SUM(A1)",
            phone="+85291234567",
            notes="-1+1",
            sex="female",
        )
        v = Visits(session, actor)
        v.queue = {date(2026, 3, 2): 10}
        visit = v.add(hostile, local(2026, 3, 2, 15), "clothing")
        visit.note = "=1+1"
        session.add(visit)
        people["H"] = hostile
    return db


def test_visits_csv_has_march_visits_in_local_time_with_formulas_neutralised(
    march: Database, actor: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "visits.csv"
    request = ExportRequest(kind=ExportKind.VISITS, **MARCH)
    result = export_data(db=march, actor=actor, request=request, path=out)
    rows = read_csv(out)
    assert result.rows == len(rows) == 8  # the 6 counted, 1 voided, the hostile one
    first = rows[0]
    assert (first["date"], first["time"], first["services"]) == ("2026-03-01", "00:05", "Food pack")
    assert [r["voided"] for r in rows].count("yes") == 1
    hostile = next(r for r in rows if "HYPERLINK" in r["family_name"])
    assert hostile["family_name"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert hostile["given_name"] == "'@SUM(A1)"
    assert hostile["note"] == "'=1+1"
    assert "person_ref" not in first  # a named export identifies people by member number
    a_visit = next(r for r in rows if r["family_name"] == "Amberly" and r["date"] == "2026-03-02")
    assert a_visit["services"] == "Food pack; Hygiene pack"


def test_the_time_is_local_also_where_clocks_change(
    march: Database, actor: Actor, tmp_path: Path
) -> None:
    clock.set_local_timezone("Europe/London")
    try:
        out = tmp_path / "london.csv"
        request = ExportRequest(kind=ExportKind.VISITS, fields=["date", "time"], **MARCH)
        export_data(db=march, actor=actor, request=request, path=out)
    finally:
        clock.set_local_timezone(clock.DEFAULT_TZ)
    # 23:30 in Hong Kong on 31 March is 16:30 in London (summer time from 29 March).
    assert {"date": "2026-03-31", "time": "16:30"} in read_csv(out)


def test_xlsx_cells_are_text_not_formulas(march: Database, actor: Actor, tmp_path: Path) -> None:
    out = tmp_path / "people.xlsx"
    request = ExportRequest(
        kind=ExportKind.PEOPLE, fmt="xlsx", fields=["family_name", "phone", "notes", "birth_year"]
    )
    export_data(db=march, actor=actor, request=request, path=out)
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("family_name", "phone", "notes", "birth_year")
    hostile = next(r for r in rows if "HYPERLINK" in str(r[0]))
    assert hostile[:3] == ('\'=HYPERLINK("http://evil.example","Click")', "'+85291234567", "'-1+1")
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert ("Amberly", None, None, 1990) in rows  # empty cells read back as None


def test_anonymised_export_has_no_names_and_stable_pseudonyms(
    march: Database, actor: Actor, tmp_path: Path
) -> None:
    def export(name: str) -> list[dict[str, str]]:
        request = ExportRequest(kind=ExportKind.PEOPLE, anonymised=True)
        export_data(db=march, actor=actor, request=request, path=tmp_path / name)
        return read_csv(tmp_path / name)

    first, second = export("a.csv"), export("b.csv")
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    for banned in ("family_name", "phone", "notes", "member_number", "Amberly", "TST-", "HYPER"):
        assert banned not in text
    refs = [r["person_ref"] for r in first]
    assert refs == [r["person_ref"] for r in second]  # same person, same pseudonym
    assert len(set(refs)) == len(refs) == 8
    assert all(ref.startswith("P-") and len(ref) == 18 for ref in refs)
    # The three people of household H1 share one household pseudonym.
    households = [r["household_ref"] for r in first if r["household_ref"]]
    assert sorted(households.count(h) for h in set(households)) == [2, 3]


def test_anonymised_export_refuses_a_personal_field(
    march: Database, actor: Actor, tmp_path: Path
) -> None:
    request = ExportRequest(kind=ExportKind.VISITS, anonymised=True, fields=["date", "note"])
    with pytest.raises(ValidationError, match="note"):
        export_data(db=march, actor=actor, request=request, path=tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_only_admins_export_personal_data(march: Database, actor: Actor, tmp_path: Path) -> None:
    caseworker = dataclasses.replace(actor, role=Role.CASEWORKER)
    named = ExportRequest(kind=ExportKind.PEOPLE)
    with pytest.raises(PermissionDenied):
        export_data(db=march, actor=caseworker, request=named, path=tmp_path / "x.csv")
    anonymous = ExportRequest(kind=ExportKind.PEOPLE, anonymised=True)
    assert export_data(db=march, actor=caseworker, request=anonymous, path=tmp_path / "y.csv").rows
    volunteer = dataclasses.replace(actor, role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        export_data(db=march, actor=volunteer, request=anonymous, path=tmp_path / "z.csv")


def test_households_export_counts_members(march: Database, actor: Actor, tmp_path: Path) -> None:
    with march.write() as session:
        household(session, "Empty")
    out = tmp_path / "households.csv"
    request = ExportRequest(kind=ExportKind.HOUSEHOLDS, fields=["label", "members"])
    export_data(db=march, actor=actor, request=request, path=out)
    assert read_csv(out) == [
        {"label": "H1", "members": "3"},
        {"label": "H2", "members": "2"},
        {"label": "Empty", "members": "0"},
    ]


def test_export_is_audited_and_a_cancelled_one_leaves_nothing(
    march: Database, actor: Actor, tmp_path: Path
) -> None:
    request = ExportRequest(kind=ExportKind.VISITS, **MARCH)
    export_data(db=march, actor=actor, request=request, path=tmp_path / "ok.csv")
    stop = JobControl(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        export_data(db=march, actor=actor, request=request, path=tmp_path / "no.csv", control=stop)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["ok.csv"]
    with march.read() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "export.visits"))
        details = [e.detail for e in events]
    assert len(details) == 1
    assert details[0]["rows"] == 8 and details[0]["file"] == "ok.csv"
