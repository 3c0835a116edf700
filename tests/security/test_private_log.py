"""The log says what failed and where, never who: each kind of error, made with a canary name."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.exc import IntegrityError, StatementError

from desktop.db import Database
from desktop.logs import setup_logging
from desktop.models import Person
from desktop.services.actor import Actor
from desktop.services.errors import NotFound, ValidationError
from desktop.services.export import ExportRequest, export_data
from desktop.services.export_fields import ExportKind
from desktop.services.people import PersonInput, register_person
from desktop.ui.messages import describe_error

CANARY = "Vexqorradine"
PHONE = "59173468"


@pytest.fixture
def log_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "logged"
    setup_logging(folder)
    return folder


def _logged(folder: Path) -> bytes:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return b"".join(p.read_bytes() for p in (folder / "logs").glob("frontdesk.log*"))


def test_errors_with_a_name_in_them_leave_the_name_out_of_the_log(
    db: Database, admin: Actor, log_folder: Path, tmp_path: Path
) -> None:
    log = logging.getLogger("frontdesk.test")
    with db.write() as session:
        first = register_person(
            session=session, actor=admin, data=PersonInput(family_name="Okafor", given_name="Ada")
        )
    # A failed SQL statement whose parameters are a typed name and phone number.
    with pytest.raises(IntegrityError) as clash, db.write() as session:
        session.add(Person(member_number=first.member_number, family_name=CANARY, phone=PHONE))
    describe_error(clash.value)
    # A value SQLAlchemy cannot even send (the statement fails before SQLite sees it).
    not_a_date: Any = CANARY
    with pytest.raises(StatementError) as unsendable, db.write() as session:
        session.add(Person(member_number=CANARY, family_name=CANARY, date_of_birth=not_a_date))
    describe_error(unsendable.value)
    # Typed text echoed back by a check, and a look-up of what was typed.
    with pytest.raises(ValidationError) as typed, db.write() as session:
        register_person(
            session=session,
            actor=admin,
            data=PersonInput(family_name=CANARY, given_name="", birth=f"{CANARY} 31.02"),
        )
    log.error("a check refused the form", exc_info=typed.value)
    log.warning("look-up failed: %s", NotFound(f"no member {CANARY!r}"))
    # A file the desk could not write, named after the person.
    try:
        (tmp_path / "missing" / f"{CANARY}.pdf").write_bytes(b"")
    except OSError as exc:
        describe_error(exc)
        log.error("saving failed", exc_info=exc)
    # An uncaught error on a worker thread and on the main thread.
    worker = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError(CANARY)))
    worker.start()
    worker.join()
    try:
        raise RuntimeError(f"{CANARY} {PHONE}") from KeyError(CANARY)
    except RuntimeError as exc:  # as the main thread's hook logs it (pytest-qt holds the hook)
        logging.getLogger("frontdesk").critical("uncaught error", exc_info=exc)
    # A name with a control character pasted in: the workbook is written anyway.
    with db.write() as session:
        register_person(
            session=session,
            actor=admin,
            data=PersonInput(family_name=f"{CANARY}\x07", given_name="Zulthéa"),
        )
    out = tmp_path / "people.xlsx"
    export_data(db=db, actor=admin, request=ExportRequest(ExportKind.PEOPLE, fmt="xlsx"), path=out)
    sheet = openpyxl.load_workbook(out).active
    assert any(cell.value == CANARY for row in sheet.iter_rows() for cell in row)

    logged = _logged(log_folder)
    assert CANARY.encode() not in logged
    assert PHONE.encode() not in logged
    # ...while the log still says what went wrong, and where.
    for kind in (b"IntegrityError", b"StatementError", b"ValidationError", b"FileNotFoundError"):
        assert kind in logged, kind
    assert b"UNIQUE constraint failed: person.member_number" in logged
    assert b"uncaught error in thread" in logged and b"ValueError" in logged
    assert b"KeyError" in logged and b"test_private_log.py" in logged
