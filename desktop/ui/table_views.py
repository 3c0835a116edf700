"""How the desk's list views size their columns without stalling on long lists."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# Columns fit the first rows' text; measuring every row of a 300-visit day on each refresh
# froze the window for a quarter of a second.
SIZED_ROWS = 40


def fit_columns_to_contents(view: QTableView) -> None:
    """Columns as wide as their text (measured on the first rows), the last one stretched."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZED_ROWS)
    header.setStretchLastSection(True)


def list_view(
    model: QAbstractItemModel,
    name: str,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> QTableView:
    """A read-only list: whole rows are chosen, no row numbers, columns fit their text."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    fit_columns_to_contents(view)
    return view
