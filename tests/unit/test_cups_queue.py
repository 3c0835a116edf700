"""How the CUPS sender reads a queue and what it does when CUPS stops, refuses or hangs.

Stand-in `lpstat` and `lp` commands (small scripts first on PATH) answer as CUPS does, so this
runs anywhere; tests/ui/test_cups_printing.py does the same against a real CUPS server.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from desktop.db import Database
from desktop.models import PrintStatus
from desktop.printing import cups
from desktop.printing.backends import PrintFailed
from desktop.printing.queue import PrintQueue
from desktop.services import print_jobs
from desktop.services.actor import Actor

STOPPED = """printer Reception disabled since Wed Nov 25 09:21:06 2026 -
\tPaper jam
Reception accepting requests since Wed Nov 25 09:21:06 2026
"""
IDLE = """printer Reception is idle.  enabled since Wed Nov 25 09:20:27 2026
Reception accepting requests since Wed Nov 25 09:20:27 2026
"""


def commands(folder: Path, monkeypatch: pytest.MonkeyPatch, *, lpstat: str, lp: str) -> Path:
    """Puts stand-in lpstat and lp (shell bodies) first on PATH; lp's input lands in sent.pdf."""
    folder.mkdir(exist_ok=True)
    for name, body in (("lpstat", lpstat), ("lp", lp)):
        script = folder / name
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    return folder / "sent.pdf"


class CupsBackend:
    def print_pdf(self, pdf: bytes, title: str) -> str:
        return cups.send_pdf("Reception", pdf, title)


def test_stopped_queue_is_not_sent_to_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = commands(
        tmp_path / "bin",
        monkeypatch,
        lpstat=f"cat <<'EOF'\n{STOPPED}EOF",
        lp=f"cat > {tmp_path}/bin/sent.pdf",
    )
    state = cups.queue_state("Reception")
    assert (state.enabled, state.accepting, state.reason) == (False, True, "Paper jam")
    with pytest.raises(PrintFailed, match="stopped: Paper jam"):
        cups.send_pdf("Reception", b"%PDF-1.4 x", "slip-1")
    assert not sent.exists()


def test_unknown_queue_or_cups_down_is_a_plain_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commands(
        tmp_path / "bin",
        monkeypatch,
        lpstat="echo 'lpstat: Invalid destination name in list \"Reception\".' >&2; exit 1",
        lp="exit 1",
    )
    with pytest.raises(PrintFailed, match="not known to the print system"):
        cups.send_pdf("Reception", b"%PDF-1.4 x", "slip-1")


def test_pdf_goes_to_the_queue_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = commands(
        tmp_path / "bin",
        monkeypatch,
        lpstat=f"cat <<'EOF'\n{IDLE}EOF",
        lp=f'cat > {tmp_path}/bin/sent.pdf; echo "request id is Reception-7 (1 file(s))"',
    )
    assert cups.send_pdf("Reception", b"%PDF-1.4 exact", "slip-1") == "Reception (job Reception-7)"
    assert sent.read_bytes() == b"%PDF-1.4 exact"


def test_cups_that_takes_a_slip_without_confirming_leaves_it_for_a_person(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: Database, actor: Actor
) -> None:
    commands(
        tmp_path / "bin",
        monkeypatch,
        lpstat=f"cat <<'EOF'\n{IDLE}EOF",
        lp="cat > /dev/null; exec sleep 5",
    )
    monkeypatch.setattr(cups, "ANSWER_SECONDS", 0.5)
    monkeypatch.setattr(print_jobs, "BACKOFF_SECONDS", (0, 0, 0, 0, 0))
    queue = PrintQueue(db, CupsBackend(), actor)
    with db.write() as session:
        job_id = print_jobs.enqueue(
            session=session, actor=actor, kind="slip", title="slip-1", ref_id="visit-1", pdf=b"%PDF"
        ).id
    result = queue.send(job_id)
    assert result.status == PrintStatus.UNCERTAIN
    assert "did not confirm" in result.reason
    assert queue.send_due() == []  # it may have printed: never retried by itself
    with db.read() as session:
        assert print_jobs.status_of(session, job_id)[0] == PrintStatus.UNCERTAIN
