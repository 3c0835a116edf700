"""`frontdesk report`: the donor PDF from the command line."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.cli import main
from desktop.db import Database
from desktop.services.setup import prepare_database
from tests.report_data import build_march_2026


def test_staff_write_march_report_from_the_command_line(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = Database.open(db_path, unencrypted=True)
    with db.write() as session:
        build_march_2026(session, prepare_database(session))
    db.dispose()
    out = db_path.parent / "march.pdf"
    assert (
        main(
            [
                "--unencrypted",
                "--db",
                str(db_path),
                "report",
                "--month",
                "2026-03",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "People served" in printed and "New people" in printed and "<5" in printed
    text = PdfReader(out).pages[0].extract_text()
    assert "01 Mar 2026 to 31 Mar 2026" in text
    assert not list(db_path.parent.glob(".*.part"))


def test_report_month_must_be_a_month(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    try:
        main(
            ["--unencrypted", "--db", str(db_path), "report", "--month", "March", "--out", "x.pdf"]
        )
    except SystemExit as exc:
        assert exc.code == 2
    assert "not a month like 2026-03" in capsys.readouterr().err
