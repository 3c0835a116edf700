"""Member numbers (CFR-004217): never reused, allocated inside the registering transaction."""

from __future__ import annotations

from sqlmodel import Session

from desktop.models import Counter

MEMBER_COUNTER = "member_number"
DIGITS = 6


def next_member_number(session: Session, prefix: str = "CFR") -> str:
    """Take the next number. Call only inside a write transaction (it holds the write lock)."""
    counter = session.get(Counter, MEMBER_COUNTER)
    if counter is None:
        counter = Counter(name=MEMBER_COUNTER, value=0)
    counter.value += 1
    session.add(counter)
    session.flush()
    return format_member_number(prefix, counter.value)


def format_member_number(prefix: str, value: int) -> str:
    return f"{prefix}-{value:0{DIGITS}d}"
