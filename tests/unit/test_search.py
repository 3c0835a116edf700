"""Search that forgives: fragments, any order, own script, numbers, phones, typos; ranked."""

from __future__ import annotations

import pytest

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from desktop.services.search import MatchKind, find_people


@pytest.fixture
def people(db: Database, actor: Actor) -> dict[str, str]:
    """Fictional members; returns display name -> member number."""
    rows = [
        PersonInput(family_name="Nguyễn", given_name="Thị Mai", phone="9123 4567"),
        PersonInput(family_name="Mohammed", given_name="Abdul Karim"),
        PersonInput(family_name="Muhammad", given_name="Ayesha"),
        PersonInput(family_name="Okafor", given_name="Chidinma", phone="6234 5678"),
        PersonInput(family_name="Chan", given_name="Tai Man", name_original="陳大文"),
        PersonInput(family_name="Lee", given_name="Ming", name_original="李明"),
        PersonInput(family_name="Haile", given_name="Selam", name_original="ሰላም ኃይሌ"),
        PersonInput(family_name="Amin", given_name="Hassan"),
        PersonInput(family_name="Hassan", given_name="Amina"),
    ]
    found = {}
    with db.write() as session:
        for data in rows:
            person = register_person(session=session, actor=actor, data=data)
            found[person.display_name] = person.member_number
    return found


def names(db: Database, query: str) -> list[str]:
    with db.read() as session:
        return [m.display_name for m in find_people(session, query)]


def kinds(db: Database, query: str) -> list[tuple[str, MatchKind]]:
    with db.read() as session:
        return [(m.display_name, m.kind) for m in find_people(session, query)]


def test_any_part_of_any_name_in_either_order_without_accents(db, people) -> None:
    assert names(db, "guye") == ["NGUYỄN Thị Mai"]
    assert names(db, "mai nguyen") == ["NGUYỄN Thị Mai"]
    assert names(db, "NGUYEN THI") == ["NGUYỄN Thị Mai"]
    assert names(db, "chidi oka") == ["OKAFOR Chidinma"]
    assert names(db, "thi m ng") == ["NGUYỄN Thị Mai"]  # short words beside a longer one
    assert names(db, "m ng") == ["NGUYỄN Thị Mai"]
    assert names(db, "ab k moh") == ["MOHAMMED Abdul Karim"]


def test_own_script_names_match_from_one_character_up(db, people) -> None:
    assert names(db, "陳大文") == ["CHAN Tai Man"]
    assert names(db, "陳") == ["CHAN Tai Man"]
    assert names(db, "大文") == ["CHAN Tai Man"]  # the given name after the family name
    assert names(db, "李明") == ["LEE Ming"]
    assert names(db, "ሰላም") == ["HAILE Selam"]


def test_partial_member_numbers_and_phone_digits(db, people) -> None:
    number = people["OKAFOR Chidinma"]
    assert kinds(db, number) == [("OKAFOR Chidinma", MatchKind.NUMBER)]
    assert kinds(db, number.lower())[0] == ("OKAFOR Chidinma", MatchKind.NUMBER)
    assert names(db, number[-4:])[0] == "OKAFOR Chidinma"
    assert names(db, "5678") == ["OKAFOR Chidinma"]
    assert set(names(db, "2345")) == {"OKAFOR Chidinma", "NGUYỄN Thị Mai"}
    assert names(db, "6234-5678") == ["OKAFOR Chidinma"]
    assert names(db, "+852 9123 4567") == ["NGUYỄN Thị Mai"]


def test_exact_number_first_then_name_start_then_the_rest(db, people) -> None:
    # "hassan" starts one name and is a later word of another.
    assert set(kinds(db, "hassan")) == {
        ("HASSAN Amina", MatchKind.NAME_START),
        ("AMIN Hassan", MatchKind.NAME_START),
    }
    ranked = kinds(db, "amin")
    assert ranked[0] == ("AMIN Hassan", MatchKind.NAME_START)
    assert ("HASSAN Amina", MatchKind.NAME_START) in ranked
    assert names(db, "ami")[0] == "AMIN Hassan"  # a shorter name starting so is closer


def test_typos_find_the_person_after_the_exact_matches(db, people) -> None:
    ranked = kinds(db, "mohammad")
    assert ranked[0][1] != MatchKind.FUZZY or ranked[0][0] == "MOHAMMED Abdul Karim"
    assert ("MOHAMMED Abdul Karim", MatchKind.FUZZY) in ranked
    assert ("MUHAMMAD Ayesha", MatchKind.FUZZY) in ranked
    assert names(db, "okafro")[0] == "OKAFOR Chidinma"
    assert names(db, "chidimna okafor")[0] == "OKAFOR Chidinma"
    assert names(db, "zzzzqqq") == []


def test_short_fragments_match_the_start_of_words(db, people) -> None:
    assert names(db, "o") == ["OKAFOR Chidinma"]
    assert set(names(db, "ch")) == {"OKAFOR Chidinma", "CHAN Tai Man"}
    assert names(db, "ch")[0] == "CHAN Tai Man"  # the family name starts so


def test_nothing_to_search_for_gives_nothing(db, people) -> None:
    assert names(db, "") == []
    assert names(db, "   ") == []
    assert names(db, '"') == []
    assert names(db, "*") == []
