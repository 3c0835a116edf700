"""The duplicate check a volunteer waits for when registering a newcomer, on a big file.

    .venv/bin/python -m bench.registration [--people 100000] [--visits 2000000] [--rounds 30]

Uses the same generated file as `python -m bench` (bench/.data). Each round checks one
registration with `find_likely_duplicates`, as the register dialog does before saving: half are
fictional newcomers (Faker), half are members already on file typed again with their family and
given names swapped (these must be found). The naive way, timed in the same run, is how the check
worked before: every person loaded through the ORM and ranked in memory (`rank_candidates`).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from collections.abc import Callable, Sequence

from faker import Faker
from sqlmodel import Session, col, select

from bench.generate import generate
from desktop.db import Database
from desktop.models import Person, PersonStatus
from desktop.services.duplicates import DuplicateKey, find_likely_duplicates, rank_candidates
from desktop.services.people import PersonInput, validate


def attempts(session: Session, rounds: int, seed: int) -> list[tuple[PersonInput, str]]:
    """(what is typed, the member number it must find or "")."""
    rng = random.Random(seed)
    fake = Faker(["en_PK", "en_IN", "id_ID", "fr_FR", "en_US"])
    fake.seed_instance(seed)
    total = session.exec(select(Person.id)).all()
    out: list[tuple[PersonInput, str]] = []
    for person_id in rng.sample(total, rounds // 2):
        p = session.get(Person, person_id)
        assert p is not None
        born = p.date_of_birth.strftime("%d/%m/%Y") if p.date_of_birth else str(p.birth_year or "")
        typed = PersonInput(family_name=p.given_name, given_name=p.family_name, birth=born)
        out.append((typed, p.member_number))
    for _ in range(rounds - len(out)):
        typed = PersonInput(
            family_name=fake.last_name(),
            given_name=fake.first_name(),
            birth=str(rng.randint(1960, 2005)),
        )
        out.append((typed, ""))
    rng.shuffle(out)
    return out


def naive_check(session: Session, typed: PersonInput) -> list[str]:
    """The check as it was: every row through the ORM, then ranked in memory."""
    people = session.exec(
        select(Person).where(
            col(Person.deleted_at).is_(None),
            col(Person.status).not_in([PersonStatus.MERGED, PersonStatus.ANONYMISED]),
        )
    ).all()
    numbers = {p.id: p.member_number for p in people}
    key = DuplicateKey.from_values(validate(typed))  # what find_likely_duplicates scores
    found = rank_candidates(key, [DuplicateKey.from_person(p) for p in people])
    return [numbers[r.key.id] for r in found if r.key.id in numbers]


def timed(fn: Callable[[], list[str]]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--naive-rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    data = generate(people=args.people, visits=args.visits)
    db = Database.open(data.path, unencrypted=True)
    ours: list[float] = []
    naive: list[float] = []
    found = expected = 0
    with db.read() as session:
        tries = attempts(session, args.rounds, args.seed)
        for typed, number in tries:
            ms, matches = timed(
                lambda typed=typed: [
                    m.person.member_number for m in find_likely_duplicates(session, typed)
                ]
            )
            ours.append(ms)
            expected += bool(number)
            found += bool(number) and number in matches
        for typed, _number in tries[: args.naive_rounds]:
            naive.append(timed(lambda typed=typed: naive_check(session, typed))[0])
    db.dispose()
    load = " / ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"{args.people:,} people; load average {load}")
    print("| measure | ours | naive (every row through the ORM) | naive / ours |")
    print("|---|---|---|---|")
    print(
        f"| duplicate check at registration, p95 of {len(ours)} | {p95(ours):,.0f} ms | "
        f"{p95(naive):,.0f} ms (p95 of {len(naive)}) | {p95(naive) / p95(ours):.1f}x |"
    )
    print(f"| median | {statistics.median(ours):,.0f} ms | {statistics.median(naive):,.0f} ms | |")
    print(f"members typed again with names swapped, found: {found} of {expected}")


if __name__ == "__main__":
    main()
