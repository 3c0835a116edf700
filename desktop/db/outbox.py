"""The per-desk change log: every write to a synchronised row leaves an outbox entry.

A session hook writes the entries in the same transaction as the change, so no service has to
remember it and a change is never on disk without its entry (nor the other way round). Each
entry carries a hybrid logical clock stamp, the fields it set, and the clock each of those fields
had before (`base`): that is how a merge later tells a plain follow-up edit from a conflict.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, event, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, UOWTransaction
from sqlmodel import SQLModel, col

from desktop.db import hlc
from desktop.db.wire import to_wire
from desktop.models import Desk, SyncOutbox, SyncRowClock, SyncState
from desktop.models.base import Tracked
from desktop.models.types import utcnow

log = logging.getLogger(__name__)

# Rows that belong to one desk only: its print queue.
LOCAL_TABLES = frozenset({"print_job"})
# Fields that mean something only on the desk that holds them, or are rebuilt from others.
LOCAL_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"search_text"}),
    "desk": frozenset({"is_this_desk"}),
    "user_account": frozenset({"failed_attempts", "locked_until", "last_login_at"}),
}
CLOCK_KEY = "hlc"
NO_DESK = "0" * 32

_SKIP_KEY = "sync_applying_remote"


def synced_fields(table_name: str, names: list[str]) -> list[str]:
    local = LOCAL_FIELDS.get(table_name, frozenset())
    return [n for n in names if n not in local]


def is_synced(obj: object) -> bool:
    return (
        isinstance(obj, Tracked)
        and hasattr(obj, "__table__")
        and obj.__table__.name not in LOCAL_TABLES  # type: ignore[attr-defined]
    )


@dataclass
class _Change:
    table_name: str
    row_id: uuid.UUID
    fields: dict[str, Any] = field(default_factory=dict)
    is_new: bool = False


def this_desk_node(conn: Connection, session: Session | None = None) -> str:
    """The clock node of this desk: its id as hex (a desk created in this flush counts)."""
    found = conn.execute(select(col(Desk.id)).where(col(Desk.is_this_desk).is_(True))).scalar()
    if found is None and session is not None:
        found = next((o.id for o in session.new if isinstance(o, Desk) and o.is_this_desk), None)
    return found.hex if found is not None else NO_DESK


def read_clock(conn: Connection) -> hlc.Stamp | None:
    text = conn.execute(
        select(col(SyncState.value)).where(col(SyncState.key) == CLOCK_KEY)
    ).scalar()
    return hlc.Stamp.parse(text) if isinstance(text, str) else None


def write_clock(conn: Connection, stamp: hlc.Stamp) -> None:
    stmt = sqlite_insert(SyncState).values(key=CLOCK_KEY, value=str(stamp))
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(stamp)}))


def _table_order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


def _collect(session: Session) -> list[_Change]:
    changes: list[_Change] = []
    for obj in session.new:
        if is_synced(obj):
            state = inspect(obj)
            table = obj.__table__.name  # type: ignore[attr-defined]
            names = synced_fields(table, [a.key for a in state.mapper.column_attrs])
            values = {n: to_wire(getattr(obj, n)) for n in names if n != "id"}
            changes.append(_Change(table, obj.id, values, is_new=True))  # type: ignore[attr-defined]
    for obj in session.dirty:
        if not is_synced(obj) or obj in session.new:
            continue
        state = inspect(obj)
        table = obj.__table__.name  # type: ignore[attr-defined]
        names = synced_fields(table, [a.key for a in state.mapper.column_attrs])
        values = {
            n: to_wire(getattr(obj, n))
            for n in names
            if n != "id" and state.attrs[n].history.has_changes()
        }
        if values:
            changes.append(_Change(table, obj.id, values))  # type: ignore[attr-defined]
    for obj in session.deleted:
        if is_synced(obj):
            # The row is gone here; elsewhere it becomes a tombstone.
            table = obj.__table__.name  # type: ignore[attr-defined]
            changes.append(_Change(table, obj.id, {"deleted_at": to_wire(utcnow())}))  # type: ignore[attr-defined]
    order = _table_order()
    changes.sort(key=lambda c: (not c.is_new, order.get(c.table_name, 0)))
    return changes


def skip_outbox(session: Session) -> None:
    """Changes flushed by this session are not logged (rows that came from the server)."""
    session.info[_SKIP_KEY] = True


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    if session.info.get(_SKIP_KEY):
        return
    changes = _collect(session)
    if not changes:
        return
    conn = session.connection()
    node = this_desk_node(conn, session)
    clock = read_clock(conn)
    old_clocks: dict[tuple[str, uuid.UUID], dict[str, str]] = {}
    existing = [c for c in changes if not c.is_new]
    for change in existing:
        key = (change.table_name, change.row_id)
        if key not in old_clocks:
            found = conn.execute(
                select(col(SyncRowClock.clocks)).where(
                    col(SyncRowClock.table_name) == change.table_name,
                    col(SyncRowClock.row_id) == change.row_id,
                )
            ).scalar()
            old_clocks[key] = dict(found or {})
    outbox_rows: list[dict[str, Any]] = []
    now = utcnow()
    for change in changes:
        clock = hlc.tick(clock, node)
        stamp = str(clock)
        key = (change.table_name, change.row_id)
        before = old_clocks.setdefault(key, {})
        base = {name: before[name] for name in change.fields if name in before}
        outbox_rows.append(
            {
                "hlc": stamp,
                "table_name": change.table_name,
                "row_id": change.row_id,
                "fields": change.fields,
                "base": base,
                "created_at": now,
            }
        )
        before.update(dict.fromkeys(change.fields, stamp))
    conn.execute(SyncOutbox.__table__.insert(), outbox_rows)  # type: ignore[attr-defined]
    clock_rows = [
        {"table_name": t, "row_id": r, "clocks": clocks} for (t, r), clocks in old_clocks.items()
    ]
    upsert = sqlite_insert(SyncRowClock)
    conn.execute(
        upsert.on_conflict_do_update(
            index_elements=["table_name", "row_id"], set_={"clocks": upsert.excluded.clocks}
        ),
        clock_rows,
    )
    assert clock is not None
    write_clock(conn, clock)


def install() -> None:
    """Hook the outbox into every ORM session (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
