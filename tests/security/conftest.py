"""Accounts for each role on the test database."""

from __future__ import annotations

import pytest

from desktop.db import Database
from desktop.models import Role
from desktop.services.accounts import attempt_login, create_user
from desktop.services.actor import Actor

PASSWORD = "correct-horse-7"


def _sign_in(db: Database, admin: Actor, role: Role) -> Actor:
    with db.write() as session:
        if role != Role.ADMIN:
            create_user(
                session=session,
                actor=admin,
                username=str(role),
                display_name=f"Test {role}",
                role=role,
                password=PASSWORD,
            )
    with db.write() as session:
        attempt = attempt_login(session=session, username=str(role), password=PASSWORD)
    return attempt.actor_or_raise()


@pytest.fixture
def admin(db: Database, actor: Actor) -> Actor:
    from desktop.services.accounts import create_first_admin

    with db.write() as session:
        return create_first_admin(
            session=session, username="admin", display_name="Test admin", password=PASSWORD
        )


@pytest.fixture
def volunteer(db: Database, admin: Actor) -> Actor:
    return _sign_in(db, admin, Role.VOLUNTEER)


@pytest.fixture
def caseworker(db: Database, admin: Actor) -> Actor:
    return _sign_in(db, admin, Role.CASEWORKER)
