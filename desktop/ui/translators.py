"""The window's language as Qt translators, switched at run time; no Babel, so the start can
put its first dialog up in the desk's language (desktop/launch.py).

Sources are assets/i18n/frontdesk_<lang>.ts (made by `make translations`, i.e. pyside6-lupdate);
the compiled .qm files are not kept in git: `compiled_catalogue` builds one with
pyside6-lrelease when it is missing or older than its .ts, so a fresh checkout just works.
Installing a translator sends QEvent.LanguageChange to every widget, and each widget re-labels
itself in its `retranslate_ui()` (Frescobaldi's way), so nothing needs a restart.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import ASSETS_DIR
from desktop.db.location import data_dir
from desktop.printing.direction import is_rtl

log = logging.getLogger(__name__)

I18N_DIR = ASSETS_DIR / "i18n"
CATALOGUE = "frontdesk"
# (code, name in its own language): the languages the window ships in, in menu order.
UI_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("zh_HK", "繁體中文（香港）"),
    ("ar", "العربية"),
)
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


START_FILE = "window-language.json"  # in the data folder: read before the database is open


def remember_language(code: str) -> None:
    """Keep the desk's window language (a desk setting, in the database) where the next start
    finds it before the file is open, so its first dialog speaks it too."""
    path = data_dir() / START_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"language": code}), encoding="utf-8")
    except OSError as exc:
        log.warning("could not keep the window language in %s: %s", path, exc)


def remembered_language() -> str:
    """The language the desk's window was last shown in on this computer ('en' if none)."""
    try:
        kept = json.loads((data_dir() / START_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "en"
    code = kept.get("language") if isinstance(kept, dict) else None
    return code if code in {c for c, _ in UI_LANGUAGES} else "en"


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
