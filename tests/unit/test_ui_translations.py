"""The window's translations: complete in every shipped language, and current with the sources.

When this fails after you added a string: run `make translations`, then translate the messages
marked type="unfinished" in assets/i18n/*.ts (Qt Linguist, or edit the XML), and run it again.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.ui.language import UI_LANGUAGES, source_catalogue

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [code for code, _ in UI_LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]
    kind: str  # "" when finished; "unfinished", "vanished", "obsolete"
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    forms=forms or (translation.text or "",),
                    kind=translation.get("type", ""),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def ui_sources() -> list[str]:
    files = [
        *sorted((ROOT / "desktop" / "ui").rglob("*.py")),
        ROOT / "desktop" / "app.py",
        ROOT / "desktop" / "launch.py",
    ]
    return [str(f) for f in files]


def lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_window_string_is_translated_in_each_shipped_language(language: str) -> None:
    messages = read_ts(source_catalogue(language))
    assert len(messages) > 100
    problems = []
    for m in messages:
        where = f"{m.context}: {m.source!r}"
        if m.kind:
            problems.append(f"{m.kind}: {where}")
        elif not all(form.strip() for form in m.forms):
            problems.append(f"empty: {where}")
        elif not m.context:
            problems.append(f"no context (a variable context lupdate cannot read): {where}")
        else:
            wanted = sorted(set(PLACEHOLDER.findall(m.source)))
            for form in m.forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    problems.append(f"placeholders {wanted} not kept: {where} -> {form!r}")
            if m.numerus and not any("%n" in form for form in m.forms):
                problems.append(f"%n lost: {where}")
            if m.source.count("&") == 1 and "&" not in "".join(m.forms):
                problems.append(f"menu mnemonic (&) lost: {where}")
    assert not problems, "\n".join(problems)


def test_lupdate_finds_no_string_missing_from_the_translations(tmp_path: Path) -> None:
    """A string added in the sources since the last `make translations` fails here."""
    for language in SHIPPED:
        copy = tmp_path / source_catalogue(language).name
        shutil.copy(source_catalogue(language), copy)
        before = {(m.context, m.source) for m in read_ts(copy)}
        done = subprocess.run(
            [lupdate(), *ui_sources(), "-locations", "none", "-no-obsolete", "-ts", str(copy)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        after = read_ts(copy)
        new = [f"{m.context}: {m.source!r}" for m in after if (m.context, m.source) not in before]
        gone = before - {(m.context, m.source) for m in after}
        assert not new, f"{language}: run `make translations` and translate:\n" + "\n".join(new)
        assert not gone, f"{language}: strings no longer in the sources: {sorted(gone)}"
        assert "error" not in done.stderr.lower(), done.stderr


def test_every_translated_call_names_its_context_so_lupdate_can_read_it() -> None:
    """translate(ctx, "...") with a variable ctx, or a one-argument _t("...") wrapper, hides the
    string from lupdate: it would never be translated."""
    problems = []
    for path in ui_sources():
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", "")
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) >= 2:
                if literal[1] and not literal[0]:
                    problems.append(f"{path}:{node.lineno} context is not a literal")
            elif name.startswith("_t") and literal[:1] == [True] and len(literal) == 1:
                problems.append(f"{path}:{node.lineno} {name}(...) hides the string from lupdate")
    assert not problems, "\n".join(problems)


def test_english_has_a_singular_and_a_plural_for_every_counted_message(tmp_path: Path) -> None:
    """English ships only its plural forms ("%n visit(s)" -> "1 visit", "2 visits"): each one
    filled in, and none missing from the sources (make translations adds them)."""
    english = source_catalogue("en")
    messages = read_ts(english)
    assert len(messages) > 10 and all(m.numerus for m in messages)
    for m in messages:
        assert not m.kind and len(m.forms) == 2, m
        assert all("%n" in form and "(s)" not in form for form in m.forms), m
    copy = tmp_path / english.name
    shutil.copy(english, copy)
    options = ["-locations", "none", "-no-obsolete", "-pluralonly", "-ts", str(copy)]
    subprocess.run(
        [lupdate(), *ui_sources(), *options],
        capture_output=True,
        timeout=120,
        check=True,
    )
    after = {(m.context, m.source) for m in read_ts(copy)}
    assert after == {(m.context, m.source) for m in messages}, "run `make translations`"
