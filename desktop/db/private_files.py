"""Files with personal data outside the database: who may read them, and where unfinished work goes.

On POSIX the data folder is 0700 and every file in it 0600 (set at each start, and by a umask
for what the desk writes next). Unfinished files (an export being written, the plain workbook
before it is encrypted, openpyxl's scratch files) go into one private folder, `<data>/tmp`,
removed after use and swept at the next start after a crash. On Windows the data folder is in
the user's own profile (%LOCALAPPDATA%), whose access list already names only that user,
administrators and the system; permissions are left as Windows sets them.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.db.location import data_dir

log = logging.getLogger(__name__)

PRIVATE_TEMP_NAME = "tmp"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def private_temp_root(folder: Path | None = None) -> Path:
    """`<data>/tmp`, readable by this user only (created when missing)."""
    path = (folder or data_dir()) / PRIVATE_TEMP_NAME
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if POSIX:
        path.chmod(FOLDER_MODE)
    return path


def private_temp_dir(folder: Path | None = None) -> Path:
    """This process's own folder in `<data>/tmp` (the window and a `frontdesk` command may run
    at once: each sweeps only what a process that has ended left behind)."""
    path = private_temp_root(folder) / f"{_RUN_PREFIX}{os.getpid()}"
    if not path.is_dir():
        path.mkdir(mode=FOLDER_MODE, exist_ok=True)
        _remove_at_exit(path)
    return path


_RUN_PREFIX = "run-"
_registered: set[Path] = set()


def _remove_at_exit(path: Path) -> None:
    if path not in _registered:
        _registered.add(path)
        atexit.register(shutil.rmtree, path, True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if not POSIX:
        return False  # Windows: swept at the next start, when nothing else runs there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_private_temp(folder: Path | None = None) -> int:
    """Delete what a crashed run left in the private folder. Returns how many entries went."""
    root = private_temp_root(folder)
    removed = 0
    for entry in root.iterdir():
        pid = entry.name.removeprefix(_RUN_PREFIX)
        if entry.name.startswith(_RUN_PREFIX) and pid.isdigit() and _running(int(pid)):
            continue
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed += 1
        except OSError as exc:
            log.warning("could not remove a leftover temporary file: %s", exc.strerror)
    if removed:
        log.info("removed %d leftover temporary folder(s)", removed)
    return removed


def protect_data_folder(folder: Path | None = None, *also: Path) -> None:
    """Make the data folder (and `also`, e.g. a database kept elsewhere) this user's only,
    sweep the private temporary folder, and keep what is written next private (umask 077)."""
    folder = folder or data_dir()
    if POSIX:
        os.umask(0o077)
        _restrict(folder)
        for path in also:
            for sibling in (path, *path.parent.glob(f"{path.name}-*")):
                _chmod(sibling, FILE_MODE)
    try:
        sweep_private_temp(folder)
    except OSError as exc:  # a read-only data folder: the desk or the command says so itself
        log.info("could not sweep the private temporary folder: %s", exc.strerror)


def _restrict(folder: Path) -> None:
    _chmod(folder, FOLDER_MODE)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root) / name, FOLDER_MODE)
        for name in files:
            _chmod(Path(root) / name, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        if path.exists() and not path.is_symlink():
            path.chmod(mode)
    except OSError as exc:  # a read-only folder or someone else's file: the desk still starts
        log.info("could not make %s private: %s", path.name, exc.strerror)


@contextmanager
def temp_files_in_private_folder() -> Iterator[Path]:
    """Libraries that make scratch files with `tempfile` (openpyxl) make them in the private
    folder while this is open."""
    folder = private_temp_dir()
    before = tempfile.tempdir
    tempfile.tempdir = str(folder)
    try:
        yield folder
    finally:
        tempfile.tempdir = before
