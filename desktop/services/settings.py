"""One typed settings schema with defaults and descriptions, stored in the database."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlmodel import Session, select

from desktop.models import Setting
from desktop.services import clock
from desktop.services.errors import Text, ValidationError

SLIP_FORMATS = ("80mm", "A6")


@dataclass(frozen=True)
class Settings:
    centre_name: str = "Front Desk Drop-in Centre"
    """Printed on every slip, card, form and report."""
    slip_format: str = "80mm"
    """Receipt roll (80mm) or A6 sheet."""
    printer_name: str = ""
    """Qt printer name for slips; empty means the system default, or save as PDF if none."""
    timezone: str = clock.DEFAULT_TZ
    """Shown on screen and paper; storage is always UTC."""
    auto_lock_minutes: int = 5
    """Lock the screen after this many idle minutes."""
    ui_language: str = "en"
    """Language of the window."""
    member_prefix: str = "CFR"
    """Member numbers look like CFR-004217."""
    backup_every_minutes: int = 60
    """Automatic backup while the desk is open (also at exit and before every migration)."""
    backup_copy_folder: str = ""
    """A second folder (e.g. a USB drive) that gets a copy of every backup; empty for none."""
    zoom_by_user: dict[str, int] = field(default_factory=dict)
    """Text size in percent each user chose at this desk (Ctrl+= and Ctrl+-), by user name."""


def load_settings(session: Session) -> Settings:
    stored: dict[str, Any] = {s.key: s.value for s in session.exec(select(Setting))}
    known = {f.name for f in fields(Settings)}
    return replace(Settings(), **{k: v for k, v in stored.items() if k in known})


def save_settings(session: Session, **changes: Any) -> Settings:
    """Store the given settings. Raises ValidationError for an unknown key or a bad value."""
    defaults = Settings()
    errors: dict[str, str] = {}
    for key, value in changes.items():
        if not hasattr(defaults, key):
            errors[key] = Text("There is no setting called {name}.", name=key)
        elif type(value) is not type(getattr(defaults, key)):
            errors[key] = Text(
                "This setting needs a value of type {kind}.",
                kind=type(getattr(defaults, key)).__name__,
            )
    if changes.get("slip_format", "80mm") not in SLIP_FORMATS:
        errors["slip_format"] = Text("Choose one of: {formats}.", formats=", ".join(SLIP_FORMATS))
    if errors:
        raise ValidationError(errors)
    for key, value in changes.items():
        row = session.get(Setting, key) or Setting(key=key)
        row.value = value
        row.updated_at = clock.now()
        session.add(row)
    session.flush()
    return load_settings(session)
