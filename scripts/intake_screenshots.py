"""Render the intake screens and papers to PNGs for the README (offscreen, fictional data).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/intake_screenshots.py docs/screenshots
Writes intake-errors.png (every error at once), intake-duplicates.png (a likely duplicate found
as soon as name and birth are typed, before consent), member-card.png
(CR80), intake-form.png (filled in for a signature) and intake-form-blank.png.
"""

from __future__ import annotations

from pathlib import Path

from offscreen import out_folder, pdf_to_png, scratch_desk


def main(out: Path) -> None:
    from desktop.printing.card import card_for, render_cards
    from desktop.printing.intake_form import blank_intake_form, intake_form_for, render_intake_form
    from desktop.services.cards import issue_card
    from desktop.services.consent import record_consent
    from desktop.services.people import PersonInput, register_person

    desk = scratch_desk()
    db, actor = desk.db, desk.actor
    centre = "Centre for Refugees — Chungking Mansions"
    with db.write() as session:
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
    pdf_to_png(card_pdf, out / "member-card.png", 220)
    pdf_to_png(form_pdf, out / "intake-form.png", 90)
    pdf_to_png(render_intake_form(blank_intake_form(centre)), out / "intake-form-blank.png", 90)

    window, _printer = desk.main_window()

    def settle(ms: int = 400) -> None:
        desk.settle(ms, window.runner)

    from PySide6.QtCore import QSize

    from desktop.ui.screen_fit import room_for_dialogs

    room = room_for_dialogs(QSize(1366, 768))  # as the dialog opens on a 1366x768 screen
    settle()
    window.open_register()
    dialog = window.register_dialog
    dialog.resize(dialog.size().boundedTo(room))
    dialog.form.given_name.setText("Amina")
    dialog.form.birth.setText("31/02/1990")
    dialog.form.phone.setText("12")
    dialog._submit()  # every error at once, the tabs that hold them marked
    settle(800)
    dialog.grab().save(str(out / "intake-errors.png"))
    dialog.done(0)

    window.open_register()
    dialog = window.register_dialog
    dialog.resize(dialog.size().boundedTo(room))
    dialog.form.family_name.setText("Karim")
    dialog.form.given_name.setText("Abdul Rehman")
    dialog.form.birth.setText("1985")
    dialog.form.birth.editingFinished.emit()  # leaving the birth field asks the file
    settle(800)
    dialog.grab().save(str(out / "intake-duplicates.png"))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main(out_folder())
