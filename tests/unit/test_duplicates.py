"""Duplicate scoring copes with how names and dates reach the desk, and says why it matched."""

from __future__ import annotations

import random
from datetime import date

from sqlmodel import col, select

from desktop.db import Database
from desktop.models import Person
from desktop.services import duplicates as dup
from desktop.services.actor import Actor
from desktop.services.demo import fill_demo
from desktop.services.duplicates import DuplicateKey, find_likely_duplicates, score_pair
from desktop.services.people import PersonInput, register_person


def key(
    family: str, given: str, born: date | None = None, year: int | None = None, phone: str = ""
) -> DuplicateKey:
    return DuplicateKey(
        family_name=family,
        given_name=given,
        date_of_birth=born,
        birth_year=year or (born.year if born else None),
        birth_year_estimated=born is None and year is not None,
        phones=(phone,) if phone else (),
    )


def test_transliterations_of_one_name_score_as_the_same_person() -> None:
    on_file = key("Rahman", "Mohammed Abdul", date(1988, 3, 4))
    for spelling in ("Muhammad Abdul", "Md. Abdul", "Mohamed Abdoul"):
        result = score_pair(key("Rehman", spelling, date(1988, 3, 4)), on_file)
        assert result.score >= dup.LIKELY, spelling
        assert dup.SAME_BIRTH_DATE in result.reasons


def test_swapped_family_and_given_names_are_recognised() -> None:
    result = score_pair(key("Chidinma", "Okafor", year=1990), key("Okafor", "Chidinma", year=1990))
    assert result.score >= dup.VERY_LIKELY
    assert dup.SWAPPED_NAMES in result.reasons


def test_missing_middle_name_and_typo_still_match() -> None:
    on_file = key("Hossain", "Abul Kalam", date(1975, 6, 1), phone="+85291234567")
    assert score_pair(key("Hosain", "Abul", year=1975), on_file).score >= dup.LIKELY


def test_same_phone_is_shown_as_a_reason() -> None:
    result = score_pair(
        key("Nguyen", "Thi Mai", phone="9123 4567"),
        key("Nguyen", "Thi Mai", phone="+852 9123-4567"),
    )
    assert dup.SAME_PHONE in result.reasons


def test_different_people_with_a_common_family_name_do_not_match() -> None:
    assert (
        score_pair(
            key("Clark", "Sarah", date(1993, 8, 14)), key("Clark", "Rachel", year=1993)
        ).score
        < dup.LIKELY
    )
    # Relatives share a family name and often a phone; different birth dates keep them apart.
    a = key("Hassan", "Omar", date(1980, 1, 2), phone="+85261234567")
    b = key("Hassan", "Amina", date(2012, 5, 6), phone="+85261234567")
    assert score_pair(a, b).score < dup.LIKELY


def test_same_name_but_clearly_different_birth_dates_is_not_likely() -> None:
    a, b = key("Tran", "Van Hai", date(1960, 1, 5)), key("Tran", "Van Hai", date(1999, 7, 20))
    assert score_pair(a, b).score < dup.LIKELY


def test_find_likely_duplicates_reads_the_file_and_skips_merged_people(
    db: Database, actor: Actor
) -> None:
    with db.write() as session:
        kept = register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name="Okafor", given_name="Chidinma", birth="14/02/1990", phone="9123 4567"
            ),
        )
        register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Lopez", given_name="Maria", birth="1970"),
        )
    with db.read() as session:
        found = find_likely_duplicates(
            session, PersonInput(family_name="Chidinma", given_name="Okafur", birth="1990")
        )
        assert [m.person.id for m in found] == [kept.id]
        assert found[0].person.member_number == kept.member_number
        assert dup.SWAPPED_NAMES in found[0].reasons
        # A stored person is never their own duplicate.
        person = session.get(type(kept), kept.id)
        assert person is not None
        assert find_likely_duplicates(session, person) == []


def test_the_file_reader_finds_exactly_what_the_in_memory_ranking_finds(
    db: Database, actor: Actor
) -> None:
    """find_likely_duplicates reads only names for everyone (fast on a big file); it must keep
    the same people, scores and order as rank_candidates over every row."""
    with db.write() as session:
        fill_demo(session=session, actor=actor, people=300, days=0, seed=5)
        people = list(session.exec(select(Person).order_by(col(Person.member_number))))
        # Relatives and re-registrations: shared phones, own-script names, swapped names.
        twin = register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name=people[0].given_name,
                given_name=people[0].family_name,
                birth=str(people[0].birth_year or ""),
                phone=people[3].phone,
                name_original=people[7].name_original,
            ),
        )
        people.append(twin)
    rng = random.Random(5)
    checked = 0
    with db.read() as session:
        everyone = dup._rows_on_file(session)
        for person in [*rng.sample(people, 60), twin]:
            stored = session.get(Person, person.id)
            assert stored is not None
            key = DuplicateKey.from_person(stored)
            others = [row for row in everyone if row.id != stored.id]
            expected = dup.rank_candidates(key, others, limit=8, threshold=10)
            found = find_likely_duplicates(session, stored, limit=8, threshold=10)
            assert [(m.person.id, m.score) for m in found] == [
                (r.key.id, r.score.score) for r in expected
            ]
            checked += len(found)
    assert checked > 20  # the sample really had look-alikes to compare


def test_the_names_kept_between_checks_follow_every_change(db: Database, actor: Actor) -> None:
    """The check keeps everyone's name keys in memory; a registration or an edited name is seen
    by the very next check (the triggers of migration 0010 move the counter)."""
    from desktop.services.people import input_from_person, update_person

    typed = PersonInput(family_name="Mensah", given_name="Kwabena", birth="03/04/1988")
    with db.read() as session:
        assert find_likely_duplicates(session, typed) == []
    with db.write() as session:
        first = register_person(
            session=session,
            actor=actor,
            data=PersonInput(family_name="Osei", given_name="Kofi", birth="03/04/1988"),
        )
    with db.read() as session:
        assert find_likely_duplicates(session, typed) == []
    with db.write() as session:
        data = input_from_person(first)
        data.family_name, data.given_name = "Mensah", "Kwabena"
        update_person(session=session, actor=actor, person_id=first.id, data=data)
    with db.read() as session:
        assert [m.person.id for m in find_likely_duplicates(session, typed)] == [first.id]
