"""The sync light and the staff's list, driven through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services.settings import load_settings
from desktop.ui.main_window import MainWindow
from desktop.ui.sync_status import GREEN, RED
from tests.fakes import FakePrinter
from tests.sync.harness import Desk, SyncServer
from tests.sync.test_convergence import edit


def open_window(qtbot, desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    with desk.db.read() as session:
        settings = load_settings(session)
    window = MainWindow(desk.db, desk.actor, settings, FakePrinter())
    qtbot.add_widget(window)
    window.resize(1100, 560)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_staff_see_the_sync_light_turn_green_red_and_the_overwritten_values(
    qtbot,  # type: ignore[no-untyped-def]
    server: SyncServer,
    tmp_path: Path,
) -> None:
    front = server.add_desk("front", "A")
    laptop = server.add_desk("laptop", "C")
    person = front.register("Okafor", "Ada")
    front.sync()
    laptop.sync()
    edit(laptop, person.id, given_name="Ada N.")
    laptop.sync()
    edit(front, person.id, given_name="Adaeze")  # offline, before seeing the laptop's edit

    window = open_window(qtbot, front)
    light = window.sync_light
    # Joined: the window syncs at once in the background, then shows green and "to check".
    qtbot.waitUntil(lambda: light.isVisible() and light.colour == GREEN, timeout=15000)
    assert "Synced" in light.text() and "1 to check" in light.text()
    assert "Waiting to send: 0" in light.toolTip()

    # The network goes: "Sync now" says so in red, and nothing waiting is lost.
    server.proxy.stop()
    edit(front, person.id, hk_area="Yau Ma Tei")
    window.runner.changed.emit("people")
    # The edit and its history row.
    qtbot.waitUntil(lambda: "2 changes waiting" in light.text(), timeout=5000)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: light.colour == RED, timeout=15000)
    assert "Error:" in light.toolTip()
    window.grab().save(str(tmp_path / "sync_failed.png"))

    server.proxy.start()
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: light.colour == GREEN, timeout=15000)

    # Staff click the light: the list shows what was overwritten, by which desk.
    qtbot.mouseClick(light, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "sync_dialog", None) is not None)
    dialog = window.sync_dialog
    qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 1, timeout=5000)
    row = dialog.conflicts.rows[0]
    # The front desk's edit came later, so it was kept; the laptop's is listed.
    assert (row.field_name, row.kept_value, row.lost_value) == ("given_name", "Adaeze", "Ada N.")
    texts = [dialog.conflicts.index(0, c).data() for c in range(dialog.conflicts.columnCount())]
    assert "Adaeze (desk A)" in texts and "Ada N. (desk C)" in texts
    dialog.grab().save(str(tmp_path / "sync_dialog.png"))
    # Seen now: the light stops asking.
    qtbot.waitUntil(lambda: "to check" not in light.text(), timeout=5000)
    dialog.reject()
    window.runner.wait_for_done()
