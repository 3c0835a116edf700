"""Progress and cancellation for long work (export, import, report, backup)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

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
    """Write to a temporary sibling and move it into place only when the work finished."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
