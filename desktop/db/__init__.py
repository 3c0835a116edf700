"""Engine, session scope, migrations."""

from desktop.db.engine import Database, make_engine
from desktop.db.location import data_dir, resolve_db_path

__all__ = ["Database", "data_dir", "make_engine", "resolve_db_path"]
