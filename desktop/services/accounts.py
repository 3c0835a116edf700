"""Desk accounts: the first admin, signing in with lockout, and the admin's user management.

Passwords are hashed with argon2id at OWASP's recommended cost (19 MiB, 2 passes, 1 lane).
Every sign-in, failure and lockout is written to the audit trail. On a file opened by signing in,
each account also holds a sealed copy of the file key (desktop/db/keyring.py): creating an
account or setting its password seals one, switching it off drops it, a lockout is noted on it.
The services note these as KeyChanges in the session; Database.write applies them once the
transaction has committed. A wrong, unknown, locked or switched-off account gets one answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, col, select

from desktop.db.engine import KEY_CHANGES
from desktop.db.keyring import KeyChange
from desktop.models import Role, UserAccount
from desktop.services import audit, clock
from desktop.services.actor import Actor
from desktop.services.errors import (
    FrontDeskError,
    LoginFailed,
    PermissionDenied,
    SessionExpired,
    Text,
    ValidationError,
)
from desktop.services.permissions import Permission, require
from desktop.services.setup import this_desk

HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
MIN_PASSWORD = 8
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _check_new(username: str, display_name: str, password: str, role: str) -> None:
    errors: dict[str, str] = {}
    if not username.strip() or len(username.strip()) > 60 or " " in username.strip():
        errors["username"] = "Type a user name without spaces (up to 60 characters)."
    if not display_name.strip():
        errors["display_name"] = "Type the person's name."
    if len(password) < MIN_PASSWORD:
        errors["password"] = Text("Use at least {count} characters.", count=MIN_PASSWORD)
    if role not in set(Role):
        errors["role"] = "Choose volunteer, caseworker or admin."
    if errors:
        raise ValidationError(errors)


def _note_key(session: Session, change: KeyChange) -> None:
    session.info.setdefault(KEY_CHANGES, []).append(change)


def _seal_for(session: Session, user: UserAccount, password: str, *, what: str = "seal") -> None:
    _note_key(session, KeyChange(what, user.id.hex, user.username, password))


def _by_name(session: Session, username: str) -> UserAccount | None:
    return session.exec(
        select(UserAccount).where(UserAccount.username == username.strip().lower())
    ).first()


def actor_for(session: Session, user: UserAccount) -> Actor:
    return Actor(
        user_id=user.id, desk_id=this_desk(session).id, role=Role(user.role), username=user.username
    )


def needs_first_admin(session: Session) -> bool:
    """True until an admin who can sign in exists (the first-run dialog creates one)."""
    admins = select(UserAccount).where(
        UserAccount.role == Role.ADMIN, col(UserAccount.active).is_(True)
    )
    return not any(user.password_hash for user in session.exec(admins))


def create_first_admin(
    *, session: Session, username: str, display_name: str, password: str
) -> Actor:
    """Create the first admin on a new database and return them signed in.

    Raises PermissionDenied when an admin already exists, ValidationError for bad input.
    """
    if not needs_first_admin(session):
        raise PermissionDenied("create the first admin", "none")
    _check_new(username, display_name, password, Role.ADMIN)
    desk = this_desk(session)
    user = UserAccount(
        username=username.strip().lower(),
        display_name=display_name.strip(),
        role=Role.ADMIN,
        password_hash=hash_password(password),
        desk_id=desk.id,
        last_login_at=clock.now(),
    )
    session.add(user)
    session.flush()
    _seal_for(session, user, password)
    actor = actor_for(session, user)
    audit.record(
        session,
        actor,
        "user.create",
        entity="user",
        entity_id=user.id,
        detail={"username": user.username, "role": user.role, "first_admin": True},
    )
    audit.record(session, actor, "login", entity="user", entity_id=user.id)
    return actor


@dataclass(frozen=True)
class LoginAttempt:
    """What a sign-in came to. The caller commits first, then calls `actor_or_raise()`.

    Failures are returned, not raised, so the failure count and the audit event are committed.
    """

    actor: Actor | None
    error: FrontDeskError | None

    def actor_or_raise(self) -> Actor:
        if self.error is not None:
            raise self.error
        assert self.actor is not None
        return self.actor


def attempt_login(*, session: Session, username: str, password: str) -> LoginAttempt:
    """Check a username and password, counting failures; the 5th failure locks for 15 minutes."""
    desk = this_desk(session)
    anonymous = Actor(user_id=None, desk_id=desk.id, role=Role.VOLUNTEER, username="")
    user = _by_name(session, username)
    now = clock.now()
    if user is None or not user.password_hash:
        HASHER.hash(password)  # same time as a real check: the answer does not reveal names
        audit.record(session, anonymous, "login.failed", detail={"username": username[:60]})
        return LoginAttempt(None, LoginFailed())
    # Switched off and locked get the same words as a wrong password (the trail says which).
    if not user.active or (user.locked_until is not None and user.locked_until > now):
        HASHER.hash(password)  # the same time as a real check
        audit.record(
            session,
            anonymous,
            "login.refused",
            entity="user",
            entity_id=user.id,
            detail={"reason": "switched off" if not user.active else "locked"},
        )
        return LoginAttempt(None, LoginFailed())
    try:
        HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        detail: dict[str, object] = {}
        _count_failure(session, user, now, detail)
        audit.record(
            session, anonymous, "login.failed", entity="user", entity_id=user.id, detail=detail
        )
        return LoginAttempt(None, LoginFailed())
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    if user.locked_until is not None:
        _note_key(session, KeyChange("lock", user.id.hex, until=None))
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    session.add(user)
    # An account without a copy of the file key (a desk moved from a passphrase) gets one now.
    _seal_for(session, user, password, what="ensure")
    actor = actor_for(session, user)
    audit.record(session, actor, "login", entity="user", entity_id=user.id)
    return LoginAttempt(actor, None)


def _count_failure(
    session: Session, user: UserAccount, at: datetime, detail: dict[str, object]
) -> None:
    """One more wrong password; the fifth locks the account for LOCKOUT (noted in `detail`)."""
    user.failed_attempts += 1
    detail["failures"] = user.failed_attempts
    if user.failed_attempts >= MAX_FAILURES:
        user.locked_until = at + LOCKOUT
        user.failed_attempts = 0
        detail["locked_until"] = user.locked_until.isoformat()
        _note_key(session, KeyChange("lock", user.id.hex, until=user.locked_until))
    session.add(user)


def record_start_failures(session: Session, failures: tuple[tuple[str, datetime], ...]) -> None:
    """Failed sign-ins at start (the file was closed, desktop/db/keyring.note_failure) into the
    trail, each counted against its account as a failure in the window is."""
    desk = this_desk(session)
    anonymous = Actor(user_id=None, desk_id=desk.id, role=Role.VOLUNTEER, username="")
    for typed, at in failures:
        user = _by_name(session, typed)
        detail: dict[str, object] = {"username": typed[:60], "at_start": at.isoformat()}
        if user is None or not user.password_hash:
            audit.record(session, anonymous, "login.failed", detail=detail)
            continue
        if not user.active:
            detail["reason"] = "switched off"
        else:
            _count_failure(session, user, at, detail)
        audit.record(
            session, anonymous, "login.failed", entity="user", entity_id=user.id, detail=detail
        )


def override_approver(attempt: LoginAttempt) -> Actor:
    """The caseworker or admin who typed their own password to approve an override at someone
    else's desk (`attempt` from attempt_login, already committed so failures count).

    Raises LoginFailed (also for a locked account), PermissionDenied (a volunteer's account).
    """
    approver = attempt.actor_or_raise()
    require(approver, Permission.OVERRIDE_RULE)
    return approver


def refresh_actor(session: Session, actor: Actor) -> Actor:
    """The actor as the database now says. Raises SessionExpired if switched off or re-roled."""
    user = session.get(UserAccount, actor.user_id) if actor.user_id else None
    if user is None or not user.active or Role(user.role) != actor.role:
        raise SessionExpired(actor.username)
    return actor


# --- what an admin does -------------------------------------------------------------------------
def list_users(*, session: Session, actor: Actor) -> list[UserAccount]:
    """Every account, by name. Raises PermissionDenied unless the actor manages users."""
    require(actor, Permission.MANAGE_USERS)
    return list(session.exec(select(UserAccount).order_by(col(UserAccount.username))))


def create_user(
    *, session: Session, actor: Actor, username: str, display_name: str, role: str, password: str
) -> UserAccount:
    """Add an account. Raises PermissionDenied, ValidationError (bad input or name taken)."""
    require(actor, Permission.MANAGE_USERS)
    _check_new(username, display_name, password, role)
    if _by_name(session, username) is not None:
        raise ValidationError({"username": "That user name is taken."})
    user = UserAccount(
        username=username.strip().lower(),
        display_name=display_name.strip(),
        role=role,
        password_hash=hash_password(password),
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(user)
    session.flush()
    _seal_for(session, user, password)
    audit.record(
        session,
        actor,
        "user.create",
        entity="user",
        entity_id=user.id,
        detail={"username": user.username, "role": role},
    )
    return user


def _get(session: Session, user_id: uuid.UUID) -> UserAccount:
    from desktop.services.errors import NotFound

    user = session.get(UserAccount, user_id)
    if user is None:
        raise NotFound(f"user {user_id}")
    return user


def update_user(
    *,
    session: Session,
    actor: Actor,
    user_id: uuid.UUID,
    role: str | None = None,
    active: bool | None = None,
    password: str | None = None,
    unlock: bool = False,
) -> UserAccount:
    """Change role, switch on/off, set a new password or lift a lockout.

    Raises PermissionDenied, NotFound, ValidationError (bad value, or the last admin switched off).
    """
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    changes: dict[str, object] = {}
    if role is not None and role != user.role:
        if role not in set(Role):
            raise ValidationError({"role": "Choose volunteer, caseworker or admin."})
        changes["role"] = role
    if active is not None and active != user.active:
        changes["active"] = active
    demoted = changes.get("role", Role.ADMIN) != Role.ADMIN or changes.get("active") is False
    if user.role == Role.ADMIN and demoted and _admins_left(session, user.id) == 0:
        raise ValidationError({"role": "Keep at least one active admin."})
    if password is not None:
        if len(password) < MIN_PASSWORD:
            raise ValidationError(
                {"password": Text("Use at least {count} characters.", count=MIN_PASSWORD)}
            )
        user.password_hash = hash_password(password)
        changes["password"] = "changed"
    if unlock:
        user.locked_until, user.failed_attempts = None, 0
        changes["unlocked"] = True
        _note_key(session, KeyChange("lock", user.id.hex, until=None))
    if changes.get("active") is False:
        _note_key(session, KeyChange("drop", user.id.hex))
    elif password is not None and (user.active or changes.get("active") is True):
        _seal_for(session, user, password)
    for name in ("role", "active"):
        if name in changes:
            setattr(user, name, changes[name])
    user.updated_at, user.written_by = clock.now(), actor.user_id
    session.add(user)
    audit.record(session, actor, "user.update", entity="user", entity_id=user.id, detail=changes)
    return user


def _admins_left(session: Session, other_than: uuid.UUID) -> int:
    admins = session.exec(
        select(UserAccount).where(
            UserAccount.role == Role.ADMIN,
            col(UserAccount.active).is_(True),
            UserAccount.id != other_than,
        )
    )
    # The passwordless desk account cannot sign in, so it does not count.
    return sum(1 for user in admins if user.password_hash)
