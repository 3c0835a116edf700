"""A fictional desk file at scale: people and years of visits, from a fixed seed. Never real data.

The schema comes from the real migrations (Database.open). Rows then go in as a bulk load: the
indexes and search-index triggers of the four filled tables are set aside, rows are inserted with
plain sqlite3 executemany (no journal, no fsync: a half-made file is deleted anyway), and then
the very same CREATE statements run again, the search index is rebuilt by
desktop.db.search_index.rebuild (as migration 0005 does) and the report's running totals by
desktop.db.report_summary.refill (the SQL of migration 0008).
tests/unit/test_bench_generate.py checks that the result equals a file filled row by row
through the triggers.
Files are cached under bench/.data by (people, visits, seed); `--fresh` rebuilds.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from faker import Faker
from sqlmodel import select

from desktop.db import Database, report_summary, search_index
from desktop.models import Household, Person, Service, Visit, VisitService
from desktop.services import clock
from desktop.services.numbering import MEMBER_COUNTER
from desktop.services.people import search_text_for
from desktop.services.setup import prepare_database

DATA_DIR = Path(__file__).with_name(".data")
BATCH = 50_000
YEARS_OF_VISITS = 6
BULK_TABLES = ("household", "person", "visit", "visit_service")
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


def _hex(rng: random.Random) -> str:
    """A random 128-bit id as SQLAlchemy stores a UUID (32 hex digits)."""
    return f"{rng.getrandbits(128):032x}"


def _stored(value: Any) -> Any:
    """A value the way SQLAlchemy stores it in SQLite (tests/unit/test_bench_generate.py)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return json.dumps(value)


class _Table:
    """One table's column order and a stored row of its defaults, to copy and fill in."""

    def __init__(self, model: type[Any], **required: Any) -> None:
        self.name: str = model.__table__.name
        self.columns: list[str] = [c.name for c in model.__table__.columns]
        template = model(**required)
        self.defaults = [_stored(getattr(template, c)) for c in self.columns]
        self.at = {c: i for i, c in enumerate(self.columns)}
        self.insert = (
            f"INSERT INTO {self.name} ({','.join(self.columns)})"
            f" VALUES ({','.join('?' * len(self.columns))})"
        )

    def filler(self, *names: str) -> tuple[str, tuple[Any, ...]]:
        """An INSERT taking `names` first, and the defaults of every other column to append."""
        rest = [c for c in self.columns if c not in names]
        sql = (
            f"INSERT INTO {self.name} ({','.join((*names, *rest))})"
            f" VALUES ({','.join('?' * len(self.columns))})"
        )
        return sql, tuple(self.defaults[self.at[c]] for c in rest)

    def row(self, **values: Any) -> tuple[Any, ...]:
        row = list(self.defaults)
        for name, value in values.items():
            row[self.at[name]] = value
        return tuple(row)


@contextmanager
def bulk_load(conn: sqlite3.Connection, *, enabled: bool = True) -> Iterator[None]:
    """Fill BULK_TABLES fast, ending with the same indexes, triggers and search index.

    Inside the block there are no secondary indexes, no triggers, no journal and
    no fsync; afterwards the saved CREATE statements run again, the search index and the
    report's running totals are rebuilt in one pass each, and the file is back in WAL mode.
    `enabled=False` keeps indexes and triggers in place (row by row, as at the desk): the
    test compares the two.
    """
    marks = ",".join("?" * len(BULK_TABLES))
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        f" AND tbl_name IN ({marks}) AND sql IS NOT NULL ORDER BY type, name",
        BULK_TABLES,
    ).fetchall()
    if not enabled:
        saved = []
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")  # the generator makes parents first; checked below
    conn.execute("PRAGMA cache_size=-400000")
    for kind, name, _ in saved:
        conn.execute(f"DROP {kind.upper()} {name}")
    yield
    conn.execute("BEGIN")
    for kind, _, sql in saved:
        if kind == "index":
            conn.execute(sql)
    if enabled:
        search_index.rebuild(conn)
        report_summary.refill(conn)
    for kind, _, sql in saved:
        if kind == "trigger":
            conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")


