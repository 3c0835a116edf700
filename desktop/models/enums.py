"""Value sets stored as plain strings (portable between SQLite and PostgreSQL)."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    NOT_STATED = "not_stated"
    DECLINED = "declined"  # the person preferred not to say


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
    UNCERTAIN = "uncertain"  # the app stopped while sending: check the tray before printing again


class VulnerabilityFlag(StrEnum):
    """Needs the desk should know about, so staff can prioritise (restricted: staff only)."""

    UNACCOMPANIED_MINOR = "unaccompanied_minor"
    PREGNANT = "pregnant"
    DISABILITY = "disability"
    SERIOUS_ILLNESS = "serious_illness"
    MENTAL_HEALTH = "mental_health"
    SURVIVOR_OF_VIOLENCE = "survivor_of_violence"
    SINGLE_PARENT = "single_parent"
    OLDER_PERSON_ALONE = "older_person_alone"
    NO_SHELTER = "no_shelter"


class Relationship(StrEnum):
    """How a household member relates to the head of the household."""

    HEAD = "head"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    OTHER_RELATIVE = "other_relative"
    OTHER = "other"


class DocumentKind(StrEnum):
    """Identity documents a member may hold in Hong Kong."""

    RECOGNIZANCE = "recognizance"  # the recognizance form (ID 220) Immigration issues
    NON_REFOULEMENT_CLAIM = "non_refoulement_claim"  # the claim's reference number
    UNHCR_CASE = "unhcr_case"
    PASSPORT = "passport"
    HK_ID = "hk_id"
    OTHER = "other"
