"""Stable pseudonymous ids for anonymised exports: a keyed hash (HMAC) of the row's id.

The key is a random secret kept in this database's settings, so the same person has the same
pseudonym in every export from this database, and no one holding only the files can go back
from a pseudonym to the person (or guess it from a member number).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from sqlmodel import Session

from desktop.models import Setting
from desktop.services import clock

KEY_SETTING = "export_pseudonym_key"


def pseudonym_key(session: Session) -> bytes:
    """This database's secret, made on first use (call in a write transaction the first time)."""
    row = session.get(Setting, KEY_SETTING)
    if row is None or not isinstance(row.value, str):
        row = Setting(key=KEY_SETTING, value=secrets.token_hex(32), updated_at=clock.now())
        session.add(row)
        session.flush()
    assert isinstance(row.value, str)
    return bytes.fromhex(row.value)


class Pseudonymiser:
    """Turns ids into short pseudonyms: 'P-' for people, 'H-' for households."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _make(self, prefix: str, raw: object) -> str:
        if raw is None or raw == "":
            return ""
        value = raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "").lower()
        digest = hmac.new(self._key, f"{prefix}:{value}".encode(), hashlib.sha256).hexdigest()
        return f"{prefix}-{digest[:16].upper()}"

    def person(self, raw: object) -> str:
        return self._make("P", raw)

    def household(self, raw: object) -> str:
        return self._make("H", raw)
