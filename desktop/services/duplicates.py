"""Finding people already on file who look like the one being registered (or imported).

Names of the centre's members reach the desk spelled many ways: Mohammed / Muhammad / Md,
family and given names swapped, a middle name left out, typos; a birth date may be only a year
and phones change. The score (0-100) weighs a name similarity that copes with all of that
against the date or year of birth, phone numbers and the name in the person's own script.

`score_pair` and `rank_candidates` are pure (in-memory rows, used by the benchmark and the
importer); `find_likely_duplicates` reads the database.
"""

from __future__ import annotations

import math
import re
import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any

from rapidfuzz import fuzz, process
from sqlmodel import Session, col, select

from desktop.db import name_version
from desktop.db.engine import plain_cursor
from desktop.models import Person
from desktop.services.documents import validate_documents
from desktop.services.errors import NotFound
from desktop.services.jobs import JobControl
from desktop.services.people import PersonInput, validate
from desktop.services.search import PersonMatch
from desktop.services.text import fold

# A match at or above this score is shown to the volunteer before saving (tuned in bench/).
LIKELY = 80
# At or above this, the volunteer is told it is very probably the same person.
VERY_LIKELY = 92
# The most a common name loses (see commonness).
MAX_COMMONNESS = 30
# How close (rapidfuzz token_set_ratio of the spelling-blind keys) a name must be to be scored.
FIRST_PASS_CUTOFF = 70  # 45 before; the same precision and recall in bench/duplicates.py
# How many rows the fast first pass keeps for full scoring.
_SHORTLIST = 400

# Reasons, as codes the UI turns into words.
SAME_NAME = "same_name"
SIMILAR_NAME = "similar_name"
SWAPPED_NAMES = "swapped_names"
SAME_BIRTH_DATE = "same_birth_date"
SAME_BIRTH_YEAR = "same_birth_year"
DIFFERENT_BIRTH = "different_birth"
SAME_PHONE = "same_phone"
SAME_OWN_SCRIPT_NAME = "same_own_script_name"
SAME_DOCUMENT = "same_document"

# Words that are not names, or are abbreviations of one (Md. is Muhammad in Bangladesh).
_PARTICLES = frozenset({"al", "el", "bin", "binti", "bint", "ibn", "abu", "mr", "mrs", "ms"})
_ABBREVIATIONS = {"md": "muhammad", "mohd": "muhammad", "muhd": "muhammad", "mohamad": "muhammad"}
_SPELLING = (
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
    ("w", "v"),
    ("x", "ks"),
    ("y", "i"),
)
_VOWELS_AND_H = re.compile(r"[aeiouh]")
_REPEATS = re.compile(r"(.)\1+")
_NOT_DIGITS = re.compile(r"\D+")
_SEPARATORS = re.compile(r"[-'’.,_/()]+")


# Names repeat across a file (how many Mohammeds): folding each spelling once keeps scoring a
# whole file against one newcomer to a fraction of a second.
@lru_cache(maxsize=1 << 16)
def name_tokens(text: str) -> tuple[str, ...]:
    """A name's words, folded, without particles ('Al-Hassan, Md.' -> ('hassan', 'muhammad'))."""
    words = _SEPARATORS.sub(" ", fold(text)).split()
    return tuple(_ABBREVIATIONS.get(w, w) for w in words if w not in _PARTICLES)


@lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """A spelling-blind key: first letter, then consonants (Mohammed, Muhammad -> 'md')."""
    if not token:
        return ""
    t = token
    for old, new in _SPELLING:
        t = t.replace(old, new)
    key = t[0] + _VOWELS_AND_H.sub("", t[1:])
    return _REPEATS.sub(r"\1", key)


