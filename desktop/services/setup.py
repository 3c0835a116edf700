"""First start of a database: this desk, the service catalogue, a desk user."""

from __future__ import annotations

from sqlmodel import Session, col, select

from desktop.models import Desk, Role, UserAccount
from desktop.services.actor import Actor
from desktop.services.catalogue import seed_id, seed_services

DEFAULT_DESK_CODE = "A"
DESK_USERNAME = "desk"


def this_desk(session: Session) -> Desk:
    """The desk this file belongs to, created on first start."""
    desk = session.exec(select(Desk).where(col(Desk.is_this_desk).is_(True))).first()
    if desk is None:
        desk = Desk(code=DEFAULT_DESK_CODE, name="Reception", is_this_desk=True)
        session.add(desk)
        session.flush()
    return desk


def prepare_database(session: Session) -> Actor:
    """Make a new database ready for the desk; idempotent. Returns the desk's system actor.

    The shared `desk` account has no password, so nobody can sign in as it: it is who the
    command line and seeding act as in the audit trail. People sign in with their own accounts
    (services/accounts.py); the first admin is created by the first-run dialog.
    """
    desk = this_desk(session)
    seed_services(session)
    user = session.exec(select(UserAccount).where(UserAccount.username == DESK_USERNAME)).first()
    if user is None:
        user = UserAccount(
            id=seed_id("user", DESK_USERNAME),
            username=DESK_USERNAME,
            display_name="Reception desk",
            role=Role.ADMIN,
            desk_id=desk.id,
        )
        session.add(user)
        session.flush()
    return Actor(user_id=user.id, desk_id=desk.id, role=Role(user.role), username=user.username)
