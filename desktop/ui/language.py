"""The window's language: Qt translators switched at run time, right-to-left layout, Babel locale.

The translators themselves are in desktop/ui/translators.py (no Babel: the start applies the
desk's language before its first dialog); this module adds what needs Babel and pycountry:
country and service names and the locale for dates in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.printing.labels import ENGLISH, print_labels
from desktop.services.reference import STATELESS, country_name
from desktop.ui.translators import (
    I18N_DIR,
    UI_LANGUAGES,
    LanguageSwitcher,
    TranslationBuildError,
    compiled_catalogue,
    current_language,
    language_switcher,
    source_catalogue,
)

__all__ = [
    "I18N_DIR",
    "UI_LANGUAGES",
    "LanguageSwitcher",
    "TranslationBuildError",
    "babel_locale",
    "compiled_catalogue",
    "country_label",
    "current_language",
    "language_switcher",
    "service_label",
    "service_labels",
    "source_catalogue",
]

_BABEL = {"en": "en_HK", "zh_HK": "zh_Hant_HK", "ar": "ar"}


def babel_locale(code: str | None = None) -> str:
    """The Babel locale name for a window language (the current one by default)."""
    return _BABEL.get(code or current_language(), "en_HK")


def country_label(code: str) -> str:
    """A country (or "Stateless") named in the window's language; "" when none is recorded."""
    if code == STATELESS:
        return QCoreApplication.translate("Country", "Stateless")
    return country_name(code, babel_locale())


def service_label(code: str, name: str) -> str:
    """A standard service's name in the window's language; a name the staff typed stays as is."""
    key = f"service.{code}"
    if ENGLISH.get(key) != name:
        return name
    return print_labels(current_language()).get(key, name)


def service_labels(codes: tuple[str, ...], names: tuple[str, ...]) -> str:
    return ", ".join(service_label(c, n) for c, n in zip(codes, names, strict=False))
