"""A person's choices on the rows an import held back or refused, before anything is added.

For each row: include it (a row held back as a possible duplicate is added after all), leave it
out, or say it is the same person as another row of the file or a member on file (nothing new is
added; the row is remembered as theirs, so importing the file again adds nothing). A refused row
can have a value fixed ("DOB = 14/02/1990"), which is read again as if typed in the sheet.

The import wizard's review step makes these choices; the `frontdesk import` command reads them
from the report CSV's "decision" and "fix" columns, edited in Excel and passed back with --review.
"""

from __future__ import annotations

import csv
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlmodel import Session, col, select

from desktop.models import Person
from desktop.services.errors import Text, ValidationError
from desktop.services.importer import FLAGGED, ImportPlan, PlannedRow, RowStatus, plan_import
from desktop.services.jobs import JobControl
from desktop.services.spreadsheet_source import SourceTable
from desktop.services.text import fold


class Choice(StrEnum):
    INCLUDE = "include"
    LEAVE_OUT = "leave out"
    SAME_AS = "same as"


_INCLUDE = {"include", "add", "yes", "new", "add anyway"}
_LEAVE_OUT = {"leave out", "leave", "skip", "no", "omit", "exclude", "out"}
_SAME_AS = re.compile(r"same(?: person)? as\s+(?:(row)\s*(\d+)|(\S+))$")


@dataclass(frozen=True)
class RowDecision:
    """What a person chose for one row. `same_as` is 'row 12' or a member number."""

    choice: Choice | None = None
    same_as: str = ""
    fixes: Mapping[str, str] = field(default_factory=dict)  # column header -> new cell text


def read_decision(text: str, row: int) -> tuple[Choice | None, str]:
    """('include' | 'leave out' | 'same as', target) from what a person typed; None if empty.

    Raises ValidationError naming the row.
    """
    key = " ".join(fold(text).replace("_", " ").split())
    if not key:
        return None, ""
    if key in _INCLUDE:
        return Choice.INCLUDE, ""
    if key in _LEAVE_OUT:
        return Choice.LEAVE_OUT, ""
    same = _SAME_AS.match(key)
    if same:
        if same.group(1):
            return Choice.SAME_AS, f"row {int(same.group(2))}"
        return Choice.SAME_AS, same.group(3).upper()
    raise ValidationError(
        {
            "decision": Text(
                "Row {row}: write include, leave out, or same as row N or a number, not '{typed}'.",
                row=row,
                typed=text.strip(),
            )
        }
    )


def read_fixes(text: str, row: int) -> dict[str, str]:
    """'DOB = 14/02/1990; Sex = F' -> {'DOB': '14/02/1990', 'Sex': 'F'}."""
    fixes: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        header, equals, value = part.partition("=")
        if not equals or not header.strip():
            raise ValidationError(
                {
                    "fix": Text(
                        "Row {row}: write a fix as column = value, e.g. DOB = 14/02/1990.",
                        row=row,
                    )
                }
            )
        fixes[header.strip()] = value.strip()
    return fixes


