"""Errors the services raise; the UI turns each into a sentence a volunteer understands."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any


class Text(str):
    """A sentence for a person: English as a str, plus the template and values to translate it.

    Services write `Text("Use at least {count} characters.", count=12)`; the UI looks the
    template up in its catalogue (desktop/ui/service_text.py), translates it and puts the values
    back. Anything else (logs, the CLI, tests) reads the English.
    """

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: object) -> Text:
        shown = {name: str(value) for name, value in values.items()}
        english = template
        for name, value in shown.items():
            english = english.replace("{" + name + "}", value)
        text = super().__new__(cls, english)
        text.template, text.values = template, shown
        return text


class FrontDeskError(Exception):
    """Base of every error a service raises on purpose."""


class ValidationError(FrontDeskError):
    """Some fields are wrong. `errors` maps a field name to a plain-words message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(FrontDeskError):
    pass


class PermissionDenied(FrontDeskError):
    def __init__(self, action: str, role: str) -> None:
        self.action = action
        self.role = role
        super().__init__(f"role {role!r} may not {action}")


class DuplicateSuspected(FrontDeskError):
    """Registration looks like someone already on file; `candidates` are the likely matches."""

    def __init__(self, candidates: list[Any]) -> None:
        self.candidates = candidates
        super().__init__(f"{len(candidates)} possible duplicate(s)")


class RuleBreach(FrontDeskError):
    """A service rule says no; staff may override with a reason."""

    def __init__(self, breaches: list[Breach]) -> None:
        self.breaches = breaches
        super().__init__("; ".join(b.reason for b in breaches))


class Breach:
    """One rule that a check-in would break."""

    def __init__(self, service_code: str, reason: str, last_date: date | None = None) -> None:
        self.service_code = service_code
        self.reason = reason
        self.last_date = last_date

    def __repr__(self) -> str:
        return f"Breach({self.service_code!r}, {self.reason!r}, {self.last_date!r})"


class LoginFailed(FrontDeskError):
    """Wrong username or password (never says which, so names cannot be guessed)."""

    def __init__(self) -> None:
        super().__init__("wrong username or password")


class AccountLocked(FrontDeskError):
    """Too many wrong passwords, or switched off by an admin. `until` is None when switched off."""

    def __init__(self, username: str, until: object | None) -> None:
        self.username = username
        self.until = until
        super().__init__(
            f"account {username!r} is locked" + (f" until {until}" if until else " by an admin")
        )


class SessionExpired(FrontDeskError):
    """The signed-in account was switched off, or its role changed, since it signed in."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(f"the session of {username!r} has ended; sign in again")
