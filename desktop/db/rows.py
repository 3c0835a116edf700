"""New rows inserted with SQLAlchemy Core, for the desk's most frequent write (check-in).

Building SQLModel objects and the flush's bookkeeping cost more than the INSERTs themselves.
These helpers keep what the ORM path gives: every field's default, the column types' storage
forms (Core binds each value through its column's type) and the outbox entry a flush logs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from desktop.db import outbox


@cache
def column_names(model: type[SQLModel]) -> tuple[str, ...]:
    """The model's columns in its mapper's order (the order a flush logs them in)."""
    return tuple(attr.key for attr in inspect(model).column_attrs)


def new_row(model: type[SQLModel], **values: Any) -> dict[str, Any]:
    """Every column of `model`: the given value, else the field's default (a new id, now...).

    Raises TypeError for a name that is no column, or a required field left out.
    """
    row: dict[str, Any] = {}
    for name in column_names(model):
        if name in values:
            row[name] = values.pop(name)
            continue
        field = model.model_fields[name]
        if field.is_required():
            raise TypeError(f"{model.__name__}.{name} is required")
        row[name] = field.get_default(call_default_factory=True)
    if values:
        raise TypeError(f"{model.__name__} has no column {', '.join(values)}")
    return row


def insert_new(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT `rows` (made by new_row) in the session's transaction, logged for sync.

    What the session still holds is flushed first, so rows land (and are logged) in the order
    they were made: a parent added to the session before a child inserted here.
    """
    if not rows:
        return
    session.flush()
    session.connection().execute(model.__table__.insert(), list(rows))  # type: ignore[attr-defined]
    outbox.note_inserted(session, model, rows)
