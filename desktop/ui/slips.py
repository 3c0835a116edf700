"""Printing the service slip after a check-in, without ever blocking the desk."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.printing.backends import PrintBackend
from desktop.printing.slip import SlipData, render_slip
from desktop.services import clock
from desktop.services.jobs import JobControl
from desktop.services.settings import Settings
from desktop.services.visits import VisitRow
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner


class SlipPrinter(QObject):
    finished = Signal(str)  # a sentence for the status bar
    failed = Signal(str)
    printed = Signal(bytes, str)  # the PDF and where it went (for tests and the print log)

    def __init__(
        self,
        runner: TaskRunner,
        backend: PrintBackend,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.backend, self.settings = runner, backend, settings
        self.last: SlipData | None = None
        self._jobs: set[Job] = set()

    def slip_for(self, row: VisitRow, language: str | None = None) -> SlipData:
        """The slip for a visit, in `language` or else the member's preferred language."""
        return SlipData(
            centre_name=self.settings.centre_name,
            local_time=clock.to_local(row.visited_at),
            queue_number=row.queue_number,
            member_number=row.member_number,
            display_name=row.display_name,
            name_original=row.name_original,
            services=row.services,
            service_codes=row.service_codes,
            language=language or row.preferred_language or "en",
        )

    def print_visit(self, row: VisitRow) -> None:
        self.print_slip(self.slip_for(row))

    def reprint_last(self) -> None:
        if self.last is None:
            self.failed.emit(self.tr("No slip printed yet today."))
            return
        self.print_slip(self.last)

    def print_slip(self, slip: SlipData) -> None:
        self.last = slip
        fmt = self.settings.slip_format
        title = f"slip-{slip.local_time:%Y%m%d}-{slip.queue_number:03d}-{slip.member_number}"
        job = Job(self)
        self._jobs.add(job)

        def work(_control: JobControl) -> tuple[bytes, str]:
            pdf = render_slip(slip, fmt=fmt)
            return pdf, self.backend.print_pdf(pdf, title)

        def done(result: tuple[bytes, str]) -> None:
            self._jobs.discard(job)
            pdf, where = result
            self.printed.emit(pdf, where)
            self.finished.emit(
                self.tr("Slip %1 sent to %2.")
                .replace("%1", str(slip.queue_number))
                .replace("%2", where)
            )

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            self.failed.emit(describe_error(exc) + " " + self.tr("Press Ctrl+P to try again."))

        job.finished.connect(done)
        job.failed.connect(failed)
        self.runner.start_job(job, work)
