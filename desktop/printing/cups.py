"""Sending a finished PDF to a CUPS print queue (Linux, macOS) exactly as it is.

CUPS takes PDF natively, so the slip reaches the printer with its fonts and scripts as laid out,
and nothing is rasterised on the desk. The queue's state is read first: a stopped ("jammed") or
rejecting queue is a PrintFailed, so the job stays in Front Desk's print queue and is retried,
instead of waiting unseen inside CUPS. The CUPS command-line client (lp, lpstat) does the talking;
CUPS_SERVER in the environment chooses the server, as for every CUPS program.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from desktop.printing.backends import PrintFailed, PrintMaybeSent

ANSWER_SECONDS = 20  # a print system that has not answered by then is treated as down


@dataclass(frozen=True)
class QueueState:
    enabled: bool
    accepting: bool
    reason: str  # why it is stopped or rejecting, as CUPS tells it ("Paper jam")


def cups_available() -> bool:
    """Whether the CUPS client commands are installed here."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # CUPS's words in English, to read them
    return subprocess.run(
        args, input=stdin, capture_output=True, timeout=ANSWER_SECONDS, env=env, check=False
    )


def _reason_after(line_index: int, lines: list[str]) -> str:
    following = lines[line_index + 1] if line_index + 1 < len(lines) else ""
    return following.strip() if following.startswith(("\t", " ")) else ""


def queue_state(name: str) -> QueueState:
    """The queue's state. Raises PrintFailed if CUPS does not know it or does not answer."""
    try:
        done = _run(["lpstat", "-p", name, "-a", name])
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintFailed(f"the print system did not answer ({exc})") from exc
    lines = done.stdout.decode(errors="replace").splitlines()
    if done.returncode != 0 or not lines:
        raise PrintFailed(
            f"the printer “{name}” is not known to the print system, or it is not running"
        )
    enabled, accepting, reason = True, True, ""
    for n, line in enumerate(lines):
        if line.startswith(f"printer {name} ") and " disabled since " in line:
            enabled, reason = False, _reason_after(n, lines) or reason
        elif line.startswith(f"{name} not accepting requests"):
            accepting, reason = False, _reason_after(n, lines) or reason
    return QueueState(enabled, accepting, reason)


def send_pdf(name: str, pdf: bytes, title: str) -> str:
    """Print `pdf` on the CUPS queue `name`; returns "name (job N)".

    Raises PrintFailed (stopped, rejecting or unknown queue, CUPS down: nothing was printed) or
    PrintMaybeSent (CUPS did not answer after taking the document: it may still print).
    """
    state = queue_state(name)
    if not state.enabled or not state.accepting:
        why = f": {state.reason}" if state.reason else ""
        raise PrintFailed(f"the printer “{name}” is stopped{why}")
    try:
        done = _run(["lp", "-d", name, "-t", title, "-"], stdin=pdf)
    except subprocess.TimeoutExpired as exc:
        raise PrintMaybeSent(
            f"the print system took the document for “{name}” but did not confirm it"
        ) from exc
    except OSError as exc:
        raise PrintFailed(f"could not run the print command: {exc.strerror}") from exc
    answer = done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
    if done.returncode != 0:
        raise PrintFailed(f"the printer “{name}” refused the document: {answer.strip()}")
    found = re.search(r"request id is (\S+)", answer)
    return f"{name} (job {found.group(1)})" if found else name
