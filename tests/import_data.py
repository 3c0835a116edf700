"""A legacy registration sheet as the centre kept it (fictional people), in several forms."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

HEADERS = ["No.", "Name", "中文姓名", "Sex", "DOB", "Mobile", "Country", "Family ID", "Remarks"]
ROWS = [
    ["1", "OKAFOR Chidinma", "", "F", "14/02/1990", "9123 4567", "Nigeria", "", ""],
    ["2", "Chan, Tai Man", "陳大文", "M", "1985-03-12", "+852 6123 4567", "HK", "F7", ""],
    ["3", "Chan Siu Ling", "陳小玲", "female", "12 Mar 2015", "", "Hong Kong", "F7", ""],
    ["4", "RAHMAN Mohammed", "", "M", "1979", "00852 5123 4567", "BD", "", "=cmd|' /C calc'!A0"],
    ["5", "NGUYEN thi mai", "", "F", "31/02/1990", "", "Vietnam", "", "bad date"],
    ["6", "Hassan Omar", "", "M", "01/01/1988", "12", "Somalia", "", "bad phone"],
    ["7", "", "", "M", "1990", "", "", "", "no name"],
    ["1", "OKAFOR Chidinma", "", "F", "14/02/1990", "9123 4567", "Nigeria", "", ""],
    ["9", "RAHMAN Muhammad", "", "M", "1979", "5123 4567", "Bangladesh", "", ""],
    ["10", "Perera Nimal", "", "dunno", "2 Jun 1970", "6234 5678", "Atlantis", "", ""],
]
# What the plan must say about each row (row numbers count the header as row 1).
EXPECTED = {
    2: "new",
    3: "new",
    4: "new",
    5: "new",
    6: "error",  # 31 February
    7: "error",  # a phone of two digits
    8: "error",  # no name
    9: "repeated",  # row 2 pasted again
    10: "duplicate_in_file",  # Rahman, Md: same year, same phone as row 5
    11: "new",  # sex and country not understood: warnings only
}


def csv_text(rows: list[list[str]] | None = None) -> str:
    lines = [HEADERS, *(rows or ROWS)]
    return "\r\n".join(",".join(_quote(c) for c in line) for line in lines) + "\r\n"


def _quote(cell: str) -> str:
    return f'"{cell.replace(chr(34), chr(34) * 2)}"' if any(c in cell for c in ',"\n') else cell


def write_csv(path: Path, encoding: str) -> Path:
    path.write_bytes(csv_text().encode(encoding))
    return path


def write_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in ROWS:
        cells: list[object] = list(row)
        if row[4] == "14/02/1990":
            cells[4] = datetime(1990, 2, 14)  # Excel stored a real date
        if row[5] == "9123 4567":
            cells[5] = 91234567  # ... and a phone typed as a number
        sheet.append(cells)
    for line in sheet.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed as text in the old sheet, not a formula
    book.save(path)
    return path
