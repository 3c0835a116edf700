"""Progress and cancellation for long work (export, import, report, backup)."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop.db.private_files import private_temp_dir
from desktop.services.errors import FrontDeskError


class Cancelled(FrontDeskError):
    """The person asked the work to stop; nothing half-done was kept."""


def _no_progress(done: int, total: int) -> None:
    return None


def _never() -> bool:
    return False


@dataclass
class JobControl:
    """Handed to long services: they report progress and stop when asked."""

    on_progress: Callable[[int, int], None] = field(default=_no_progress)
    is_cancelled: Callable[[], bool] = field(default=_never)

    def step(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled when the person pressed Cancel."""
        if self.is_cancelled():
            raise Cancelled()
        self.on_progress(done, total)


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Write in the private temporary folder (db/private_files.py) and move the file to `path`
    only when the work finished: a crash leaves nothing beside `path`, and the next start
    sweeps the private folder."""
    try:
        handle, name = tempfile.mkstemp(prefix="output-", suffix=".part", dir=private_temp_dir())
        os.close(handle)
        tmp = Path(name)
    except OSError:  # the data folder cannot be written: beside the target, as before
        tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        _move_into_place(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _move_into_place(tmp: Path, path: Path) -> None:
    try:
        tmp.replace(path)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # Another disk (a USB stick): copy beside the target, then rename, so `path` is
        # never a half-written file.
        part = path.with_name(f".{path.name}.part")
        try:
            shutil.copyfile(tmp, part)
            with part.open("rb") as fh:
                os.fsync(fh.fileno())
            part.replace(path)
        finally:
            part.unlink(missing_ok=True)
