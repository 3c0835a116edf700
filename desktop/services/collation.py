"""How names sort, in every script the desk sees (PyICU is not available, so the rule is ours).

The rule, applied in order:
1. Latin letters compare without case or accents, as volunteers type them: "Đặng" files with
   "Dang", "Ånström" with "Anstrom", "ß" as "ss" (text.fold).
2. A leading Arabic article is ignored, as library filing rules do: "Al-Rashid", "al Rashid" and
   "El-Sayed" file under R and S.
3. Numbers inside a name compare by value: "Room 2" before "Room 10".
4. Other scripts (Arabic, Bengali, Chinese ...) keep their letters and compare by code point
   after NFKC: alphabetical within Arabic, Bengali and Devanagari, radical-and-stroke order for
   Chinese (the order of a Kangxi dictionary), and the presentation forms of Arabic fold to their
   letters. Latin-letter names come first, then each script in Unicode block order.
People sort by family name, then given name, then the name in their own script.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.services.text import fold

_ARTICLE = re.compile(r"^(?:al|el|ul)[- ']+(?=\w)")
_NUMBER = re.compile(r"(\d+)")


def text_sort_key(text: str) -> tuple[tuple[int, str], ...]:
    """A key that puts `text` in the order described above."""
    folded = fold(unicodedata.normalize("NFKC", text))
    folded = _ARTICLE.sub("", folded, count=1)
    parts = _NUMBER.split(folded)
    return tuple((1, p.zfill(12)) if p.isdigit() else (0, p) for p in parts if p)


def name_sort_key(
    family: str, given: str = "", original: str = ""
) -> tuple[tuple[tuple[int, str], ...], ...]:
    """The key for a person: family name, then given name, then name in own script."""
    return (text_sort_key(family), text_sort_key(given), text_sort_key(original))
