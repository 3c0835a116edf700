"""Duplicate detection measured on a fictional set with known duplicates.

    .venv/bin/python -m bench.duplicates [--people 3000] [--seed 7]

Builds `people` fictional members (Faker, the centre's countries of origin), then registration
attempts: re-registrations of members already on file, changed the way they are at the desk
(typos, family and given names swapped, transliteration variants such as Mohammed / Muhammad,
a missing middle name, a year of birth instead of the date, a new phone), and newcomers who are
not on file, including relatives of members (same family name, shared phone) as hard cases.
Each attempt is scored against the whole file with the same code the desk uses
(desktop.services.duplicates.rank_candidates); precision and recall are printed.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from faker import Faker

from desktop.services.duplicates import LIKELY, DuplicateKey, rank_candidates

LOCALES = ("en_PK", "en_IN", "id_ID", "vi_VN", "en_PH", "sw", "yo_NG", "fr_FR", "en_US")
# Spellings of one name that all reach the desk; the first is used when generating.
VARIANTS: tuple[tuple[str, ...], ...] = (
    ("Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed", "Md"),
    ("Ahmed", "Ahmad", "Ahmet"),
    ("Hussain", "Hussein", "Husain", "Hossain"),
    ("Abdul", "Abdoul", "Abdel"),
    ("Osman", "Usman", "Othman"),
    ("Yusuf", "Yousuf", "Youssef", "Yousef"),
    ("Ibrahim", "Ebrahim", "Ibraheem"),
    ("Abdullah", "Abdallah", "Abdulla"),
    ("Mustafa", "Mostafa", "Moustafa"),
    ("Fatima", "Fatimah", "Fathima"),
    ("Aisha", "Ayesha", "Aishah"),
    ("Rahman", "Rehman", "Rahmen"),
    ("Chowdhury", "Choudhury", "Chaudhry", "Chowdhary"),
    ("Mahmoud", "Mahmud", "Mohamud"),
    ("Sheikh", "Shaikh", "Shaik"),
    ("Nguyen", "Nguyễn", "Nguyen"),
    ("Olusegun", "Olushegun"),
    ("Kareem", "Karim", "Kerim"),
)
# A realistic frequency of names at the centre: a few names are shared by very many people
# (Mohammed Rahman, Fatima Begum), so names alone cannot tell members apart. Drawn by Zipf's
# law over these lists (the first name is far the most common).
COMMON_GIVEN = (
    "Mohammed",
    "Fatima",
    "Abdul",
    "Ahmed",
    "Aisha",
    "Ali",
    "Mariam",
    "Ibrahim",
    "Hassan",
    "Amina",
    "Joseph",
    "Grace",
    "Emmanuel",
    "Blessing",
    "Anh",
    "Thi Mai",
    "Nimal",
    "Kumari",
    "Rahim",
    "Yusuf",
)
COMMON_FAMILY = (
    "Rahman",
    "Begum",
    "Khan",
    "Hossain",
    "Ali",
    "Islam",
    "Ahmed",
    "Nguyen",
    "Diallo",
    "Okafor",
    "Perera",
    "Uddin",
    "Akter",
    "Mohamed",
    "Hussain",
    "Tran",
    "Bah",
    "Mensah",
    "Silva",
    "Sheikh",
)
# Share of members on file with a document number (recognizance form, claim) recorded; at a
# re-registration the number is left out as one of the changes ('no_document').
DOCUMENT_ON_FILE = 0.5
SPELLING_SWAPS = (("ou", "u"), ("ee", "i"), ("ph", "f"), ("kh", "k"), ("y", "i"), ("oo", "u"))


@dataclass
class Row:
    family: str
    given: str
    dob: date | None
    year: int | None
    estimated: bool
    phone: str
    document: str = ""  # a recognizance form or claim number, as number_key gives it

    def key(self, ident: int | None = None) -> DuplicateKey:
        import uuid

        return DuplicateKey(
            documents=(self.document,) if self.document else (),
            family_name=self.family,
            given_name=self.given,
            date_of_birth=self.dob,
            birth_year=self.year,
            birth_year_estimated=self.estimated,
            phones=(self.phone,) if self.phone else (),
            id=uuid.UUID(int=ident) if ident is not None else None,
        )


class Maker:
    def __init__(self, seed: int, *, common_names: bool = False) -> None:
        self.rng = random.Random(seed)
        self.common_names = common_names
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        for i, fk in enumerate(self.fakers.values()):
            fk.seed_instance(seed + i)

    def zipf(self, names: tuple[str, ...]) -> str:
        return self.rng.choices(names, weights=[1 / (rank + 1) for rank in range(len(names))])[0]

    def document(self) -> str:
        return f"RF{self.rng.randint(0, 999999):06d}{self.rng.randint(2010, 2026)}"

    def phone(self) -> str:
        return f"+852{self.rng.choice('5679')}{self.rng.randint(0, 9999999):07d}"

    @staticmethod
    def first_name(fk: Faker) -> str:
        # Faker's Vietnamese first names are English; its middle names are Vietnamese given names.
        return str(fk.middle_name() if fk.locales == ["vi_VN"] else fk.first_name())

    def person(self) -> Row:
        rng = self.rng
        fk = self.fakers[rng.choice(LOCALES)]
        given = self.first_name(fk)
        family = fk.last_name()
        if rng.random() < 0.3:  # names from the variant groups, common at the centre
            given = rng.choice(VARIANTS)[0] + (
                " " + self.first_name(fk) if rng.random() < 0.5 else ""
            )
        if rng.random() < 0.15:
            family = rng.choice(VARIANTS)[0]
        if self.common_names and rng.random() < 0.6:
            given, family = self.zipf(COMMON_GIVEN), self.zipf(COMMON_FAMILY)
        elif rng.random() < 0.25:
            given += " " + self.first_name(fk)  # a middle name
        born = date(rng.randint(1950, 2018), rng.randint(1, 12), rng.randint(1, 28))
        exact = rng.random() < 0.7
        return Row(
            family=family,
            given=given,
            dob=born if exact else None,
            year=born.year,
            estimated=not exact,
            phone=self.phone() if rng.random() < 0.85 else "",
            document=self.document() if rng.random() < DOCUMENT_ON_FILE else "",
        )

    # --- how a re-registration differs from the record on file -------------------------------
    def typo(self, word: str) -> str:
        if len(word) < 4:
            return word
        rng = self.rng
        i = rng.randint(1, len(word) - 2)
        kind = rng.choice(("swap", "drop", "double", "replace"))
        if kind == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == "drop":
            return word[:i] + word[i + 1 :]
        if kind == "double":
            return word[:i] + word[i] + word[i:]
        return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]

    def respell(self, name: str) -> str:
        words = name.split()
        for i, word in enumerate(words):
            for group in VARIANTS:
                if word in group:
                    words[i] = self.rng.choice(group)
                    return " ".join(words)
        for old, new in SPELLING_SWAPS:
            for i, word in enumerate(words):
                if old in word.lower():
                    words[i] = word.replace(old, new)
                    return " ".join(words)
        return name

    def change(self, row: Row) -> tuple[Row, list[str]]:
        rng = self.rng
        out = replace(row)
        kinds = rng.sample(
            [
                "typo",
                "swap",
                "respell",
                "middle",
                "year_only",
                "phone",
                "no_phone",
                "daymonth",
                "no_document",
            ],
            rng.randint(1, 3),
        )
        for kind in kinds:
            if kind == "typo":
                if rng.random() < 0.5:
                    out.family = self.typo(out.family)
                else:
                    out.given = " ".join(
                        self.typo(w) if j == 0 else w for j, w in enumerate(out.given.split())
                    )
            elif kind == "swap":
                out.family, out.given = out.given, out.family
            elif kind == "respell":
                out.given = self.respell(out.given)
                out.family = self.respell(out.family)
            elif kind == "middle":
                words = out.given.split()
                out.given = words[0] if len(words) > 1 else f"{out.given} {rng.choice(VARIANTS)[1]}"
            elif kind == "year_only" and out.dob:
                out.dob, out.estimated = None, True
                out.year = (
                    out.year if rng.random() < 0.7 else (out.year or 1990) + rng.choice((-1, 1))
                )
            elif kind == "phone":
                out.phone = self.phone()
            elif kind == "no_phone":
                out.phone = ""
            elif kind == "no_document":
                out.document = ""
            elif kind == "daymonth" and out.dob and out.dob.day <= 12:
                out.dob = out.dob.replace(day=out.dob.month, month=out.dob.day)
        return out, kinds

    def relative(self, row: Row) -> Row:
        other = self.person()
        other.family = row.family  # their own documents: a number is one person's
        if row.phone and self.rng.random() < 0.6:
            other.phone = row.phone
        return other


@dataclass
class Outcome:
    precision: float
    recall: float
    lines: list[str]


def measure(
    *, people: int, duplicates: int, newcomers: int, seed: int, threshold: int, common: bool
) -> Outcome:
    """Precision and recall of the desk's duplicate check on one generated set."""
    maker = Maker(seed, common_names=common)
    file_rows = [maker.person() for _ in range(people)]
    on_file = [row.key(i + 1) for i, row in enumerate(file_rows)]
    attempts: list[tuple[DuplicateKey, int | None, str]] = []
    kinds_seen: Counter[str] = Counter()
    for _ in range(duplicates):
        index = maker.rng.randrange(len(file_rows))
        changed, kinds = maker.change(file_rows[index])
        kinds_seen.update(kinds)
        attempts.append((changed.key(), index + 1, "+".join(sorted(kinds))))
    for n in range(newcomers):
        if n % 4 == 0:  # a relative of someone on file: same family name, often the same phone
            row = maker.relative(maker.rng.choice(file_rows))
            attempts.append((row.key(), None, "relative"))
        else:
            attempts.append((maker.person().key(), None, "newcomer"))
    shared = Counter((r.family, r.given) for r in file_rows)
    started = time.perf_counter()
    tp = fp = fn = 0
    misses: Counter[str] = Counter()
    false_alarms: Counter[str] = Counter()
    for key, truth, label in attempts:
        found = rank_candidates(key, on_file, limit=1, threshold=threshold)
        top = found[0].key.id.int if found and found[0].key.id else None
        if truth is not None and top == truth:
            tp += 1
        else:
            if top is not None:
                fp += 1
                false_alarms[label] += 1
            if truth is not None:
                fn += 1
                misses[label] += 1
    elapsed = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / duplicates if duplicates else 1.0
    (name, most), *_ = shared.most_common(1)
    lines = [
        f"set: {'common names (Zipf)' if common else 'Faker names'}; file: {people} people "
        f"(most shared name: {' '.join(name)} x{most}); attempts: {duplicates} "
        f"re-registrations, {newcomers} newcomers (1 in 4 a relative); seed {seed}; "
        f"threshold {threshold}",
        f"changes applied: {dict(sorted(kinds_seen.items()))}",
        f"true matches {tp}, false alarms {fp}, missed {fn}",
        f"precision {precision:.3f}  recall {recall:.3f}",
        f"time per check against the file: {elapsed / len(attempts) * 1000:.1f} ms",
    ]
    if misses:
        lines.append(f"missed, by change: {dict(misses.most_common(8))}")
    if false_alarms:
        lines.append(f"false alarms, by attempt: {dict(false_alarms.most_common(8))}")
    return Outcome(precision, recall, lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--duplicates", type=int, default=600)
    parser.add_argument("--newcomers", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threshold", type=int, default=LIKELY)
    parser.add_argument(
        "--names", choices=("faker", "common", "both"), default="both", help="which set"
    )
    args = parser.parse_args()
    for common in {"faker": (False,), "common": (True,), "both": (False, True)}[args.names]:
        outcome = measure(
            people=args.people,
            duplicates=args.duplicates,
            newcomers=args.newcomers,
            seed=args.seed,
            threshold=args.threshold,
            common=common,
        )
        print("\n".join(outcome.lines))
        print()


if __name__ == "__main__":
    main()
