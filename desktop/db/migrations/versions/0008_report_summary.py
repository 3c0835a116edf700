"""report summary: per-month and first-visit totals kept by triggers; a covering person index

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 08:50:00

The donor report's twelve-month trend and its new-or-returning split read these small tables
instead of scanning a year of visits (see desktop/db/report_summary.py). Triggers on `visit`
keep them exact through check-ins, voids, deletes, merges and sync; the tables are filled
from the visits already on file. ix_person_report lets the report read the counted fields of
the people it served from the index alone.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _live(row: str) -> str:
    return f"{row}.voided_at IS NULL AND {row}.deleted_at IS NULL"


def _count_in(row: str) -> str:
    """Statements adding the visit `row` (NEW) to the totals, when it is live."""
    month = f"substr({row}.visit_day, 1, 7)"
    return f"""
    INSERT INTO report_month_person (month, person_id, visits)
        SELECT {month}, {row}.person_id, 1 WHERE {_live(row)}
        ON CONFLICT (month, person_id) DO UPDATE SET visits = visits + 1;
    INSERT INTO report_month (month, people, visits)
        SELECT {month}, 0, 0 WHERE {_live(row)} ON CONFLICT (month) DO NOTHING;
    UPDATE report_month SET visits = visits + 1, people = people + coalesce((
            SELECT visits = 1 FROM report_month_person
            WHERE month = {month} AND person_id = {row}.person_id), 0)
        WHERE month = {month} AND {_live(row)};
    INSERT INTO report_first_visit (person_id, first_at)
        SELECT {row}.person_id, {row}.visited_at WHERE {_live(row)}
        ON CONFLICT (person_id) DO UPDATE SET first_at = min(first_at, excluded.first_at);"""


def _count_out(row: str) -> str:
    """Statements taking the visit `row` (OLD) out of the totals, when it was live.

    The first visit is looked up again: an AFTER trigger sees the visit table as changed.
    """
    month = f"substr({row}.visit_day, 1, 7)"
    return f"""
    UPDATE report_month_person SET visits = visits - 1
        WHERE month = {month} AND person_id = {row}.person_id AND {_live(row)};
    UPDATE report_month SET visits = visits - 1, people = people - coalesce((
            SELECT visits = 0 FROM report_month_person
            WHERE month = {month} AND person_id = {row}.person_id), 0)
        WHERE month = {month} AND {_live(row)};
    DELETE FROM report_month_person
        WHERE month = {month} AND person_id = {row}.person_id AND visits = 0;
    DELETE FROM report_first_visit WHERE person_id = {row}.person_id AND {_live(row)};
    INSERT INTO report_first_visit (person_id, first_at)
        SELECT person_id, min(visited_at) FROM visit
        WHERE person_id = {row}.person_id AND voided_at IS NULL AND deleted_at IS NULL
          AND {_live(row)}
        GROUP BY person_id;"""


def upgrade() -> None:
    op.execute(
        "CREATE TABLE report_month_person (month TEXT NOT NULL, person_id CHAR(32) NOT NULL,"
        " visits INTEGER NOT NULL, PRIMARY KEY (month, person_id)) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE report_month (month TEXT NOT NULL PRIMARY KEY,"
        " people INTEGER NOT NULL, visits INTEGER NOT NULL) WITHOUT ROWID"
    )
    op.execute(
        "CREATE TABLE report_first_visit (person_id CHAR(32) NOT NULL PRIMARY KEY,"
        " first_at DATETIME NOT NULL) WITHOUT ROWID"
    )
    op.execute(f"CREATE TRIGGER visit_report_insert AFTER INSERT ON visit BEGIN {_count_in('NEW')} END")
    op.execute(f"CREATE TRIGGER visit_report_delete AFTER DELETE ON visit BEGIN {_count_out('OLD')} END")
    op.execute(
        "CREATE TRIGGER visit_report_update AFTER UPDATE OF"
        " person_id, visited_at, visit_day, voided_at, deleted_at ON visit"
        f" BEGIN {_count_out('OLD')} {_count_in('NEW')} END"
    )
    live = "voided_at IS NULL AND deleted_at IS NULL"
    op.execute(
        "INSERT INTO report_month_person (month, person_id, visits)"
        f" SELECT substr(visit_day, 1, 7), person_id, count(*) FROM visit WHERE {live}"
        " GROUP BY substr(visit_day, 1, 7), person_id"
    )
    op.execute(
        "INSERT INTO report_month (month, people, visits)"
        " SELECT month, count(*), sum(visits) FROM report_month_person GROUP BY month"
    )
    op.execute(
        "INSERT INTO report_first_visit (person_id, first_at)"
        f" SELECT person_id, min(visited_at) FROM visit WHERE {live} GROUP BY person_id"
    )
    op.create_index(
        "ix_person_report", "person",
        ["id", "country_of_origin", "sex", "household_id", "date_of_birth", "birth_year"],
    )


def downgrade() -> None:
    op.drop_index("ix_person_report", table_name="person")
    for trigger in ("visit_report_update", "visit_report_delete", "visit_report_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ("report_first_visit", "report_month", "report_month_person"):
        op.execute(f"DROP TABLE IF EXISTS {table}")
