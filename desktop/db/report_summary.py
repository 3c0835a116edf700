"""The report's running totals (made by migration 0008), kept in step with `visit` by triggers.

- report_month_person: live visits per (month of visit_day, person);
- report_month: people and visits per month (the report's month-by-month trend);
- report_first_visit: each person's first live visit (new or returning).

A live visit is neither voided nor deleted. Triggers on every insert, delete and change of a
visit's person, time, day, void or delete mark keep the totals exact whatever writes the visit
(check-in, voiding, merge, sync, import). A later migration that rebuilds the visit table
(batch_alter_table with a copy) drops these triggers with it: it must create them again and
refill the tables. tests/unit/test_report_summary.py checks they exist and agree with a count.
"""

from __future__ import annotations

from typing import Any

MONTH_PERSON_TABLE = "report_month_person"
MONTH_TABLE = "report_month"
FIRST_VISIT_TABLE = "report_first_visit"
TABLES = (MONTH_PERSON_TABLE, MONTH_TABLE, FIRST_VISIT_TABLE)
TRIGGERS = ("visit_report_insert", "visit_report_delete", "visit_report_update")


def is_summary_table(name: str | None) -> bool:
    """True for the trigger-kept tables, which no model describes."""
    return name in TABLES


def include_name(name: str | None, type_: str, _parents: Any = None) -> bool:
    """Alembic autogenerate filter: leave the summary tables out of the model comparison."""
    return not (type_ == "table" and is_summary_table(name))


def refill(connection: Any) -> None:
    """Count every live visit again into the running totals (after a bulk load that wrote
    visits with the triggers set aside). The same SQL migration 0008 fills them with.

    `connection` is a DB-API connection or an SQLAlchemy Connection inside a transaction.
    """
    run = getattr(connection, "exec_driver_sql", None) or connection.execute
    live = "voided_at IS NULL AND deleted_at IS NULL"
    for table in TABLES:
        run(f"DELETE FROM {table}")
    run(
        f"INSERT INTO {MONTH_PERSON_TABLE} (month, person_id, visits)"
        f" SELECT substr(visit_day, 1, 7), person_id, count(*) FROM visit WHERE {live}"
        " GROUP BY substr(visit_day, 1, 7), person_id"
    )
    run(
        f"INSERT INTO {MONTH_TABLE} (month, people, visits)"
        f" SELECT month, count(*), sum(visits) FROM {MONTH_PERSON_TABLE} GROUP BY month"
    )
    run(
        f"INSERT INTO {FIRST_VISIT_TABLE} (person_id, first_at)"
        f" SELECT person_id, min(visited_at) FROM visit WHERE {live} GROUP BY person_id"
    )
