"""What encryption at rest costs at the desk: check-in and search with and without SQLCipher.

    .venv/bin/python -m bench.encryption [--people 5000] [--checkins 200] [--searches 300]

Builds two databases of fictional people and visits with the demo generator (same seed): one
plain SQLite file, one SQLCipher file keyed by argon2id(passphrase). Then times, on each:
- opening the file (migrations checked; for SQLCipher this includes the argon2id key derivation),
- a check-in as the desk does it (one write transaction with the audit event, synchronous=FULL),
- a search as the volunteer types it (three letters of a name, the first 50 matches),
and prints a table of medians and 95th percentiles in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlmodel import select

from desktop.db import Database
from desktop.models import Person, Service
from desktop.services.checkin import check_in
from desktop.services.demo import fill_demo
from desktop.services.search import find_people
from desktop.services.setup import prepare_database

PASSPHRASE = "bench passphrase, not a real one"


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _timed(fn: Callable[[], object], times: int) -> list[float]:
    out = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def _open(path: Path, encrypted: bool) -> Database:
    return Database.open(path, passphrase=PASSPHRASE if encrypted else None)


Timings = dict[str, tuple[float, float]]


def measure(folder: Path, *, encrypted: bool, people: int, checkins: int, searches: int) -> Timings:
    path = folder / ("encrypted.sqlite3" if encrypted else "plain.sqlite3")
    db = _open(path, encrypted)
    with db.write() as session:
        actor = prepare_database(session)
        fill_demo(session=session, actor=actor, people=people, days=60, seed=11)
    db.dispose()

    opened = _timed(lambda: _open(path, encrypted).dispose(), 3)
    db = _open(path, encrypted)
    with db.read() as session:
        ids = [p.id for p in session.exec(select(Person).limit(checkins * 2))]
        names = [p.family_name for p in session.exec(select(Person).limit(500)) if p.family_name]
        # A service without a rule, so every check-in is a plain write (no override path).
        service = next(s for s in session.exec(select(Service)) if not s.limit_count)
    rng = random.Random(3)
    people_iter = iter(ids)

    def one_check_in() -> None:
        with db.write() as session:
            check_in(
                session=session,
                actor=actor,
                person_id=next(people_iter),
                service_ids=[service.id],
            )

    def one_search() -> None:
        name = rng.choice(names)
        with db.read() as session:
            find_people(session, name[:3].lower())

    results = {
        "open the file": _ms(opened),
        "check-in": _ms(_timed(one_check_in, checkins)),
        "search (3 letters)": _ms(_timed(one_search, searches)),
    }
    db.dispose()
    results["file size (MB)"] = (path.stat().st_size / 1e6, 0.0)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--checkins", type=int, default=200)
    parser.add_argument("--searches", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-") as tmp:
        folder = Path(tmp)
        plain = measure(folder, encrypted=False, people=args.people, checkins=args.checkins,
                        searches=args.searches)  # fmt: skip
        secret = measure(folder, encrypted=True, people=args.people, checkins=args.checkins,
                         searches=args.searches)  # fmt: skip
    print(f"\n{args.people} people, {args.checkins} check-ins, {args.searches} searches")
    print(f"{'':<20}{'plain median':>14}{'p95':>9}{'SQLCipher median':>19}{'p95':>9}{'cost':>8}")
    for name in plain:
        (pm, pp), (sm, sp) = plain[name], secret[name]
        cost = f"{(sm / pm - 1) * 100:+.0f}%" if pm else ""
        if name.startswith("file"):
            print(f"{name:<20}{pm:>14.1f}{'':>9}{sm:>19.1f}{'':>9}{cost:>8}")
        else:
            print(f"{name:<20}{pm:>11.2f} ms{pp:>9.2f}{sm:>16.2f} ms{sp:>9.2f}{cost:>8}")


if __name__ == "__main__":
    main()
