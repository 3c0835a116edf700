"""Where Front Desk keeps its files: the database, backups and logs."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "FrontDesk"
DB_ENV_VAR = "FRONTDESK_DB"
DATA_DIR_ENV_VAR = "FRONTDESK_DATA_DIR"
DB_FILENAME = "frontdesk.sqlite3"


def data_dir() -> Path:
    """The folder for the database, backups and logs (created on first use)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db PATH` wins, then $FRONTDESK_DB, then the user's data directory."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return data_dir() / DB_FILENAME
