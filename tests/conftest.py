"""Fixtures that build a real database file in tmp_path, and the real window over it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.services.setup import prepare_database
from tests.fakes import FakePrinter


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data folder or a database named in the environment."""
    data = tmp_path / "data"
    monkeypatch.setenv("FRONTDESK_DATA_DIR", str(data))
    monkeypatch.delenv("FRONTDESK_DB", raising=False)
    return data


@pytest.fixture(autouse=True)
def _window_language_back_to_english() -> Iterator[None]:
    """A test that switched the window's language leaves the next test in English."""
    yield
    from desktop.ui import language

    if language.current_language() != "en":
        language.language_switcher().switch("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, unencrypted=True)
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    with db.write() as session:
        return prepare_database(session)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mounts real small file systems (tmpfs) to fill up or make read-only: `small_disk("4m")`.
    Needs root (as in CI); the test is skipped otherwise."""
    import subprocess

    mounted: list[Path] = []

    def mount(size: str) -> Path:
        where = tmp_path / f"disk-{len(mounted)}"
        where.mkdir()
        made = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
            capture_output=True,
            check=False,
        )
        if made.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {made.stderr.decode().strip()}")
        mounted.append(where)
        return where

    yield mount
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def tiny_disk(small_disk: Callable[[str], Path]) -> Path:
    """A real 64 KiB file system, to fill up."""
    return small_disk("64k")


@pytest.fixture
def printer() -> FakePrinter:
    return FakePrinter()


def open_desk(qtbot, db: Database, actor: Actor, printer: FakePrinter):  # type: ignore[no-untyped-def]
    """The main window for `actor`, shown and ready (services loaded)."""
    from desktop.services.settings import load_settings
    from desktop.ui.main_window import MainWindow

    with db.read() as session:
        settings = load_settings(session)
    window = MainWindow(db, actor, settings, printer)
    qtbot.add_widget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: len(window.person.checks) > 0)
    return window


@pytest.fixture
def desk(qtbot, db: Database, actor: Actor, printer: FakePrinter):
    """The main window on a fresh database, as a volunteer sees it, printing to a fake printer."""
    window = open_desk(qtbot, db, actor, printer)
    yield window
    window.runner.wait_for_done()
    window.slips.wait_for_done()
