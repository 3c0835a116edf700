"""The log file staff can send when something went wrong: rotating, in the data folder.

It holds what failed and why (errors, tracebacks, backups, printer trouble), not the records:
messages name files and ids, never a person's details. Exception messages can carry what was
typed or stored (a name in a bad date, a value in a failed statement), so the log writes an
exception's kind and where it happened, and its words only for kinds known to hold none
(`safe_message`); SQL parameters are hidden by the engine (db/engine.py).
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import tempfile
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "frontdesk.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d, %(threadName)s] %(message)s"

_HANDLER_NAME = "frontdesk-file"
_LEFT_OUT = "(message left out: it may hold personal data)"


def safe_message(exc: BaseException) -> str:
    """What of an exception's words may go in the log: the database engine's own messages and
    the system's reason for a file error; nothing that could repeat a value."""
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}" if exc.strerror else _LEFT_OUT
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3"):
        return str(exc).splitlines()[0] if str(exc) else ""
    statement = getattr(exc, "statement", None)
    orig = getattr(exc, "orig", None)
    if type(exc).__module__.startswith("sqlalchemy") and isinstance(orig, BaseException):
        words = f"({_kind(orig)}) {safe_message(orig)}"
        return f"{words} [SQL: {statement}]" if isinstance(statement, str) else words
    sqlstate = getattr(exc, "sqlstate", None)
    if type(exc).__module__.startswith("psycopg"):
        return f"SQLSTATE {sqlstate}" if sqlstate else _LEFT_OUT
    return _LEFT_OUT


def _kind(exc: BaseException) -> str:
    kind = type(exc)
    return (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )


def private_traceback(exc: BaseException) -> str:
    """A traceback with every frame, and each exception's kind and `safe_message`."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines: list[str] = []
    for i, item in enumerate(reversed(chain)):
        if i:
            lines.append("\nwhich led to:\n")
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.StackSummary.extract(traceback.walk_tb(item.__traceback__)).format())
        lines.append(f"{_kind(item)}: {safe_message(item)}\n")
    return "".join(lines).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    """Formats records without the words of exceptions (see the module's note)."""

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and any(
            isinstance(a, BaseException) for a in record.args
        ):
            record.args = tuple(
                f"{_kind(a)}: {safe_message(a)}" if isinstance(a, BaseException) else a
                for a in record.args
            )
        # Another handler may have cached the full traceback on the record: not used here.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        value = ei[1]
        return private_traceback(value) if value is not None else ""


FALLBACK_DIR_NAME = "frontdesk"  # in the system's temporary folder, when the data folder refuses


class _LogFile(RotatingFileHandler):
    """The log file. When the disk under it is full, a record it cannot write is dropped here
    instead of a traceback on the console per record: the console handler still shows every
    warning and error, and the desk or the command says "the disk is full" in its own words."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def log_file(folder: Path) -> Path:
    return folder / LOG_DIR_NAME / LOG_FILE_NAME


def setup_logging(
    folder: Path, *, level: int = logging.INFO, console_level: int = logging.WARNING
) -> Path | None:
    """Send log records to `<folder>/logs/frontdesk.log` (rotated at 1 MB, 5 kept) and stderr.

    When the data folder refuses (read-only, full) the log goes to the system's temporary folder,
    and failing that to stderr only (None is returned): the desk still starts far enough to say
    what is wrong.
    Safe to call again (with another folder, in tests): the previous file handler is replaced.
    Uncaught exceptions, on any thread, are logged before Python reports them.
    """
    path: Path | None = None
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_HANDLER_NAME, _HANDLER_NAME + "-console"):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console.set_name(_HANDLER_NAME + "-console")
    console.setFormatter(PrivateFormatter("%(levelname)s %(name)s: %(message)s"))
    console.setLevel(console_level)
    root.addHandler(console)
    root.setLevel(min(level, console_level))
    problems: list[str] = []
    for place in (folder, Path(tempfile.gettempdir()) / FALLBACK_DIR_NAME):
        try:
            path = log_file(place)
            path.parent.mkdir(parents=True, exist_ok=True)
            file_handler = _LogFile(
                path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
            )
        except OSError as exc:
            problems.append(str(exc))
            path = None
            continue
        file_handler.set_name(_HANDLER_NAME)
        file_handler.setFormatter(PrivateFormatter(FORMAT))
        file_handler.setLevel(level)
        root.addHandler(file_handler)
        break
    if problems:  # into the file that did open (the console shows warnings: not this one)
        logging.getLogger("frontdesk").info("log file not in %s: %s", folder, "; ".join(problems))
    _log_uncaught()
    return path


def _log_uncaught() -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("frontdesk").critical("uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    if getattr(sys.excepthook, "_frontdesk", False):
        return
    hook._frontdesk = True  # type: ignore[attr-defined]
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        logging.getLogger("frontdesk").critical(
            "uncaught error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    threading.excepthook = thread_hook
