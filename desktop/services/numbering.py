"""Member numbers (CFR-004217): never reused, allocated inside the registering transaction.

Each desk counts on its own, even offline, so numbers must not collide across desks: the first
desk (code "A") keeps the plain form CFR-004217, every other desk puts its code in front of the
count (CFR-B00042). Desk codes are unique: the sync server hands them out.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from desktop.models import Counter, Desk

MEMBER_COUNTER = "member_number"
DIGITS = 6
PLAIN_DESK_CODE = "A"


def this_desk_code(session: Session) -> str:
    code = session.exec(select(Desk.code).where(col(Desk.is_this_desk).is_(True))).first()
    return code or PLAIN_DESK_CODE


def next_member_number(session: Session, prefix: str = "CFR") -> str:
    """Take the next number. Call only inside a write transaction (it holds the write lock)."""
    return take_member_numbers(session, 1, prefix)[0]


def take_member_numbers(session: Session, count: int, prefix: str = "CFR") -> list[str]:
    """Take the next `count` numbers at once (an import). Call only inside a write transaction."""
    counter = session.get(Counter, MEMBER_COUNTER)
    if counter is None:
        counter = Counter(name=MEMBER_COUNTER, value=0)
    first = counter.value + 1
    counter.value += count
    session.add(counter)
    session.flush()
    code = this_desk_code(session)
    return [format_member_number(prefix, value, code) for value in range(first, first + count)]


def format_member_number(prefix: str, value: int, desk_code: str = PLAIN_DESK_CODE) -> str:
    """CFR-000123 at the first desk; CFR-B00123 at desk B (the code takes digits' places)."""
    if desk_code == PLAIN_DESK_CODE:
        return f"{prefix}-{value:0{DIGITS}d}"
    width = max(DIGITS - len(desk_code), 3)
    return f"{prefix}-{desk_code}{value:0{width}d}"
