"""A clean clone on another machine has everything the tracked tree names.

A symlink committed from one build machine (bench/.data pointed at a folder there) broke the
bench on every other machine while CI on the committing machine stayed green.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A path that exists on one machine only: a home folder, root's home, or a build machine's work
# folder. Built from pieces so this file does not match itself.
MACHINE_PATH = re.compile(
    r"(?<![\w.~-])/(?:" + "|".join(["ho" + r"me/[a-z_][\w-]*/", "ro" + "ot/", "wo" + "rk/"]) + ")"
)


def _need_git_checkout() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")


def _tracked() -> list[tuple[str, str]]:
    """(mode, path) of every file git tracks in this checkout."""
    _need_git_checkout()
    out = subprocess.run(
        ["git", "ls-files", "-s", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    rows = []
    for entry in filter(None, out.split("\0")):
        meta, path = entry.split("\t", 1)
        rows.append((meta.split()[0], path))
    return rows


def test_the_tree_tracks_no_symlink() -> None:
    links = [path for mode, path in _tracked() if mode == "120000"]
    assert links == [], f"symlinks point nowhere on a clean machine: {links}"


def test_no_tracked_file_names_a_path_of_one_machine() -> None:
    found = []
    for _mode, path in _tracked():
        file = ROOT / path
        if not file.is_file() or file.stat().st_size > 2_000_000:
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary: fonts, images
        for number, line in enumerate(text.splitlines(), 1):
            if MACHINE_PATH.search(line):
                found.append(f"{path}:{number}: {line.strip()[:100]}")
    assert found == [], "\n".join(found)


def test_the_bench_data_folder_is_ignored_whatever_it_is() -> None:
    # `bench/.data/` (with the slash) matched a folder but not a symlink of the same name.
    _need_git_checkout()
    for name in ("bench/.data", "bench/.data/file.sqlite3"):
        ignored = subprocess.run(
            ["git", "check-ignore", "--no-index", "-q", name], cwd=ROOT, check=False
        )
        assert ignored.returncode == 0, f"{name} is not ignored"
