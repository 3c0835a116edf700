"""A counter kept by triggers (migration 0010): raised whenever a person is added or removed, or
a name, own-script name, phone, status or delete mark changes, whatever writes it (the desk, an
import, a merge, sync). The duplicate check keeps everyone's name keys in memory and reads
them again only when the counter moved (services/duplicates.py)."""

from __future__ import annotations

from typing import Any

TABLE = "person_names_version"
TRIGGERS = ("person_names_insert", "person_names_delete", "person_names_update")


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """Alembic autogenerate filter: leave the trigger-kept counter out of the comparison."""
    return not (type_ == "table" and name == TABLE)


def current(cursor: Any) -> int:
    """The counter, read through a DB-API cursor."""
    row = cursor.execute(f"SELECT version FROM {TABLE} WHERE id = 1").fetchone()
    return int(row[0]) if row else -1
