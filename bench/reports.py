"""The monthly donor report over 2,000,000 visits, and CSV export speed against the sqlite3 shell.

    .venv/bin/python -m bench.reports [--visits 2000000] [--people 60000] [--months 36]

Builds (once, then reuses) a database of fictional visits with the real migrations, in the
system's temporary folder; a file cached by an older version is migrated on opening, as the app
does (after a backup of it in the app's backup folder, which can be deleted). Then, in the same run:
- times compute_report for the last full month (target: <= 2 s) and, for scale, a whole year;
- exports the last `--export-months` of visits to CSV with export_data, and has the sqlite3
  shell (`sqlite3 -csv`) write the very same query to a file; compares rows per second
  (target: the app at least half the shell's rate);
- imports a sheet of `--import-rows` fictional people into a fresh file while another thread
  checks someone in every 50 ms, as the desk would: how long the import held the write lock, and
  the longest any check-in waited (the busy timeout is 5 s).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
import uuid
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import Any

from desktop.db import Database
from desktop.services import clock
from desktop.services.export import ExportRequest, export_data, export_query
from desktop.services.export_fields import ExportKind
from desktop.services.report import compute_report, month_range
from desktop.services.setup import prepare_database

COUNTRIES = ("PK", "BD", "IN", "LK", "NP", "ID", "VN", "PH", "TZ", "NG", "CD", "YE", "AF", "SO")
STAMP = "%Y-%m-%d %H:%M:%S.%f"


def _hex() -> str:
    return uuid.uuid4().hex


def _defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """A value for every NOT NULL column: '' for text, 0 for numbers, '[]' for JSON."""
    out: dict[str, Any] = {}
    for _cid, name, kind, notnull, _default, _pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull:
            kind = kind.upper()
            out[name] = "[]" if kind == "JSON" else 0 if kind in ("INTEGER", "BOOLEAN") else ""
    return out


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def build(path: Path, *, visits: int, people: int, months: int, seed: int = 5) -> None:
    """Fill a fresh database at `path` with fictional people and `visits` visits."""
    db = Database.open(path, unencrypted=True)  # the real migrations
    with db.write() as session:
        actor = prepare_database(session)
    db.dispose()
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # a throw-away file: no journal while filling it
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    desk = actor.desk_id.hex if actor.desk_id else None
    services = [row[0] for row in conn.execute("SELECT id FROM service")]
    now = clock.now()
    start = now - timedelta(days=30 * months)
    person_defaults = _defaults(conn, "person")
    conn.execute("BEGIN")
    person_ids: list[tuple[str, str | None]] = []
    household: str | None = None
    household_left = 0
    rows: list[dict[str, Any]] = []
    for n in range(people):
        if household_left == 0 and rng.random() < 0.2:
            household, household_left = _hex(), rng.randint(2, 5)
            conn.execute(
                "INSERT INTO household (id, created_at, updated_at, label, notes)"
                " VALUES (?, ?, ?, '', '')",
                (household, start.strftime(STAMP), start.strftime(STAMP)),
            )
        member = household if household_left else None
        household_left = max(0, household_left - 1)
        registered = start + timedelta(seconds=rng.randint(0, int((now - start).total_seconds())))
        pid = _hex()
        person_ids.append((pid, member))
        born = rng.randint(1950, 2024)
        rows.append(
            {
                **person_defaults,
                "id": pid,
                "created_at": registered.strftime(STAMP),
                "updated_at": registered.strftime(STAMP),
                "member_number": f"BEN-{n + 1:07d}",
                "family_name": f"Family{n}",
                "given_name": f"Given{n}",
                "sex": rng.choice(("female", "male", "male", "not_stated")),
                "birth_year": born,
                "date_of_birth": f"{born}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "country_of_origin": rng.choice(COUNTRIES),
                "status": "active",
                "household_id": member,
                "search_text": f"family{n} given{n}",
            }
        )
        if len(rows) == 5000:
            _insert(conn, "person", rows)
            rows = []
    _insert(conn, "person", rows)
    # Visits: a steady stream, growing a little month by month, 09:00-17:00 Hong Kong time.
    span = (now - start).total_seconds()
    moments = sorted(span * rng.random() ** 0.8 for _ in range(visits))
    queue: dict[str, int] = {}
    visit_rows: list[dict[str, Any]] = []
    service_rows: list[dict[str, Any]] = []
    for offset in moments:
        moment = start + timedelta(seconds=offset)
        local = clock.to_local(moment)
        local = local.replace(hour=9 + local.hour % 8)
        moment = local.astimezone(UTC)
        day = local.date().isoformat()
        queue[day] = queue.get(day, 0) + 1
        pid, member = person_ids[int(len(person_ids) * rng.random() ** 1.5)]
        vid = _hex()
        stamp = moment.strftime(STAMP)
        visit_rows.append(
            {
                "id": vid,
                "created_at": stamp,
                "updated_at": stamp,
                "desk_id": desk,
                "person_id": pid,
                "household_id": member,
                "visited_at": stamp,
                "visit_day": day,
                "queue_number": queue[day],
                "note": "",
                "void_reason": "",
                "voided_at": stamp if rng.random() < 0.01 else None,
            }
        )
        for service in rng.sample(services, 1 if rng.random() < 0.7 else 2):
            service_rows.append(
                {
                    "id": _hex(),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "visit_id": vid,
                    "service_id": service,
                    "override_reason": "",
                }
            )
        if len(visit_rows) == 20000:
            _insert(conn, "visit", visit_rows)
            _insert(conn, "visit_service", service_rows)
            visit_rows, service_rows = [], []
    _insert(conn, "visit", visit_rows)
    _insert(conn, "visit_service", service_rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")  # as the app keeps it
    conn.close()


def database(visits: int, people: int, months: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"frontdesk-bench-reports-{visits}.sqlite3"
    if path.exists():
        with sqlite3.connect(path) as conn:
            if conn.execute("SELECT count(*) FROM visit").fetchone()[0] == visits:
                return path
        path.unlink()
    started = time.perf_counter()
    print(f"building {path} ({visits:,} visits, {people:,} people)...", flush=True)
    build(path, visits=visits, people=people, months=months)
    print(f"  built in {time.perf_counter() - started:.0f} s")
    return path


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def _best(fn: Any, runs: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def import_while_checking_in(rows: int) -> None:
    """Import `rows` fictional people while the desk keeps checking one member in."""
    import csv
    import threading

    from faker import Faker
    from sqlmodel import select

    from desktop.models import Service
    from desktop.services.checkin import check_in
    from desktop.services.import_commit import commit_import
    from desktop.services.import_mapping import guess_mapping
    from desktop.services.people import PersonInput, register_person
    from desktop.services.spreadsheet_source import read_source

    folder = Path(tempfile.mkdtemp(prefix="frontdesk-bench-import-"))
    try:
        db = Database.open(folder / "desk.sqlite3", unencrypted=True)
        with db.write() as session:
            actor = prepare_database(session)
            member = register_person(
                session=session,
                actor=actor,
                data=PersonInput(family_name="Checkin", given_name="Member"),
            ).id
            service = next(s.id for s in session.exec(select(Service)) if s.limit_count is None)
        fake = Faker("en_US")
        fake.seed_instance(5)
        sheet = folder / "members-2019.csv"
        with sheet.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["Family name", "Given name", "Date of birth", "Phone"])
            seen: set[tuple[str, str]] = set()
            while len(seen) < rows:
                name = (fake.last_name(), fake.first_name())
                if name not in seen:
                    seen.add(name)
                    born = fake.date_of_birth(minimum_age=18, maximum_age=70)
                    out.writerow([*name, born.strftime("%d/%m/%Y"), f"9{len(seen):07d}"])
        table = read_source(sheet)
        waits: list[float] = []
        errors: list[BaseException] = []
        done = threading.Event()

        def desk() -> None:
            while not done.is_set():
                started = time.perf_counter()
                try:
                    with db.write() as session:
                        check_in(
                            session=session,
                            actor=actor,
                            person_id=member,
                            service_ids=[service],
                        )
                except Exception as exc:  # noqa: BLE001  (counted and shown below)
                    errors.append(exc)
                waits.append(time.perf_counter() - started)
                done.wait(0.05)

        thread = threading.Thread(target=desk)
        started = time.perf_counter()
        thread.start()
        plan = commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(table.headers))
        total = time.perf_counter() - started
        done.set()
        thread.join()
        print(
            f"import of {rows:,} rows: {plan.added:,} added in {total:.1f} s, the write lock held"
            f" {plan.locked_seconds:.2f} s; {len(waits)} check-ins meanwhile, longest wait"
            f" {max(waits):.2f} s, {len(errors)} failed{f' ({errors[0]!r})' if errors else ''}"
        )
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--visits", type=int, default=2_000_000)
    parser.add_argument("--people", type=int, default=60_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--export-months", type=int, default=12)
    parser.add_argument("--import-rows", type=int, default=2000)
    args = parser.parse_args()
    path = database(args.visits, args.people, args.months)
    db = Database.open(path, unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
    today = clock.today()
    first, last = month_range(today.year - (today.month == 1), (today.month - 2) % 12 + 1)

    def report(a: date, b: date) -> Any:
        with db.read() as session:
            return compute_report(session=session, first=a, last=b)

    cold_started, cold_cpu_started = time.perf_counter(), time.process_time()
    figures = report(first, last)
    cold = time.perf_counter() - cold_started
    cpu = time.process_time() - cold_cpu_started
    warm, _ = _best(lambda: report(first, last))
    year_first = last.replace(day=1) - timedelta(days=330)
    year, year_figures = _best(lambda: report(year_first.replace(day=1), last), runs=1)
    verdict = "OK" if max(cold, warm) <= 2.0 else "TOO SLOW"
    print(
        f"monthly report {first}..{last}: {figures.visits:,} visits, {figures.people_served:,}"
        f" people; first run {cold:.2f} s, best {warm:.2f} s (target <= 2 s: {verdict});"
        f" CPU time of the first run {cpu:.2f} s"
    )
    load = Path("/proc/loadavg")
    if load.exists():
        print(f"machine load average: {load.read_text().split()[0]} (on {_cpus()} CPUs)")
    print(f"year report: {year_figures.visits:,} visits in {year:.2f} s")
    if args.import_rows:
        import_while_checking_in(args.import_rows)

    export_first = last.replace(day=1) - timedelta(days=30 * (args.export_months - 1))
    request = ExportRequest(kind=ExportKind.VISITS, first=export_first.replace(day=1), last=last)
    out_dir = Path(tempfile.mkdtemp(prefix="frontdesk-bench-"))
    try:
        app_out = out_dir / "app.csv"
        app_time, result = _best(
            lambda: export_data(db=db, actor=actor, request=request, path=app_out), runs=1
        )
        app_rate = result.rows / app_time
        shell = shutil.which("sqlite3")
        if shell is None:
            print(f"CSV export: {result.rows:,} rows in {app_time:.2f} s = {app_rate:,.0f} rows/s")
            print("sqlite3 shell not installed (apt-get install sqlite3): no comparison")
            return
        select, params = export_query(request)
        for name, value in params.items():
            select = select.replace(f":{name}", f"'{value}'")
        shell_out = out_dir / "shell.csv"
        started = time.perf_counter()
        with shell_out.open("wb") as fh:
            subprocess.run([shell, "-csv", "-header", str(path), select], stdout=fh, check=True)
        shell_time = time.perf_counter() - started
        shell_rows = sum(1 for _ in shell_out.open("rb")) - 1
        shell_rate = shell_rows / shell_time
        ratio = app_rate / shell_rate
        print(
            f"CSV export of {result.rows:,} visits: app {app_time:.2f} s = {app_rate:,.0f} rows/s;"
            f" sqlite3 -csv {shell_time:.2f} s = {shell_rate:,.0f} rows/s; ratio {ratio:.2f}"
            f" (target >= 0.5: {'OK' if ratio >= 0.5 else 'TOO SLOW'})"
        )
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
        db.dispose()


if __name__ == "__main__":
    main()
