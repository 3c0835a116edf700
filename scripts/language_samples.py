"""Render printed paper and the window in the visitors' languages to PNGs (offscreen).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/language_samples.py docs/screenshots
Names are fictional. Slips and forms are rendered with pdftoppm, as the tests do.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# language -> (Latin-letter name, name in own script): fictional people.
PEOPLE = {
    "ar": ("Al-Rashid, Mohammed", "محمد الراشد"),
    "ur": ("Khan, Ayesha", "عائشہ خان"),
    "bn": ("Rahman, Lakshmi", "লক্ষ্মী রহমান"),
    "zh": ("Chan, Tai Man", "陳大文"),
    "vi": ("Nguyễn, Thị Ánh", "Nguyễn Thị Ánh Tuyết"),
}
SERVICES = ("food_pack", "hygiene_pack", "medical_referral")


def png(pdf: bytes, target: Path, dpi: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        stem = target.with_suffix("")
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source), str(stem)],
            check=True,
        )


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
        png(render_slip(slip), out / f"slip-{language}.png", 110)


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
        png(render_intake_form(data), out / f"intake-form-{language}.png", 80)
    card = CardData(
        "Front Desk Drop-in Centre",
        "CFR-004217",
        PEOPLE["ur"][0],
        PEOPLE["ur"][1],
        language_name="Urdu",
        issued=date(2026, 11, 25),
        language="ur",
    )
    png(render_cards([card]), out / "card-ur.png", 200)


def windows(out: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.db import Database
    from desktop.services.demo import fill_demo
    from desktop.services.settings import load_settings
    from desktop.services.setup import prepare_database
    from desktop.ui.main_window import MainWindow
    from tests.fakes import FakePrinter

    tmp = Path(tempfile.mkdtemp())
    os.environ["FRONTDESK_DATA_DIR"] = str(tmp)
    app = QApplication.instance() or QApplication([])
    db = Database.open(tmp / "demo.sqlite3")
    with db.write() as session:
        actor = prepare_database(session)
        fill_demo(session=session, actor=actor, people=120, seed=7)
        settings = load_settings(session)
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
    db.dispose()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    slips(out)
    forms(out)
    windows(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
