"""Every sentence a service writes for a person reaches the translators.

Services write English (`ValidationError({"field": "..."})`, `Text("... {count} ...")`); the UI
translates through the catalogue in desktop/ui/service_text.py. This test reads the services'
source, so a new message that is not in the catalogue (or an f-string the translators could never
see) fails here, and a catalogue entry no service uses any more fails too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop.services
from desktop.services.errors import Text, ValidationError
from desktop.services.parsing import DateFormatError, parse_date

SERVICES = Path(desktop.services.__file__).parent


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _message(node: ast.expr, where: str, found: set[str], problems: list[str]) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        found.add(node.value)
    elif isinstance(node, ast.Call) and _name(node.func) == "Text":
        pass  # collected where the call itself is visited
    elif isinstance(node, ast.JoinedStr | ast.BinOp):
        problems.append(f"{where}: build the message with Text(...), not an f-string or +")


def _template_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level tuples of literal templates (one sentence per month, say)."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            items = node.value.elts
            if items and all(
                isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items
            ):
                for target in node.targets:
                    tables[_name(target)] = [str(i.value) for i in items]  # type: ignore[attr-defined]
    return tables


def service_messages() -> tuple[set[str], list[str]]:
    """(every message template in desktop/services, problems found on the way)."""
    found: set[str] = set()
    problems: list[str] = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        tables = _template_tables(tree)
        for node in ast.walk(tree):
            where = f"{path.relative_to(SERVICES.parent.parent)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and _name(node.func) == "Text" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
                elif isinstance(first, ast.Subscript) and _name(first.value) in tables:
                    found.update(tables[_name(first.value)])  # Text(NO_SUCH_DAY[month - 1])
                else:
                    problems.append(f"{where}: Text() needs a literal template")
            elif isinstance(node, ast.Call) and _name(node.func) == "ValidationError":
                for arg in node.args:
                    if isinstance(arg, ast.Dict):
                        for value in arg.values:
                            _message(value, where, found, problems)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Subscript) and _name(target.value) == "errors":
                        _message(node.value, where, found, problems)
    return found, problems


def test_every_service_message_is_in_the_translation_catalogue() -> None:
    from desktop.ui.service_text import MESSAGES

    found, problems = service_messages()
    assert not problems
    assert len(found) > 40  # the scan really reads the services
    assert sorted(found - set(MESSAGES)) == []  # add these to desktop/ui/service_text.py
    assert sorted(set(MESSAGES) - found) == []  # no service uses these any more


def test_text_reads_as_english_and_keeps_what_to_translate() -> None:
    text = Text("Use at least {count} characters.", count=12)
    assert text == "Use at least 12 characters."
    assert (text.template, text.values) == ("Use at least {count} characters.", {"count": "12"})
    error = ValidationError({"password": text})
    assert "Use at least 12 characters." in str(error)


def test_a_date_error_carries_its_sentence() -> None:
    with pytest.raises(DateFormatError) as caught:
        parse_date("31/02/1990")
    assert caught.value.text == "There is no 31 February."
    with pytest.raises(DateFormatError) as caught:
        parse_date("1990/31/02")
    assert caught.value.text == "There is no month 31: type the day first (dd/mm/yyyy)."
    with pytest.raises(DateFormatError) as caught:
        parse_date("29.02.2023")
    assert caught.value.text == "There is no 29 February in 2023."
    with pytest.raises(DateFormatError) as caught:
        parse_date("last spring")
    assert caught.value.text == "Not a date we can read: type it as dd/mm/yyyy, or just the year."
