"""Hybrid logical clocks: one total order of changes across desks whose wall clocks disagree.

A stamp is wall-clock milliseconds, a counter for changes within the same millisecond (or
behind a clock that ran ahead), and the id of the desk that made it; as text it sorts in the
same order as the stamps, so the server can compare clocks as plain strings. The counter keeps
its six digits: a stamp that would need a seventh takes the next millisecond instead (a clock
stuck behind a stamp from a clock that ran ahead otherwise counts past 999,999).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

WALL_DIGITS = 13
COUNTER_DIGITS = 6
MAX_COUNTER = (
    10**COUNTER_DIGITS - 1
)  # past it the text would no longer sort: the wall part moves on


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Raises ValueError for text that is not a stamp."""
        wall, counter, node = text.split("-", 2)
        return cls(int(wall), int(counter), node)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: Stamp | None, node: str, now_ms: int | None = None) -> Stamp:
    """The stamp of a new local change, later than `last` whatever the wall clock says."""
    now_ms = wall_ms() if now_ms is None else now_ms
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, node)
    return _next(last.wall_ms, last.counter, node)


def _next(wall: int, counter: int, node: str) -> Stamp:
    """The stamp after (wall, counter), its counter within its digits."""
    if counter >= MAX_COUNTER:
        return Stamp(wall + 1, 0, node)
    return Stamp(wall, counter + 1, node)


def receive(last: Stamp | None, remote: Stamp, node: str, now_ms: int | None = None) -> Stamp:
    """This desk's clock after seeing `remote`: later than both, so edits made next win."""
    now_ms = wall_ms() if now_ms is None else now_ms
    last = last or Stamp(0, 0, node)
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        return _next(wall, max(last.counter, remote.counter), node)
    if wall == last.wall_ms:
        return _next(wall, last.counter, node)
    if wall == remote.wall_ms:
        return _next(wall, remote.counter, node)
    return Stamp(wall, 0, node)


def node_of(stamp_text: str) -> str:
    """The desk part of a stamp's text."""
    return stamp_text.split("-", 2)[2]
