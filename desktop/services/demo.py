"""Fictional people and visits (Faker) so the desk can be tried at once. Never real data."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from faker import Faker
from sqlalchemy import func
from sqlmodel import Session, select

from desktop.models import (
    Household,
    ImmigrationStatus,
    Person,
    Service,
    Sex,
    Visit,
    VisitService,
)
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.numbering import next_member_number
from desktop.services.people import search_text_for


@dataclass(frozen=True)
class Origin:
    latin_locale: str  # Faker locale giving a name in Latin letters
    script_locale: str | None  # Faker locale giving a name in the person's own script
    country: str  # ISO 3166-1 alpha-2
    language: str  # ISO 639-1


ORIGINS = (
    Origin("en_PK", None, "PK", "ur"),
    Origin("en_IN", "bn_BD", "BD", "bn"),
    Origin("en_IN", "hi_IN", "IN", "hi"),
    Origin("en_IN", "ta_IN", "LK", "ta"),
    Origin("en_IN", "si_LK", "LK", "si"),
    Origin("en_IN", "ne_NP", "NP", "ne"),
    Origin("id_ID", None, "ID", "id"),
    Origin("vi_VN", None, "VN", "vi"),
    Origin("en_PH", None, "PH", "tl"),
    Origin("sw", None, "TZ", "sw"),
    Origin("yo_NG", None, "NG", "en"),
    Origin("fr_FR", None, "CD", "fr"),
    Origin("en_US", "ar_AA", "YE", "ar"),
    Origin("en_US", "fa_IR", "AF", "fa"),
)
AREAS = (
    "Tsim Sha Tsui",
    "Yau Ma Tei",
    "Sham Shui Po",
    "Kwun Tong",
    "Tuen Mun",
    "Yuen Long",
    "Tin Shui Wai",
    "North Point",
    "Kowloon City",
    "Mong Kok",
)
STATUSES = (
    ImmigrationStatus.NON_REFOULEMENT_CLAIMANT,
    ImmigrationStatus.ASYLUM_SEEKER,
    ImmigrationStatus.RECOGNISED_REFUGEE,
    ImmigrationStatus.OTHER,
)


class DemoMaker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}
        self.seed = seed

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fk = Faker(locale)
            fk.seed_instance(self.seed + len(self._fakers))
            self._fakers[locale] = fk
        return self._fakers[locale]

    def person(
        self, session: Session, actor: Actor, registered: datetime, origin: Origin | None = None
    ) -> Person:
        """A fictional member from `origin` (one of the centre's usual ones by default)."""
        rng = self.rng
        origin = origin or rng.choice(ORIGINS)
        sex = rng.choices([Sex.MALE, Sex.FEMALE, Sex.NOT_STATED], [55, 43, 2])[0]
        latin = self.faker(origin.latin_locale)
        given = latin.first_name_male() if sex == Sex.MALE else latin.first_name_female()
        original = ""
        if origin.script_locale:
            script = self.faker(origin.script_locale)
            original = f"{script.first_name()} {script.last_name()}"
        exact_birth = rng.random() < 0.7
        birth = date(rng.randint(1955, 2015), rng.randint(1, 12), rng.randint(1, 28))
        person = Person(
            member_number=next_member_number(session),
            family_name=latin.last_name(),
            given_name=given,
            name_original=original,
            sex=sex,
            date_of_birth=birth if exact_birth else None,
            birth_year=birth.year,
            birth_year_estimated=not exact_birth,
            country_of_origin=origin.country,
            nationality=origin.country,
            languages=[origin.language, "en"] if origin.language != "en" else ["en"],
            preferred_language=origin.language,
            phone=f"+852{rng.choice('5679')}{rng.randint(0, 9999999):07d}",
            hk_area=rng.choice(AREAS),
            immigration_status=rng.choice(STATUSES),
            arrival_date=registered.date() - timedelta(days=rng.randint(30, 4000)),
            created_at=registered,
            updated_at=registered,
            desk_id=actor.desk_id,
            written_by=actor.user_id,
        )
        person.search_text = search_text_for(person)
        return person


def fill_demo(
    *, session: Session, actor: Actor, people: int, days: int = 120, seed: int = 2026
) -> tuple[int, int]:
    """Add `people` fictional members (some in households) and their visits over `days` days.

    Returns (people added, visits added). Visits from today keep today's queue numbering.
    """
    maker = DemoMaker(seed)
    rng = maker.rng
    services = list(session.exec(select(Service)))
    now = clock.now()
    added: list[Person] = []
    while len(added) < people:
        registered = now - timedelta(days=rng.randint(0, days), minutes=rng.randint(0, 600))
        origin = rng.choice(ORIGINS)
        head = maker.person(session, actor, registered, origin)
        family = [head]
        if rng.random() < 0.25 and len(added) + 2 <= people:
            household = Household(label=f"{head.family_name} family", desk_id=actor.desk_id)
            session.add(household)
            session.flush()
            head.household_id, head.household_relationship = household.id, "head"
            household.head_person_id = head.id
            for relation in rng.sample(["spouse", "child", "child", "parent"], rng.randint(1, 2)):
                member = maker.person(session, actor, registered, origin)  # same names, script
                member.family_name, member.household_id = head.family_name, household.id
                member.household_relationship = relation
                member.country_of_origin = head.country_of_origin
                member.search_text = search_text_for(member)
                family.append(member)
        for p in family[: people - len(added)]:
            session.add(p)
            added.append(p)
    session.flush()
    visits = 0
    today = clock.today()
    queue: dict[date, int] = {}

    def next_number(day: date) -> int:
        if day not in queue:  # continue after what is already on file for that day
            current = session.exec(
                select(func.max(Visit.queue_number)).where(
                    Visit.visit_day == day, Visit.desk_id == actor.desk_id
                )
            ).one()
            queue[day] = int(current or 0)
        queue[day] += 1
        return queue[day]

    for person in added:
        first_day = clock.local_day(person.created_at)
        for _ in range(rng.randint(1, 8)):
            day = first_day + timedelta(days=rng.randint(0, max(0, (today - first_day).days)))
            local = datetime.combine(
                day, time(rng.randint(9, 16), rng.randint(0, 59)), tzinfo=clock.local_tz()
            )
            moment = local.astimezone(now.tzinfo)
            if moment > now:  # today's visits so far: spread over the hours already gone
                opened = datetime.combine(today, time(9), tzinfo=clock.local_tz())
                elapsed = max(60, int((now - opened).total_seconds()))
                moment = now - timedelta(seconds=rng.randint(0, elapsed))
            day = clock.local_day(moment)
            visit = Visit(
                person_id=person.id,
                household_id=person.household_id,
                visited_at=moment,
                visit_day=day,
                queue_number=next_number(day),
                desk_id=actor.desk_id,
                written_by=actor.user_id,
                created_at=moment,
                updated_at=moment,
            )
            session.add(visit)
            for service in rng.sample(services, rng.randint(1, 2)):
                session.add(
                    VisitService(
                        visit_id=visit.id,
                        service_id=service.id,
                        desk_id=actor.desk_id,
                        created_at=moment,
                        updated_at=moment,
                    )
                )
            visits += 1
    session.flush()
    return len(added), visits
