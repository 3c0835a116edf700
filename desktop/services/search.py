"""Finding members as the volunteer types: by name in any order or script, number or phone.

Candidates come from the FTS5 index made by migration 0005 (desktop/db/search_index.py): the
trigram table for fragments of three or more characters anywhere, the word-prefix table for one
or two characters. A bounded set of candidates is then ranked here: exact member number, a name
starting with the query, every word starting a word, contained anywhere, and last, when few
people contain the query, typo-tolerant matches scored with rapidfuzz.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import text
from sqlmodel import Session, col, select

from desktop.db.search_index import TRIGRAM_TABLE, WORDS_TABLE
from desktop.models import Person, PersonStatus
from desktop.models.person import display_name_of
from desktop.services.documents import MIN_KEY, number_key
from desktop.services.text import digits, fold

DEFAULT_LIMIT = 30
CANDIDATES = 200  # rows ranked in Python per query: bounds the time of a very common fragment
FILTER_POOL = 3000  # rows whose text is filtered when short words go with a longer one
FUZZY_CANDIDATES = 150
FUZZY_MIN_SCORE = 72.0
FUZZY_MIN_LENGTH = 4  # shorter queries are fragments, not misspellings
_LATIN_END = 0x250
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")


class MatchKind(IntEnum):
    """Why a person is in the list; lower sorts first."""

    NUMBER = 0  # the member number, exactly
    DOCUMENT = 1  # an identity document's number, exactly (any spacing or dashes)
    NAME_START = 2  # a name (any order of family and given) starts with the query
    WORD_STARTS = 3  # every word of the query starts a word of a name, number or phone
    CONTAINS = 4  # every word is somewhere in a name, number or phone
    FUZZY = 5  # close to a name, allowing typos


@dataclass(frozen=True)
class PersonMatch:
    """One row of the result list: enough to recognise the person, nothing sensitive."""

    id: uuid.UUID
    member_number: str
    display_name: str
    name_original: str
    preferred_name: str
    date_of_birth: date | None
    birth_year: int | None
    country_of_origin: str
    status: str
    kind: MatchKind = MatchKind.CONTAINS
    phone_ending: str = ""  # the last four digits: tells apart people who share a name
    matched_on: str = ""  # a MATCHED_ON code: why this row is in the list

    @property
    def birth_label(self) -> str:
        if self.date_of_birth:
            return self.date_of_birth.strftime("%d/%m/%Y")
        return str(self.birth_year) if self.birth_year else ""


# Why a row is in the list, shown beside it.
MATCHED_NUMBER = "number"
MATCHED_NAME = "name"
MATCHED_OWN_SCRIPT = "own_script"
MATCHED_PREFERRED = "preferred_name"
MATCHED_PHONE = "phone"
MATCHED_SPELLING = "similar_spelling"

_COLUMN_NAMES = (
    "id",
    "member_number",
    "family_name",
    "given_name",
    "name_original",
    "preferred_name",
    "date_of_birth",
    "birth_year",
    "country_of_origin",
    "status",
    "search_text",
    "phone",
    "phone_alt",
)
_COLUMNS = tuple(Person.__table__.c[name] for name in _COLUMN_NAMES)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class _Candidate:
    row: Any  # one row of _COLUMNS
    names: tuple[str, ...]  # folded ways of writing the name, to rank against

    @classmethod
    def of(cls, row: Any) -> _Candidate:
        return cls(
            row, _names(row.family_name, row.given_name, row.name_original, row.preferred_name)
        )

    def match(self, kind: MatchKind, terms: Sequence[str] = ()) -> PersonMatch:
        r = self.row
        phone = digits(r.phone or "")
        return PersonMatch(
            id=r.id,
            member_number=r.member_number,
            display_name=display_name_of(r.family_name, r.given_name),
            name_original=r.name_original,
            preferred_name=r.preferred_name,
            date_of_birth=r.date_of_birth,
            birth_year=r.birth_year,
            country_of_origin=r.country_of_origin,
            status=r.status,
            kind=kind,
            phone_ending=phone[-4:],
            matched_on=self.matched_on(kind, terms),
        )

    def matched_on(self, kind: MatchKind, terms: Sequence[str]) -> str:
        """Which field holds the query (the first that does, in the order a volunteer checks)."""
        r = self.row
        if kind == MatchKind.NUMBER:
            return MATCHED_NUMBER
        if kind == MatchKind.FUZZY:
            return MATCHED_SPELLING

        def holds(text: str) -> bool:
            return bool(terms) and all(t in text for t in terms)

        if holds(fold(f"{r.family_name} {r.given_name}")):
            return MATCHED_NAME
        if holds(fold(r.name_original or "")):
            return MATCHED_OWN_SCRIPT
        if holds(fold(r.preferred_name or "")):
            return MATCHED_PREFERRED
        if holds(digits(r.phone or "") + " " + digits(r.phone_alt or "")):
            return MATCHED_PHONE
        if holds(fold(r.member_number)) or holds(digits(r.member_number)):
            return MATCHED_NUMBER
        return MATCHED_NAME


@lru_cache(maxsize=20_000)  # keystroke after keystroke, mostly the same people come back
def _names(family: str, given: str, original: str, preferred: str) -> tuple[str, ...]:
    """Folded ways of writing one name: family first, given first, own script, preferred."""
    # One fold for all four fields ("|" survives folding and is not a name character).
    joined = "|".join((family, given, original, preferred))
    family, given, original, preferred = (p.strip() for p in fold(joined).split("|"))
    names = (f"{family} {given}".strip(), f"{given} {family}".strip(), original, preferred)
    return tuple(n for n in names if n) or ("",)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _terms(folded: str) -> list[str]:
    """The words to look for; a phone or number typed with spaces or dashes is one term."""
    if _PHONE_LIKE.match(folded) and len(digits(folded)) >= 3:
        number = digits(folded)
        return [number[-8:]]  # search_text keeps the last 8 digits of each phone
    return folded.split()


def _driver_sql(terms: Sequence[str]) -> tuple[str, dict[str, str]]:
    """Rowids from the index for the most telling part of the query (streamed, so LIMIT is cheap).

    Every term of three or more characters goes to the trigram table together; otherwise the
    longest short term goes to the word-prefix table. The other short terms filter in Python.
    """
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        expression = " AND ".join(_quoted(t) for t in long_terms)
        return f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :q", {
            "q": expression
        }
    term = max(terms, key=len)
    sql = f"SELECT rowid FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :q"
    params = {"q": _quoted(term) + "*"}
    if _ends_words(term):
        # Two characters that end a word: a Chinese given name after the family name.
        sql += f" UNION ALL SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :end"
        params["end"] = _quoted(term + " ")
    return sql, params


def _ends_words(term: str) -> bool:
    """Two characters outside Latin letters also match the end of a word (大文 in 陳大文)."""
    return len(term) == 2 and any(ord(ch) >= _LATIN_END for ch in term)


def _short_terms_sql(terms: Sequence[str]) -> tuple[str, dict[str, str]]:
    """SQL keeping rows where each term of one or two characters starts a word of
    person.search_text (two may also end one); hyphens count as spaces."""
    words = "(' ' || replace(search_text, '-', ' ') || ' ')"
    conditions: list[str] = []
    params: dict[str, str] = {}
    for n, term in enumerate(t for t in terms if len(t) < 3):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[f"s{n}"] = f"% {escaped}%"
        condition = f"{words} LIKE :s{n} ESCAPE '\\'"
        if len(term) == 2:
            params[f"e{n}"] = f"%{escaped} %"
            condition = f"({condition} OR {words} LIKE :e{n} ESCAPE '\\')"
        conditions.append(condition)
    return " AND ".join(conditions), params


def _fuzzy_sql(folded: str) -> tuple[str, dict[str, str]] | None:
    """Rowids holding the start or the end of the query's longest word.

    One typo leaves one half of a word intact, so either half finds the person; rapidfuzz then
    says how close the whole name is.
    """
    longest = max(folded.split(), key=len)
    if len(longest) < FUZZY_MIN_LENGTH:
        return None
    half = max(3, len(longest) // 2)
    pieces = {longest[:half], longest[-half:]}
    expression = " OR ".join(_quoted(p) for p in sorted(pieces))
    return f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH :q", {"q": expression}


_SELECT_ROWS = (
    f"SELECT {', '.join(_COLUMN_NAMES)} FROM person"
    # rowid lookups only: the unary + keeps the planner off the status index
    " WHERE rowid IN ({rowids}) AND +deleted_at IS NULL AND +status != :merged"
)


def _rows(session: Session, rowids: str, params: dict[str, str]) -> list[Any]:
    """The rows for `rowids`: a query with its LIMIT, or a list of numbers."""
    sql = _SELECT_ROWS.format(rowids=rowids)
    result = session.execute(
        text(sql).columns(*_COLUMNS), {**params, "merged": PersonStatus.MERGED.value}
    )
    return list(result)


def _candidates(session: Session, terms: Sequence[str]) -> list[Any]:
    sql, params = _driver_sql(terms)
    if all(len(t) >= 3 for t in terms) or len(terms) == 1:
        return _rows(
            session,
            f"SELECT DISTINCT rowid FROM ({sql} LIMIT {2 * CANDIDATES}) LIMIT {CANDIDATES}",
            params,
        )
    # Short words beside the driver: SQLite filters a wider pool by them, in C.
    short, short_params = _short_terms_sql(terms)
    return _rows(
        session,
        f"SELECT rowid FROM person WHERE rowid IN ({sql} LIMIT {FILTER_POOL}) AND {short}"
        f" LIMIT {CANDIDATES}",
        {**params, **short_params},
    )


def _kind(candidate: _Candidate, folded: str, terms: Sequence[str]) -> MatchKind:
    row = candidate.row
    if folded == row.member_number.lower() or (
        folded.isdigit() and digits(row.member_number).lstrip("0") == folded.lstrip("0")
    ):
        return MatchKind.NUMBER
    if any(name.startswith(folded) for name in candidate.names):
        return MatchKind.NAME_START
    words = f" {row.search_text} ".replace("-", " ")
    if all(f" {t}" in words for t in terms):
        return MatchKind.WORD_STARTS
    return MatchKind.CONTAINS


def _closeness(candidate: _Candidate, folded: str, scorer: Any = fuzz.ratio) -> float:
    return max((scorer(folded, name) for name in candidate.names), default=0.0)


def find_people(session: Session, query: str, *, limit: int = DEFAULT_LIMIT) -> list[PersonMatch]:
    """People whose names, number or phone hold every word of `query`, best first.

    Words may come in any order, in Latin letters or the person's own script, accents ignored;
    partial member numbers and phone digits match too. Ranked by MatchKind, then closeness
    of the name to the query, then name. When fewer than `limit` people hold the query,
    near spellings follow (MatchKind.FUZZY). Merged and deleted records are never listed.
    Raises nothing for odd input: a query with nothing to search for returns [].
    """
    folded = fold(query)
    terms = _terms(folded)
    if not terms:
        return []
    ranked: list[tuple[MatchKind, float, str, _Candidate]] = []
    seen: set[uuid.UUID] = set()
    for row in _document_holders(session, query):
        candidate = _Candidate.of(row)
        ranked.append((MatchKind.DOCUMENT, 0.0, candidate.names[0], candidate))
        seen.add(row.id)
    for row in _candidates(session, terms):
        if row.id in seen:
            continue
        candidate = _Candidate.of(row)
        kind = _kind(candidate, folded, terms)
        ranked.append((kind, -_closeness(candidate, folded), candidate.names[0], candidate))
        seen.add(row.id)
    ranked.sort(key=lambda r: r[:3])
    matches = [c.match(kind, terms) for kind, _, _, c in ranked[:limit]]
    if len(matches) < limit and len(folded.replace(" ", "")) >= FUZZY_MIN_LENGTH:
        matches += _fuzzy(session, folded, seen, limit - len(matches))
    return matches


def _document_holders(session: Session, query: str) -> list[Any]:
    """The people holding a document whose number is the query (a volunteer typing the number
    from a recognizance form): its capitals and digits, with a digit among them."""
    key = number_key(query)
    if len(key) < MIN_KEY or not any(c.isdigit() for c in key):
        return []
    return _rows(
        session,
        "SELECT rowid FROM person WHERE id IN (SELECT person_id FROM identity_document "
        "WHERE number_key = :document AND deleted_at IS NULL)",
        {"document": key},
    )


def _fuzzy(session: Session, folded: str, seen: set[uuid.UUID], limit: int) -> list[PersonMatch]:
    fuzzy = _fuzzy_sql(folded)
    if fuzzy is None:
        return []
    scored: list[tuple[float, str, _Candidate]] = []
    for row in _rows(session, f"{fuzzy[0]} LIMIT {FUZZY_CANDIDATES}", fuzzy[1]):
        if row.id in seen:
            continue
        candidate = _Candidate.of(row)
        score = _closeness(candidate, folded, fuzz.WRatio)
        if score >= FUZZY_MIN_SCORE:
            scored.append((-score, candidate.names[0], candidate))
    scored.sort(key=lambda r: r[:2])
    return [c.match(MatchKind.FUZZY) for _, _, c in scored[:limit]]


def find_by_member_number(session: Session, number: str) -> Person | None:
    """The person whose card carries exactly this number (a scanned QR code), if any."""
    cleaned = number.strip().upper()
    return session.exec(
        select(Person).where(Person.member_number == cleaned, col(Person.deleted_at).is_(None))
    ).first()
