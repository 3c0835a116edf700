"""The report's running totals (kept by triggers) against counts made straight from the visits,
on random visits that are then voided, moved, deleted, merged, unmerged and erased."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import text
from sqlmodel import Session, select

from desktop.db import Database
from desktop.db.report_summary import TABLES, TRIGGERS
from desktop.models import Person, Visit
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.checkin import void_visit
from desktop.services.merge import merge_people, unmerge
from desktop.services.report import compute_report, month_range, trend_start
from desktop.services.rights import erase_person
from tests.report_data import Visits, add_person

LIVE = "voided_at IS NULL AND deleted_at IS NULL"
CODES = ("food_pack", "hygiene_pack", "medical_referral", "english_class", "clothing")


def test_a_new_file_has_the_summary_tables_and_their_triggers(db: Database) -> None:
    with db.read() as session:
        names = {
            row[0]
            for row in session.execute(
                text("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
            )
        }
    assert set(TABLES) | set(TRIGGERS) <= names


def random_moment(rng: random.Random) -> datetime:
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(540))
    # Near midnight too: the local day, not the UTC one, decides the month.
    hour, minute = rng.choice(((0, 5), (9, 30), (13, 0), (23, 55), (rng.randrange(24), 0)))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=clock.local_tz())


def fill_and_rework(session: Session, actor: Actor, rng: random.Random) -> None:
    people = [
        add_person(session, f"Person{n}", sex=rng.choice(("female", "male")), birth_year=1990)
        for n in range(30)
    ]
    add = Visits(session, actor)
    visits = [
        add.add(
            rng.choice(people),
            random_moment(rng),
            *rng.sample(CODES, rng.randint(1, 2)),
            voided=rng.random() < 0.05,
        )
        for _ in range(400)
    ]
    for visit in rng.sample(visits, 25):
        void_visit(session=session, actor=actor, visit_id=visit.id, reason="typed twice")
    for n, visit in enumerate(rng.sample(visits, 15)):  # corrected (or synced) to another day
        moment = random_moment(rng)
        visit.visited_at, visit.visit_day = moment, moment.date()
        visit.queue_number = 1000 + n
        session.add(visit)
    for visit in rng.sample(visits, 6):
        visit.deleted_at = clock.now()
        session.add(visit)
    for visit in [v for v in visits if v.voided_at is not None][:3]:
        visit.voided_at = None  # a void undone
        session.add(visit)
    session.flush()
    gone = rng.sample(visits, 3)
    for visit in gone:  # never done by the desk, but a repair by hand must not skew the totals
        session.execute(text("DELETE FROM visit_service WHERE visit_id = :v"), {"v": visit.id.hex})
        session.execute(text("DELETE FROM visit WHERE id = :v"), {"v": visit.id.hex})
    session.expunge_all()
    merges = [
        merge_people(session=session, actor=actor, kept_id=people[i].id, merged_id=people[j].id)
        for i, j in ((0, 1), (2, 3), (4, 5), (0, 6))
    ]
    unmerge(session=session, actor=actor, merge_id=merges[1].id)
    for person in people[10:12]:
        erase_person(session=session, actor=actor, person_id=person.id, reason="asked on 3 May")
    session.flush()


def direct(session: Session, sql: str, **params: object) -> list[tuple[object, ...]]:
    return [tuple(row) for row in session.execute(text(sql), params)]


def test_running_totals_equal_a_count_of_the_visits_after_every_kind_of_change(
    db: Database, actor: Actor
) -> None:
    with db.write() as session:
        fill_and_rework(session, actor, random.Random(7))
    with db.read() as session:
        assert sorted(direct(session, "SELECT * FROM report_month_person")) == sorted(
            direct(
                session,
                "SELECT substr(visit_day, 1, 7), person_id, count(*) FROM visit"
                f" WHERE {LIVE} GROUP BY 1, 2",
            )
        )
        assert sorted(direct(session, "SELECT * FROM report_month WHERE visits > 0")) == sorted(
            direct(
                session,
                "SELECT substr(visit_day, 1, 7), count(DISTINCT person_id), count(*) FROM visit"
                f" WHERE {LIVE} GROUP BY 1",
            )
        )
        assert sorted(direct(session, "SELECT * FROM report_first_visit")) == sorted(
            direct(session, f"SELECT person_id, min(visited_at) FROM visit WHERE {LIVE} GROUP BY 1")
        )
        # Merged visits now belong to the kept record; erased people's visits still count.
        assert session.exec(select(Person).where(Person.status == "merged")).all()
        assert session.exec(select(Visit)).all()


def test_report_figures_from_the_totals_equal_a_direct_count(db: Database, actor: Actor) -> None:
    with db.write() as session:
        fill_and_rework(session, actor, random.Random(11))
    rng = random.Random(3)
    ranges = [month_range(2025, m) for m in range(1, 13)] + [month_range(2026, 3)]
    for _ in range(8):  # ranges that cut months, within one month and across several
        first = date(2025, 1, 1) + timedelta(days=rng.randrange(500))
        ranges.append((first, first + timedelta(days=rng.choice((0, 9, 40, 200)))))
    with db.read() as session:
        for first, last in ranges:
            r = compute_report(session=session, first=first, last=last)
            start, end = (clock.storage_stamp(b) for b in clock.day_bounds_utc(first, last))
            t_start = clock.storage_stamp(clock.day_bounds_utc(trend_start(first, last), last)[0])
            trend = {
                m: (people, visits)
                for m, people, visits in direct(
                    session,
                    "SELECT substr(visit_day, 1, 7), count(DISTINCT person_id), count(*)"
                    f" FROM visit WHERE visited_at >= :s AND visited_at < :e AND {LIVE}"
                    " GROUP BY 1",
                    s=t_start,
                    e=end,
                )
            }
            assert {m.month: (m.people, m.visits) for m in r.by_month if m.visits} == trend
            ((new,),) = direct(
                session,
                """SELECT count(DISTINCT v.person_id) FROM visit v
                    WHERE v.visited_at >= :s AND v.visited_at < :e
                      AND v.voided_at IS NULL AND v.deleted_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM visit w WHERE w.person_id = v.person_id
                        AND w.visited_at < :s AND w.voided_at IS NULL AND w.deleted_at IS NULL)""",
                s=start,
                e=end,
            )
            assert (r.new_people, r.first, r.last) == (new, first, last)
