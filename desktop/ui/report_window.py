"""The donor report on screen: the protected figures, a month-by-month chart, and Save as PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.disclosure import OTHER, PublishedReport, Row, publish_report
from desktop.services.jobs import JobControl, atomic_output
from desktop.services.report import compute_report, month_range, record_report_made
from desktop.services.settings import load_settings
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.language import country_label
from desktop.ui.messages import describe_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.table_models import Column, RowTableModel
from desktop.ui.tasks import Job, TaskRunner

CTX = "ReportWindow"
KEY_WORDS = {
    "female": QT_TRANSLATE_NOOP("ReportWindow", "Female"),
    "male": QT_TRANSLATE_NOOP("ReportWindow", "Male"),
    "intersex": QT_TRANSLATE_NOOP("ReportWindow", "Intersex"),
    "not_stated": QT_TRANSLATE_NOOP("ReportWindow", "Not stated"),
    "declined": QT_TRANSLATE_NOOP("ReportWindow", "Prefers not to say"),
    "unknown": QT_TRANSLATE_NOOP("ReportWindow", "Not known"),
    OTHER: QT_TRANSLATE_NOOP("ReportWindow", "Other (small numbers together)"),
    "": QT_TRANSLATE_NOOP("ReportWindow", "Not recorded"),
    "humanitarian": QT_TRANSLATE_NOOP("ReportWindow", "Humanitarian"),
    "medical": QT_TRANSLATE_NOOP("ReportWindow", "Medical"),
    "psychosocial": QT_TRANSLATE_NOOP("ReportWindow", "Psycho-social"),
    "education": QT_TRANSLATE_NOOP("ReportWindow", "Education"),
    "employability": QT_TRANSLATE_NOOP("ReportWindow", "Employability"),
    "empowerment": QT_TRANSLATE_NOOP("ReportWindow", "Empowerment"),
    "emergency": QT_TRANSLATE_NOOP("ReportWindow", "Emergency"),
    "outreach": QT_TRANSLATE_NOOP("ReportWindow", "Outreach"),
}
HEADLINE = (
    ("people_served", QT_TRANSLATE_NOOP("ReportWindow", "People served")),
    ("visits", QT_TRANSLATE_NOOP("ReportWindow", "Visits")),
    ("new_people", QT_TRANSLATE_NOOP("ReportWindow", "New people")),
    ("returning_people", QT_TRANSLATE_NOOP("ReportWindow", "Returning people")),
    ("households_served", QT_TRANSLATE_NOOP("ReportWindow", "Households served")),
)


def key_label(key: str, *, country: bool = False) -> str:
    if country and key not in ("", OTHER):
        return country_label(key)
    word = KEY_WORDS.get(key)
    return QCoreApplication.translate(CTX, word) if word else key


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BreakdownModel(RowTableModel[Row]):
    context = CTX
    columns: Sequence[Column] = (
        (QT_TRANSLATE_NOOP("ReportWindow", "Group"), lambda r: key_label(r.key)),
        (QT_TRANSLATE_NOOP("ReportWindow", "People"), lambda r: r.people.text()),
        (
            QT_TRANSLATE_NOOP("ReportWindow", "Visits"),
            lambda r: r.visits.text() if r.visits else "",
        ),
    )

    def __init__(self, *, country: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if country:
            country_column: Column = (
                QT_TRANSLATE_NOOP("ReportWindow", "Country of origin"),
                lambda r: key_label(r.key, country=True),
            )
            self.columns = (country_column, self.columns[1])

    def extra_data(self, row: Row, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class ShownReport:
    published: PublishedReport
    centre_name: str


class ReportWindow(QDialog):
    """Staff pick a period, see the figures as a donor will, and save the PDF."""

    def __init__(
        self, db: Database, actor: Actor, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("report_window")
        self.setWindowTitle(self.tr("Report for donors"))
        fit_to_screen(self, 980, 720)
        first, last = self._last_month()
        self.first = QDateEdit(_qdate(first), objectName="report_from")
        self.first.setAccessibleName(self.tr("From"))
        self.last = QDateEdit(_qdate(last), objectName="report_to")
        self.last.setAccessibleName(self.tr("To"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.show_button = QPushButton(self.tr("Show"), objectName="report_show")
        self.last_month_button = QPushButton(self.tr("Last month"))
        self.this_month_button = QPushButton(self.tr("This month"))
        self.save_button = QPushButton(self.tr("Save as PDF…"), objectName="report_save")
        self.save_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("To")))
        top.addWidget(self.last)
        for button in (self.last_month_button, self.this_month_button, self.show_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.save_button)
        self.figures: dict[str, QLabel] = {}
        tiles = QGridLayout()
        for i, (key, words) in enumerate(HEADLINE):
            number = QLabel("–", objectName=f"report_{key}")
            number.setStyleSheet("font-size: 22pt; font-weight: 600; color: #1d2b3a;")
            tiles.addWidget(number, 0, i)
            tiles.addWidget(QLabel(QCoreApplication.translate(CTX, words)), 1, i)
            self.figures[key] = number
        self.chart = QChart()
        self.chart.setTitle(self.tr("Month by month"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, objectName="report_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.tabs = QTabWidget(objectName="report_tabs")
        self.models: dict[str, BreakdownModel] = {}
        for name, title in (
            ("by_category", self.tr("Kind of service")),
            ("by_service", self.tr("Service")),
            ("by_country", self.tr("Country of origin")),
            ("by_gender", self.tr("Gender")),
            ("by_age_band", self.tr("Age")),
            ("by_household_size", self.tr("Household size")),
        ):
            model = BreakdownModel(country=name == "by_country", parent=self)
            view = QTableView()
            view.setAccessibleName(title)
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
            self.tabs.addTab(view, title)
            self.models[name] = model
        self.progress = QProgressBar(objectName="report_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel(objectName="report_message")
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Counts from 1 to 4 show as <5, as on the donor report."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(note)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.shown: ShownReport | None = None
        self.show_button.clicked.connect(self.refresh)
        self.last_month_button.clicked.connect(lambda: self._set_range(*self._last_month()))
        self.this_month_button.clicked.connect(
            lambda: self._set_range(clock.today().replace(day=1), clock.today())
        )
        self.save_button.clicked.connect(self.choose_pdf)

    @staticmethod
    def _last_month() -> tuple[date, date]:
        today = clock.today()
        return month_range(today.year - (today.month == 1), (today.month - 2) % 12 + 1)

    def _set_range(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.refresh()

    def refresh(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if first > last:
            self.message.setText(self.tr("The first day is after the last day."))
            return

        def work() -> ShownReport:
            with self.db.read() as session:
                figures = compute_report(session=session, first=first, last=last)
                centre = load_settings(session).centre_name
            return ShownReport(publish_report(figures), centre)

        self.progress.show()
        self.show_button.setEnabled(False)
        self.message.setText(self.tr("Counting…"))
        self.runner.submit(work, self._show, self._failed)

    def _show(self, shown: ShownReport) -> None:
        self.shown = shown
        report = shown.published
        self.progress.hide()
        self.show_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.message.setText("")
        for key, label in self.figures.items():
            label.setText(report.headline[key].text())
        for name, model in self.models.items():
            model.set_rows(getattr(report, name))
        self._draw_trend(report.by_month)

    def _draw_trend(self, months: Sequence[Row]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        people, visits = QBarSet(self.tr("People")), QBarSet(self.tr("Visits"))
        people.setColor(QColor("#2a6f97"))
        visits.setColor(QColor("#f2a541"))
        top = 0
        for row in months:
            people.append(row.people.value or 0)
            visits.append(row.visits.value or 0 if row.visits else 0)
            top = max(top, row.people.value or 0, (row.visits.value or 0) if row.visits else 0)
        series = QBarSeries()
        series.append(people)
        series.append(visits)
        self.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([date.fromisoformat(r.key + "-01").strftime("%b %y") for r in months])
        axis_y = QValueAxis()
        axis_y.setRange(0, max(5, top * 1.1))
        axis_y.setLabelFormat("%d")
        axis_y.applyNiceNumbers()
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.show_button.setEnabled(True)
        self.message.setText(describe_error(exc))

    def choose_pdf(self) -> None:
        if self.shown is None:
            return
        report = self.shown.published
        suggested = Path.home() / f"report-{report.first.isoformat()}-{report.last.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, target: Path) -> None:
        """Render and save the shown report as a PDF, off the GUI thread."""
        if self.shown is None:
            return
        shown = self.shown
        job = Job(self)
        self.job = job

        def work(control: JobControl) -> Path:
            from desktop.printing.report import render_report

            control.step(0, 1)
            pdf = render_report(
                shown.published, centre_name=shown.centre_name, prepared_on=clock.today()
            )
            control.step(1, 1)
            with atomic_output(target) as tmp:
                tmp.write_bytes(pdf)
                with self.db.write() as session:
                    record_report_made(
                        session=session,
                        actor=self.actor,
                        first=shown.published.first,
                        last=shown.published.last,
                        where=target.name,
                    )
            return target

        job.finished.connect(self._saved)
        job.failed.connect(self._failed)
        self.progress.show()
        self.message.setText(self.tr("Making the PDF…"))
        self.runner.start_job(job, work)

    def _saved(self, path: Path) -> None:
        self.progress.hide()
        self.message.setText(self.tr("Saved the report to %1.").replace("%1", str(path)))