class _Writer:
    """Rows in batches through executemany, one transaction per batch, parents first."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.pending: dict[str, tuple[str, list[tuple[Any, ...]]]] = {}
        self.count = 0

    def add(self, table: str, sql: str, row: tuple[Any, ...]) -> None:
        if table not in self.pending:
            self.pending[table] = (sql, [])
        self.pending[table][1].append(row)
        self.count += 1
        if self.count >= BATCH:
            self.flush()

    def flush(self) -> None:
        self.conn.execute("BEGIN")
        for name in BULK_TABLES:
            if name in self.pending:
                sql, rows = self.pending[name]
                self.conn.executemany(sql, rows)
                rows.clear()
        self.conn.execute("COMMIT")
        self.count = 0


def _people(
    writer: _Writer,
    rng: random.Random,
    count: int,
    pools: dict[str, tuple[list[str], list[str]]],
    desk: str,
    start: datetime,
) -> tuple[list[str], list[str | None]]:
    """`count` people, a quarter of them in households; returns their ids and households."""
    people = _Table(Person, member_number="x")
    households = _Table(Household)
    ids: list[str] = []
    homes: list[str | None] = []
    household: str | None = None
    household_family = ""
    left_in_household = 0
    span = (clock.now() - start).total_seconds()
    for n in range(1, count + 1):
        latin, script, country = rng.choice(ORIGINS)
        given_pool, family_pool = pools[latin]
        registered = _stored(start + timedelta(seconds=span * (n / count) ** 0.8))
        if left_in_household == 0 and rng.random() < 0.12:
            left_in_household = rng.randint(2, 5)
            household = _hex(rng)
            household_family = rng.choice(family_pool)
            writer.add(
                households.name,
                households.insert,
                households.row(id=household, created_at=registered, updated_at=registered),
            )
        if left_in_household > 0:
            home, family = household, household_family
            left_in_household -= 1
        else:
            home, family = None, rng.choice(family_pool)
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
        values = {
            "id": _hex(rng),
            "member_number": f"CFR-{n:06d}",
            "family_name": family,
            "given_name": given,
            "name_original": original,
            "date_of_birth": born.isoformat() if rng.random() < 0.7 else None,
            "birth_year": born.year,
            "country_of_origin": country,
            "phone": f"+852{rng.choice('5679')}{rng.randint(0, 9_999_999):07d}",
            "household_id": home,
            "created_at": registered,
            "updated_at": registered,
            "desk_id": desk,
        }
        values["search_text"] = search_text_for(
            SimpleNamespace(preferred_name="", phone_alt="", **values)  # type: ignore[arg-type]
        )
        writer.add(people.name, people.insert, people.row(**values))
        ids.append(values["id"])
        homes.append(home)
    return ids, homes


def _visits(
    writer: _Writer,
    rng: random.Random,
    count: int,
    people: list[str],
    homes: list[str | None],
    services: list[str],
    desk: str,
) -> date:
    """`count` visits over the years, busiest people coming most; returns the last day."""
    today = clock.today()
    days = 365 * YEARS_OF_VISITS
    per_day = count / days
    visits = _Table(
        Visit, person_id=uuid.UUID(people[0]), visited_at=clock.now(), visit_day=today,
        queue_number=1,
    )  # fmt: skip
    links = _Table(VisitService, visit_id=uuid.UUID(people[0]), service_id=uuid.UUID(services[0]))
    visit_sql, visit_rest = visits.filler(
        "id", "person_id", "household_id", "visited_at", "visit_day", "queue_number",
        "created_at", "updated_at", "desk_id",
    )  # fmt: skip
    link_sql, link_rest = links.filler("id", "visit_id", "service_id", "desk_id")
    add = writer.add
    cumulative = list(accumulate(1.0 / (1 + (i % 97)) for i in range(len(people))))
    which = range(len(people))
    kinds = len(services)
    made = 0
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        quota = round(per_day * (back + 1)) - round(per_day * back)
        quota = min(quota, count - made) if back else count - made
        day_text = day.isoformat()
        chosen = rng.choices(which, cum_weights=cumulative, k=quota)
        rng.shuffle(chosen)
        step = 28_800 / max(quota, 1)
        for number, who in enumerate(chosen, start=1):
            # 09:00 in Hong Kong (01:00 UTC) onwards, spread over eight hours.
            second = 3_600 + int(number * step)
            moment = (
                f"{day_text} {second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.000000"
            )
            visit_id = f"{rng.getrandbits(128):032x}"
            add(
                "visit",
                visit_sql,
                (
                    visit_id,
                    people[who],
                    homes[who],
                    moment,
                    day_text,
                    number,
                    moment,
                    moment,
                    desk,
                    *visit_rest,
                ),
            )
            first = int(rng.random() * kinds)
            add(
                "visit_service",
                link_sql,
                (f"{rng.getrandbits(128):032x}", visit_id, services[first], desk, *link_rest),
            )
            if rng.random() >= 0.7:  # three visits in ten are for two services
                second_service = (first + 1 + int(rng.random() * (kinds - 1))) % kinds
                add(
                    "visit_service",
                    link_sql,
                    (
                        f"{rng.getrandbits(128):032x}",
                        visit_id,
                        services[second_service],
                        desk,
                        *link_rest,
                    ),
                )
        made += quota
    return today


def generate(
    *, people: int, visits: int, seed: int = 4, fresh: bool = False, quiet: bool = False,
    folder: Path = DATA_DIR, bulk: bool = True,
) -> Generated:  # fmt: skip
    """The cached file for these figures, made first if needed. Raises nothing expected."""
    folder.mkdir(exist_ok=True)
    path = folder / f"desk-{people}p-{visits}v-s{seed}.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists() and not fresh:
        info = json.loads(meta.read_text())
        return Generated(path, people, visits, date.fromisoformat(info["day"]), info["seconds"])
    for stale in (path, meta, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()

    def say(what: str) -> None:
        if not quiet:
            print(f"  {what} ({time.perf_counter() - started:.0f} s)", flush=True)

    rng = random.Random(seed)
    db = Database.open(path, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
        services = [s.id.hex for s in session.exec(select(Service).order_by(Service.sort_order))]
    db.dispose()
    start = clock.now() - timedelta(days=365 * YEARS_OF_VISITS)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        with bulk_load(conn, enabled=bulk):
            writer = _Writer(conn)
            ids, homes = _people(writer, rng, people, _pools(seed), actor.desk_id.hex, start)
            writer.flush()
            # The desk numbers the next newcomer after these (CFR-000001 ... were given above).
            conn.execute(
                "INSERT OR REPLACE INTO counter (name, value) VALUES (?, ?)",
                (MEMBER_COUNTER, people),
            )
            say(f"{people:,} people")
            day = _visits(writer, rng, visits, ids, homes, services, actor.desk_id.hex)
            writer.flush()
            say(f"{visits:,} visits")
        say("indexes and search index built")
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    meta.write_text(json.dumps({"day": day.isoformat(), "seconds": seconds}))
    say("file ready")
    return Generated(path, people, visits, day, seconds)
