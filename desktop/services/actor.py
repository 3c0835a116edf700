"""Who is acting, at which desk: passed to every service that writes or reads personal data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from desktop.models import Role


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    desk_id: uuid.UUID | None
    role: Role
    username: str = ""

    @classmethod
    def system(cls) -> Actor:
        """The app itself (migrations, seeding, the demo generator)."""
        return cls(user_id=None, desk_id=None, role=Role.ADMIN, username="system")
