"""The naive approaches the desk's figures are compared with, in the same run.

Search: a LIKE '%word%' scan over person.search_text for every word (how search worked before
the FTS5 index). Lists: the same queries with the indexes switched off (NOT INDEXED).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlmodel import Session

from desktop.services.text import fold


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_search(session: Session, query: str, limit: int = 30) -> list[Any]:
    words = fold(query).split()
    if not words:
        return []
    where = " AND ".join(f"search_text LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
    params: dict[str, Any] = {f"w{i}": f"%{_escape_like(w)}%" for i, w in enumerate(words)}
    params["whole"] = " ".join(words)
    params["prefix"] = _escape_like(params["whole"]) + "%"
    sql = (
        "SELECT id, member_number, family_name, given_name FROM person"
        f" WHERE deleted_at IS NULL AND status != 'merged' AND {where}"
        " ORDER BY CASE WHEN lower(member_number) = :whole THEN 0"
        " WHEN search_text LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END, family_name, given_name"
        f" LIMIT {limit}"
    )
    return list(session.execute(text(sql), params))


def like_member(session: Session, number: str) -> Any:
    """The scanned number found by scanning every row (no use of the unique index)."""
    sql = "SELECT id FROM person NOT INDEXED WHERE upper(member_number) = :n AND deleted_at IS NULL"
    return session.execute(text(sql), {"n": number.strip().upper()}).first()


def _visit_rows(session: Session, where: str, params: dict[str, Any], limit: str = "") -> int:
    sql = (
        "SELECT v.id, v.queue_number, v.visited_at, p.member_number, p.family_name,"
        " p.given_name, (SELECT group_concat(s.name) FROM visit_service vs"
        " JOIN service s ON s.id = vs.service_id WHERE vs.visit_id = v.id)"
        f" FROM visit v NOT INDEXED JOIN person p ON p.id = v.person_id WHERE {where}"
        f" ORDER BY v.visited_at DESC {limit}"
    )
    return len(list(session.execute(text(sql), params)))


def today_list(session: Session, day: date, desk_id: uuid.UUID) -> int:
    return _visit_rows(
        session, "v.visit_day = :day AND v.desk_id = :desk", {"day": day, "desk": desk_id.hex}
    )


def history(session: Session, person_id: uuid.UUID) -> int:
    return _visit_rows(session, "v.person_id = :p", {"p": person_id.hex}, "LIMIT 50")
