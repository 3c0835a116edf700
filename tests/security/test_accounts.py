"""Signing in: argon2id hashes, the first admin, lockout after repeated failures, user admin."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.models import AuditEvent, Role, UserAccount
from desktop.services import clock
from desktop.services.accounts import (
    MAX_FAILURES,
    attempt_login,
    create_first_admin,
    create_user,
    needs_first_admin,
    refresh_actor,
    update_user,
)
from desktop.services.actor import Actor
from desktop.services.errors import (
    LoginFailed,
    PermissionDenied,
    SessionExpired,
    ValidationError,
)
from tests.security.conftest import PASSWORD


def _login(db: Database, username: str, password: str) -> Actor:
    with db.write() as session:
        attempt = attempt_login(session=session, username=username, password=password)
    return attempt.actor_or_raise()


def test_first_run_creates_one_admin_with_an_argon2id_hash(db: Database, actor: Actor) -> None:
    with db.read() as session:
        assert needs_first_admin(session)
    with db.write() as session:
        admin = create_first_admin(
            session=session, username="Mei", display_name="Mei Chan", password=PASSWORD
        )
    assert admin.role == Role.ADMIN and admin.username == "mei"
    with db.read() as session:
        user = session.exec(select(UserAccount).where(UserAccount.username == "mei")).one()
        assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
        assert PASSWORD not in user.password_hash
        assert not needs_first_admin(session)
    with db.write() as session, pytest.raises(PermissionDenied):
        create_first_admin(session=session, username="x", display_name="X", password=PASSWORD)


def test_wrong_password_is_refused_and_the_failure_is_audited(
    db: Database, admin: Actor, volunteer: Actor
) -> None:
    with pytest.raises(LoginFailed):
        _login(db, "volunteer", "not-the-password")
    with pytest.raises(LoginFailed):
        _login(db, "nobody", "whatever-it-is")
    with db.read() as session:
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert actions.count("login.failed") == 2
    assert _login(db, "volunteer", PASSWORD).role == Role.VOLUNTEER


def test_fifth_wrong_password_locks_the_account_even_for_the_right_one(
    db: Database, volunteer: Actor
) -> None:
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed):
            _login(db, "volunteer", "guess-guess")
    # Locked: the same words as a wrong password, even for the right one; the trail says which.
    with pytest.raises(LoginFailed):
        _login(db, "volunteer", "guess-guess")
    with pytest.raises(LoginFailed):
        _login(db, "volunteer", PASSWORD)
    with db.read() as session:
        refused = [
            e.detail for e in session.exec(select(AuditEvent)) if e.action == "login.refused"
        ]
    assert refused == [{"reason": "locked"}]
    with db.write() as session:  # fifteen minutes later it opens again
        user = session.exec(select(UserAccount).where(UserAccount.username == "volunteer")).one()
        assert user.locked_until is not None
        user.locked_until = clock.now() - timedelta(seconds=1)
        session.add(user)
    assert _login(db, "volunteer", PASSWORD).username == "volunteer"


def test_admin_lifts_a_lockout_and_switches_an_account_off(
    db: Database, admin: Actor, volunteer: Actor
) -> None:
    assert volunteer.user_id is not None
    with db.write() as session:
        update_user(session=session, actor=admin, user_id=volunteer.user_id, active=False)
    with pytest.raises(LoginFailed):  # switched off: the words of a wrong password
        _login(db, "volunteer", PASSWORD)
    with db.read() as session, pytest.raises(SessionExpired):
        refresh_actor(session, volunteer)


def test_volunteer_cannot_create_accounts_and_nothing_is_written(
    db: Database, volunteer: Actor
) -> None:
    with db.read() as session:
        before = len(list(session.exec(select(UserAccount))))
    with db.write() as session, pytest.raises(PermissionDenied):
        create_user(
            session=session,
            actor=volunteer,
            username="sneaky",
            display_name="Sneaky",
            role=Role.ADMIN,
            password=PASSWORD,
        )
    with db.read() as session:
        assert len(list(session.exec(select(UserAccount)))) == before


def test_the_last_admin_cannot_be_switched_off(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    with db.write() as session, pytest.raises(ValidationError):
        update_user(session=session, actor=admin, user_id=admin.user_id, role=Role.VOLUNTEER)


def test_short_password_is_refused(db: Database, admin: Actor) -> None:
    with db.write() as session, pytest.raises(ValidationError) as err:
        create_user(
            session=session,
            actor=admin,
            username="amir",
            display_name="Amir",
            role=Role.VOLUNTEER,
            password="short",
        )
    assert "password" in err.value.errors
