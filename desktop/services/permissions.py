"""Who may do what: one table from role to permissions, checked by every service.

Hiding a button is a courtesy; `require` is the guard. A service that reads or writes personal data
calls `require(actor, Permission.X)` before it touches the session.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.models import Person, Role
from desktop.services.actor import Actor
from desktop.services.errors import PermissionDenied


class Permission(StrEnum):
    SEARCH = "search"
    VIEW_PERSON = "view_person"
    REGISTER = "register"
    EDIT_PERSON = "edit_person"
    CHECK_IN = "check_in"
    VOID_VISIT = "void_visit"
    OVERRIDE_RULE = "override_rule"  # check in although a service rule says no, with a reason
    PRINT = "print"
    VIEW_RESTRICTED = "view_restricted"  # notes, vulnerability flags
    EDIT_RESTRICTED = "edit_restricted"
    VIEW_REPORTS = "view_reports"  # aggregate counts, no names
    EXPORT_ANONYMOUS = "export_anonymous"
    EXPORT_PERSONAL = "export_personal"
    IMPORT = "import"
    MERGE = "merge"
    MANAGE_USERS = "manage_users"
    MANAGE_SERVICES = "manage_services"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT = "view_audit"
    ACCESS_REQUEST = "access_request"  # everything held on one person, as a PDF
    ERASE = "erase"
    RETENTION = "retention"
    BACKUP = "backup"
    SYNC = "sync"


_VOLUNTEER = frozenset(
    {
        Permission.SEARCH,
        Permission.VIEW_PERSON,
        Permission.REGISTER,
        Permission.EDIT_PERSON,
        Permission.CHECK_IN,
        Permission.PRINT,
        Permission.VIEW_REPORTS,
    }
)
_CASEWORKER = _VOLUNTEER | {
    Permission.VIEW_RESTRICTED,
    Permission.EDIT_RESTRICTED,
    Permission.VOID_VISIT,
    Permission.OVERRIDE_RULE,
    Permission.EXPORT_ANONYMOUS,
}
_ADMIN = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VOLUNTEER: _VOLUNTEER,
    Role.CASEWORKER: frozenset(_CASEWORKER),
    Role.ADMIN: _ADMIN,
}

# Person fields only caseworkers and admins see; a volunteer's copy has them blanked.
RESTRICTED_FIELDS = ("notes", "vulnerability_flags")


def can(actor: Actor, permission: Permission) -> bool:
    """Whether the actor's role carries the permission."""
    return permission in ROLE_PERMISSIONS.get(Role(actor.role), frozenset())


def require(actor: Actor, permission: Permission) -> None:
    """Raise PermissionDenied unless the actor's role carries the permission."""
    if not can(actor, permission):
        raise PermissionDenied(str(permission), str(actor.role))


def redact(person: Person, actor: Actor) -> Person:
    """The person as this actor may see them: restricted fields blanked for volunteers.

    Returns a detached copy when blanking, so the stored row is never changed by accident.
    """
    if can(actor, Permission.VIEW_RESTRICTED):
        return person
    copy = Person.model_validate(person.model_dump())
    copy.notes = ""
    copy.vulnerability_flags = []
    return copy
