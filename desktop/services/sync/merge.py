"""Applying other desks' changes to this desk's file: field by field, the latest clock wins.

Visits, visit services and edit-history rows are only ever inserted, so they never conflict.
Two desks that edited the same field of the same row without seeing each other's edit are a
conflict: the later clock wins everywhere (the server merges by the same rule) and the value
that lost is listed for staff in `sync_conflict`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, exc, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import SQLModel, col
from sqlmodel.main import default_registry

from desktop.db import hlc
from desktop.db.outbox import LOCAL_FIELDS, LOCAL_TABLES
from desktop.db.wire import from_wire, to_wire
from desktop.models import Person, SyncConflict, SyncRowClock
from desktop.services.erasure import (
    ERASURE_TABLE,
    ErasurePlan,
    apply_plan,
    compact_search_index,
)
from desktop.services.people import NAME_FIELDS, search_text_for
from desktop.services.sync.server import RemoteChange
from desktop.services.text import clean_name

log = logging.getLogger(__name__)

# Written by every edit: they merge like any field but are not worth a conflict entry.
BOOKKEEPING = frozenset({"created_at", "updated_at", "written_by", "desk_id"})
REJECTED = "(row)"  # field_name of a conflict entry for a row that could not be stored here


@dataclass
class ApplyStats:
    applied: int = 0
    unchanged: int = 0
    skipped: int = 0
    conflicts: int = 0
    rejected: int = 0
    new_people: list[uuid.UUID] = field(default_factory=list)
    erased: int = 0  # people erased at another desk, and erased here too


@cache
def _models() -> dict[str, type[SQLModel]]:
    return {m.local_table.name: m.class_ for m in default_registry.mappers}  # type: ignore[attr-defined]


def _clocks(conn: Connection, table_name: str, row_id: uuid.UUID) -> dict[str, str]:
    found = conn.execute(
        select(col(SyncRowClock.clocks)).where(
            col(SyncRowClock.table_name) == table_name, col(SyncRowClock.row_id) == row_id
        )
    ).scalar()
    return dict(found or {})


def _save_clocks(
    conn: Connection, table_name: str, row_id: uuid.UUID, clocks: dict[str, str]
) -> None:
    stmt = sqlite_insert(SyncRowClock).values(table_name=table_name, row_id=row_id, clocks=clocks)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["table_name", "row_id"], set_={"clocks": stmt.excluded.clocks}
        )
    )


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _record_conflict(
    conn: Connection,
    change: RemoteChange,
    name: str,
    kept: Any,
    lost: Any,
    kept_hlc: str,
    lost_hlc: str,
) -> bool:
    stmt = sqlite_insert(SyncConflict).values(
        table_name=change.table_name,
        row_id=change.row_id,
        field_name=name,
        kept_value=_shown(kept),
        lost_value=_shown(lost),
        kept_hlc=kept_hlc,
        lost_hlc=lost_hlc,
    )
    result = conn.execute(stmt.on_conflict_do_nothing())
    return bool(result.rowcount)


def _search_text(table: Table, row: dict[str, Any]) -> str:
    person = Person(**{c.name: row[c.name] for c in table.columns if c.name in row})
    return search_text_for(person)


def _decode(table: Table, change: RemoteChange) -> dict[str, Any]:
    local = LOCAL_FIELDS.get(change.table_name, frozenset())
    values: dict[str, Any] = {}
    for name, raw in change.fields.items():
        column = table.c.get(name)
        if column is None or name == "id" or name in local:
            continue  # a field this version does not know, or one kept per desk
        value = from_wire(column, raw)
        if change.table_name == "person" and name in NAME_FIELDS and isinstance(value, str):
            value = clean_name(value)  # a desk of an older version may have let a NUL in
        values[name] = value
    return values


def _insert(conn: Connection, table: Table, change: RemoteChange, values: dict[str, Any]) -> None:
    model = _models()[change.table_name]
    blank = model(id=change.row_id, **values)
    row = {c.name: getattr(blank, c.name) for c in table.columns}
    if change.table_name == "person":
        row["search_text"] = _search_text(table, row)
    conn.execute(table.insert().values(row))
    _save_clocks(conn, change.table_name, change.row_id, dict.fromkeys(values, change.hlc))


def _update(
    conn: Connection,
    table: Table,
    change: RemoteChange,
    values: dict[str, Any],
    own: bool,
    stats: ApplyStats,
) -> bool:
    clocks = _clocks(conn, change.table_name, change.row_id)
    current = dict(conn.execute(select(table).where(table.c.id == change.row_id)).mappings().one())
    winners: dict[str, Any] = {}
    for name, value in values.items():
        mine = clocks.get(name, "")
        differs = to_wire(current[name]) != change.fields[name]
        if change.hlc > mine:
            winners[name] = value
            clocks[name] = change.hlc
            concurrent = bool(mine) and change.base.get(name, "") != mine
            if (
                concurrent
                and differs
                and not own
                and name not in BOOKKEEPING
                and _record_conflict(
                    conn,
                    change,
                    name,
                    change.fields[name],
                    to_wire(current[name]),
                    change.hlc,
                    mine,
                )
            ):
                stats.conflicts += 1
        elif (
            # Whatever set the field here had not seen this change: it loses, and is listed.
            change.hlc < mine
            and differs
            and not own
            and name not in BOOKKEEPING
            and _record_conflict(
                conn, change, name, to_wire(current[name]), change.fields[name], mine, change.hlc
            )
        ):
            stats.conflicts += 1
    if not winners:
        return False
    if change.table_name == "person":
        winners["search_text"] = _search_text(table, {**current, **winners})
    conn.execute(table.update().where(table.c.id == change.row_id).values(winners))
    _save_clocks(conn, change.table_name, change.row_id, clocks)
    return True


def apply_changes(conn: Connection, changes: Iterable[RemoteChange], *, node: str) -> ApplyStats:
    """Merge `changes` (server order) into this desk's file on `conn`, inside the caller's
    write transaction. Rows written here leave no outbox entry (they came from the server).

    A row this file cannot hold (say, a user name taken twice on two desks) is skipped,
    listed as a conflict for staff, and stays on the server; the rest goes on.
    """
    stats = ApplyStats()
    tables = SQLModel.metadata.tables
    for change in changes:
        if change.table_name == ERASURE_TABLE:
            plan = ErasurePlan.from_wire(change.row_id, change.fields)
            apply_plan(conn, plan, change.hlc)
            stats.new_people = [p for p in stats.new_people if p not in plan.people]
            stats.applied += 1
            stats.erased += 1
            continue
        table = tables.get(change.table_name)
        if table is None or change.table_name in LOCAL_TABLES:
            stats.skipped += 1
            continue
        own = hlc.node_of(change.hlc) == node
        values = _decode(table, change)
        exists = conn.execute(select(table.c.id).where(table.c.id == change.row_id)).first()
        try:
            with conn.begin_nested():
                if exists is None:
                    _insert(conn, table, change, values)
                    stats.applied += 1
                    if change.table_name == "person" and not own:
                        stats.new_people.append(change.row_id)
                elif _update(conn, table, change, values, own, stats):
                    stats.applied += 1
                else:
                    stats.unchanged += 1
        except exc.IntegrityError as error:
            log.warning(
                "change %s to %s %s not stored here: %s",
                change.hlc,
                change.table_name,
                change.row_id,
                error.orig,
            )
            stats.rejected += 1
            _record_conflict(conn, change, REJECTED, "", change.fields, "", change.hlc)
    if stats.erased:
        compact_search_index(conn)
    return stats
