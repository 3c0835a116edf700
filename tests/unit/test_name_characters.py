"""Invisible characters in names: cleaned where names enter, and never able to stop printing.

A ZWNJ (Persian, Urdu) or ZWJ (Bengali) changes the spelling and is kept and shaped; NUL, BOM,
ZWSP, bidi embeddings, overrides and isolates are dropped (issue 14, item 4).
"""

from __future__ import annotations

import csv
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from desktop.db import Database
from desktop.printing.card import CardData, render_cards
from desktop.printing.intake_form import IntakeFormData, render_intake_form
from desktop.printing.script_text import layout_line
from desktop.printing.slip import SlipData, render_slip
from desktop.services.actor import Actor
from desktop.services.people import PersonInput, register_person
from desktop.services.text import clean_name

ZWNJ, ZWJ = "\u200c", "\u200d"
DROPPED = {
    "NUL": "\x00",
    "BOM": "\ufeff",
    "ZWSP": "\u200b",
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "LRM": "\u200e",
    "bell": "\x07",
}
# Names where the joiner changes the letters drawn: Persian "Niknam" (ZWNJ keeps ک from joining
# the next letter), Bengali "Rya" (ZWJ keeps র from becoming a reph).
JOINED = {"ZWNJ": ("نیک" + ZWNJ + "نام", "نیکنام"), "ZWJ": ("র" + ZWJ + "্যাব", "র্যাব")}


@pytest.mark.parametrize("name", sorted(DROPPED))
def test_invisible_and_control_characters_are_dropped_from_names(name: str) -> None:
    ch = DROPPED[name]
    assert clean_name(f"{ch}Rahimi{ch} Zahra{ch}") == "Rahimi Zahra"


@pytest.mark.parametrize("joiner", ["ZWNJ", "ZWJ"])
def test_joiners_are_kept_because_they_change_the_spelling(joiner: str) -> None:
    with_joiner, _without = JOINED[joiner]
    assert clean_name(f" {with_joiner}\x00 ") == with_joiner


@pytest.mark.parametrize("joiner", ["ZWNJ", "ZWJ"])
def test_joiners_are_shaped_not_dropped(joiner: str) -> None:
    with_joiner, without = JOINED[joiner]
    [joined] = layout_line(with_joiner, 12).runs
    [plain] = layout_line(without, 12).runs
    assert joined.text == with_joiner
    glyphs = [g[:2] for g in joined.shaped.__shapeData__]  # type: ignore[attr-defined]
    plain_glyphs = [g[:2] for g in plain.shaped.__shapeData__]  # type: ignore[attr-defined]
    assert glyphs != plain_glyphs  # other letter forms: the joiner did its work


def _documents(family: str, given: str, original: str) -> dict[str, bytes]:
    display = f"{family.upper()} {given}"
    return {
        "slip": render_slip(
            SlipData(
                centre_name="Front Desk Drop-in Centre",
                local_time=datetime(2026, 12, 6, 10, 30),
                queue_number=7,
                member_number="CFR-000042",
                display_name=display,
                name_original=original,
                services=("Food pack",),
                service_codes=("food_pack",),
                language="fa",
            )
        ),
        "card": render_cards(
            [
                CardData(
                    centre_name="Front Desk Drop-in Centre",
                    member_number="CFR-000042",
                    display_name=display,
                    name_original=original,
                    preferred_name=given,
                    issued=date(2026, 12, 6),
                    language="bn",
                )
            ]
        ),
        "intake form": render_intake_form(
            IntakeFormData(
                centre_name="Front Desk Drop-in Centre",
                consent_version="2026-1",
                member_number="CFR-000042",
                values={"family_name": family, "given_name": given, "name_original": original},
                language="ur",
            )
        ),
    }


def _text(pdf: bytes) -> str:
    pages = pdfium.PdfDocument(pdf)
    return "".join(pages[i].get_textpage().get_text_range() for i in range(len(pages)))


@pytest.mark.parametrize("character", [*sorted(DROPPED), "ZWNJ", "ZWJ"])
def test_every_character_prints_on_slip_card_and_intake_form(character: str) -> None:
    """Names stored before names were cleaned (or arriving from an older desk) still print."""
    if character in JOINED:
        original, _ = JOINED[character]
    else:
        ch = DROPPED[character]
        original = f"زهرا{ch} رحیمی{ch}"
    family, given = f"Rahimi{DROPPED.get(character, ZWNJ)}", "Zahra"
    for document, pdf in _documents(family, given, original).items():
        text = unicodedata.normalize("NFKC", _text(pdf))
        assert "RAHIMI" in text.upper(), document
        assert "Zahra" in text, document
        assert "CFR-000042" in text, document


