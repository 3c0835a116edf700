"""A centre's years-old registration sheet, typed by many volunteers (fictional people, Faker).

Every kind of mess issue 19 lists: birth dates as dd.mm.yy, dd/mm/yyyy, ISO, '12 Mar 1985',
'14-Feb-90', '1990年2月14日', French and Arabic month names and a bare year; sex typed as
'Non-binary', 'prefer not to say', 'X'; countries as nationality adjectives, aliases ('DR Congo',
'Congo (DRC)') and names in French and Chinese; a column of names in the person's own script and
one of recognizance form or claim numbers; a blank row in the middle; a few very common names
shared by many different people (different birth dates); people registered a second time with
small differences (capitals, swapped order, another date form, the same birth date and phone);
and a few rows that are truly bad.

`messy_sheet(seed)` says what should happen to every row, by its number as Excel shows it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from faker import Faker

HEADERS = [
    "No.", "Name", "Name (own language)", "Sex", "DOB", "Mobile", "Nationality",
    "RF / Claim No", "Remarks",
]  # fmt: skip
COMMON = [("RAHMAN", "Mohammed"), ("BEGUM", "Fatima"), ("KHAN", "Ali"), ("NGUYEN", "Thi Mai")]
COUNTRIES = [  # typed -> expected ISO code
    ("pakistani", "PK"), ("DR Congo", "CD"), ("Congo (DRC)", "CD"), ("Bangladeshi", "BD"),
    ("Somalia", "SO"), ("Sri Lankan", "LK"), ("Nigeria", "NG"), ("Cameroun", "CM"),
    ("印度", "IN"), ("Burundaise", "BI"), ("Yemen", "YE"), ("Vietnam", "VN"), ("SDN", "SD"),
    ("Ivory Coast", "CI"), ("Egyptian", "EG"), ("Indonesia", "ID"),
]  # fmt: skip
SEXES = [  # typed -> (sex, gender identity)
    ("M", ("male", "")), ("F", ("female", "")), ("male", ("male", "")),
    ("Female", ("female", "")), ("Non-binary", ("not_stated", "Non-binary")),
    ("prefer not to say", ("declined", "")), ("X", ("not_stated", "X")), ("", ("not_stated", "")),
]  # fmt: skip
FRENCH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]  # fmt: skip
ARABIC = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]  # fmt: skip
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def typed_date(born: date, form: int) -> str:
    """`born` the way one of the volunteers typed it."""
    forms = (
        f"{born:%d.%m.%y}",
        f"{born:%d/%m/%Y}",
        born.isoformat(),
        f"{born.day} {SHORT[born.month - 1]} {born.year}",
        f"{born.day:02d}-{SHORT[born.month - 1]}-{born:%y}",
        f"{born.year}年{born.month}月{born.day}日",
        f"{born.day} {FRENCH[born.month - 1]} {born.year}",
        f"{born.day} {ARABIC[born.month - 1]} {born.year}",
    )
    return forms[form % len(forms)]


@dataclass
class Member:
    family: str
    given: str
    own_script: str
    sex: int  # index into SEXES
    born: date | None
    year_only: bool
    phone: str
    country: int  # index into COUNTRIES
    document: str


@dataclass
class MessySheet:
    headers: list[str]
    rows: list[list[str]]  # as in the file, the blank row included
    # Row number (as Excel shows it) -> "new", "error", or the row number it re-registers.
    expected: dict[int, str | int] = field(default_factory=dict)
    people: dict[int, Member] = field(default_factory=dict)  # row number -> who it describes

    @property
    def distinct_people(self) -> int:
        return sum(1 for v in self.expected.values() if v == "new")

    def write_csv(self, path: Path, encoding: str = "utf-8-sig") -> Path:
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.headers)
        writer.writerows(self.rows)
        path.write_bytes(out.getvalue().encode(encoding))
        return path

    def write_xlsx(self, path: Path) -> Path:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(self.headers)
        for row in self.rows:
            sheet.append(row if any(row) else [None])
        book.save(path)
        return path


def _phone(rng: random.Random) -> str:
    digits = f"{rng.choice('5679')}{rng.randint(0, 9999999):07d}"
    return rng.choice((f"{digits[:4]} {digits[4:]}", digits, f"+852 {digits}"))


def messy_sheet(
    seed: int = 19, *, people: int = 260, again: int = 25, today: date | None = None
) -> MessySheet:
    """`people` different members, `again` of them registered a second time, 3 bad rows and a
    blank row in the middle, shuffled the way years of intake make a sheet."""
    rng = random.Random(seed)
    limit = today or date.today()
    fakers = [Faker(loc) for loc in ("en_PK", "en_IN", "fr_FR", "vi_VN", "en_US", "id_ID")]
    for i, fk in enumerate(fakers):
        fk.seed_instance(seed + i)
    used_births: set[date] = set()
    members: list[Member] = []
    for n in range(people):
        if n % 6 == 0:  # the very common names, shared by many different people
            family, given = COMMON[(n // 6) % len(COMMON)]
        else:
            fk = rng.choice(fakers)
            family, given = fk.last_name(), fk.first_name()
        born = date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))
        while born in used_births or born > limit:
            born = born.replace(year=born.year - 1)
        used_births.add(born)
        members.append(
            Member(
                family=family,
                given=given,
                own_script=rng.choice(("", "", "محمد", "ফাতেমা", "阮氏梅", "Ａｌｉ"))
                if n % 3
                else "",
                sex=rng.randrange(len(SEXES)),
                born=born,
                year_only=n % 10 == 7 and family not in dict(COMMON),
                phone=_phone(rng) if rng.random() < 0.8 else "",
                country=rng.randrange(len(COUNTRIES)),
                document=f"RF-{rng.randint(100000, 999999)}/{rng.randint(2012, 2025)}"
                if rng.random() < 0.4
                else "",
            )
        )
    lines: list[tuple[list[str], str | Member, Member]] = []  # cells, "new"/"error" or first
    for n, m in enumerate(members):
        lines.append((_cells(m, n, rng, second=False), "new", m))
    for m in rng.sample([m for m in members if m.born and not m.year_only and m.phone], again):
        lines.append((_cells(m, rng.randrange(8), rng, second=True), m, m))
    bad = [
        ["", "", "", "F", "31/02/1990", "9123 4567", "Somalia", "", "no name, no such day"],
        ["", "HASSAN Omar", "", "M", "next year", "12", "Somalia", "", "bad date and phone"],
        ["", "DIALLO Aminata", "", "F", "14/02/2031", "", "Guinea", "", "born in the future"],
    ]
    for cells in bad:
        lines.append((cells, "error", members[0]))
    # Re-registrations come after the first registration; the rest is in intake order.
    firsts = lines[:people]
    later = lines[people:]
    rng.shuffle(later)
    order = list(firsts)
    for item in later:
        if isinstance(item[1], Member):
            first_at = next(
                i for i, line in enumerate(order) if line[2] is item[1] and line[1] == "new"
            )
            order.insert(rng.randint(first_at + 1, len(order)), item)
        else:
            order.insert(rng.randint(1, len(order)), item)
    sheet = MessySheet(list(HEADERS), [])
    number = 1  # the header
    row_of: dict[int, int] = {}
    blank_at = len(order) // 2
    for i, (cells, outcome, member) in enumerate(order):
        if i == blank_at:
            sheet.rows.append([""] * len(HEADERS))
            number += 1
        number += 1
        cells[0] = str(i + 1)
        sheet.rows.append(cells)
        sheet.people[number] = member
        if outcome == "new":
            row_of[id(member)] = number
            sheet.expected[number] = "new"
        elif outcome == "error":
            sheet.expected[number] = "error"
        else:
            assert isinstance(outcome, Member)
            sheet.expected[number] = row_of[id(outcome)]
    return sheet


def _cells(m: Member, form: int, rng: random.Random, *, second: bool) -> list[str]:
    name = f"{m.family.upper()} {m.given}"
    if second:  # the same person again, typed by another volunteer
        name = rng.choice(
            (
                f"{m.given} {m.family}".upper(),
                f"{m.family}, {m.given}",
                f"{m.given} {m.family.upper()}",
            )
        )
    birth = (
        str(m.born.year) if m.year_only and m.born else typed_date(m.born, form) if m.born else ""
    )
    return [
        "",
        name,
        m.own_script,
        SEXES[m.sex][0],
        birth,
        m.phone,
        COUNTRIES[m.country][0],
        m.document if not second or rng.random() < 0.5 else "",
        "",
    ]
