"""The role table: what each role may do, and what a volunteer never sees."""

from __future__ import annotations

import pytest

from desktop.models import Person, Role
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied
from desktop.services.permissions import Permission, can, redact, require


def _as(role: Role) -> Actor:
    return Actor(user_id=None, desk_id=None, role=role, username=str(role))


def test_volunteer_may_do_the_desk_work_and_nothing_else() -> None:
    volunteer = _as(Role.VOLUNTEER)
    for allowed in (Permission.SEARCH, Permission.REGISTER, Permission.CHECK_IN, Permission.PRINT):
        require(volunteer, allowed)
    for denied in (
        Permission.VIEW_RESTRICTED,
        Permission.EXPORT_PERSONAL,
        Permission.MERGE,
        Permission.MANAGE_USERS,
        Permission.ERASE,
        Permission.VIEW_AUDIT,
    ):
        with pytest.raises(PermissionDenied):
            require(volunteer, denied)


def test_caseworker_sees_restricted_notes_but_cannot_manage_users() -> None:
    caseworker = _as(Role.CASEWORKER)
    assert can(caseworker, Permission.VIEW_RESTRICTED)
    assert can(caseworker, Permission.EDIT_RESTRICTED)
    assert not can(caseworker, Permission.MANAGE_USERS)
    assert not can(caseworker, Permission.EXPORT_PERSONAL)


def test_admin_holds_every_permission() -> None:
    admin = _as(Role.ADMIN)
    assert all(can(admin, p) for p in Permission)


def test_volunteer_copy_of_a_person_has_no_notes_or_flags() -> None:
    person = Person(member_number="CFR-000001", notes="trauma history", vulnerability_flags=["gbv"])
    seen = redact(person, _as(Role.VOLUNTEER))
    assert seen.notes == "" and seen.vulnerability_flags == []
    assert seen.member_number == "CFR-000001" and seen.id == person.id
    assert person.notes == "trauma history"  # the stored row is untouched
    assert redact(person, _as(Role.CASEWORKER)) is person
