"""`frontdesk duplicates` lists records on file that may be one person."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person


def test_staff_list_likely_duplicates_on_file(
    db: Database, actor: Actor, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = [
        PersonInput(family_name="Rahman", given_name="Mohammed", birth="04/03/1988"),
        PersonInput(family_name="Muhammad", given_name="Rehman", birth="1988"),
        PersonInput(family_name="Okafor", given_name="Chidinma", birth="1990"),
        PersonInput(family_name="Tran", given_name="Thi Mai", birth="1975"),
    ]
    with db.write() as session:
        numbers = [
            register_person(session=session, actor=actor, data=p).member_number for p in people
        ]
    db.dispose()
    assert main(["--unencrypted", "--db", str(db_path), "duplicates"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("1 likely duplicate pair")
    assert numbers[0] in out[0] and numbers[1] in out[0] and "swapped_names" in out[0]
