"""Render printed paper and the window in the visitors' languages to PNGs (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/language_samples.py docs/screenshots
Names are fictional. Slips and forms are rendered with pdftoppm, as the tests do.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from offscreen import out_folder, pdf_to_png, scratch_desk

# language -> (Latin-letter name, name in own script): fictional people.
PEOPLE = {
    "ar": ("Al-Rashid, Mohammed", "محمد الراشد"),
    "ur": ("Khan, Ayesha", "عائشہ خان"),
    "bn": ("Rahman, Lakshmi", "লক্ষ্মী রহমান"),
    "zh": ("Chan, Tai Man", "陳大文"),
    "vi": ("Nguyễn, Thị Ánh", "Nguyễn Thị Ánh Tuyết"),
}
SERVICES = ("food_pack", "hygiene_pack", "medical_referral")


def slips(out: Path) -> None:
    from desktop.printing.labels import ENGLISH
    from desktop.printing.slip import SlipData, render_slip

    for language, (display, original) in PEOPLE.items():
        slip = SlipData(
            centre_name="Front Desk Drop-in Centre",
            local_time=datetime(2026, 11, 25, 10, 42),
            queue_number=27,
            member_number="CFR-004217",
            display_name=display,
            name_original=original,
            services=tuple(ENGLISH[f"service.{code}"] for code in SERVICES),
            service_codes=SERVICES,
            language=language,
        )
        pdf_to_png(render_slip(slip), out / f"slip-{language}.png", 110)


def forms(out: Path) -> None:
    from datetime import date

    from desktop.printing.card import CardData, render_cards
    from desktop.printing.intake_form import IntakeFormData, render_intake_form
    from desktop.services.consent import TEXT_VERSION

    for language, (display, original) in PEOPLE.items():
        family, given = display.split(", ")
        data = IntakeFormData(
            centre_name="Front Desk Drop-in Centre",
            consent_version=TEXT_VERSION,
            member_number="CFR-004217",
            registered="25/11/2026",
            values={
                "family_name": family,
                "given_name": given,
                "name_original": original,
                "birth": "14/02/1990",
                "phone": "9123 4567",
            },
            sex="female",
            status="asylum_seeker",
            consent_scope=("records", "contact"),
            consent_date="25/11/2026",
            taken_by="Jo (volunteer)",
            language=language,
        )
        pdf_to_png(render_intake_form(data), out / f"intake-form-{language}.png", 80)
    card = CardData(
        "Front Desk Drop-in Centre",
        "CFR-004217",
        PEOPLE["ur"][0],
        PEOPLE["ur"][1],
        language_name="Urdu",
        issued=date(2026, 11, 25),
        language="ur",
    )
    pdf_to_png(render_cards([card]), out / "card-ur.png", 200)


def windows(out: Path) -> None:
    from desktop.services.demo import fill_demo

    desk = scratch_desk()
    with desk.db.write() as session:
        fill_demo(session=session, actor=desk.actor, people=120, seed=7)
    window, _printer = desk.main_window()

    def settle(ms: int = 400) -> None:
        desk.settle(ms, window.runner)

    settle()
    window.search.box.setText("a")
    window.search.query_changed.emit("a")
    settle()
    top = window.search.top_match()
    if top is not None:
        window.open_person(top.id)
    settle()
    for code in ("zh_HK", "ar"):
        window.choose_language(code)
        settle()
        window.grab().save(str(out / f"window-{code}.png"))
    window.choose_language("en")
    settle()
    window.close()
    desk.db.dispose()


def main(out: Path) -> None:
    slips(out)
    forms(out)
    windows(out)


if __name__ == "__main__":
    main(out_folder())
