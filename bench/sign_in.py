"""Sign-in answers give nothing away: a wrong password, an unknown name and a locked account take
the same time before the same words. `.venv/bin/python -m bench.sign_in [--rounds 9]`.

Times `desk_access.unseal` (what the start runs before the file is open) on a fictional desk in a
temporary folder, the four cases taking turns so the machine's load falls on each alike.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.db.keyring import SignInRefused, read_keys, write_keys
from desktop.models import Role
from desktop.services.accounts import create_user
from desktop.services.desk_access import create_desk, unseal

PASSWORD = "correct-horse-7"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        made = create_desk(path, "admin", "Admin", PASSWORD)
        for name in ("rania", "locked"):
            with made.db.write() as session:
                create_user(
                    session=session, actor=made.admin, username=name, display_name=name,
                    role=Role.VOLUNTEER, password=PASSWORD,
                )  # fmt: skip
        made.db.dispose()
        keys = read_keys(path)
        assert keys is not None
        until = datetime.now(UTC) + timedelta(days=1)
        locked = tuple(
            replace(w, locked_until=until) if w.name == "locked" else w for w in keys.wraps
        )
        write_keys(path, replace(keys, wraps=locked))
        cases = {
            "right password": ("rania", PASSWORD),
            "wrong password": ("rania", "not-her-password"),
            "unknown name": ("nobody-here", PASSWORD),
            "locked account": ("locked", PASSWORD),
        }
        times: dict[str, list[float]] = {case: [] for case in cases}
        answers: dict[str, set[str]] = {case: set() for case in cases}
        for _ in range(args.rounds):
            for case, (name, password) in cases.items():
                start = time.perf_counter()
                try:
                    unseal(path, name, password)
                    answers[case].add("opened")
                except SignInRefused as exc:
                    answers[case].add(str(exc))
                times[case].append(time.perf_counter() - start)
                # The failures noted for the trail would lock "rania" at start after five.
                keys = read_keys(path)
                assert keys is not None
                write_keys(path, replace(keys, failures=()))
        print(f"{'case':<16} {'median ms':>10} {'min ms':>8} {'max ms':>8}  answer")
        for case, spent in times.items():
            print(
                f"{case:<16} {statistics.median(spent) * 1000:>10.0f} {min(spent) * 1000:>8.0f}"
                f" {max(spent) * 1000:>8.0f}  {' / '.join(sorted(answers[case]))}"
            )


if __name__ == "__main__":
    main()
