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
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from desktop.services.errors import Text, ValidationError

CHINESE_CODE_PAGES = ("big5", "gb18030")
ENCODINGS = ("utf-8-sig", "utf-16", "big5", "gb18030")  # what a person may choose by hand


@dataclass(frozen=True)
class SourceTable:
    """A sheet as text: the header row and every row after it (ragged rows padded)."""

    name: str  # the file's name
    encoding: str  # "xlsx" for workbooks
    headers: list[str]
    rows: list[list[str]]


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


def _table(name: str, encoding: str, rows: list[list[str]]) -> SourceTable:
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ValidationError({"file": "The file has no rows."})
    headers = [h.strip() for h in rows[0]]
    width = max(len(headers), *(len(r) for r in rows))
    headers += [""] * (width - len(headers))
    body = [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows[1:]]
    return SourceTable(name, encoding, headers, body)


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
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    return _table(name, chosen, rows)


def read_xlsx(path: Path) -> SourceTable:
    """The first sheet of a workbook. Raises ValidationError for a file that is not one."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds of error for a bad file
        raise ValidationError({"file": "The file is not an Excel workbook we can read."}) from exc
    try:
        sheet = book.worksheets[0]
        rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _table(path.name, "xlsx", rows)


def read_source(path: Path, encoding: str | None = None) -> SourceTable:
    """Read a legacy spreadsheet (.xlsx, or CSV in any encoding above)."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            {"file": Text("The file cannot be opened: {reason}", reason=exc.strerror)}
        ) from exc
    return read_csv_bytes(path.name, data, encoding)
