"""Errors the services raise; the UI turns each into a sentence a volunteer understands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Breach:
    """One rule that a check-in would break.

    `reason` is the English sentence for the log and the audit trail; `kind` and the facts after
    it let the window say the same in the volunteer's language.
    """

    service_code: str
    reason: str
    last_date: date | None = None  # the local day the service was last given, for limits
    kind: str = ""  # BREACH_LIMIT, BREACH_CLOSED_DAY, BREACH_WITHDRAWN, BREACH_MEMBERSHIP
    service_name: str = ""
    limit_count: int = 0
    limit_days: int = 0
    per_household: bool = False
    weekday: int = -1  # 0 = Monday, for a closed day
    status: str = ""  # the membership status, when it is not active
    member_name: str = ""  # whose visit, at a household check-in


BREACH_LIMIT = "limit"
BREACH_CLOSED_DAY = "closed_day"
BREACH_WITHDRAWN = "withdrawn"
BREACH_MEMBERSHIP = "membership"


class LoginFailed(FrontDeskError):
    """Wrong username or password (never says which, so names cannot be guessed)."""

    def __init__(self) -> None:
        super().__init__("wrong username or password")


class SessionExpired(FrontDeskError):
    """The signed-in account was switched off, or its role changed, since it signed in."""

    def __init__(self, username: str) -> None:
        self.username = username
        super().__init__(f"the session of {username!r} has ended; sign in again")