def read_review(path: Path) -> dict[int, RowDecision]:
    """The choices in an import report CSV a person edited (columns row, decision, fix).

    Raises ValidationError when the file cannot be read or a choice is not understood.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError(
            {"review": Text("The review file cannot be read: {reason}", reason=str(exc))}
        ) from exc
    decisions: dict[int, RowDecision] = {}
    for line in lines:
        number = (line.get("row") or "").strip().lstrip("'")
        if not number.isdigit():
            continue
        row = int(number)
        choice, target = read_decision(line.get("decision") or "", row)
        fixes = read_fixes(line.get("fix") or "", row)
        if choice or fixes:
            decisions[row] = RowDecision(choice, target, fixes)
    return decisions


def apply_fixes(table: SourceTable, decisions: Mapping[int, RowDecision]) -> SourceTable:
    """The table with each fixed cell replaced, as if typed so in the sheet.

    Raises ValidationError for a column the sheet does not have or a row it does not have.
    """
    if not any(d.fixes for d in decisions.values()):
        return table
    columns = {fold(h): i for i, h in enumerate(table.headers) if h}
    index_of = {table.row_number(i): i for i in range(len(table.rows))}
    rows = [list(r) for r in table.rows]
    for number, decision in decisions.items():
        for header, value in decision.fixes.items():
            if number not in index_of:
                raise ValidationError(
                    {"fix": Text("Row {row} is not a row of the sheet.", row=number)}
                )
            if fold(header) not in columns:
                raise ValidationError(
                    {
                        "fix": Text(
                            "Row {row}: the sheet has no column '{column}'.",
                            row=number,
                            column=header,
                        )
                    }
                )
            rows[index_of[number]][columns[fold(header)]] = value
    return replace(table, rows=rows)


def apply_decisions(
    plan: ImportPlan, decisions: Mapping[int, RowDecision], members: Mapping[str, object]
) -> None:
    """Record each choice on its planned row; `members` holds the member numbers on file.

    Raises ValidationError when a choice cannot be kept: a refused row included without a fix,
    or 'same as' a row that is not added or a member number not on file.
    """
    by_number = {r.number: r for r in plan.rows}
    for number, decision in decisions.items():
        row = by_number.get(number)
        if row is None:
            continue
        row.fix = "; ".join(f"{header} = {value}" for header, value in decision.fixes.items())
        if decision.choice is None:
            continue
        if decision.choice == Choice.INCLUDE and row.status not in (RowStatus.NEW, *FLAGGED):
            raise ValidationError(
                {
                    "decision": Text(
                        "Row {row} cannot be included: {why}",
                        row=number,
                        why="; ".join(row.reasons) or row.status.value.replace("_", " "),
                    )
                }
            )
        row.decision, row.same_as = decision.choice, decision.same_as
    for row in plan.rows:
        if row.decision != Choice.SAME_AS:
            continue
        if row.same_as.startswith("row "):
            target = by_number.get(int(row.same_as.removeprefix("row ")))
            if target is None or not will_add(target) or target is row:
                raise ValidationError(
                    {
                        "decision": Text(
                            "Row {row} is marked the same as {target}, which is not added.",
                            row=row.number,
                            target=row.same_as,
                        )
                    }
                )
        elif row.same_as not in members:
            raise ValidationError(
                {
                    "decision": Text(
                        "Row {row} is marked the same as {target}: no member has that number.",
                        row=row.number,
                        target=row.same_as,
                    )
                }
            )


def will_add(row: PlannedRow, include_flagged: bool = False) -> bool:
    """Whether the commit adds this planned row as a new person."""
    if row.decision in (Choice.LEAVE_OUT, Choice.SAME_AS):
        return False
    if row.status == RowStatus.NEW:
        return True
    return row.status in FLAGGED and (include_flagged or row.decision == Choice.INCLUDE)


def members_named(session: Session, decisions: Mapping[int, RowDecision]) -> dict[str, uuid.UUID]:
    """Member number -> person id, for the member numbers the decisions name."""
    numbers = [
        d.same_as for d in decisions.values() if d.same_as and not d.same_as.startswith("row ")
    ]
    if not numbers:
        return {}
    found = session.exec(
        select(Person.member_number, Person.id).where(col(Person.member_number).in_(numbers))
    )
    return dict(found.all())


def plan_reviewed(
    *,
    session: Session,
    table: SourceTable,
    mapping: Sequence[str],
    decisions: Mapping[int, RowDecision],
    control: JobControl | None = None,
    planner: Callable[..., ImportPlan] = plan_import,
) -> tuple[ImportPlan, dict[str, uuid.UUID]]:
    """The dry run (`planner`) with a person's choices: fixed values read again, choices on
    each row, and the members the choices name (number -> id). Raises ValidationError,
    Cancelled."""
    plan = planner(
        session=session, table=apply_fixes(table, decisions), mapping=mapping, control=control
    )
    members = members_named(session, decisions)
    apply_decisions(plan, decisions, members)
    return plan, members
