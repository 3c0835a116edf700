"""Engine, session scope, migrations, and the change log every write leaves for sync."""

from desktop.db import outbox
from desktop.db.engine import Database, make_engine
from desktop.db.location import data_dir, resolve_db_path

outbox.install()

__all__ = ["Database", "data_dir", "make_engine", "resolve_db_path"]
