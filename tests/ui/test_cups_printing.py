"""A real CUPS queue: slips go through the app's Qt/CUPS backend into cups-pdf, and a stopped
("jammed") queue neither freezes the desk nor makes a slip come out twice.

The test runs its own CUPS server (cupsd with a configuration in tmp_path, reached through
CUPS_SERVER), so nothing of the machine's printing set-up is touched. It needs root (cups-pdf
runs as root) and the packages scripts/install-system-deps.sh installs.
"""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, PrintStatus
from desktop.services import print_jobs
from desktop.services.actor import Actor
from tests.records import add_people, service_id

QUEUE = "FrontDeskTest"
CUPSD, PPD = Path("/usr/sbin/cupsd"), Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


def _missing() -> str:
    if os.geteuid() != 0:
        return "cups-pdf writes its files as root: run as root (as CI does)"
    absent = [str(p) for p in (CUPSD, PPD, BACKEND) if not p.exists()]
    absent += [c for c in ("lp", "lpstat", "lpadmin", "cupsdisable") if not shutil.which(c)]
    if absent:
        return "CUPS is not installed (scripts/install-system-deps.sh): no " + ", ".join(absent)
    return ""


def cups_pdf_folder() -> Path:
    """Where cups-pdf puts a job from this user (its Out setting, ${HOME}/PDF by default)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text().splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.geteuid()).pw_dir
    return Path(out.replace("${HOME}", home))


@pytest.fixture(scope="module")
def cups() -> Iterator[str]:
    """A private CUPS server with one cups-pdf queue; yields its socket (for CUPS_SERVER)."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    # Not under pytest's private tmp folder: CUPS's filters run as "lp" and must reach the spool.
    root = Path(tempfile.mkdtemp(prefix="frontdesk-cups-"))
    for folder in ("spool", "cache", "state", "tmp", "log", "ppd"):
        (root / folder).mkdir()
    shutil.chown(root / "spool", "root", "lp")
    shutil.chown(root / "tmp", "root", "lp")
    (root / "spool").chmod(0o710)
    (root / "tmp").chmod(0o1770)
    root.chmod(0o755)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel info\nBrowsing Off\nWebInterface No\n"
        "DefaultAuthType None\n<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
    )
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\n"
        f"StateDir {root}/state\nTempDir {root}/tmp\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        f"Printcap {root}/printcap\nDataDir /usr/share/cups\nServerBin /usr/lib/cups\n"
        "User lp\nGroup lp\nSystemGroup root\n"
    )
    server = subprocess.Popen(
        [str(CUPSD), "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    env = {**os.environ, "CUPS_SERVER": str(socket), "LC_ALL": "C"}
    try:
        for _ in range(100):
            if socket.exists() or server.poll() is not None:
                break
            time.sleep(0.05)
        if not socket.exists():
            out = server.stdout.read().decode() if server.stdout and server.poll() else ""
            pytest.skip(f"cupsd did not start here: {out.strip() or 'no socket'}")
        subprocess.run(
            ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-P", str(PPD), "-E"],
            env=env,
            check=True,
            capture_output=True,
        )
        yield str(socket)
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def cups_desk(qtbot, db: Database, actor: Actor, cups: str, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The window printing to the CUPS queue through the app's real backend."""
    from desktop.services.settings import load_settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt_printer import QtPrinterBackend

    monkeypatch.setenv("CUPS_SERVER", cups)
    monkeypatch.setattr(print_jobs, "BACKOFF_SECONDS", (0, 0, 0, 0, 0))
    with db.read() as session:
        settings = load_settings(session)
    window = MainWindow(db, actor, settings, QtPrinterBackend(QUEUE))
    qtbot.add_widget(window)
    window.show()
    yield window
    window.runner.wait_for_done()
    window.slips.wait_for_done()


def cups_command(cups: str, *args: str) -> str:
    done = subprocess.run(
        args, env={**os.environ, "CUPS_SERVER": cups}, check=True, capture_output=True
    )
    return done.stdout.decode()


def pdfs_in(folder: Path) -> set[tuple[Path, int]]:
    """The PDFs there and when each was written: cups-pdf reuses a name when a new CUPS
    server numbers its jobs from 1 again, so a file left by an earlier run is overwritten."""
    return {(p, p.stat().st_mtime_ns) for p in folder.glob("*.pdf")} if folder.exists() else set()


def new_pdfs(folder: Path, before: set[tuple[Path, int]]) -> list[Path]:
    return sorted(path for path, _ in pdfs_in(folder) - before)


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def check_in(qtbot, desk, person) -> object:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(desk.slips.sent, timeout=30000) as sent:
        desk.request_check_in(person, [service_id(desk.db)], "")
    return sent.args[0]


def test_slip_prints_on_a_real_cups_queue_and_reads_back(  # type: ignore[no-untyped-def]
    qtbot, cups_desk, db: Database, actor: Actor
) -> None:
    folder = cups_pdf_folder()
    before = pdfs_in(folder)
    [person] = add_people(db, actor, 1)
    result = check_in(qtbot, cups_desk, person)
    assert result.status == PrintStatus.DONE, result
    assert re.match(rf"{QUEUE} \(job {QUEUE}-\d+\)", result.where), result.where
    qtbot.waitUntil(lambda: len(new_pdfs(folder, before)) == 1, timeout=30000)
    [printed] = new_pdfs(folder, before)
    qtbot.waitUntil(lambda: "%%EOF" in printed.read_bytes()[-64:].decode(errors="replace"))
    text = pdf_text(printed)
    assert "CFR-000001" in text and "TESTPERSON0" in text.upper(), text
    printed.unlink()


def test_stopped_cups_queue_keeps_the_slip_and_prints_it_once_when_started(  # type: ignore[no-untyped-def]
    qtbot, cups_desk, db: Database, actor: Actor, cups: str
) -> None:
    folder = cups_pdf_folder()
    before = pdfs_in(folder)
    first, second = add_people(db, actor, 2)
    cups_command(cups, "cupsdisable", "-r", "Paper jam", QUEUE)
    try:
        result = check_in(qtbot, cups_desk, first)
        assert result.status == PrintStatus.FAILED
        assert "stopped" in result.reason and "Paper jam" in result.reason
        qtbot.waitUntil(lambda: "Paper jam" in cups_desk.message.text())
        check_in(qtbot, cups_desk, second)  # the desk goes on
        qtbot.waitUntil(lambda: cups_desk.today.model.rowCount() == 2)
        qtbot.waitUntil(lambda: "2 document" in cups_desk.print_notice.text())
    finally:
        cups_command(cups, "cupsenable", QUEUE)
    with qtbot.waitSignal(cups_desk.slips.sent, timeout=30000):
        cups_desk.slips.send_waiting()  # what the retry timer does
    qtbot.waitUntil(lambda: not cups_desk.slips._jobs, timeout=30000)
    qtbot.waitUntil(lambda: len(new_pdfs(folder, before)) == 2, timeout=30000)
    with qtbot.waitSignal(cups_desk.slips.printer_changed, timeout=30000):
        cups_desk.slips.send_waiting()  # nothing is left to send: no third copy
    with db.read() as session:
        sent = session.exec(select(AuditEvent).where(AuditEvent.action == "print.sent")).all()
    assert len(sent) == 2  # the desk sent each slip once
    # CUPS finishes what it holds; then no further copy can come out.
    qtbot.waitUntil(lambda: cups_command(cups, "lpstat", "-o", QUEUE).strip() == "", timeout=30000)
    printed = new_pdfs(folder, before)
    assert len(printed) == 2
    texts = sorted(pdf_text(p) for p in printed)
    assert any("CFR-000001" in t for t in texts) and any("CFR-000002" in t for t in texts)
    for path in printed:
        path.unlink()
