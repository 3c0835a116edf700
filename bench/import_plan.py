"""Planning an import (the dry run) of a centre's sheet against a big file.

    .venv/bin/python -m bench.import_plan [--people 100000] [--rows 300]

Uses the same generated file as `python -m bench` (bench/.data, made with --visits 0 if
missing). The sheet has `rows` rows: half members on file typed again (names swapped, another
date form), half fictional newcomers (Faker). Ours is `plan_import`: everyone on file read once
as plain rows, indexed once (CandidatePool), every row ranked against that index. The naive way,
timed on a few rows in the same run and scaled to the sheet, ranks each row against everyone
on file with a fresh index, as a loop over `rank_candidates` would.
"""

from __future__ import annotations

import argparse
import os
import random
import time

from faker import Faker
from sqlmodel import col, select

from bench.generate import generate
from desktop.db import Database
from desktop.models import Person
from desktop.services.duplicates import DuplicateKey, rank_candidates
from desktop.services.import_mapping import guess_mapping
from desktop.services.importer import people_on_file, plan_import
from desktop.services.spreadsheet_source import SourceTable

HEADERS = ["Name", "DOB", "Mobile", "Nationality"]


def sheet(db: Database, rows: int, seed: int) -> SourceTable:
    rng = random.Random(seed)
    fake = Faker(["en_PK", "en_IN", "fr_FR", "en_US"])
    fake.seed_instance(seed)
    with db.read() as session:
        ids = list(session.exec(select(Person.id).where(col(Person.deleted_at).is_(None))))
        people = [session.get(Person, i) for i in rng.sample(ids, rows // 2)]
    cells: list[list[str]] = []
    for p in people:
        assert p is not None
        born = f"{p.date_of_birth:%d.%m.%y}" if p.date_of_birth else str(p.birth_year or "")
        cells.append([f"{p.given_name} {p.family_name.upper()}", born, p.phone, "pakistani"])
    for _ in range(rows - len(cells)):
        born = fake.date_of_birth(minimum_age=1, maximum_age=80)
        name = f"{fake.last_name().upper()} {fake.first_name()}"
        cells.append([name, f"{born:%d/%m/%Y}", "", ""])
    rng.shuffle(cells)
    return SourceTable("bench.csv", "utf-8", HEADERS, cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=0)
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--naive-rows", type=int, default=5)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    data = generate(people=args.people, visits=args.visits)
    db = Database.open(data.path)
    table = sheet(db, args.rows, args.seed)
    mapping = guess_mapping(HEADERS)
    with db.read() as session:
        started = time.perf_counter()
        plan = plan_import(session=session, table=table, mapping=mapping)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        keys, _ = people_on_file(session)
        for planned in plan.rows[: args.naive_rows]:
            if planned.values:
                rank_candidates(DuplicateKey.from_values(planned.values), keys, limit=3)
        naive_each = (time.perf_counter() - started) / args.naive_rows
    db.dispose()
    naive = naive_each * args.rows
    found = plan.count("matches_existing")
    load = " / ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"{args.people:,} people on file; a sheet of {args.rows} rows; load average {load}")
    print("| measure | ours | naive (a fresh index per row) | naive / ours |")
    print("|---|---|---|---|")
    print(
        f"| planning {args.rows} rows | {ours:.1f} s | {naive:.0f} s (from {args.naive_rows} "
        f"rows) | {naive / ours:.0f}x |"
    )
    print(f"members typed again, held back as on file: {found} of {args.rows // 2}")


if __name__ == "__main__":
    main()
