"""`frontdesk import`: dry run with a row-level report, then commit, then nothing new."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.cli import main
from tests.import_data import EXPECTED, write_csv


def report_rows(path: Path) -> dict[int, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {int(r["row"]): r for r in csv.DictReader(fh)}


def test_staff_import_an_old_big5_sheet_from_the_command_line(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    sheet = write_csv(db_path.parent / "members 2019.csv", "big5")
    report = db_path.parent / "report.csv"
    base = ["--unencrypted", "--db", str(db_path), "import", str(sheet), "--report", str(report)]
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "read as big5" in out and "Would add (dry run, nothing written): 5" in out
    rows = report_rows(report)
    assert {n: r["status"] for n, r in rows.items()} == EXPECTED
    assert "birth" in rows[6]["reasons"]
    assert rows[6]["name"] == "NGUYEN Thi Mai"

    assert main([*base, "--commit"]) == 0
    assert "Added: 5" in capsys.readouterr().out
    rows = report_rows(report)
    assert rows[2]["member_number"] == "CFR-000001"
    assert main([*base, "--commit"]) == 0
    assert "Added: 0" in capsys.readouterr().out
    default = ["--unencrypted", "--db", str(db_path), "import", str(sheet)]
    assert main(default) == 0
    assert (db_path.parent / "members 2019-import-report.csv").exists()
