"""Words printed on paper, by language: the print side of the project's i18n layer.

Paper follows the visitor's preferred language, not the window's, so these are not Qt strings.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "slip_title": "Service slip",
    "queue": "Queue no.",
    "member": "Member no.",
    "name": "Name",
    "services": "Services",
    "date": "Date",
    "time": "Time",
    "keep_slip": "Please keep this slip until you are served.",
}

CATALOGUE: dict[str, dict[str, str]] = {"en": ENGLISH}


def print_labels(language: str) -> dict[str, str]:
    """The labels for `language` (an ISO 639 code or locale), English for anything missing."""
    chosen = CATALOGUE.get(language) or CATALOGUE.get(language.split("_")[0].split("-")[0], {})
    return {**ENGLISH, **chosen}
