"""Value sets stored as plain strings (portable between SQLite and PostgreSQL)."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    NOT_STATED = "not_stated"


class ImmigrationStatus(StrEnum):
    ASYLUM_SEEKER = "asylum_seeker"
    NON_REFOULEMENT_CLAIMANT = "non_refoulement_claimant"
    RECOGNISED_REFUGEE = "recognised_refugee"
    OTHER = "other"
    NOT_STATED = "not_stated"


class PersonStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DECEASED = "deceased"
    ANONYMISED = "anonymised"
    MERGED = "merged"


class ServiceCategory(StrEnum):
    HUMANITARIAN = "humanitarian"
    MEDICAL = "medical"
    PSYCHOSOCIAL = "psychosocial"
    EDUCATION = "education"
    EMPLOYABILITY = "employability"
    EMPOWERMENT = "empowerment"
    EMERGENCY = "emergency"
    OUTREACH = "outreach"


class LimitScope(StrEnum):
    PERSON = "person"
    HOUSEHOLD = "household"


class Role(StrEnum):
    VOLUNTEER = "volunteer"
    CASEWORKER = "caseworker"
    ADMIN = "admin"


class PrintStatus(StrEnum):
    PENDING = "pending"
    PRINTING = "printing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
