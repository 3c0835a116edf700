"""Personal data outside the database: private folders and files, and no leftovers after a crash."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db.private_files import private_temp_root

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_back() -> object:
    before = os.umask(0o022)
    os.umask(before)
    yield None
    os.umask(before)


def test_a_start_makes_the_data_folder_private_and_sweeps_a_crashed_run(
    tmp_path: Path, _private_data_dir: Path, umask_back: object
) -> None:
    data = _private_data_dir
    (data / "backups").mkdir(parents=True)
    (data / "backups" / "old.sqlite3").write_bytes(b"x")
    data.chmod(0o755)
    (data / "backups").chmod(0o755)
    (data / "backups" / "old.sqlite3").chmod(0o644)
    leftover = private_temp_root(data) / "run-999999999"  # no such process
    leftover.mkdir()
    (leftover / "export.xlsx").write_bytes(b"plain workbook")
    db_path = data / "frontdesk.sqlite3"

    assert main(["--db", str(db_path), "verify"]) in (0, 1)

    assert _mode(data) == 0o700
    assert _mode(data / "backups") == 0o700
    assert _mode(data / "backups" / "old.sqlite3") == 0o600
    assert not leftover.exists()
    written = [p for p in data.rglob("*") if p.is_file()]
    assert written and all(_mode(p) == 0o600 for p in written), [
        (p.name, oct(_mode(p))) for p in written
    ]


CRASHING_EXPORT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop.db import Database
    from desktop.services.export import ExportRequest
    from desktop.services.export_fields import ExportKind
    from desktop.services.export_protect import export_protected
    from desktop.services.jobs import JobControl
    from desktop.services.people import PersonInput, register_person
    from desktop.services.setup import prepare_database

    db = Database.open(Path(sys.argv[1]), unencrypted=True)
    with db.write() as session:
        actor = prepare_database(session)
        for i in range(30):
            register_person(session=session, actor=actor, data=PersonInput(
                family_name="Quorvantel", given_name=f"Ilse{i}", phone="5917 3468"))

    def progress(done, total):
        if done:  # rows are in the plain workbook being written: the power goes
            os.kill(os.getpid(), signal.SIGKILL)

    export_protected(db=db, actor=actor, request=ExportRequest(kind=ExportKind.PEOPLE,
        fmt="xlsx"), path=Path(sys.argv[2]), password="office safe 2026",
        control=JobControl(on_progress=progress))
    """
)


def test_a_crash_during_a_protected_export_leaves_the_rows_only_in_the_private_folder(
    tmp_path: Path, _private_data_dir: Path, umask_back: object
) -> None:
    data, system_temp, out = _private_data_dir, tmp_path / "system-temp", tmp_path / "out"
    system_temp.mkdir()
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(system_temp), "FRONTDESK_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_EXPORT, str(data / "desk.sqlite3"), str(out / "p.xlsx")],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]

    assert list(system_temp.iterdir()) == []  # nothing in the system's temporary folder
    assert list(out.iterdir()) == []  # nothing half-written where the file was to go
    private = private_temp_root(data)
    leftovers = [p for p in private.rglob("*") if p.is_file()]
    assert any(b"Quorvantel" in p.read_bytes() for p in leftovers)  # the rows were there
    assert all(_mode(p) == 0o600 for p in leftovers)
    assert _mode(private) == 0o700

    assert (
        main(["--db", str(data / "desk.sqlite3"), "--unencrypted", "verify"]) == 0
    )  # the next start
    assert [p for p in private.rglob("*") if p.is_file()] == []
