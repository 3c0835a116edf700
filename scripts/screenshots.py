"""Render the desk's main window (1366x768), a service slip and a rule override to PNGs for the
README (offscreen).

Run: .venv/bin/python scripts/screenshots.py docs/screenshots
Uses fictional demo data in a temporary folder; never a real database.
"""

from __future__ import annotations

from pathlib import Path

from offscreen import out_folder, pdf_to_png, scratch_desk


def main(out: Path) -> None:
    from desktop.printing.requests import SLIP, SlipRequest, decode
    from desktop.printing.slip import render_slip
    from desktop.services.demo import fill_demo
    from desktop.services.print_jobs import document

    desk = scratch_desk()
    with desk.db.write() as session:
        fill_demo(session=session, actor=desk.actor, people=250, seed=7)
    window, printer = desk.main_window()

    def settle(ms: int = 400) -> None:
        desk.settle(ms, window.runner)

    def open_first(query: str) -> None:
        window.search.box.setText(query)
        window.search.query_changed.emit(query)
        settle()
        top = window.search.top_match()
        assert top is not None
        window.open_person(top.id)
        settle()

    settle()
    open_first("kha")
    window.person.toggle_service(0)
    window.person.toggle_service(5)
    window.grab().save(str(out / "main-window.png"))

    window.person.check_in_button.click()
    settle(800)
    window.slips.wait_for_done()
    settle(200)
    assert printer.jobs, "the slip was not printed"
    pdf_to_png(printer.jobs[-1][1], out / "slip-80mm.png", 150)
    assert window.slips.last_job is not None
    with desk.db.read() as session:
        stored = document(session, window.slips.last_job)
    request = decode(SLIP, stored.request)
    assert isinstance(request, SlipRequest)
    pdf_to_png(render_slip(request.slip, fmt="A6"), out / "slip-a6.png", 110)

    # The next visitor, with the printer unplugged: the number stays large, the bar says why.
    printer.absent = True
    open_first("ali")
    window.person.toggle_service(4)
    window.person.check_in_button.click()
    settle(800)
    window.slips.wait_for_done()
    settle(300)
    window.grab().save(str(out / "checked-in-no-printer.png"))

    # The first member again, as a volunteer: the food pack's rule says no; a caseworker approves
    # in the dialog, or "Check in the others only" keeps the rest.
    from dataclasses import replace

    from desktop.models import Role

    window.actor = replace(window.actor, role=Role.VOLUNTEER, username="volunteer")
    open_first("kha")
    window.person.toggle_service(0)
    window.person.toggle_service(4)
    window.person.check_in_button.click()
    settle(800)
    window.override_dialog.grab().save(str(out / "override.png"))
    window.override_dialog.done(0)
    window.close()
    desk.db.dispose()


if __name__ == "__main__":
    main(out_folder())
