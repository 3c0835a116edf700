"""Time: UTC in storage, Hong Kong (or the configured zone) on screen and paper."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.db.backup import CLOCK_TOLERANCE
from desktop.models.types import utcnow

DEFAULT_TZ = "Asia/Hong_Kong"
# A stored time later than now by more than this was written while the PC's clock ran ahead.
FUTURE_TOLERANCE = CLOCK_TOLERANCE
_local_tz = ZoneInfo(DEFAULT_TZ)


def set_local_timezone(name: str) -> None:
    global _local_tz
    _local_tz = ZoneInfo(name)


def local_tz() -> ZoneInfo:
    return _local_tz


def now() -> datetime:
    """Now, in UTC (aware)."""
    return utcnow()


def to_local(moment: datetime) -> datetime:
    return moment.astimezone(_local_tz)


def local_day(moment: datetime) -> date:
    """The local calendar day a UTC moment falls on."""
    return to_local(moment).date()


def today() -> date:
    return local_day(now())


def day_bounds_utc(first: date, last: date) -> tuple[datetime, datetime]:
    """The UTC half-open range [start, end) covering local days first..last inclusive."""
    start = datetime.combine(first, time.min, tzinfo=_local_tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=_local_tz).astimezone(UTC)
    return start, end


def storage_stamp(moment: datetime) -> str:
    """`moment` as SQLite stores UTC DateTime columns (naive UTC text, so text order is time
    order): for bounds in hand-written SQL."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def fixed_offset_minutes(start: datetime, end: datetime) -> int | None:
    """The local zone's UTC offset in minutes if it stays the same from start to end, else None
    (a zone with summer time). Sampled every 15 days: no change of offset lasts less."""
    offsets = set()
    moment = start
    while moment < end:
        offsets.add(moment.astimezone(_local_tz).utcoffset())
        moment += timedelta(days=15)
    offsets.add(end.astimezone(_local_tz).utcoffset())
    if len(offsets) != 1:
        return None
    (offset,) = offsets
    return int(offset.total_seconds() // 60) if offset is not None else None
