"""Service errors turned into sentences a volunteer understands; the detail goes to the log."""

from __future__ import annotations

import errno
import logging

from sqlalchemy.exc import OperationalError

from desktop.db.crypto import PassphraseNeeded, WrongPassphrase
from desktop.db.errors import (
    DRIVER_OPERATIONAL_ERRORS,
    AlreadyOpen,
    BackupFailed,
    DatabaseCorrupt,
    RestoreRefused,
)
from desktop.printing.backends import PrintFailed
from desktop.services.errors import (
    FrontDeskError,
    LoginFailed,
    NotFound,
    PermissionDenied,
    RuleBreach,
    SessionExpired,
    ValidationError,
)
from desktop.services.jobs import Cancelled
from desktop.ui.i18n import translate
from desktop.ui.override_dialog import describe_breach
from desktop.ui.service_text import service_text

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """One plain sentence for `exc`; unexpected errors are logged with their traceback."""
    if isinstance(exc, ValidationError):
        return translate("Messages", "Some details need checking: %1").replace(
            "%1", "; ".join(service_text(message) for message in exc.errors.values())
        )
    if isinstance(exc, RuleBreach):
        return "; ".join(describe_breach(b) for b in exc.breaches)
    if isinstance(exc, NotFound):
        return translate("Messages", "That record is no longer on file. Search again.")
    if isinstance(exc, LoginFailed):
        return translate("Messages", "Wrong user name or password. Check Caps Lock and try again.")
    if isinstance(exc, SessionExpired):
        return translate(
            "Messages", "Your session has ended (your account was changed). Sign in again."
        )
    if isinstance(exc, WrongPassphrase):
        return translate(
            "Messages",
            "That passphrase does not open this database (or the file is damaged). Nothing was "
            "changed. Check Caps Lock and try again.",
        )
    if isinstance(exc, PassphraseNeeded):
        return translate(
            "Messages", "This database is encrypted: its passphrase is needed to open it."
        )
    if isinstance(exc, PermissionDenied):
        return translate("Messages", "Your account may not do this. Ask a staff member.")
    if isinstance(exc, Cancelled):
        return translate("Messages", "Stopped. Nothing was changed.")
    if isinstance(exc, PrintFailed):
        return translate("Messages", "Printing failed: %1").replace("%1", exc.reason)
    if isinstance(exc, BackupFailed):
        return translate(
            "Messages", "The backup was not made: %1. The desk's data is safe; tell a staff member."
        ).replace("%1", exc.reason)
    if isinstance(exc, DatabaseCorrupt):
        return translate(
            "Messages", "The database file %1 is damaged. Tell a staff member."
        ).replace("%1", str(exc.path))
    if isinstance(exc, AlreadyOpen):
        return translate("Messages", "The database is in use by %1. Close it there first.").replace(
            "%1", exc.holder
        )
    if isinstance(exc, RestoreRefused):
        return translate(
            "Messages", "That backup cannot be used: %1. Nothing was changed."
        ).replace("%1", "; ".join(exc.problems[:3]))
    if isinstance(exc, FrontDeskError):
        return str(exc)
    text = str(exc).lower()
    if isinstance(exc, (OperationalError, *DRIVER_OPERATIONAL_ERRORS)):
        if "locked" in text or "busy" in text:
            log.warning("database busy: %s", exc)
            return translate(
                "Messages", "The database is busy (another program is using it). Try again."
            )
        if "full" in text:
            log.error("disk full: %s", exc)
            return translate(
                "Messages", "The disk is full. Nothing was saved. Tell a staff member."
            )
        if "readonly" in text or "read-only" in text:
            log.error("read-only database: %s", exc)
            return translate(
                "Messages",
                "The database cannot be written to. Nothing was saved. Tell a staff member.",
            )
        if "disk i/o" in text:
            log.error("disk error: %s", exc)
            return translate(
                "Messages", "The disk reported an error. Nothing was saved. Tell a staff member."
            )
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        log.error("disk full: %s", exc)
        return translate("Messages", "The disk is full. Nothing was saved. Tell a staff member.")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        log.error("cannot write: %s", exc)
        return translate(
            "Messages",
            "The database cannot be written to. Nothing was saved. Tell a staff member.",
        )
    log.error("unexpected error", exc_info=exc)
    return translate(
        "Messages", "Something went wrong and nothing was saved. The details are in the log."
    )