def test_names_are_cleaned_when_registered(db: Database, actor: Actor) -> None:
    with db.write() as session:
        person = register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name="\ufeffKarimi\x00",
                given_name="Nik" + ZWNJ + "nam\u202e",
                name_original="نیک" + ZWNJ + "نام\u200b",
                preferred_name="\u2067Niki\u2069",
                notes="first line\x00\nsecond line",
            ),
        )
    assert person.family_name == "Karimi"
    assert person.given_name == "Nik" + ZWNJ + "nam"
    assert person.name_original == "نیک" + ZWNJ + "نام"
    assert person.preferred_name == "Niki"
    assert person.notes == "first line\nsecond line"


def test_an_imported_nul_is_dropped_and_the_xlsx_export_still_works(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    from desktop.services.export import ExportRequest, export_data
    from desktop.services.export_fields import ExportKind
    from desktop.services.import_commit import commit_import
    from desktop.services.import_mapping import guess_mapping
    from desktop.services.spreadsheet_source import read_source

    sheet = tmp_path / "old.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Family name", "Given name", "Date of birth"])
        out.writerow(["Hossain\x00", "\ufeffRu" + ZWJ + "pa", "02/03/1990"])
    table = read_source(sheet)
    plan = commit_import(db=db, actor=actor, table=table, mapping=guess_mapping(table.headers))
    assert plan.added == 1
    out_file = tmp_path / "people.xlsx"
    request = ExportRequest(
        kind=ExportKind.PEOPLE, fmt="xlsx", fields=["family_name", "given_name"]
    )
    export_data(db=db, actor=actor, request=request, path=out_file)
    rows = list(load_workbook(out_file).active.iter_rows(values_only=True))
    assert ("Hossain", "Ru" + ZWJ + "pa") in rows


def test_a_name_arriving_by_sync_is_cleaned(db: Database, actor: Actor) -> None:
    """A desk of an older version may push a name with a NUL or a bidi override in it."""
    import uuid

    from sqlmodel import select

    from desktop.db import hlc
    from desktop.db.wire import to_wire
    from desktop.models import Person
    from desktop.services.sync.merge import apply_changes
    from desktop.services.sync.server import RemoteChange

    other_desk = uuid.uuid4()
    row_id = uuid.uuid4()
    fields = {
        "member_number": "CFR-B00007",
        "family_name": "\u202eKarimi\x00",
        "given_name": "Nik" + ZWNJ + "nam\ufeff",
        "name_original": "نیک" + ZWNJ + "نام\u200b",
        "desk_id": to_wire(other_desk),
        "written_by": to_wire(actor.user_id),
    }
    stamp = str(hlc.Stamp(hlc.wall_ms(), 0, "desk-b"))
    change = RemoteChange(1, stamp, other_desk, "person", row_id, fields, {})
    with db.write() as session:
        stats = apply_changes(session.connection(), [change], node="desk-a")
    assert stats.applied == 1
    with db.read() as session:
        person = session.exec(select(Person).where(Person.id == row_id)).one()
    assert (person.family_name, person.given_name) == ("Karimi", "Nik" + ZWNJ + "nam")
    assert person.name_original == "نیک" + ZWNJ + "نام"


def test_names_stored_before_the_cleaning_are_cleaned_by_migration_0009(
    db: Database, db_path: Path, actor: Actor
) -> None:
    import sqlite3

    from alembic import command

    from desktop.db.migrate import alembic_config
    from desktop.services.search import find_people

    with db.write() as session:
        register_person(
            session=session, actor=actor, data=PersonInput(family_name="X", given_name="Y")
        )
    db.dispose()  # the file is taken back to 0008, as an older version left it
    cfg = alembic_config()
    old = Database.open(db_path, migrate=False, unencrypted=True)
    with old._write_engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
    old.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE person SET family_name = ?, given_name = ?, notes = ?, search_text = ?",
            ("Hoss\x00ain", "Ru" + ZWJ + "pa\ufeff", "a\x00\nb", "hoss\x00ain ru" + ZWJ + "pa"),
        )
    migrated = Database.open(db_path, unencrypted=True)
    try:
        with migrated.read() as session:
            from sqlmodel import select

            from desktop.models import Person

            [person] = session.exec(select(Person)).all()
            assert (person.family_name, person.given_name) == ("Hossain", "Ru" + ZWJ + "pa")
            assert person.notes == "a\nb"
            assert [m.id for m in find_people(session, "hossain")] == [person.id]
    finally:
        migrated.dispose()