def _token_similarity(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if len(a) == 1 or len(b) == 1:  # an initial
        return 80.0 if a[0] == b[0] else 0.0
    plain = fuzz.ratio(a, b)
    sa, sb = skeleton(a), skeleton(b)
    sounds = 92.0 if sa == sb and len(sa) >= 2 else fuzz.ratio(sa, sb) * 0.85
    best = max(plain, sounds)
    return _close(best)


def _close(similarity: float) -> float:
    """Unrelated names still share letters (Sarah, Rachel: 55); only close spellings count."""
    return similarity if similarity >= 85 else max(0.0, (similarity - 60) * 85 / 25)


@lru_cache(maxsize=1 << 17)
def _name_skeletons(name: str) -> tuple[str, ...]:
    return tuple(skeleton(t) for t in name_tokens(name))


def blocking_key_of(family_name: str, given_name: str) -> str:
    """Sorted skeletons of both names: what the fast first pass compares."""
    return " ".join(sorted(_name_skeletons(family_name) + _name_skeletons(given_name)))


@lru_cache(maxsize=1 << 17)
def original_key(name_original: str) -> str:
    """The own-script name, folded and without spaces."""
    return "".join(fold(name_original).split())


@dataclass(frozen=True)
class DuplicateKey:
    """What duplicate scoring reads about one person (a stored row or what is being typed)."""

    family_name: str = ""
    given_name: str = ""
    name_original: str = ""
    date_of_birth: date | None = None
    birth_year: int | None = None
    birth_year_estimated: bool = False
    phones: tuple[str, ...] = ()
    id: uuid.UUID | None = None
    documents: tuple[str, ...] = ()  # identity document numbers as number_key gives them

    @cached_property
    def family(self) -> tuple[str, ...]:
        return name_tokens(self.family_name)

    @cached_property
    def given(self) -> tuple[str, ...]:
        return name_tokens(self.given_name)

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        return self.family + self.given

    @cached_property
    def joined(self) -> str:
        return "".join(self.tokens)

    @cached_property
    def blocking_key(self) -> str:
        """Sorted skeletons: what the fast first pass compares."""
        return blocking_key_of(self.family_name, self.given_name)

    @cached_property
    def phone_tails(self) -> frozenset[str]:
        found = (_NOT_DIGITS.sub("", p) for p in self.phones)  # in C: 400 keys a check
        return frozenset(d[-8:] for d in found if len(d) >= 8)

    @cached_property
    def original(self) -> str:
        return original_key(self.name_original)

    @classmethod
    def from_person(cls, person: Person, documents: Iterable[str] = ()) -> DuplicateKey:
        return cls(
            documents=tuple(documents),
            family_name=person.family_name,
            given_name=person.given_name,
            name_original=person.name_original,
            date_of_birth=person.date_of_birth,
            birth_year=person.birth_year,
            birth_year_estimated=person.birth_year_estimated,
            phones=tuple(p for p in (person.phone, person.phone_alt) if p),
            id=person.id,
        )

    @classmethod
    def from_values(cls, values: dict[str, Any], documents: Iterable[str] = ()) -> DuplicateKey:
        """From validated Person fields (people.validate's result) and document number keys."""
        return cls(
            documents=tuple(documents),
            family_name=values.get("family_name", ""),
            given_name=values.get("given_name", ""),
            name_original=values.get("name_original", ""),
            date_of_birth=values.get("date_of_birth"),
            birth_year=values.get("birth_year"),
            birth_year_estimated=bool(values.get("birth_year_estimated")),
            phones=tuple(p for p in (values.get("phone"), values.get("phone_alt")) if p),
        )


@dataclass(frozen=True)
class PairScore:
    score: int  # 0-100
    reasons: tuple[str, ...] = field(default=())


def _cover(short: Sequence[str], long: Sequence[str]) -> float:
    """Mean best similarity of each word of `short` to an unused word of `long`."""
    if not short:
        return 0.0
    free = list(long)
    total = 0.0
    for word in short:
        best_i, best = -1, 0.0
        for i, other in enumerate(free):
            sim = _token_similarity(word, other)
            if sim > best:
                best_i, best = i, sim
        total += best
        if best_i >= 0:
            free.pop(best_i)
    return total / len(short)


def name_similarity(a: DuplicateKey, b: DuplicateKey) -> tuple[float, bool]:
    """(0-100, names swapped?) for two people's Latin names, blind to order and spelling."""
    return _names_alike(a.family, a.given, b.family, b.given)


# Many people on file share a name (how many Mohammed Rahmans): each pair of spellings is
# compared once.
@lru_cache(maxsize=1 << 16)
def _names_alike(
    a_family: tuple[str, ...],
    a_given: tuple[str, ...],
    b_family: tuple[str, ...],
    b_given: tuple[str, ...],
) -> tuple[float, bool]:
    a_tokens, b_tokens = a_family + a_given, b_family + b_given
    if not a_tokens or not b_tokens:
        return 0.0, False
    short, long = (a_tokens, b_tokens) if len(a_tokens) <= len(b_tokens) else (b_tokens, a_tokens)
    # A missing middle name costs a little; each word more that is missing costs more.
    covered = _cover(short, long) - 7 * (len(long) - len(short)) ** 1.5
    joined = 0.0
    if len(a_tokens) != len(b_tokens):  # 'Abdul Rahman' against 'Abdulrahman'
        joined = _close(fuzz.ratio("".join(a_tokens), "".join(b_tokens)))
    in_order = _cover(a_family, b_family) if a_family and b_family else 0.0
    crossed = 0.0
    if a_family and b_given and b_family and a_given:
        crossed = (_cover(a_family, b_given) + _cover(b_family, a_given)) / 2
    swapped = crossed >= 85 and crossed > in_order + 10
    return max(covered, joined), swapped


def _birth_points(a: DuplicateKey, b: DuplicateKey) -> tuple[float, str]:
    if a.date_of_birth and b.date_of_birth:
        x, y = a.date_of_birth, b.date_of_birth
        if x == y:
            return 15, SAME_BIRTH_DATE
        if x.year == y.year and (x.day, x.month) == (y.month, y.day):
            return 8, SAME_BIRTH_YEAR  # day and month typed the other way round
        differing = (x.day != y.day) + (x.month != y.month) + (x.year != y.year)
        if differing == 1 and abs(x.year - y.year) <= 2:
            return -12, (SAME_BIRTH_YEAR if x.year == y.year else "")  # one part mistyped
        return (-30 if abs(x.year - y.year) <= 2 else -45), DIFFERENT_BIRTH
    if a.birth_year and b.birth_year:
        gap = abs(a.birth_year - b.birth_year)
        if gap == 0:
            return 6, SAME_BIRTH_YEAR
        estimated = a.birth_year_estimated or b.birth_year_estimated
        if estimated and gap <= 2:
            return -4 * gap, ""
        return (-25 if gap == 1 else -40), DIFFERENT_BIRTH
    return 0, ""


def commonness(sharing: int) -> float:
    """Points a name is worth less when `sharing` people on file have it: among 141 Mohammed
    Rahmans a name and a birth year say little; a full birth date or a phone still tell."""
    return 0.0 if sharing <= 1 else min(MAX_COMMONNESS, 10 * math.log2(sharing))


def score_pair(a: DuplicateKey, b: DuplicateKey, *, sharing: int = 1) -> PairScore:
    """How likely `a` and `b` are the same person (0-100) and why. `sharing`: how many people
    on file have `a`'s name (spelling-blind); a common name is weaker evidence."""
    reasons: list[str] = []
    name, swapped = name_similarity(a, b)
    if name >= 99:
        reasons.append(SAME_NAME)
    elif name >= 70:
        reasons.append(SIMILAR_NAME)
    if swapped:
        reasons.append(SWAPPED_NAMES)
    points = name
    birth, why = _birth_points(a, b)
    points += birth
    if why:
        reasons.append(why)
    shared_phone = bool(a.phone_tails & b.phone_tails)
    if shared_phone:
        points += 25 if name >= 75 else 6  # a family often shares one phone
        reasons.append(SAME_PHONE)
    shared_document = bool(set(a.documents) & set(b.documents))
    if shared_document:  # one document is one person's, whatever the name's spelling
        points += 40
        reasons.append(SAME_DOCUMENT)
    if why != SAME_BIRTH_DATE and not shared_phone and not shared_document:
        points -= commonness(sharing)
    if a.original and b.original:
        if fuzz.ratio(a.original, b.original) >= 90:
            points += 10
            reasons.append(SAME_OWN_SCRIPT_NAME)
        if not a.tokens or not b.tokens:  # only the own-script name to go on
            points += fuzz.ratio(a.original, b.original) * 0.8
    return PairScore(max(0, min(100, round(points))), tuple(reasons))


@dataclass(frozen=True)
class RankedKey:
    key: DuplicateKey
    score: PairScore


class BlockingIndex:
    """Blocking keys indexed by their words, for the fast first pass.

    A key's words are spelling-blind skeletons ('md rmn'); a row can only score as a match when
    one of its words is close to one of the candidate's. So the first pass compares the
    candidate's few words with the distinct words on file (thousands, not every row), gathers
    the rows holding a close one, and ranks only those by their whole keys.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.sharing: Counter[str] = Counter()  # how many rows hold each whole key
        self._rows_of: dict[str, list[int]] = defaultdict(list)
        self._words: list[str] | None = None

    def add(self, key: str) -> None:
        at = len(self.keys)
        self.keys.append(key)
        self.sharing[key] += 1
        for word in set(key.split()):
            if word not in self._rows_of:
                self._words = None
            self._rows_of[word].append(at)

    def near(self, key: str, *, extra: int = 0) -> list[int]:
        """Positions of the keys close to `key` (rapidfuzz), best first: at most the
        shortlist, and `extra` more for rows the caller will leave out."""
        if not key or not self.keys:
            return []
        words = self._words
        if words is None:
            words = self._words = list(self._rows_of)
        close: set[str] = set()
        for word in set(key.split()):
            close.update(
                w
                for w, _, _ in process.extract(
                    word, words, scorer=fuzz.ratio, score_cutoff=60, limit=None
                )
            )
        held: set[int] = set()
        for word in close:
            held.update(self._rows_of[word])  # in C: common words are held by thousands
        positions = sorted(held)
        found = process.extract(
            key,
            [self.keys[at] for at in positions]
            if len(positions) < 2
            else itemgetter(*positions)(self.keys),
            scorer=fuzz.token_set_ratio,
            score_cutoff=FIRST_PASS_CUTOFF,
            limit=_SHORTLIST + extra,
        )
        return [positions[i] for _, _, i in found]


class CandidatePool:
    """Rows to rank candidates against, indexed once: the blocking keys in a list for the fast
    first pass, and who holds each phone ending and own-script name. An import plan ranks
    every row of a spreadsheet against the same pool."""

    def __init__(self, rows: Iterable[DuplicateKey] = ()) -> None:
        self.rows: list[DuplicateKey] = []
        self._index = BlockingIndex()
        self._by_phone: dict[str, list[int]] = defaultdict(list)
        self._by_original: dict[str, list[int]] = defaultdict(list)
        self._by_document: dict[str, list[int]] = defaultdict(list)
        for row in rows:
            self.add(row)

    def add(self, row: DuplicateKey) -> None:
        index = len(self.rows)
        self.rows.append(row)
        self._index.add(row.blocking_key)
        for tail in row.phone_tails:
            self._by_phone[tail].append(index)
        if row.original:
            self._by_original[row.original].append(index)
        for document in row.documents:
            self._by_document[document].append(index)

    def rank(
        self, candidate: DuplicateKey, *, limit: int = 5, threshold: int = LIKELY
    ) -> list[RankedKey]:
        """The rows scoring at least `threshold` against `candidate`, best first.

        A fast first pass (rapidfuzz over spelling-blind keys) keeps the work small on large
        files; rows sharing a phone or own-script name always get the full score.
        """
        if not self.rows:
            return []
        shortlist = set(self._index.near(candidate.blocking_key))
        for tail in candidate.phone_tails:
            shortlist.update(self._by_phone.get(tail, ()))
        if candidate.original:
            shortlist.update(self._by_original.get(candidate.original, ()))
        for document in candidate.documents:
            shortlist.update(self._by_document.get(document, ()))
        rows = [self.rows[i] for i in sorted(shortlist)]
        return _best(candidate, rows, limit, threshold, self.sharing(candidate))

    def sharing(self, candidate: DuplicateKey) -> int:
        """How many rows have the candidate's name (spelling-blind); at least 1."""
        key = candidate.blocking_key
        return max(1, self._index.sharing[key]) if key else 1


def rank_candidates(
    candidate: DuplicateKey,
    rows: Sequence[DuplicateKey],
    *,
    limit: int = 5,
    threshold: int = LIKELY,
) -> list[RankedKey]:
    """The rows scoring at least `threshold` against `candidate`, best first (see
    CandidatePool.rank; build a pool once to rank many candidates against the same rows)."""
    return CandidatePool(rows).rank(candidate, limit=limit, threshold=threshold)


def _best(
    candidate: DuplicateKey,
    shortlist: Sequence[DuplicateKey],
    limit: int,
    threshold: int,
    sharing: int = 1,
) -> list[RankedKey]:
    scored = [RankedKey(row, score_pair(candidate, row, sharing=sharing)) for row in shortlist]
    scored = [s for s in scored if s.score.score >= threshold]
    scored.sort(key=lambda s: -s.score.score)
    return scored[:limit]


@dataclass(frozen=True)
class DuplicateMatch:
    """Someone on file who may be the candidate: who, how likely (0-100), and why."""

    person: PersonMatch
    score: int
    reasons: tuple[str, ...]

    @property
    def very_likely(self) -> bool:
        return self.score >= VERY_LIKELY


# What scoring reads of a person, in the order _keys expects.
_COLUMN_NAMES = (
    "id",
    "family_name",
    "given_name",
    "name_original",
    "date_of_birth",
    "birth_year",
    "birth_year_estimated",
    "phone",
    "phone_alt",
)
_ON_FILE = "deleted_at IS NULL AND status NOT IN ('merged', 'anonymised')"


def _rows_on_file(session: Session) -> list[DuplicateKey]:
    """Every person who can be matched (not merged, anonymised or deleted), as scoring keys."""
    return [key for key, _ in keys_on_file(session)]


def keys_on_file(session: Session, *, after: int = 0) -> list[tuple[DuplicateKey, str]]:
    """Everyone who can be matched (not merged, anonymised or deleted) and whose rowid is past
    `after`: their scoring keys with their member numbers.

    Read as plain tuples, not through the ORM: on a file of 100,000 people this is the
    difference between under a second and about nine.
    """
    columns = ", ".join(_COLUMN_NAMES)
    sql = f"SELECT {columns}, member_number FROM person WHERE {_ON_FILE} AND rowid > ?"
    connection = session.connection()
    rows = connection.exec_driver_sql(sql, (after,)).fetchall()
    documents = _documents(connection.exec_driver_sql(_DOCUMENTS_SQL).fetchall())
    keys = _keys((row[:-1] for row in rows), documents)
    return list(zip(keys, (row[-1] for row in rows), strict=True))


_DOCUMENTS_SQL = "SELECT person_id, number_key FROM identity_document WHERE deleted_at IS NULL"


def _documents(rows: Iterable[Sequence[Any]]) -> dict[str, tuple[str, ...]]:
    """(person id hex, number key) rows -> each person's document number keys."""
    found: dict[str, list[str]] = defaultdict(list)
    for person_id, key in rows:
        found[person_id].append(key)
    return {person_id: tuple(keys) for person_id, keys in found.items()}


def document_keys_of(session: Session, person_id: uuid.UUID) -> tuple[str, ...]:
    """The person's document number keys, for scoring."""
    sql = f"{_DOCUMENTS_SQL} AND person_id = ?"
    rows = session.connection().exec_driver_sql(sql, (person_id.hex,)).fetchall()
    return tuple(key for _, key in rows)


def _keys(
    rows: Iterable[Sequence[Any]], documents: dict[str, tuple[str, ...]] | None = None
) -> list[DuplicateKey]:
    """Scoring keys from raw person tuples in _COLUMN_NAMES order, with their documents."""
    born = date.fromisoformat
    held = documents or {}
    return [
        DuplicateKey(
            family_name=family,
            given_name=given,
            name_original=original,
            date_of_birth=born(dob) if dob else None,
            birth_year=year,
            birth_year_estimated=bool(estimated),
            phones=tuple(p for p in (phone, phone_alt) if p),
            id=uuid.UUID(hex=person_id),
            documents=held.get(person_id, ()),
        )
        for person_id, family, given, original, dob, year, estimated, phone, phone_alt in rows
    ]


def _candidate_key(
    session: Session, candidate: PersonInput | Person | DuplicateKey
) -> DuplicateKey:
    if isinstance(candidate, DuplicateKey):
        return candidate
    if isinstance(candidate, Person):
        return DuplicateKey.from_person(candidate, document_keys_of(session, candidate.id))
    documents = validate_documents(candidate.documents)
    return DuplicateKey.from_values(validate(candidate), (d["number_key"] for d in documents))


def find_likely_duplicates(
    session: Session,
    candidate: PersonInput | Person | DuplicateKey,
    *,
    limit: int = 5,
    threshold: int = LIKELY,
    exclude: Iterable[uuid.UUID] = (),
) -> list[DuplicateMatch]:
    """People on file (not merged, not deleted) who may be `candidate`, best first.

    A Person candidate is never matched with itself. Raises ValidationError when a PersonInput
    candidate does not validate (dates or phones that cannot be read).
    """
    key = _candidate_key(session, candidate)
    ranked = rank_on_file(session, key, limit=limit, threshold=threshold, exclude=exclude)
    matches = []
    for r in ranked:
        person = session.get(Person, r.key.id)
        if person is not None:
            matches.append(DuplicateMatch(_summary(person), r.score.score, r.score.reasons))
    return matches


def rank_on_file(
    session: Session,
    candidate: DuplicateKey,
    *,
    limit: int = 5,
    threshold: int = LIKELY,
    exclude: Iterable[uuid.UUID] = (),
) -> list[RankedKey]:
    """The people on file scoring at least `threshold` against `candidate`, best first, as
    scoring keys (what find_likely_duplicates and an import's plan read). The candidate's own
    id and `exclude` are left out."""
    skip = {person_id.hex for person_id in exclude}
    if candidate.id is not None:
        skip.add(candidate.id.hex)
    shortlist, sharing = _shortlist_on_file(session, candidate, skip)
    return _best(candidate, shortlist, limit, threshold, sharing)


def member_numbers(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """Member numbers by person id."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.exec(
        select(Person.id, Person.member_number).where(col(Person.id).in_(wanted))
    ).all()
    return dict(rows)


def match_pair(session: Session, person: Person, other_id: uuid.UUID) -> DuplicateMatch:
    """`other_id` scored as a possible duplicate of `person`, whatever the score.

    Raises NotFound.
    """
    other = session.get(Person, other_id)
    if other is None or other.deleted_at is not None:
        raise NotFound(f"person {other_id}")
    score = score_pair(
        DuplicateKey.from_person(person, document_keys_of(session, person.id)),
        DuplicateKey.from_person(other, document_keys_of(session, other.id)),
    )
    return DuplicateMatch(_summary(other), score.score, score.reasons)


def _shortlist_on_file(
    session: Session, candidate: DuplicateKey, skip: set[str]
) -> tuple[list[DuplicateKey], int]:
    """The same shortlist as rank_candidates, read from the file without loading every row.

    Only names (and own-script names, when the candidate has one) are read for everyone; the
    full rows are read for the few hundred the first pass keeps. Stored phones are normalised
    (+ and digits), so their last 8 digits are compared in SQL. Also how many people on file
    share the candidate's name (for `commonness`).
    """
    with plain_cursor(session) as cursor:
        chosen, sharing = _shortlisted_rowids(cursor, candidate, skip)
        if not chosen:
            return [], sharing
        columns = ", ".join(_COLUMN_NAMES)
        marks = ", ".join("?" * len(chosen))
        rows = cursor.execute(
            f"SELECT {columns} FROM person WHERE rowid IN ({marks}) ORDER BY rowid",
            tuple(sorted(chosen)),
        ).fetchall()
        ids = ", ".join("?" * len(rows))
        documents = _documents(
            cursor.execute(
                f"{_DOCUMENTS_SQL} AND person_id IN ({ids})", tuple(row[0] for row in rows)
            ).fetchall()
        )
    return _keys(rows, documents), sharing


@dataclass
class _Names:
    """Everyone on file's name keys, as the first pass reads them; kept between checks."""

    version: int
    rowids: list[int]
    ids: list[str]
    index: BlockingIndex
    by_original: dict[str, list[int]]  # own-script key -> positions
    by_phone: dict[str, list[int]]  # last 8 digits of a phone -> positions


_NAMES: dict[str, _Names] = {}  # database file -> its names (one desk opens one or two)
_NAMES_LOCK = threading.Lock()


def _names_on_file(cursor: Any) -> _Names:
    """The names on file, read again only when the triggers' counter moved (a registration,
    an edit of a name, a merge, an erasure, sync, an import)."""
    version = name_version.current(cursor)
    where = cursor.execute("PRAGMA database_list").fetchone()[2] or str(id(cursor))
    with _NAMES_LOCK:
        cached = _NAMES.get(where)
        if cached is not None and cached.version == version and version >= 0:
            return cached
    rows = cursor.execute(
        "SELECT rowid, id, family_name, given_name, name_original, substr(phone, -8), "
        f"substr(phone_alt, -8) FROM person WHERE {_ON_FILE}"
    ).fetchall()
    by_original: dict[str, list[int]] = defaultdict(list)
    by_phone: dict[str, list[int]] = defaultdict(list)
    for at, row in enumerate(rows):
        if row[4]:
            by_original[original_key(row[4])].append(at)
        for tail in {row[5], row[6]}:  # stored phones are normalised: + and digits
            if tail and len(tail) == 8:
                by_phone[tail].append(at)
    index = BlockingIndex()
    for row in rows:
        index.add(blocking_key_of(row[2], row[3]))
    ids = [row[1] for row in rows]
    names = _Names(version, [row[0] for row in rows], ids, index, dict(by_original), dict(by_phone))
    with _NAMES_LOCK:
        _NAMES[where] = names
    return names


def _shortlisted_rowids(
    cursor: Any, candidate: DuplicateKey, skip: set[str]
) -> tuple[set[int], int]:
    chosen: set[int] = set()
    sharing = 1
    if candidate.blocking_key or candidate.original:
        names = _names_on_file(cursor)
        skipped = (
            [at for at, person_id in enumerate(names.ids) if person_id in skip] if skip else []
        )
        if candidate.blocking_key:
            key = candidate.blocking_key
            found = names.index.near(key, extra=len(skipped))
            left_out = set(skipped)
            kept = [at for at in found if at not in left_out][:_SHORTLIST]
            chosen.update(names.rowids[at] for at in kept)
            same = sum(1 for at in skipped if names.index.keys[at] == key)
            sharing = max(1, names.index.sharing[key] - same)
        if candidate.original:
            chosen.update(
                names.rowids[at]
                for at in names.by_original.get(candidate.original, ())
                if names.ids[at] not in skip
            )
    if candidate.phone_tails:
        names = _names_on_file(cursor)
        chosen.update(
            names.rowids[at]
            for tail in candidate.phone_tails
            for at in names.by_phone.get(tail, ())
            if names.ids[at] not in skip
        )
    if candidate.documents:
        marks = ", ".join("?" * len(candidate.documents))
        chosen.update(
            rowid
            for rowid, person_id in cursor.execute(
                f"SELECT rowid, id FROM person WHERE {_ON_FILE} AND id IN (SELECT person_id FROM "
                f"identity_document WHERE deleted_at IS NULL AND number_key IN ({marks}))",
                candidate.documents,
            ).fetchall()
            if person_id not in skip
        )
    return chosen, sharing


def _summary(person: Person) -> PersonMatch:
    return PersonMatch(
        id=person.id,
        member_number=person.member_number,
        display_name=person.display_name,
        name_original=person.name_original,
        preferred_name=person.preferred_name,
        date_of_birth=person.date_of_birth,
        birth_year=person.birth_year,
        country_of_origin=person.country_of_origin,
        status=person.status,
    )


@dataclass(frozen=True)
class DuplicatePair:
    """Two records on file that may be one person (`first` registered before `second`)."""

    first: PersonMatch
    second: PersonMatch
    score: int
    reasons: tuple[str, ...]


def find_duplicate_pairs(
    session: Session, *, threshold: int = LIKELY, control: JobControl | None = None
) -> list[DuplicatePair]:
    """Every pair of records on file scoring at least `threshold`, most likely first.

    Long on a large file: reports progress and stops on Cancel through `control`.
    Raises Cancelled.
    """
    rows = _rows_on_file(session)
    found: list[tuple[uuid.UUID, uuid.UUID, PairScore]] = []
    for i, row in enumerate(rows):
        if control is not None and i % 50 == 0:
            control.step(i, len(rows))
        for match in rank_candidates(row, rows[i + 1 :], limit=10, threshold=threshold):
            if row.id is not None and match.key.id is not None:
                found.append((row.id, match.key.id, match.score))
    people = {
        p.id: p
        for p in session.exec(
            select(Person).where(col(Person.id).in_({i for pair in found for i in pair[:2]}))
        )
    }
    pairs = []
    for a, b, score in found:
        first, second = sorted((people[a], people[b]), key=lambda p: p.created_at)
        pairs.append(DuplicatePair(_summary(first), _summary(second), score.score, score.reasons))
    pairs.sort(key=lambda p: (-p.score, p.first.member_number))
    return pairs
