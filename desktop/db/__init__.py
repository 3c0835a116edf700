"""Engine, session scope, migrations, and the change log every write leaves for sync.

The names below load on first use (PEP 562), so the start-up dialog can read where the file is
(`desktop.db.location`) or whether it is encrypted (`desktop.db.crypto`) without importing
SQLAlchemy; the engine hooks the outbox in when it is made (`make_engine`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.db.engine import Database, make_engine
    from desktop.db.location import data_dir, resolve_db_path

__all__ = ["Database", "data_dir", "make_engine", "resolve_db_path"]

_HOMES = {
    "Database": "desktop.db.engine",
    "make_engine": "desktop.db.engine",
    "data_dir": "desktop.db.location",
    "resolve_db_path": "desktop.db.location",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:  # a submodule (`from desktop.db import hlc`) is imported by Python itself
        raise AttributeError(f"module 'desktop.db' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
