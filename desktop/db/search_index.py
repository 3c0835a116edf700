"""The full-text index over person.search_text (made by migration 0005): names and upkeep."""

from __future__ import annotations

from typing import Any

TRIGRAM_TABLE = "person_fts"  # fragments of three or more characters, anywhere
WORDS_TABLE = "person_words"  # word prefixes of one or two characters
SOURCE_VIEW = "person_search_source"
TRIGGERS = ("person_search_insert", "person_search_delete", "person_search_update")

_SHADOW_SUFFIXES = ("", "_data", "_idx", "_config", "_docsize", "_content")
_INDEX_NAMES = frozenset(
    table + suffix for table in (TRIGRAM_TABLE, WORDS_TABLE) for suffix in _SHADOW_SUFFIXES
)


def is_index_table(name: str | None) -> bool:
    """True for the FTS5 tables and their shadow tables, which no model describes."""
    return name in _INDEX_NAMES


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """Alembic autogenerate filter: leave the search index out of the model comparison."""
    return not (type_ == "table" and is_index_table(name))


def rebuild(connection: Any) -> None:
    """Re-read every person into both indexes (after a migration rebuilt the person table).

    `connection` is a DB-API connection or an SQLAlchemy Connection inside a transaction.
    """
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        run(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def integrity_check(connection: Any) -> None:
    """Raise (sqlite3.DatabaseError, 'database disk image is malformed') when an index
    no longer matches person.search_text."""
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    for table in (TRIGRAM_TABLE, WORDS_TABLE):
        run(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
