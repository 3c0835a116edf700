"""The window language kept for the next start: read before the database is open."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.db.location import data_dir
from desktop.ui.translators import START_FILE, remember_language, remembered_language


def test_a_start_with_nothing_kept_is_in_english() -> None:
    assert remembered_language() == "en"


def test_the_language_kept_is_the_one_read_back() -> None:
    remember_language("zh_HK")
    assert remembered_language() == "zh_HK"


@pytest.mark.parametrize("kept", ["not json", '["ar"]', '{"language": "klingon"}', ""])
def test_a_damaged_or_unknown_note_falls_back_to_english(kept: str) -> None:
    note: Path = data_dir() / START_FILE
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text(kept, encoding="utf-8")
    assert remembered_language() == "en"
