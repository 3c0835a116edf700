"""Files no registration sheet looks like are refused with a sentence, in bounded memory."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.errors import ValidationError
from desktop.services.spreadsheet_source import read_source
from tests.import_data import csv_text


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_an_xlsx_that_unzips_to_gigabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    bomb = tmp_path / "members.xlsx"
    zeros = b"\0" * (1 << 20)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("[Content_Types].xml", "w") as fh:
            fh.write(b"<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            for _ in range(400):  # 400 MB of nothing, a few hundred KB on disk
                fh.write(zeros)
    assert bomb.stat().st_size < 2_000_000
    before = _peak_mb()
    with pytest.raises(ValidationError, match=r"unpacks to 4\d\d MB"):
        read_source(bomb)
    assert _peak_mb() - before < 50


def test_a_50_mb_csv_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "everything.csv"
    with big.open("wb") as fh:
        fh.write(csv_text().encode())
        fh.truncate(50_000_000)
    before = _peak_mb()
    with pytest.raises(ValidationError, match="The file is 50 MB; an import reads at most"):
        read_source(big)
    assert _peak_mb() - before < 20


@pytest.mark.parametrize("quoted", [True, False])
def test_a_200_kb_cell_is_refused_naming_its_row(tmp_path: Path, quoted: bool) -> None:
    cell = "x" * 200_000
    text = csv_text() + (f'"{cell}"' if quoted else cell) + ",F,1990\r\n"
    sheet = tmp_path / "long.csv"
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match="longer than 2000 characters") as caught:
        read_source(sheet)
    assert "12" in str(caught.value)  # the header, ten rows, then this one


def test_the_command_says_one_sentence_for_a_hostile_file(
    db_path: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "everything.csv"
    with big.open("wb") as fh:
        fh.truncate(60_000_000)
    code = main(["--db", str(db_path), "--unencrypted", "import", str(big)])
    err = capsys.readouterr().err
    assert code != 0
    assert "60 MB" in err and "Traceback" not in err
