"""Looking for a person's distinctive data everywhere it could be: rows, files, the server."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.services.text import fold


def _forms(canaries: Iterable[str]) -> list[bytes]:
    """Each canary as stored: as typed, folded (search text), in JSON escapes, in UTF-16."""
    found: set[bytes] = set()
    for text in canaries:
        for form in {text, fold(text), text.upper(), text.lower()}:
            found.add(form.encode("utf-8"))
            found.add(json.dumps(form).strip('"').encode("ascii"))
            found.add(form.encode("utf-16-le"))
    return sorted(found)


def rows_holding(db: Database, canaries: Iterable[str]) -> list[str]:
    """'table: row' for every row of every table (search index included) holding a canary."""
    forms = _forms(canaries)
    raw = db.engine.raw_connection()
    hits: list[str] = []
    try:
        names = [
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in names:
            for row in raw.execute(f'SELECT * FROM "{name}"'):
                blob = b"\x00".join(_as_bytes(v) for v in row)
                if any(f in blob for f in forms):
                    hits.append(f"{name}: {row!r}"[:300])
    finally:
        raw.close()
    return hits


def _as_bytes(value: Any) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    return str(value).encode("utf-8")


def files_holding(folders: Iterable[Path], canaries: Iterable[str]) -> list[Path]:
    """Every file under `folders` whose bytes hold a canary (in any stored form)."""
    forms = _forms(canaries)
    hits: list[Path] = []
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            data = path.read_bytes()
            if any(f in data for f in forms):
                hits.append(path)
    return hits


def server_rows_holding(admin: Any, canaries: Iterable[str]) -> list[str]:
    """Every row of every table in the server's frontdesk schema holding a canary."""
    forms = [f.decode("utf-8", "replace") for f in _forms(canaries)]
    hits: list[str] = []
    tables = admin.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'frontdesk'"
    ).fetchall()
    for (name,) in tables:
        for (text,) in admin.execute(f"SELECT t::text FROM frontdesk.{name} AS t"):
            if any(f in text for f in forms):
                hits.append(f"{name}: {text[:300]}")
    return hits
