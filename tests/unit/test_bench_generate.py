"""The bench's bulk-loaded file is the file the desk would have made row by row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.generate import generate
from desktop.db import Database, report_summary
from desktop.db.search_index import TRIGRAM_TABLE, WORDS_TABLE, integrity_check
from desktop.services.search import find_people
from desktop.services.visits import person_history, visits_on


def _index_content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every (term, person rowid, column, offset) each search index holds, the report's
    running totals, and the schema."""
    conn = sqlite3.connect(path)
    try:
        found: dict[str, list[tuple[object, ...]]] = {}
        for table in (TRIGRAM_TABLE, WORDS_TABLE):
            conn.execute(
                f"CREATE VIRTUAL TABLE temp.v_{table} USING fts5vocab(main, {table}, instance)"
            )
            found[table] = conn.execute(
                f"SELECT * FROM temp.v_{table} ORDER BY 1, 2, 3, 4"
            ).fetchall()
        found["person"] = conn.execute(
            "SELECT rowid, search_text FROM person ORDER BY 1"
        ).fetchall()
        for table in report_summary.TABLES:  # the report's running totals, kept by triggers
            found[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        found["schema"] = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        return found
    finally:
        conn.close()


def test_bulk_loaded_bench_file_equals_one_filled_through_the_triggers(tmp_path: Path) -> None:
    bulk = generate(people=250, visits=1500, quiet=True, folder=tmp_path / "bulk")
    rows = generate(people=250, visits=1500, quiet=True, folder=tmp_path / "rows", bulk=False)

    bulk_index, row_index = _index_content(bulk.path), _index_content(rows.path)
    assert bulk_index["person"] and bulk_index[TRIGRAM_TABLE] and bulk_index[WORDS_TABLE]
    assert all(bulk_index[table] for table in report_summary.TABLES)
    assert bulk_index == row_index

    conn = sqlite3.connect(bulk.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        integrity_check(conn)  # raises when an index does not match person.search_text
    finally:
        conn.close()


def test_bench_file_reads_back_through_the_desk_services(tmp_path: Path) -> None:
    data = generate(people=120, visits=6600, quiet=True, folder=tmp_path)
    db = Database.open(data.path, unencrypted=True)
    try:
        with db.read() as session:
            today = visits_on(session, data.day)
            assert today and all(v.visit_day == data.day for v in today)
            assert [v.queue_number for v in reversed(today)] == list(range(1, len(today) + 1))
            someone = today[0]
            history = person_history(session, someone.person_id)
            assert history[0].visit_id == someone.visit_id and history[0].services
            family = someone.display_name.split()[0].lower()
            assert someone.person_id in {m.id for m in find_people(session, family, limit=200)}
    finally:
        db.dispose()
