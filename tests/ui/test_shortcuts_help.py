"""F1 lists every shortcut the window has, in the window's language, and gets out of the way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from desktop.ui.shortcuts_overlay import plain
from tests.ui.keyboard import focused, press


def listed(desk) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    overlay = desk.shortcuts_overlay
    return [(r.keys, r.what) for r in overlay.model.rows if not r.heading]


def registered(desk) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every shortcut on the window, as (keys, words), whoever registered it."""
    native = QKeySequence.SequenceFormat.NativeText
    found = [
        (" / ".join(k.toString(native) for k in a.shortcuts()), plain(a.text()))
        for a in desk.findChildren(QAction)
        if a.shortcuts()
    ]
    found += [(s.key().toString(native), "") for s in desk.findChildren(QShortcut)]
    return found


def test_f1_lists_every_shortcut_of_the_window_and_esc_or_f1_closes_it(qtbot, desk) -> None:
    assert focused() is desk.search.box
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(desk, "shortcuts_overlay", None) is not None)
    overlay = desk.shortcuts_overlay
    assert overlay.isVisible() and overlay.geometry() == desk.rect()
    rows = listed(desk)
    shortcuts = registered(desk)
    assert len(shortcuts) >= 15  # the desk, queue and help menus, lock and switch user
    missing = [(k, w) for k, w in shortcuts if not any(k == rk and w in rw for rk, rw in rows)]
    assert missing == [], f"shortcuts missing from the F1 list: {missing}"
    assert ("F9", "Call the next number") in rows
    assert ("1 … 0", "Tick or untick a service") in rows  # the desk flow's own keys
    headings = [r.what for r in overlay.model.rows if r.heading]
    assert headings[:2] == ["At the desk", "Desk"] and "Queue" in headings

    press(qtbot, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert focused() is desk.search.box  # back where the volunteer was
    press(qtbot, Qt.Key.Key_F1)
    assert overlay.isVisible()
    press(qtbot, Qt.Key.Key_F1)
    assert not overlay.isVisible()


def test_f1_list_speaks_the_window_language(qtbot, desk) -> None:
    desk.choose_language("ar")
    qtbot.waitUntil(lambda: desk.act_find.text() != "&Find a member")  # menus re-labelled
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(desk, "shortcuts_overlay", None) is not None)
    overlay = desk.shortcuts_overlay
    words = " ".join(r.what for r in overlay.model.rows)
    assert "At the desk" not in words and "Call the next number" not in words
    assert overlay.title.text() != "Keyboard shortcuts"
    assert ("F9", plain(desk.now_serving.act_call_next.text())) in listed(desk)
    press(qtbot, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
