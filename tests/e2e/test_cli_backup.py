"""`frontdesk backup`, `frontdesk verify` and `frontdesk restore`: a round trip from the shell,
signed in as the desk's admin, on an encrypted desk whose backups carry their key files."""

from __future__ import annotations

from pathlib import Path

from desktop.db.crypto import is_encrypted
from desktop.db.instance import InstanceLock
from desktop.services.desk_access import open_signed_in
from tests.accounts import PASSWORD, encrypted_desk, frontdesk
from tests.records import add_people, record_visit, service_id, visit_ids


def _desk_with_visits(db_path: Path, count: int) -> set[object]:
    if db_path.exists():
        db, actor = open_signed_in(db_path, "admin", PASSWORD)
    else:
        db, actor, _recovery = encrypted_desk(db_path)
    try:
        medical = service_id(db)
        return {record_visit(db, actor, p, medical) for p in add_people(db, actor, count)}
    finally:
        db.dispose()


def main(argv: list[str]) -> int:
    assert argv[:2] == ["--db", argv[1]]
    return frontdesk(Path(argv[1]), argv[2:])


def test_staff_back_up_verify_and_restore_from_the_shell(db_path: Path, capsys) -> None:
    saved = _desk_with_visits(db_path, 4)
    usb = db_path.parent / "usb"
    usb.mkdir()
    assert main(["--db", str(db_path), "backup", "--copy-to", str(usb)]) == 0
    out = capsys.readouterr().out
    backup = Path(out.split("Backup written: ")[1].splitlines()[0])
    assert backup.exists() and (usb / backup.name).exists()

    assert main(["--db", str(db_path), "verify", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "visit:     4" in out and "Result:    ok" in out

    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert backup.name in capsys.readouterr().out

    _desk_with_visits(db_path, 2)  # two more visits after the backup
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "4 visit" in out and "is kept as" in out
    assert is_encrypted(db_path) and is_encrypted(backup)
    db, _admin = open_signed_in(db_path, "admin", PASSWORD)  # its key file came with it
    try:
        assert visit_ids(db) == saved
    finally:
        db.dispose()
    assert main(["--db", str(db_path), "verify"]) == 0  # the restored file and its audit chain


def test_verify_names_the_problem_in_a_damaged_file(db_path: Path, capsys) -> None:
    _desk_with_visits(db_path, 1)
    db_path.write_bytes(b"\0" * 100 + db_path.read_bytes()[100:])
    assert main(["--db", str(db_path), "verify"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM:" in out and "problem(s)" in out


def test_restore_is_refused_while_the_desk_is_open(db_path: Path, capsys) -> None:
    _desk_with_visits(db_path, 1)
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    with InstanceLock(db_path):
        assert main(["--db", str(db_path), "restore", "--latest"]) == 1
    assert "already open in Front Desk" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", "--latest"]) == 0
