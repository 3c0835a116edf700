"""Render the intake screens and papers to PNGs for the README (offscreen, fictional data).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/intake_screenshots.py docs/screenshots
Writes intake-duplicates.png (registration warning of a likely duplicate), member-card.png
(CR80), intake-form.png (filled in for a signature) and intake-form-blank.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    import pypdfium2 as pdfium
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.db import Database
    from desktop.printing.card import card_for, render_cards
    from desktop.printing.intake_form import blank_intake_form, intake_form_for, render_intake_form
    from desktop.services.cards import issue_card
    from desktop.services.consent import record_consent
    from desktop.services.people import PersonInput, register_person
    from desktop.services.settings import load_settings
    from desktop.services.setup import prepare_database
    from desktop.ui.main_window import MainWindow
    from tests.fakes import FakePrinter

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["FRONTDESK_DATA_DIR"] = str(tmp)
    app = QApplication([])
    db = Database.open(tmp / "demo.sqlite3")
    centre = "Centre for Refugees — Chungking Mansions"
    with db.write() as session:
        actor = prepare_database(session)
        person = register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name="Rahman",
                given_name="Abdul Karim",
                name_original="আব্দুল করিম রহমান",
                preferred_name="Karim",
                sex="male",
                birth="1985",
                birth_year_estimated=True,
                country_of_origin="BD",
                nationality="stateless",
                preferred_language="bn",
                languages=["en"],
                phone="9123 4567",
                hk_area="Sham Shui Po",
                immigration_status="non_refoulement_claimant",
                arrival_date="03/04/2019",
                claim_date="20/04/2019",
            ),
        )
        consent = record_consent(
            session=session, actor=actor, person_id=person.id, scope=["records", "contact"]
        )
        card = issue_card(session=session, actor=actor, person_id=person.id)
        card_pdf = render_cards([card_for(person, card, centre)])
        form_pdf = render_intake_form(intake_form_for(person, consent, centre, "Reception desk"))
        settings = load_settings(session)
    pdfium.PdfDocument(card_pdf)[0].render(scale=220 / 72).to_pil().save(out / "member-card.png")
    pdfium.PdfDocument(form_pdf)[0].render(scale=90 / 72).to_pil().save(out / "intake-form.png")
    blank = render_intake_form(blank_intake_form(centre))
    pdfium.PdfDocument(blank)[0].render(scale=90 / 72).to_pil().save(out / "intake-form-blank.png")

    window = MainWindow(db, actor, settings, FakePrinter())
    window.resize(1360, 780)
    window.show()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        window.runner.wait_for_done()
        app.processEvents()

    settle()
    window.open_register()
    dialog = window.register_dialog
    dialog.form.family_name.setText("Karim")
    dialog.form.given_name.setText("Abdul Rehman")
    dialog.form.birth.setText("1985")
    dialog.consent.records.setChecked(True)
    dialog._submit()
    settle(800)
    dialog.grab().save(str(out / "intake-duplicates.png"))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
