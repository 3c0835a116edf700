"""Qt item models over service results: the search results and the visit lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from babel.dates import format_datetime, format_time
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services import clock, search
from desktop.services.search import PersonMatch
from desktop.services.visits import VisitRow
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.language import babel_locale, service_labels

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], str]]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of frozen rows; columns are (header, getter) pairs."""

    context = "RowTableModel"
    columns: Sequence[Column] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # The view asks for each cell's text many times while it lays out (size hints, paint);
        # a getter (a babel date, a translated label) runs once per cell and reset.
        self._text: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text.clear()
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def retranslate(self) -> None:
        """Headers and dates again, in the window's new language."""
        self._text.clear()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.context, self.columns[section][0])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), index.column())
            text = self._text.get(key)
            if text is None:
                text = self._text[key] = self.columns[index.column()][1](row)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        return None


MATCHED_ON_LABELS: dict[str, str] = {
    search.MATCHED_NUMBER: QT_TRANSLATE_NOOP("PersonTableModel", "member no."),
    search.MATCHED_NAME: QT_TRANSLATE_NOOP("PersonTableModel", "name"),
    search.MATCHED_OWN_SCRIPT: QT_TRANSLATE_NOOP("PersonTableModel", "name in own script"),
    search.MATCHED_PREFERRED: QT_TRANSLATE_NOOP("PersonTableModel", "preferred name"),
    search.MATCHED_PHONE: QT_TRANSLATE_NOOP("PersonTableModel", "phone"),
    search.MATCHED_SPELLING: QT_TRANSLATE_NOOP("PersonTableModel", "similar spelling"),
}


def _matched_on(match: PersonMatch) -> str:
    label = MATCHED_ON_LABELS.get(match.matched_on, "")
    return QCoreApplication.translate("PersonTableModel", label) if label else ""


class PersonTableModel(RowTableModel[PersonMatch]):
    context = "PersonTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("PersonTableModel", "Member no."), lambda p: p.member_number),
        (QT_TRANSLATE_NOOP("PersonTableModel", "Name"), lambda p: p.display_name),
        (QT_TRANSLATE_NOOP("PersonTableModel", "Own script"), lambda p: p.name_original),
        (QT_TRANSLATE_NOOP("PersonTableModel", "Born"), lambda p: p.birth_label),
        (  # the last four digits tell apart people who share a name
            QT_TRANSLATE_NOOP("PersonTableModel", "Phone ends"),
            lambda p: f"…{p.phone_ending}" if p.phone_ending else "",
        ),
        (QT_TRANSLATE_NOOP("PersonTableModel", "Found by"), _matched_on),
        (QT_TRANSLATE_NOOP("PersonTableModel", "Country"), lambda p: p.country_of_origin),
    )


class VisitTableModel(RowTableModel[VisitRow]):
    context = "VisitTableModel"
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("VisitTableModel", "No."), lambda v: str(v.queue_number)),
        (
            QT_TRANSLATE_NOOP("VisitTableModel", "Time"),
            lambda v: format_time(clock.to_local(v.visited_at), "short", locale=babel_locale()),
        ),
        (  # when the number was called on the now-serving screen
            QT_TRANSLATE_NOOP("VisitTableModel", "Called"),
            lambda v: (
                format_time(clock.to_local(v.called_at), "short", locale=babel_locale())
                if v.called_at
                else ""
            ),
        ),
        (QT_TRANSLATE_NOOP("VisitTableModel", "Member no."), lambda v: v.member_number),
        (QT_TRANSLATE_NOOP("VisitTableModel", "Name"), lambda v: v.display_name),
        (
            QT_TRANSLATE_NOOP("VisitTableModel", "Services"),
            lambda v: service_labels(v.service_codes, v.services),
        ),
    )

    def extra_data(self, row: VisitRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.voided:
            return QCoreApplication.translate("VisitTableModel", "This visit was voided.")
        if role == Qt.ItemDataRole.FontRole and row.voided:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class HistoryTableModel(VisitTableModel):
    context = "HistoryTableModel"
    columns: Sequence[Column] = (
        (
            QT_TRANSLATE_NOOP("HistoryTableModel", "Date"),
            lambda v: format_datetime(clock.to_local(v.visited_at), "short", locale=babel_locale()),
        ),
        (
            QT_TRANSLATE_NOOP("HistoryTableModel", "Services"),
            lambda v: service_labels(v.service_codes, v.services),
        ),
        (QT_TRANSLATE_NOOP("HistoryTableModel", "Note"), lambda v: v.note),
    )
