"""The audit trail against its anchors outside the file: the head (count and hash) each backup
holds in its key file. The newest anchor names what a tail cut, a deleted trail or a re-chained
stretch removed. A restore is recorded in the trail, and anchors taken before it are then read
as notes (the events after that backup are gone by the staff's choice, and the trail says so).
"""

from __future__ import annotations

from pathlib import Path

from desktop.db.backup import anchors, default_backup_dir
from desktop.db.engine import Database
from desktop.db.keyring import Anchor
from desktop.db.recovery import RestoreResult
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.settings import load_settings

RESTORED = "backup.restored"


def anchor_folders(desk: Database) -> list[Path]:
    """Where this desk's backups are: the data folder's backups and the second copy's folder."""
    folders = [default_backup_dir()]
    with desk.read() as session:
        second = load_settings(session).backup_copy_folder
    if second:
        folders.append(Path(second))
    return folders


def check_trail(checked: Database, desk: Database) -> tuple[list[str], list[str]]:
    """Problems and notes for the trail of `checked` (the desk or one of its backups), against
    the newest anchor among the desk's backups."""
    found = anchors(desk.path, anchor_folders(desk))
    with checked.read() as session:
        restored_at = audit.last_event_time(session, RESTORED)
        later = [a for a in found if restored_at is None or a.at >= restored_at]
        earlier = [a for a in found if restored_at is not None and a.at < restored_at]
        anchor = _newest(later)
        problems = [
            f"audit {p}" for p in audit.verify_chain(session, anchor, key=checked.audit_key)
        ]
        notes = []
        before = _newest(earlier)
        if before is not None:
            plain = {str(p) for p in audit.verify_chain(session, None, key=checked.audit_key)}
            gone = audit.verify_chain(session, before, key=checked.audit_key)
            notes = [
                f"before the restore recorded in the trail: {p.problem}"
                for p in gone
                if str(p) not in plain
            ]
    if anchor is None and before is None:
        notes.append(
            "no backup holds an anchor yet: a cut at the end cannot be seen until one does"
        )
    return problems, notes


def _newest(found: list[Anchor]) -> Anchor | None:
    return max(found, key=lambda a: (a.count, a.at), default=None)


def note_restore(db: Database, actor: Actor, result: RestoreResult) -> None:
    """The restore in the trail, with the restored file's head, so later checks know why the
    events after that backup are missing."""
    with db.write() as session:
        count, head = audit.chain_head(session)
        audit.record(
            session,
            actor,
            RESTORED,
            detail={"from": result.restored_from.name, "count": count, "hash": head},
        )
