"""New rows inserted with SQLAlchemy Core, for the desk's most frequent write (check-in).

Building SQLModel objects and the flush's bookkeeping cost more than the INSERTs themselves.
These helpers keep what the ORM path gives: every field's default, the column types' storage
forms (Core binds each value through its column's type) and the outbox entry a flush logs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from desktop.db import outbox

_REQUIRED = object()


@cache
def _columns(model: type[SQLModel]) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    """Each column in the mapper's order (a flush logs them in it): name, default factory,
    default (_REQUIRED when the field has none)."""
    columns = []
    for attr in inspect(model).column_attrs:
        field = model.model_fields[attr.key]
        default = _REQUIRED if field.is_required() else field.default
        factory = cast("Callable[[], Any] | None", field.default_factory)
        columns.append((attr.key, factory, default))
    return tuple(columns)


def new_row(model: type[SQLModel], **values: Any) -> dict[str, Any]:
    """Every column of `model`: the given value, else the field's default (a new id, now...).

    Raises TypeError for a name that is no column, or a required field left out.
    """
    row: dict[str, Any] = {}
    for name, factory, default in _columns(model):
        if name in values:
            row[name] = values.pop(name)
        elif factory is not None:
            row[name] = factory()
        elif default is _REQUIRED:
            raise TypeError(f"{model.__name__}.{name} is required")
        else:
            row[name] = copy.copy(default)  # as pydantic: a list default is not shared
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
