"""The window's language: Qt translators switched at run time, right-to-left layout, Babel locale.

Sources are assets/i18n/frontdesk_<lang>.ts (made by `make translations`, i.e. pyside6-lupdate);
the compiled .qm files are not kept in git: `compiled_catalogue` builds one with
pyside6-lrelease when it is missing or older than its .ts, so a fresh checkout just works.
Installing a translator sends QEvent.LanguageChange to every widget, and each widget re-labels
itself in its `retranslate_ui()` (Frescobaldi's way), so nothing needs a restart.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import ASSETS_DIR
from desktop.printing.labels import ENGLISH, is_rtl, print_labels
from desktop.services.reference import STATELESS, country_name

log = logging.getLogger(__name__)

I18N_DIR = ASSETS_DIR / "i18n"
CATALOGUE = "frontdesk"
# (code, name in its own language): the languages the window ships in, in menu order.
UI_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_HK", "繁體中文（香港）"),
    ("ar", "العربية"),
)
# Babel locales for dates, numbers and country names in each window language.
_BABEL = {"en": "en_HK", "zh_HK": "zh_Hant_HK", "ar": "ar"}
_QT_BASE = {"zh_HK": ("qtbase_zh_HK", "qtbase_zh_TW")}
_current = "en"


class TranslationBuildError(RuntimeError):
    """pyside6-lrelease is missing or could not compile a catalogue."""


def source_catalogue(code: str) -> Path:
    return I18N_DIR / f"{CATALOGUE}_{code}.ts"


def _lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise TranslationBuildError("pyside6-lrelease is not installed")
    return found


def compiled_catalogue(code: str) -> Path | None:
    """The .qm for `code`, compiled from its .ts when missing or stale; None if there is none."""
    source = source_catalogue(code)
    if not source.exists():
        return None
    target = source.with_suffix(".qm")
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    for folder in (I18N_DIR, Path(tempfile.gettempdir()) / "frontdesk-i18n"):
        candidate = folder / target.name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            done = subprocess.run(
                [_lrelease(), "-silent", str(source), "-qm", str(candidate)],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        except OSError as exc:
            log.warning("cannot compile %s into %s: %s", source, folder, exc)
            continue
        if done.returncode == 0 and candidate.exists():
            return candidate
        log.warning("lrelease failed for %s: %s", source, done.stderr.strip())
    raise TranslationBuildError(f"could not compile {source.name}")


def current_language() -> str:
    return _current


def babel_locale(code: str | None = None) -> str:
    """The Babel locale name for a window language (the current one by default)."""
    return _BABEL.get(code or _current, "en_HK")


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
    return print_labels(_current).get(key, name)


def service_labels(codes: tuple[str, ...], names: tuple[str, ...]) -> str:
    return ", ".join(service_label(c, n) for c, n in zip(codes, names, strict=False))


class LanguageSwitcher(QObject):
    """Installs the app's and Qt's own translators for one language at a time.

    Translators are app-wide, so there is one switcher per application: `language_switcher()`.
    """

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._installed: list[QTranslator] = []

    def switch(self, code: str) -> str:
        """Show the window in `code` ('en', 'zh_HK', 'ar'); returns the language now in use."""
        global _current
        known = {c for c, _ in UI_LANGUAGES}
        code = code if code in known else "en"
        for old in self._installed:
            self.app.removeTranslator(old)
        self._installed = []
        qm = compiled_catalogue(code)  # English's holds only its plural forms
        if qm is not None:
            self._install(qm.parent, qm.stem)
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for name in _QT_BASE.get(code, (f"qtbase_{code}",)):
            if code != "en" and self._install(qt_dir, name):
                break
        _current = code
        QLocale.setDefault(QLocale(code))
        if isinstance(self.app, QApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft if is_rtl(code) else Qt.LayoutDirection.LeftToRight
            )
            self.app.setLayoutDirection(direction)
        return code

    def _install(self, folder: Path, name: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(name, str(folder)):
            return False
        self.app.installTranslator(translator)
        self._installed.append(translator)
        return True


_switcher: LanguageSwitcher | None = None


def language_switcher() -> LanguageSwitcher:
    """The application's one switcher (a QApplication must exist)."""
    global _switcher
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    if _switcher is None or _switcher.app is not app:
        _switcher = LanguageSwitcher(app, app)
    return _switcher
