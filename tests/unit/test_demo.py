"""The demo data looks like the centre's members: a family shares its names and scripts."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from sqlmodel import select

from desktop.db import Database
from desktop.models import Person
from desktop.services.actor import Actor
from desktop.services.demo import fill_demo


def script_of(text: str) -> str:
    """The Unicode script word of the first letter ('TAMIL', 'ARABIC', ...), or ''."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0] if letter else ""


def test_a_demo_household_shares_its_country_and_its_script(db: Database, actor: Actor) -> None:
    with db.write() as session:
        fill_demo(session=session, actor=actor, people=160, days=0, seed=3)
    families: dict[object, list[Person]] = defaultdict(list)
    with db.read() as session:
        for person in session.exec(select(Person).where(Person.household_id.is_not(None))):  # type: ignore[union-attr]
            families[person.household_id].append(person)
    assert len(families) >= 10
    for members in families.values():
        assert len({m.country_of_origin for m in members}) == 1
        assert len({m.family_name for m in members}) == 1
        assert len({script_of(m.name_original) for m in members}) == 1, [
            (m.given_name, m.name_original) for m in members
        ]
