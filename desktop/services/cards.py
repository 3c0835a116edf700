"""Member cards: each print is a numbered card; a reprint marks the card before it replaced."""

from __future__ import annotations

import uuid

from sqlalchemy import func
from sqlmodel import Session, col, select

from desktop.models import MemberCard
from desktop.services import audit
from desktop.services.actor import Actor
from desktop.services.people import get_person


def issue_card(*, session: Session, actor: Actor, person_id: uuid.UUID) -> MemberCard:
    """A new card for the person (serial 1, 2, ...); any card still in use is marked replaced.

    Raises NotFound.
    """
    person = get_person(session, person_id)
    last = session.exec(
        select(func.max(MemberCard.serial)).where(MemberCard.person_id == person.id)
    ).one()
    card = MemberCard(
        person_id=person.id,
        serial=int(last or 0) + 1,
        desk_id=actor.desk_id,
        written_by=actor.user_id,
    )
    session.add(card)
    session.flush()
    in_use = session.exec(
        select(MemberCard).where(
            MemberCard.person_id == person.id,
            col(MemberCard.replaced).is_(False),
            MemberCard.id != card.id,
        )
    ).all()
    for old in in_use:
        old.replaced = True
        old.replaced_at_card_id = card.id
        session.add(old)
    audit.record(
        session,
        actor,
        "card.issue",
        entity="person",
        entity_id=person.id,
        detail={"serial": card.serial, "replaces": [o.serial for o in in_use]},
    )
    session.flush()
    return card


def cards_of(session: Session, person_id: uuid.UUID) -> list[MemberCard]:
    """The person's cards, newest first."""
    return list(
        session.exec(
            select(MemberCard)
            .where(MemberCard.person_id == person_id)
            .order_by(col(MemberCard.serial).desc())
        )
    )
