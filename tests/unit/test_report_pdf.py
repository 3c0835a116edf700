"""The donor PDF: the header and page numbers on every page, protected counts, no names."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.db import Database
from desktop.printing.report import render_report
from desktop.services.actor import Actor
from desktop.services.disclosure import publish_report
from desktop.services.report import compute_report
from tests.report_data import build_march_2026


def test_donor_pdf_has_centre_period_and_page_numbers_and_no_personal_data(
    db: Database, actor: Actor
) -> None:
    with db.write() as session:
        people = build_march_2026(session, actor)
    with db.read() as session:
        figures = compute_report(session=session, first=date(2026, 3, 1), last=date(2026, 3, 31))
    pdf = render_report(
        publish_report(figures), centre_name="Harbour Light Centre", prepared_on=date(2026, 4, 2)
    )
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    texts = [page.extract_text() for page in pages]
    for number, text in enumerate(texts, start=1):
        assert "Harbour Light Centre" in text
        assert "01 Mar 2026 to 31 Mar 2026" in text
        assert f"Page {number} of {len(pages)}" in text
    everything = "\n".join(texts)
    for person in people.values():
        assert person.family_name not in everything
        assert person.member_number not in everything
    # 5 people and 6 visits may be printed; 4 new, 1 returning and 4 households may not.
    headline = texts[0].split("Month by month")[0].split("31 Mar 2026")[-1].split()
    assert headline[:5] == ["5", "6", "<5", "<5", "<5"]
    assert "People served" in everything
