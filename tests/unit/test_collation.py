"""Names sort the way the desk expects, in every script (desktop/services/collation.py)."""

from __future__ import annotations

from desktop.services.collation import name_sort_key, text_sort_key
from desktop.services.reference import countries


def test_accents_and_case_do_not_move_a_name() -> None:
    names = ["Zhang", "Đặng", "Álvarez", "ahmed", "Dang", "Ånström", "Bello"]
    assert sorted(names, key=text_sort_key) == [
        "ahmed", "Álvarez", "Ånström", "Bello", "Đặng", "Dang", "Zhang",
    ]  # fmt: skip


def test_the_arabic_article_is_ignored_but_names_that_start_with_al_are_not() -> None:
    names = ["Rashid", "Al-Rashid", "El-Sayed", "Alvarez", "Ali", "Salem"]
    assert sorted(names, key=text_sort_key) == [
        "Ali", "Alvarez", "Rashid", "Al-Rashid", "Salem", "El-Sayed",
    ]  # fmt: skip


def test_numbers_compare_by_value() -> None:
    assert sorted(["Room 10", "Room 2", "Room 1"], key=text_sort_key) == [
        "Room 1", "Room 2", "Room 10",
    ]  # fmt: skip


def test_latin_names_come_first_then_each_script_in_its_own_order() -> None:
    names = ["陳大文", "محمد", "Okafor", "أحمد", "李", "রহমান", "আলম"]
    assert sorted(names, key=text_sort_key) == [
        "Okafor", "أحمد", "محمد", "আলম", "রহমান", "李", "陳大文",
    ]  # fmt: skip


def test_people_sort_by_family_then_given_then_own_script() -> None:
    people = [
        ("Khan", "Sara", ""),
        ("khan", "Ayesha", "عائشہ"),
        ("Ali", "Zed", ""),
        ("Khan", "Ayesha", ""),
    ]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [
        ("Ali", "Zed", ""),
        ("Khan", "Ayesha", ""),
        ("khan", "Ayesha", "عائشہ"),
        ("Khan", "Sara", ""),
    ]


def test_country_lists_sort_by_the_reader_s_alphabet() -> None:
    english = [name for _, name in countries("en_HK")]
    assert english.index("Åland Islands") < english.index("Albania")  # Å files as A, not after Z
    chinese = [name for _, name in countries("zh_Hant_HK")]
    assert "中國香港特別行政區" in chinese and chinese == sorted(chinese, key=text_sort_key)
