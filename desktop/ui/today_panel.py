"""Today's visits at this desk, newest first, with a running count and the next queue number.

The list holds a page of the newest visits; scrolling to its end asks for the next older page
(`older_wanted`), so a busy day opens as fast as a quiet one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.visits import DaySummary, TodayPage
from desktop.ui.table_models import AnyIndex, VisitTableModel
from desktop.ui.table_views import fit_columns_to_contents


class TodayTableModel(VisitTableModel):
    """The visits shown, and whether older ones follow: the view fetches them at its end."""

    older_wanted = Signal(int)  # the queue number of the last row shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.more = False
        self.fetching = False

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self.fetching and self.rowCount() > 0

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        last = self.row_at(self.rowCount() - 1)
        if self.canFetchMore(parent) and last is not None:
            self.fetching = True
            self.older_wanted.emit(last.queue_number)


class TodayPanel(QWidget):
    """Today's list; Delete or the context menu on a row asks to undo that check-in."""

    undo_requested = Signal(object)  # VisitRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_summary = DaySummary(0, 0, None)
        self.summary = QLabel(objectName="today_summary")
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.model = TodayTableModel(self)
        self.older_wanted = self.model.older_wanted
        self.table = QTableView(objectName="today_visits")
        self.table.setAccessibleName(self.tr("Today's visits"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns_to_contents(self.table)
        self.act_undo = QAction(self.table, objectName="act_undo_check_in")
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_undo.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_undo.triggered.connect(self._undo_current)
        self.table.addAction(self.act_undo)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.model.retranslate()
        self.act_undo.setText(self.tr("&Undo this check-in…"))
        self._describe()

    def _undo_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None and not row.voided:
            self.undo_requested.emit(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_page(self, page: TodayPage) -> None:
        """The newest visits again (after a check-in, a call, a new day)."""
        self.model.set_rows(page.rows)
        self.model.more, self.model.fetching = page.more, False
        self.day_summary = page.summary
        self._describe()

    def add_older(self, below: int, page: TodayPage) -> None:
        """The next older page, if the list still ends where it was asked for."""
        last = self.model.row_at(self.model.rowCount() - 1)
        self.model.fetching = False
        if last is None or last.queue_number != below:
            return  # the list was refreshed meanwhile: it asks again at its new end
        self.model.append_rows(page.rows)
        self.model.more = page.more
        self.day_summary = page.summary
        self._describe()

    def _describe(self) -> None:
        summary = self.day_summary
        parts = [
            self.tr("Today: %n visit(s)", "", summary.visits),
            self.tr("next queue no. %1").replace("%1", str(summary.last_number + 1)),
        ]
        if summary.serving is not None:
            parts.append(self.tr("now serving %1").replace("%1", str(summary.serving)))
        self.summary.setText("  ·  ".join(parts))
