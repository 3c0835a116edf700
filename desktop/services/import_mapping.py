"""From a legacy spreadsheet's columns to a person's fields: guessing the mapping from the
header names, and reading each row's cells the way people typed them."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop.models import DocumentKind, ImmigrationStatus, Sex
from desktop.services.country_names import read_country_code
from desktop.services.documents import DocumentInput
from desktop.services.people import PersonInput
from desktop.services.reference import languages
from desktop.services.text import fold

IGNORE = ""
FULL_NAME = "full_name"  # split into family and given name
HOUSEHOLD = "household"  # rows with the same value form one household
REGISTERED_ON = "registered_on"  # the day the person first registered
LEGACY_NUMBER = "legacy_number"  # the old spreadsheet's own id, kept in the notes
DOCUMENT = "document"  # an identity document's number; its kind read from the number's shape
DOCUMENT_TARGETS = {  # a column of one kind of document
    "document_recognizance": DocumentKind.RECOGNIZANCE,
    "document_claim": DocumentKind.NON_REFOULEMENT_CLAIM,
    "document_unhcr": DocumentKind.UNHCR_CASE,
    "document_passport": DocumentKind.PASSPORT,
    "document_hk_id": DocumentKind.HK_ID,
}

# Target -> header spellings seen in the centre's old sheets (folded, punctuation removed).
TARGETS: dict[str, tuple[str, ...]] = {
    "family_name": ("family name", "surname", "last name", "lastname", "family", "姓"),
    "given_name": ("given name", "given names", "first name", "firstname", "forename", "名"),
    FULL_NAME: ("name", "full name", "client name", "member name", "english name", "姓名"),
    "name_original": ("name in own script", "native name", "chinese name", "中文姓名", "中文名",
                      "name own language", "name in own language", "own language name",
                      "name own script", "own script name", "name in native script",
                      "original name", "arabic name", "nom en langue d origine"),
    "preferred_name": ("preferred name", "nickname", "known as"),
    "sex": ("sex", "gender", "m f", "性別", "sex gender", "gender sex", "sexe", "genre"),
    "birth": ("date of birth", "dob", "birth date", "birthday", "born", "year of birth",
              "birth year", "出生日期"),
    "phone": ("phone", "mobile", "tel", "telephone", "phone number", "mobile number", "contact",
              "contact number", "電話"),
    "phone_alt": ("other phone", "phone 2", "second phone", "alt phone"),
    "country_of_origin": ("country", "country of origin", "origin", "home country", "國家"),
    "nationality": ("nationality", "citizenship", "國籍"),
    "preferred_language": ("language", "preferred language", "languages", "語言"),
    "hk_area": ("area", "district", "address", "hk area", "地區"),
    "immigration_status": ("status", "immigration status", "claim status"),
    "arrival_date": ("arrival", "arrival date", "date of arrival", "arrived"),
    "claim_date": ("claim date", "date of claim"),
    "notes": ("notes", "remarks", "comment", "comments", "備註"),
    HOUSEHOLD: ("household", "family id", "household id", "family no", "家庭"),
    REGISTERED_ON: ("registered", "registration date", "date registered", "intake date",
                    "registered on", "date joined"),
    DOCUMENT: ("rf claim no", "claim rf no", "rf claim number", "id document", "document",
               "document no", "document number", "id no", "id number", "identity document",
               "papers", "證件號碼"),
    "document_recognizance": ("rf no", "rf number", "rf", "recognizance", "recognizance no",
                              "recognisance no", "recognizance form", "recognizance form no"),
    "document_claim": ("claim no", "claim number", "nrc no", "usm no", "usm number",
                       "torture claim no", "non refoulement claim no", "tcc no"),
    "document_unhcr": ("unhcr no", "unhcr", "unhcr case no", "unhcr number", "unhcr case number",
                       "refugee no", "refugee number", "unhcr ref"),
    "document_passport": ("passport", "passport no", "passport number", "護照號碼"),
    "document_hk_id": ("hkid", "hk id", "hkid no", "hk id no", "hong kong id", "身份證",
                       "身份證號碼"),
    LEGACY_NUMBER: ("id", "member no", "member number", "membership no", "client id", "no",
                    "ref", "case no", "編號"),
}  # fmt: skip

_PUNCT = re.compile(r"[^\w\s]+")
_SEX = {
    Sex.FEMALE: ("f", "female", "woman", "w", "girl", "女", "femme", "feminin", "fille", "أنثى"),
    Sex.MALE: ("m", "male", "man", "boy", "男", "homme", "masculin", "garcon", "h", "ذكر"),
    Sex.INTERSEX: ("intersex", "intersexe", "雙性人"),
    Sex.DECLINED: (
        "prefer not to say",
        "prefers not to say",
        "prefer not to answer",
        "declined",
        "decline",
        "declined to say",
        "rather not say",
        "not disclosed",
        "refused",
        "ne souhaite pas repondre",
        "不願透露",
    ),
}
# Answers about gender identity rather than sex: kept as typed in gender identity.
_GENDER_IDENTITIES = frozenset({
    "x", "non binary", "nonbinary", "nb", "enby", "genderqueer", "gender queer", "genderfluid",
    "gender fluid", "agender", "trans", "transgender", "trans woman", "trans man", "transwoman",
    "transman", "trans female", "trans male", "mtf", "ftm", "two spirit", "third gender",
    "hijra", "other", "non binaire", "autre", "queer",
})  # fmt: skip
_STATUS = {
    ImmigrationStatus.ASYLUM_SEEKER: ("asylum seeker", "as"),
    ImmigrationStatus.NON_REFOULEMENT_CLAIMANT: ("non refoulement claimant", "nrc", "usm",
                                                 "torture claimant", "cat"),
    ImmigrationStatus.RECOGNISED_REFUGEE: ("recognised refugee", "recognized refugee", "refugee"),
    ImmigrationStatus.OTHER: ("other",),
}  # fmt: skip


def _key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(text)).replace("_", " ").split())


def guess_mapping(headers: Sequence[str]) -> list[str]:
    """For each header, the target field it most likely holds (IGNORE when none)."""
    lookup = {
        _key(spelling): target for target, spellings in TARGETS.items() for spelling in spellings
    }
    taken: set[str] = set()
    out: list[str] = []
    for header in headers:
        target = lookup.get(_key(header), IGNORE)
        if target in taken:
            target = IGNORE  # the first column with a meaning keeps it
        taken.add(target)
        out.append(target)
    if FULL_NAME in out and ("family_name" in out or "given_name" in out):
        out = [IGNORE if t == FULL_NAME else t for t in out]
    return out


@dataclass
class RowInput:
    """One row read through the mapping: the form it would fill, and the extras."""

    data: PersonInput
    household: str = ""
    registered_on: str = ""
    warnings: list[str] = field(default_factory=list)


def tidy_name(text: str) -> str:
    """Single spaces; a Latin name typed all in capitals or small letters gets capitals only
    at word starts ('NGUYEN thi' -> 'Nguyen Thi'). Other scripts are left as typed."""
    name = " ".join(text.split())
    letters = [c for c in name if c.isalpha()]
    latin = letters and all(ord(c) < 0x250 for c in letters)
    if latin and (name.isupper() or name.islower()):
        return name.title()
    return name


def split_full_name(text: str, *, family_first: bool = False) -> tuple[str, str]:
    """(family, given) from one name cell: 'OKAFOR, Chidinma', 'OKAFOR Chidinma' (the word in
    capitals is the family name, as the centre's paper files write it), 'Chidinma Okafor', or
    with `family_first` (a Chinese name: 'Chan Siu Ling') the first word."""
    name = " ".join(text.split())
    if "," in name:
        family, _, given = name.partition(",")
        return tidy_name(family), tidy_name(given)
    words = name.split()
    if len(words) < 2:
        return tidy_name(name), ""
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and len(capitals) < len(words):
        family = " ".join(capitals)
        given = " ".join(w for w in words if w not in capitals)
        return tidy_name(family), tidy_name(given)
    if family_first:
        return tidy_name(words[0]), tidy_name(" ".join(words[1:]))
    return tidy_name(words[-1]), tidy_name(" ".join(words[:-1]))


def _has_chinese(text: str) -> bool:
    return any(0x3400 <= ord(c) < 0xA000 or 0x20000 <= ord(c) < 0x2FA20 for c in text)


def read_sex(text: str) -> tuple[Sex, str] | None:
    """(sex, gender identity) from a sex or gender answer; None when not understood.

    'F' and 'male' are a sex; 'Non-binary', 'X' or 'trans man' leave the sex not stated and
    are kept as typed in gender identity; 'prefer not to say' is the declined answer.
    """
    key = _key(text)
    if not key:
        return Sex.NOT_STATED, ""
    for sex, spellings in _SEX.items():
        if key in spellings:
            return sex, ""
    if key in _GENDER_IDENTITIES:
        return Sex.NOT_STATED, " ".join(text.split())[:100]
    return None


def read_country(text: str) -> str | None:
    """An ISO alpha-2 code from a code, name, alias or nationality adjective (English,
    French, Chinese); '' for empty; None if unknown."""
    return read_country_code(text)


_HK_ID = re.compile(r"[A-Z]{1,2}\d{6}\(?[\dA]\)?")
_UNHCR = re.compile(r"(UNHCR\W*.*|\d{3}-\d{2}[A-Z]\d{5})")
_CLAIM = re.compile(r"(USM|TCC|NRC|CAT|CLAIM)\b.*")
_RECOGNIZANCE = re.compile(r"(RF|ID\s*220|RECOG)\W*.*")


def read_documents(text: str, kind: str = "") -> list[DocumentInput]:
    """The documents in one cell (several split by ';'); without `kind`, each one's kind is
    read from its shape: 'A123456(7)' an HK ID, '505-09C01234' or 'UNHCR ...' a UNHCR case,
    'USM 1234/2019' a claim, 'RF-...' a recognizance form, anything else other."""
    found = []
    for part in text.split(";"):
        number = " ".join(part.split())
        if not number:
            continue
        upper = number.upper()
        guessed = kind or (
            DocumentKind.HK_ID
            if _HK_ID.fullmatch(upper.replace(" ", ""))
            else DocumentKind.UNHCR_CASE
            if _UNHCR.fullmatch(upper)
            else DocumentKind.NON_REFOULEMENT_CLAIM
            if _CLAIM.fullmatch(upper)
            else DocumentKind.RECOGNIZANCE
            if _RECOGNIZANCE.fullmatch(upper)
            else DocumentKind.OTHER
        )
        found.append(DocumentInput(kind=guessed, number=number))
    return found


def read_language(text: str) -> str | None:
    """An ISO 639 code from a code or an English name ('Urdu' -> 'ur'); '' for empty; None if
    unknown. A cell listing several ('Urdu, English') gives the first."""
    first = re.split(r"[,;/]", text.strip())[0].strip()
    if not first:
        return ""
    known = dict(languages("en"))
    if first.lower() in known:
        return first.lower()
    by_name = {_key(name): code for code, name in known.items()}
    return by_name.get(_key(first))


def read_status(text: str) -> str | None:
    key = _key(text)
    if not key:
        return ImmigrationStatus.NOT_STATED
    for status, spellings in _STATUS.items():
        if key in spellings or key == status.value.replace("_", " "):
            return status
    return None


def row_input(cells: Sequence[str], mapping: Sequence[str]) -> RowInput:
    """The person a row describes. Cells that cannot be understood become warnings and are
    left out (hard errors, such as a bad date, come later from people.validate)."""
    values: dict[str, str] = {}
    for target, cell in zip(mapping, cells, strict=False):
        if target and cell.strip() and target not in values:
            values[target] = cell.strip()
    data = PersonInput()
    row = RowInput(data)
    if FULL_NAME in values:
        chinese = _has_chinese(values.get("name_original", ""))
        data.family_name, data.given_name = split_full_name(values[FULL_NAME], family_first=chinese)
    data.family_name = tidy_name(values.get("family_name", data.family_name))
    data.given_name = tidy_name(values.get("given_name", data.given_name))
    for name in ("name_original", "preferred_name", "hk_area", "birth", "phone", "phone_alt"):
        setattr(data, name, values.get(name, ""))
    data.arrival_date = values.get("arrival_date", "")
    data.claim_date = values.get("claim_date", "")
    sex = read_sex(values.get("sex", ""))
    if sex is None:
        row.warnings.append(f"sex {values['sex']!r} not understood: left as not stated")
    data.sex, data.gender_identity = sex or (Sex.NOT_STATED, "")
    status = read_status(values.get("immigration_status", ""))
    if status is None:
        row.warnings.append(f"status {values['immigration_status']!r} not understood")
    data.immigration_status = status or ImmigrationStatus.NOT_STATED
    for name in ("country_of_origin", "nationality"):
        code = read_country(values.get(name, ""))
        if code is None:
            row.warnings.append(f"country {values[name]!r} not understood: left empty")
        setattr(data, name, code or "")
    language = read_language(values.get("preferred_language", ""))
    if language is None:
        row.warnings.append(f"language {values['preferred_language']!r} not understood")
    data.preferred_language = language or ""
    data.languages = [language] if language else []
    data.documents = read_documents(values.get(DOCUMENT, ""))
    for target, kind in DOCUMENT_TARGETS.items():
        data.documents += read_documents(values.get(target, ""), kind)
    notes = [values.get("notes", "")]
    if LEGACY_NUMBER in values:
        notes.append(f"Old spreadsheet no. {values[LEGACY_NUMBER]}")
    data.notes = "\n".join(n for n in notes if n)
    row.household = values.get(HOUSEHOLD, "")
    row.registered_on = values.get(REGISTERED_ON, "")
    return row


def mapping_from_names(headers: Sequence[str], chosen: Mapping[str, str]) -> list[str]:
    """A mapping given as {header: target} (the CLI's --map), the rest guessed."""
    guessed = guess_mapping(headers)
    return [chosen.get(h, g) for h, g in zip(headers, guessed, strict=True)]
