"""Rows inserted without the ORM: the ORM's defaults, storage forms and outbox entries."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.db.outbox import skip_outbox
from desktop.db.rows import insert_new, new_row
from desktop.models import Service, SyncOutbox
from desktop.models.enums import LimitScope


def test_a_new_row_takes_each_fields_default_and_refuses_what_is_no_column() -> None:
    first, second = (
        new_row(Service, code="soup", name="Soup"),
        new_row(Service, code="tea", name="Tea"),
    )
    assert first["id"] != second["id"] and first["created_at"].tzinfo is not None
    assert (first["limit_scope"], first["active"], first["deleted_at"]) == (
        LimitScope.PERSON,
        True,
        None,
    )
    assert (
        first["closed_weekdays"] == [] and first["closed_weekdays"] is not second["closed_weekdays"]
    )
    with pytest.raises(TypeError, match="no column colour"):
        new_row(Service, code="x", name="X", colour="red")
    with pytest.raises(TypeError, match=r"Service\.code is required"):
        new_row(Service, name="X")


def test_inserted_rows_read_back_as_orm_objects_and_sync_unless_told_not_to(
    db: Database,
) -> None:
    soup = new_row(Service, code="soup", name="Soup", closed_weekdays=[6], limit_count=1)
    with db.write() as session:
        insert_new(session, Service, [soup])
    tea = new_row(Service, code="tea", name="Tea")
    with db.write() as session:
        skip_outbox(session)  # as rows that came from the server
        insert_new(session, Service, [tea])
    with db.read() as session:
        stored = session.get(Service, soup["id"])
        logged = session.exec(select(SyncOutbox.row_id).where(SyncOutbox.table_name == "service"))
        logged_ids = set(logged)
    assert stored is not None and stored.closed_weekdays == [6] and stored.limit_count == 1
    assert stored.created_at == soup["created_at"]
    assert soup["id"] in logged_ids and tea["id"] not in logged_ids
