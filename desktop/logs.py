"""The log file staff can send when something went wrong: rotating, in the data folder.

It holds what failed and why (errors, tracebacks, backups, printer trouble), not the records:
messages name files and ids, never a person's details.
"""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "frontdesk.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [pid %(process)d, %(threadName)s] %(message)s"

_HANDLER_NAME = "frontdesk-file"


def log_file(folder: Path) -> Path:
    return folder / LOG_DIR_NAME / LOG_FILE_NAME


def setup_logging(
    folder: Path, *, level: int = logging.INFO, console_level: int = logging.WARNING
) -> Path:
    """Send log records to `<folder>/logs/frontdesk.log` (rotated at 1 MB, 5 kept) and stderr.

    Safe to call again (with another folder, in tests): the previous file handler is replaced.
    Uncaught exceptions, on any thread, are logged before Python reports them.
    """
    path = log_file(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_HANDLER_NAME, _HANDLER_NAME + "-console"):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8"
    )
    file_handler.set_name(_HANDLER_NAME)
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.setLevel(level)
    console = logging.StreamHandler()
    console.set_name(_HANDLER_NAME + "-console")
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    console.setLevel(console_level)
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(min(level, console_level))
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
