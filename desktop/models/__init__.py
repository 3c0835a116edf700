"""SQLModel tables and value types. No business rules, no Qt."""

from desktop.models.desk import AuditEvent, Counter, Desk, PrintJob, Setting, UserAccount
from desktop.models.documents import IdentityDocument
from desktop.models.enums import (
    DocumentKind,
    ImmigrationStatus,
    LimitScope,
    PersonStatus,
    PrintStatus,
    Relationship,
    Role,
    ServiceCategory,
    Sex,
    VulnerabilityFlag,
)
from desktop.models.imports import ImportedRow
from desktop.models.person import (
    Consent,
    Household,
    MemberCard,
    Person,
    PersonChange,
    PersonMerge,
)
from desktop.models.service import Service, Visit, VisitService
from desktop.models.sync import SyncConflict, SyncOutbox, SyncRowClock, SyncState, SyncSuspect
from desktop.models.types import UTCDateTime, new_id, utcnow

__all__ = [
    "AuditEvent",
    "Consent",
    "Counter",
    "Desk",
    "DocumentKind",
    "Household",
    "IdentityDocument",
    "ImmigrationStatus",
    "ImportedRow",
    "LimitScope",
    "MemberCard",
    "Person",
    "PersonChange",
    "PersonMerge",
    "PersonStatus",
    "PrintJob",
    "PrintStatus",
    "Relationship",
    "Role",
    "Service",
    "ServiceCategory",
    "Setting",
    "Sex",
    "SyncConflict",
    "SyncOutbox",
    "SyncRowClock",
    "SyncState",
    "SyncSuspect",
    "UTCDateTime",
    "UserAccount",
    "Visit",
    "VisitService",
    "VulnerabilityFlag",
    "new_id",
    "utcnow",
]
