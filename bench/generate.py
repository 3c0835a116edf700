"""A fictional desk file at scale: people and years of visits, from a fixed seed. Never real data.

The schema comes from the real migrations (Database.open); rows go in through SQLAlchemy Core
executemany in large transactions, so the search index triggers run exactly as at the desk.
Files are cached under bench/.data by (people, visits, seed); `--fresh` rebuilds.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from faker import Faker
from sqlmodel import select

from desktop.db import Database
from desktop.models import Household, Person, Service, Visit, VisitService
from desktop.services import clock
from desktop.services.numbering import MEMBER_COUNTER
from desktop.services.people import search_text_for
from desktop.services.setup import prepare_database

DATA_DIR = Path(__file__).with_name(".data")
BATCH = 20_000
YEARS_OF_VISITS = 6
# Latin-letter locale, own-script locale (or None), country; the centre's countries of origin.
ORIGINS = (
    ("en_PK", "ar_AA", "PK"),
    ("en_IN", "bn_BD", "BD"),
    ("en_IN", "hi_IN", "IN"),
    ("en_IN", "ta_IN", "LK"),
    ("en_IN", "ne_NP", "NP"),
    ("id_ID", None, "ID"),
    ("vi_VN", None, "VN"),
    ("en_PH", None, "PH"),
    ("sw", None, "TZ"),
    ("yo_NG", None, "NG"),
    ("fr_FR", None, "CD"),
    ("en_US", "fa_IR", "AF"),
    ("en_US", "zh_CN", "CN"),
    ("en_US", "am_ET", "ET"),
)
POOL = 400  # names drawn per locale, then combined: fast and still varied


@dataclass(frozen=True)
class Generated:
    path: Path
    people: int
    visits: int
    day: date  # the generated "today": its visits are the today list
    seconds: float


def _pools(seed: int) -> dict[str, tuple[list[str], list[str]]]:
    pools: dict[str, tuple[list[str], list[str]]] = {}
    for i, locale in enumerate(sorted({o[0] for o in ORIGINS} | {o[1] for o in ORIGINS if o[1]})):
        fake = Faker(locale)
        fake.seed_instance(seed + i)
        given = [fake.first_name() for _ in range(POOL)]
        family = [fake.last_name() for _ in range(POOL)]
        pools[locale] = (given, family)
    return pools


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _template(model: type[Any], **required: Any) -> dict[str, Any]:
    """Every column of `model` with its Python default, so new columns need no change here."""
    row = model(**required)
    return {c.name: getattr(row, c.name) for c in model.__table__.columns}


def _people(
    rng: random.Random, count: int, pools: dict[str, Any], desk: uuid.UUID, start: datetime
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """(person row, household row or None) pairs; a quarter of people live in a household."""
    base = _template(Person, member_number="x")
    household: dict[str, Any] | None = None
    left_in_household = 0
    span = (clock.now() - start).total_seconds()
    for n in range(1, count + 1):
        latin, script, country = rng.choice(ORIGINS)
        given_pool, family_pool = pools[latin]
        row = dict(base)
        registered = start + timedelta(seconds=span * (n / count) ** 0.8)
        new_household = None
        if left_in_household == 0 and rng.random() < 0.12:
            left_in_household = rng.randint(2, 5)
            household = _template(Household)
            household.update(id=_uuid(rng), created_at=registered, updated_at=registered)
            new_household = household
        if left_in_household > 0 and household is not None:
            row["household_id"] = household["id"]
            row["family_name"] = household.setdefault("_family", rng.choice(family_pool))
            left_in_household -= 1
        else:
            row["family_name"] = rng.choice(family_pool)
        given = rng.choice(given_pool)
        if rng.random() < 0.3:
            given += " " + rng.choice(given_pool)
        original = ""
        if script:
            own_given, own_family = pools[script]
            original = f"{rng.choice(own_family)}{rng.choice(own_given)}"
            if script != "zh_CN":
                original = f"{rng.choice(own_given)} {rng.choice(own_family)}"
        born = date(rng.randint(1950, 2020), rng.randint(1, 12), rng.randint(1, 28))
        row.update(
            id=_uuid(rng),
            member_number=f"CFR-{n:06d}",
            given_name=given,
            name_original=original,
            date_of_birth=born if rng.random() < 0.7 else None,
            birth_year=born.year,
            country_of_origin=country,
            phone=f"+852{rng.choice('5679')}{rng.randint(0, 9_999_999):07d}",
            created_at=registered,
            updated_at=registered,
            desk_id=desk,
        )
        row["search_text"] = search_text_for(SimpleNamespace(**row))  # type: ignore[arg-type]
        yield row, new_household


def generate(
    *, people: int, visits: int, seed: int = 4, fresh: bool = False, quiet: bool = False
) -> Generated:
    """The cached file for these figures, made first if needed. Raises nothing expected."""
    DATA_DIR.mkdir(exist_ok=True)
    path = DATA_DIR / f"desk-{people}p-{visits}v-s{seed}.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not fresh:
        info = json.loads(meta.read_text())
        return Generated(path, people, visits, date.fromisoformat(info["day"]), info["seconds"])
    for stale in (path, meta, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    rng = random.Random(seed)
    db = Database.open(path)
    with db.write() as session:
        actor = prepare_database(session)
        services = [s.id for s in session.exec(select(Service).order_by(Service.sort_order))]
    start = clock.now() - timedelta(days=365 * YEARS_OF_VISITS)
    pools = _pools(seed)
    person_ids: list[uuid.UUID] = []
    person_households: list[uuid.UUID | None] = []
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    # A half-made file is deleted anyway: no fsync, no write-ahead log while filling it.
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=MEMORY")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA cache_size=-400000")  # random UUID keys: keep the indexes in memory
    writer = _Writer(conn)
    for row, household in _people(rng, people, pools, actor.desk_id, start):
        if household is not None:
            household.pop("_family", None)
            writer.add(Household, household)
        writer.add(Person, row)
        person_ids.append(row["id"])
        person_households.append(row["household_id"])
    writer.flush()
    # The desk numbers the next newcomer after these (CFR-000001 ... were given above).
    conn.execute(
        "INSERT OR REPLACE INTO counter (name, value) VALUES (?, ?)", (MEMBER_COUNTER, people)
    )
    if not quiet:
        print(f"  {people:,} people in {time.perf_counter() - started:.0f} s", flush=True)
    day = _visits(writer, rng, visits, person_ids, person_households, services, actor.desk_id)
    writer.flush()
    t = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    if not quiet:
        print(f"  analyze {time.perf_counter() - t:.0f} s", flush=True)
    conn.close()
    seconds = time.perf_counter() - started
    meta.write_text(json.dumps({"day": day.isoformat(), "seconds": seconds}))
    if not quiet:
        print(f"  {visits:,} visits; file ready in {seconds:.0f} s", flush=True)
    return Generated(path, people, visits, day, seconds)


def _stored(value: Any) -> Any:
    """A value the way SQLAlchemy stores it in SQLite (checked by the bench's own test run)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        v = value.astimezone(UTC)
        return (
            f"{v.year:04d}-{v.month:02d}-{v.day:02d} "
            f"{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}"
        )
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(value)


class _Writer:
    """Rows in batches through raw executemany, one transaction per batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pending: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}

    def add(self, model: type[Any], row: dict[str, Any], *, stored: bool = False) -> None:
        """Queue `row`; `stored` says its values are already in SQLite's form."""
        table = model.__table__.name
        if table not in self.pending:
            self.pending[table] = ([c.name for c in model.__table__.columns], [])
        names, rows = self.pending[table]
        rows.append(tuple(row[n] if stored else _stored(row[n]) for n in names))
        if len(rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.conn.execute("BEGIN")
        # Parents before children: households, people, visits, then their services.
        for table in ("household", "person", "visit", "visit_service"):
            if table not in self.pending:
                continue
            names, rows = self.pending[table]
            marks = ",".join("?" * len(names))
            self.conn.executemany(f"INSERT INTO {table} ({','.join(names)}) VALUES ({marks})", rows)
            rows.clear()
        self.conn.execute("COMMIT")


def _visits(
    writer: _Writer,
    rng: random.Random,
    count: int,
    person_ids: list[uuid.UUID],
    households: list[uuid.UUID | None],
    services: list[uuid.UUID],
    desk: uuid.UUID,
) -> date:
    """`count` visits over the years, busiest people coming most; returns the last day."""
    today = clock.today()
    days = 365 * YEARS_OF_VISITS
    per_day = count / days
    stored = {
        k: _stored(v)
        for k, v in _template(
            Visit, person_id=person_ids[0], visited_at=clock.now(), visit_day=today, queue_number=1
        ).items()
    }
    link_stored = {
        k: _stored(v)
        for k, v in _template(VisitService, visit_id=person_ids[0], service_id=services[0]).items()
    }
    people = [p.hex for p in person_ids]
    homes = [h.hex if h else None for h in households]
    codes = [s.hex for s in services]
    desk_hex = desk.hex
    weights = [1.0 / (1 + (i % 97)) for i in range(len(person_ids))]  # some come every week
    cumulative = list(_accumulate(weights))
    made = 0
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        quota = round(per_day * (back + 1)) - round(per_day * back)
        quota = min(quota, count - made) if back else count - made
        opens = datetime(day.year, day.month, day.day, 1, 0)  # 09:00 in Hong Kong, as UTC
        day_text = day.isoformat()
        chosen = rng.choices(range(len(person_ids)), cum_weights=cumulative, k=quota)
        rng.shuffle(chosen)
        for number, who in enumerate(chosen, start=1):
            moment = _stored(
                (opens + timedelta(seconds=number * 28_800 // max(quota, 1))).replace(tzinfo=UTC)
            )
            visit_id = f"{rng.getrandbits(128):032x}"
            visit = dict(stored)
            visit.update(
                id=visit_id,
                person_id=people[who],
                household_id=homes[who],
                visited_at=moment,
                visit_day=day_text,
                queue_number=number,
                created_at=moment,
                updated_at=moment,
                desk_id=desk_hex,
            )
            writer.add(Visit, visit, stored=True)
            for service in rng.sample(codes, 1 if rng.random() < 0.7 else 2):
                link = dict(link_stored)
                link.update(
                    id=f"{rng.getrandbits(128):032x}",
                    visit_id=visit_id,
                    service_id=service,
                    desk_id=desk_hex,
                )
                writer.add(VisitService, link, stored=True)
        made += quota
    return today


def _accumulate(values: list[float]) -> Iterator[float]:
    total = 0.0
    for v in values:
        total += v
        yield total
