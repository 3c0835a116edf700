"""Today's visits at this desk, newest first, with a running count and the next queue number."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.visits import VisitRow
from desktop.ui.table_models import VisitTableModel
from desktop.ui.table_views import fit_columns_to_contents


class TodayPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(objectName="today_summary")
        font = self.summary.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.summary.setFont(font)
        self.model = VisitTableModel(self)
        self.table = QTableView(objectName="today_visits")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns_to_contents(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.show_visits([])

    def retranslate_ui(self) -> None:
        self.model.retranslate()
        self.show_visits(self.model.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_visits(self, rows: list[VisitRow]) -> None:
        self.model.set_rows(rows)
        counted = [r for r in rows if not r.voided]
        next_number = max((r.queue_number for r in rows), default=0) + 1
        parts = [
            self.tr("Today: %n visit(s)", "", len(counted)),
            self.tr("next queue no. %1").replace("%1", str(next_number)),
        ]
        called = [r for r in counted if r.called_at is not None]
        if called:
            serving = max(called, key=lambda r: (r.called_at, r.queue_number)).queue_number
            parts.append(self.tr("now serving %1").replace("%1", str(serving)))
        self.summary.setText("  ·  ".join(parts))
