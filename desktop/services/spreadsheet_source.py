"""Reading the centre's old spreadsheets: CSV in whatever encoding Excel saved it, or XLSX.

CSV encodings, in the order they are tried: a byte-order mark (UTF-8 or UTF-16), UTF-16 without
one (every other byte zero), strict UTF-8, then the two Chinese code pages Hong Kong files come
in, Big5 and GBK (read as GB18030, its superset). Bytes that are valid in both are told apart by
charset-normalizer, which checks which reading gives coherent Chinese.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from desktop.services.errors import Text, ValidationError

CHINESE_CODE_PAGES = ("big5", "gb18030")
# Bounds on what one import reads, so a hostile or broken file is refused with a sentence and
# never fills the memory: a centre's registration sheet is a few thousand rows of short cells.
MAX_FILE_BYTES = 20_000_000  # a CSV, or an XLSX as stored
MAX_XLSX_EXPANDED = 200_000_000  # the XML inside an XLSX once unzipped
MAX_ROWS = 50_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 2_000
ENCODINGS = ("utf-8-sig", "utf-16", "big5", "gb18030")  # what a person may choose by hand


@dataclass(frozen=True)
class SourceTable:
    """A sheet as text: the header row and every row after it (ragged rows padded)."""

    name: str  # the file's name
    encoding: str  # "xlsx" for workbooks
    headers: list[str]
    rows: list[list[str]]
    # Each row's number as the spreadsheet shows it (blank rows count; the header's own row
    # is before them). Empty means the header is row 1 and no row was blank.
    numbers: list[int] = field(default_factory=list)

    def row_number(self, index: int) -> int:
        """The number a person sees beside the `index`-th row (0-based) in Excel."""
        return self.numbers[index] if self.numbers else index + 2


def detect_encoding(data: bytes) -> str:
    """The encoding `data` (a CSV file's bytes) was most likely saved in."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4000]
    if len(sample) >= 4:
        even_zeros = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_zeros = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_zeros > 0.3 and even_zeros < 0.05:
            return "utf-16-le"
        if even_zeros > 0.3 and odd_zeros < 0.05:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    readable = []
    for name in CHINESE_CODE_PAGES:
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        readable.append(name)
    if len(readable) == 1:
        return readable[0]
    if readable:
        from charset_normalizer import from_bytes

        best = from_bytes(data, cp_isolation=list(CHINESE_CODE_PAGES)).best()
        if best is not None:
            return "big5" if best.encoding.startswith("big5") else "gb18030"
        return readable[0]
    raise ValidationError(
        {"file": "The file is not text in an encoding we know (UTF-8, UTF-16, Big5 or GBK)."}
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (value.date() if value.time() == time() else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed as numbers: 91234567.0
    return str(value).strip()


def _too_big(what: Text) -> ValidationError:
    return ValidationError({"file": what})


def _table(name: str, encoding: str, rows: list[list[str]]) -> SourceTable:
    numbered = [(i + 1, r) for i, r in enumerate(rows) if any(cell.strip() for cell in r)]
    if not numbered:
        raise ValidationError({"file": "The file has no rows."})
    if len(numbered) > MAX_ROWS + 1:
        raise _too_big(
            Text(
                "The file has more than {limit} rows: split it into smaller files.", limit=MAX_ROWS
            )
        )
    width = max(len(r) for _, r in numbered)
    if width > MAX_COLUMNS:  # a CSV or sheet padded with empty columns is still fine
        width = max(
            next((i + 1 for i in range(len(r) - 1, -1, -1) if r[i].strip()), 0) for _, r in numbered
        )
    if width > MAX_COLUMNS:
        raise _too_big(
            Text("The file has more than {limit} columns: is it a registration sheet?",
                 limit=MAX_COLUMNS)
        )  # fmt: skip
    for number, row in numbered:
        if any(len(cell) > MAX_CELL_CHARS for cell in row):
            raise _too_big(
                Text(
                    "Row {row} has a cell longer than {limit} characters: shorten it, then try "
                    "again.",
                    row=number,
                    limit=MAX_CELL_CHARS,
                )
            )
    header_row = numbered[0][1]
    headers = [h.strip() for h in header_row]
    headers += [""] * (width - len(headers))
    body = [[c.strip() for c in r] + [""] * (width - len(r)) for _, r in numbered[1:]]
    return SourceTable(name, encoding, headers, body, [n for n, _ in numbered[1:]])


def read_csv_bytes(name: str, data: bytes, encoding: str | None = None) -> SourceTable:
    """Decode and parse CSV bytes. Raises ValidationError when they cannot be read."""
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as exc:
        raise ValidationError(
            {"file": Text("The file cannot be read as {encoding}.", encoding=chosen)}
        ) from exc
    text = text.removeprefix("\ufeff")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8000], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) > MAX_ROWS * 2:  # blank rows count too, but not without end
                raise _too_big(
                    Text("The file has more than {limit} rows: split it into smaller files.",
                         limit=MAX_ROWS)
                )  # fmt: skip
    except csv.Error as exc:  # a cell longer than the csv module's own limit, a stray NUL
        if "field larger" in str(exc):
            raise _too_big(
                Text(
                    "Row {row} has a cell longer than {limit} characters: shorten it, then try "
                    "again.",
                    row=len(rows) + 1,  # the row being read when the reader gave up
                    limit=MAX_CELL_CHARS,
                )
            ) from exc
        raise ValidationError(
            {"file": Text("The file is not a CSV we can read: {reason}", reason=str(exc))}
        ) from exc
    return _table(name, chosen, rows)


def _check_xlsx_size(path: Path) -> None:
    """Refuse a workbook whose XML would unzip to more than MAX_XLSX_EXPANDED (a zip bomb, or
    a sheet far beyond a registration list), before openpyxl reads any of it."""
    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError({"file": "The file is not an Excel workbook we can read."}) from exc
    if expanded > MAX_XLSX_EXPANDED:
        raise _too_big(
            Text(
                "The workbook unpacks to {size} MB, too much to read: save its sheet as CSV.",
                size=expanded // 1_000_000,
            )
        )


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of a workbook. Raises ValidationError for a file that is not one, or
    one beyond the bounds above."""
    from openpyxl import load_workbook

    _check_xlsx_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of error for a bad file
        raise ValidationError({"file": "The file is not an Excel workbook we can read."}) from exc
    rows: list[list[str]] = []
    try:
        sheet = book.worksheets[0]
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1):
            cells = [_cell_text(v) for v in values]
            while cells and not cells[-1]:  # read-only sheets pad every row to max_col
                cells.pop()
            rows.append(cells)
            if len(rows) > MAX_ROWS * 2:
                raise _too_big(
                    Text("The file has more than {limit} rows: split it into smaller files.",
                         limit=MAX_ROWS)
                )  # fmt: skip
    finally:
        book.close()
    return _table(path.name, "xlsx", rows)


def read_source(path: Path, encoding: str | None = None) -> SourceTable:
    """Read a legacy spreadsheet (.xlsx, or CSV in any encoding above)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(
                Text(
                    "The file is {size} MB; an import reads at most {limit} MB: split the file.",
                    size=size // 1_000_000,
                    limit=MAX_FILE_BYTES // 1_000_000,
                )
            )
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            {"file": Text("The file cannot be opened: {reason}", reason=exc.strerror)}
        ) from exc
    return read_csv_bytes(path.name, data, encoding)
