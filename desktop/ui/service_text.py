"""Sentences the services write for a person, in the window's language.

Services raise English (`ValidationError`, `Text` with {named} values; see services/errors.py).
Each template is listed here so pyside6-lupdate hands it to the translators;
tests/unit/test_service_text.py fails when a service writes one that is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "ServiceText"

MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceText", "A Hong Kong number has 8 digits after +852."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "A desk code is one letter, then up to two letters or digits (A, B, C2...).",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "A full date is needed (day, month and year)."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "A phone number has 8 digits in Hong Kong, or starts with + and a code.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "An anonymised export cannot include {fields}."),
    QT_TRANSLATE_NOOP(
        "ServiceText", "An anonymised export needs at least {k} people; this one has {count}."
    ),
    QT_TRANSLATE_NOOP("ServiceText", "Choose at least one field."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose at least one service."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose from the list."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose how this person is related."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose languages from the list."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose one of the options."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose one of: {formats}."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose two different records."),
    QT_TRANSLATE_NOOP("ServiceText", "Choose volunteer, caseworker or admin."),
    QT_TRANSLATE_NOOP("ServiceText", "Keep at least one active admin."),
    QT_TRANSLATE_NOOP("ServiceText", "Keep records at least one year."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Not a date we can read: type it as dd/mm/yyyy, or just the year.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "One of these records is already merged."),
    QT_TRANSLATE_NOOP("ServiceText", "Only Excel workbooks (XLSX) can carry a password."),
    QT_TRANSLATE_NOOP("ServiceText", "Only a job that did not print can be sent again."),
    QT_TRANSLATE_NOOP("ServiceText", "Only a job that is waiting can be cancelled."),
    QT_TRANSLATE_NOOP("ServiceText", "Say why (e.g. the person asked on 3 March)."),
    QT_TRANSLATE_NOOP("ServiceText", "Say why the visit is void."),
    QT_TRANSLATE_NOOP("ServiceText", "That user name is taken."),
    QT_TRANSLATE_NOOP("ServiceText", "The claim date is before the arrival date."),
    QT_TRANSLATE_NOOP("ServiceText", "The consent date is in the future."),
    QT_TRANSLATE_NOOP("ServiceText", "The date is in the future."),
    QT_TRANSLATE_NOOP("ServiceText", "The document is empty."),
    QT_TRANSLATE_NOOP("ServiceText", "The file cannot be opened: {reason}"),
    QT_TRANSLATE_NOOP("ServiceText", "The file cannot be read as {encoding}."),
    QT_TRANSLATE_NOOP("ServiceText", "The file has no rows."),
    QT_TRANSLATE_NOOP("ServiceText", "The file is not an Excel workbook we can read."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The file is not text in an encoding we know (UTF-8, UTF-16, Big5 or GBK).",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "The first day is after the last day."),
    QT_TRANSLATE_NOOP("ServiceText", "The household already has a head."),
    QT_TRANSLATE_NOOP("ServiceText", "The member must agree that the centre keeps their record."),
    QT_TRANSLATE_NOOP("ServiceText", "The merged record was changed since; undo by hand."),
    QT_TRANSLATE_NOOP("ServiceText", "The year must be between {first} and {last}."),
    QT_TRANSLATE_NOOP("ServiceText", "The year must be {first} or later."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no setting called {name}."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} January."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} February."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} March."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} April."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} May."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} June."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} July."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} August."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} September."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} October."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} November."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no {day} December."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no 29 February in {year}."),
    QT_TRANSLATE_NOOP("ServiceText", "There is no month {month}: type the day first (dd/mm/yyyy)."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "“{value}” does not name one country in the list: choose it from the list.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "“{value}” does not name one country in the list: choose it, or stateless.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "“{value}” does not name one language in the list: choose it from the list.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "This desk already registered {count} people as desk "
        "{old}; the server registered it as desk {new}.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "This document is no longer kept; print it anew."),
    QT_TRANSLATE_NOOP("ServiceText", "This merge was already undone."),
    QT_TRANSLATE_NOOP("ServiceText", "This person is already anonymised."),
    QT_TRANSLATE_NOOP("ServiceText", "This person is already in a household."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "This person is in another household. Remove them from it first.",
    ),
    QT_TRANSLATE_NOOP("ServiceText", "This person is not in a household."),
    QT_TRANSLATE_NOOP("ServiceText", "This setting needs a value of type {kind}."),
    QT_TRANSLATE_NOOP("ServiceText", "Type a user name without spaces (up to 60 characters)."),
    QT_TRANSLATE_NOOP("ServiceText", "Type at least a family name or a given name."),
    QT_TRANSLATE_NOOP("ServiceText", "Type the person's name."),
    QT_TRANSLATE_NOOP("ServiceText", "Unknown consent: {names}."),
    QT_TRANSLATE_NOOP("ServiceText", "Unknown field(s): {fields}."),
    QT_TRANSLATE_NOOP("ServiceText", "Use a password of at least {count} characters."),
    QT_TRANSLATE_NOOP("ServiceText", "Use at least {count} characters."),
    QT_TRANSLATE_NOOP("ServiceText", "{rows} rows are more than Excel can hold: choose CSV."),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "A document number has {least} to {most} letters and digits.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row} cannot be included: {why}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row} has a cell longer than {limit} characters: shorten it, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row} is marked the same as {target}, which is not added.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row} is marked the same as {target}: no member has that number.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row} is not a row of the sheet.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row}: the sheet has no column '{column}'.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row}: write a fix as column = value, e.g. DOB = 14/02/1990.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "Row {row}: write include, leave out, or same as row N or a number, not '{typed}'.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The file has more than {limit} columns: is it a registration sheet?",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The file has more than {limit} rows: split it into smaller files.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The file is not a CSV we can read: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The file is {size} MB; an import reads at most {limit} MB: split the file.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The review file cannot be read: {reason}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "The workbook unpacks to {size} MB, too much to read: save its sheet as CSV.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceText",
        "There is no such date in the calendar.",
    ),
)


def service_text(message: str) -> str:
    """`message` from a service, translated; values written into a `Text` are put back.

    A sentence the catalogue does not know (or has no translation for) stays in English.
    """
    template = getattr(message, "template", message)
    values: dict[str, str] = getattr(message, "values", {})
    shown = QCoreApplication.translate(CONTEXT, template)
    for name, value in values.items():
        shown = shown.replace("{" + name + "}", value)
    return shown
