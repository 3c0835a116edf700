"""A volunteer switches the window's language from the menu: everything re-labels, no restart."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from babel.dates import format_time
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from desktop.services import clock
from desktop.services.people import PersonInput, register_person
from desktop.services.reference import STATELESS
from desktop.services.settings import load_settings
from desktop.ui import language
from desktop.ui.language import babel_locale, country_label, current_language, source_catalogue
from desktop.ui.report_window import key_label
from tests.ui.test_desk_flow import register, save
from tests.unit.test_ui_translations import read_ts


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    language.language_switcher().switch("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def visible_texts(window: QWidget) -> list[str]:
    """What a person can read in the window: labels, buttons, placeholders, menus, headers."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTableView):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    return [t for t in texts if t.strip()]


def untranslated(window: QWidget, language: str) -> list[str]:
    """Visible texts still showing an English source whose translation differs."""
    english = {m.source for m in read_ts(source_catalogue(language)) if m.forms[0] != m.source}
    return [t for t in visible_texts(window) if t in english]


def choose(qtbot, desk, code: str) -> None:
    action = next(a for a in desk.language_actions.actions() if a.data() == code)
    action.trigger()
    desk.runner.wait_for_done()
    # Qt posts LanguageChange to every widget: wait until the last one has re-labelled.
    expected = QCoreApplication.translate("PersonPanel", "Edit details")
    qtbot.waitUntil(lambda: desk.person.edit_button.text() == expected)
    qtbot.waitUntil(
        lambda: desk.desk_menu.title() == QCoreApplication.translate("MainWindow", "&Desk")
    )


def test_volunteer_switches_to_traditional_chinese_and_every_visible_string_follows(
    qtbot, desk, english_after
) -> None:
    assert untranslated(desk, "zh_HK")  # sanity: English is showing before the switch
    choose(qtbot, desk, "zh_HK")
    assert current_language() == "zh_HK"
    assert desk.person.check_in_button.text() == "登記到訪並列印服務單  (Enter)"
    assert desk.search.box.placeholderText().startswith("掃描會員卡")
    assert desk.desk_menu.title() == "接待處(&D)"
    assert untranslated(desk, "zh_HK") == []
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    food = desk.findChild(QWidget, "service_food_pack")
    assert food.text().endswith("食物包")  # the standard services in the window's language


def test_search_status_follows_the_language_switch(qtbot, desk, db, actor, english_after):
    from tests.records import add_people

    add_people(db, actor, 3)
    qtbot.keyClicks(desk.search.box, "t")  # one letter: the start of a word
    qtbot.waitUntil(lambda: "match" in desk.search.status.text())
    choose(qtbot, desk, "zh_HK")
    assert desk.search.status.text().startswith("找到")


def test_arabic_mirrors_the_whole_window_and_english_restores_it(
    qtbot, desk, english_after
) -> None:
    choose(qtbot, desk, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert desk.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert desk.person.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert untranslated(desk, "ar") == []
    assert desk.today.summary.text().startswith("اليوم")
    choose(qtbot, desk, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert desk.person.check_in_button.text() == "Check in and print slip  (Enter)"


def test_the_chosen_language_is_remembered_for_the_next_start(qtbot, desk, db, english_after):
    choose(qtbot, desk, "ar")
    with db.read() as session:
        assert load_settings(session).ui_language == "ar"


def test_dates_and_countries_follow_the_window_language(qtbot, desk, db, actor, english_after):
    with db.write() as session:
        person = register_person(
            session=session,
            actor=actor,
            data=PersonInput(
                family_name="Okafor",
                given_name="Grace",
                birth="14/02/1990",
                country_of_origin="NG",
                preferred_language="en",
            ),
            prefix="CFR",
        )
    desk.open_person(person.id)
    qtbot.waitUntil(lambda: desk.person.person_id == person.id)
    choose(qtbot, desk, "zh_HK")
    details = desk.person.details.text()
    assert "尼日利亞" in details  # Nigeria, as Hong Kong writes it
    assert "1990年2月14日" in details
    choose(qtbot, desk, "ar")
    assert "نيجيريا" in desk.person.details.text()
    assert babel_locale() == "ar"
    now = clock.to_local(clock.now())
    assert format_time(now, "short", locale="ar").endswith(("ص", "م"))


def test_report_and_merge_screens_name_countries_in_the_window_language(qtbot, desk, english_after):
    assert key_label("NG", country=True) == "Nigeria"
    assert country_label(STATELESS) == "Stateless"
    choose(qtbot, desk, "zh_HK")
    assert key_label("NG", country=True) == "尼日利亞"
    assert country_label(STATELESS) == "無國籍"
    choose(qtbot, desk, "ar")
    assert country_label(STATELESS) == "عديم الجنسية"


def test_a_chinese_speaking_volunteer_reads_form_mistakes_in_chinese(qtbot, desk, english_after):
    choose(qtbot, desk, "zh_HK")
    dialog = register(qtbot, desk, "", "Amina", "1850", "12")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.banner.isVisible())
    assert dialog.form.error_text("phone") == (
        "香港電話號碼有 8 位數字；其他地方的號碼以 + 和國家區號開頭。"
    )
    # The values a service put in the sentence come back after translation.
    year = clock.today().year
    assert dialog.form.error_text("birth") == f"年份必須介乎 1900 至 {year}。"
    assert dialog.form.given_name.text() == "Amina"  # nothing typed is lost
    dialog.reject()
