"""Printing through the stored print queue, without ever blocking the desk.

A slip is rendered and stored as a print job before it is sent (see printing/queue.py), so a
missing, offline or jammed printer loses nothing: the job waits, is retried with backoff, and
can be sent again or reprinted from the print queue window.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.models import PrintStatus
from desktop.printing.queue import PrintQueue, SendResult
from desktop.printing.slip import SlipData, render_slip
from desktop.services import clock
from desktop.services.jobs import JobControl
from desktop.services.settings import Settings
from desktop.services.visits import VisitRow
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.messages import describe_error
from desktop.ui.tasks import Job, TaskRunner

RETRY_CHECK_MS = 5000
KIND_WORDS = {
    "": QT_TRANSLATE_NOOP("PrintKind", "Document"),
    "slip": QT_TRANSLATE_NOOP("PrintKind", "Slip"),
    "card": QT_TRANSLATE_NOOP("PrintKind", "Member card"),
    "intake_form": QT_TRANSLATE_NOOP("PrintKind", "Intake form"),
    "intake_form_blank": QT_TRANSLATE_NOOP("PrintKind", "Blank intake form"),
}


def kind_words(kind: str) -> str:
    """What a print job is, in the window's language ("Member card")."""
    return QCoreApplication.translate("PrintKind", KIND_WORDS.get(kind, KIND_WORDS[""]))


def document_name(kind: str, title: str) -> str:
    """A job as the volunteer reads it: "Member card (card-CFR-000123-2)"."""
    return (
        QCoreApplication.translate("PrintKind", "%1 (%2)")
        .replace("%1", kind_words(kind))
        .replace("%2", title)
    )


class SlipPrinter(QObject):
    finished = Signal(str)  # a sentence for the status bar
    failed = Signal(str)
    sent = Signal(object)  # SendResult, for the queue window, the status bar and tests
    queue_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        queue: PrintQueue,
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.queue, self.settings = runner, queue, settings
        self.last: SlipData | None = None
        self.last_job: uuid.UUID | None = None
        self._jobs: set[Job] = set()
        self.retry_timer = QTimer(self)
        self.retry_timer.timeout.connect(self.send_waiting)
        self.retry_timer.start(RETRY_CHECK_MS)
        self.runner.submit(self.queue.tidy_at_start, self._tidied)

    def _tidied(self, uncertain: int) -> None:
        if uncertain:
            self.failed.emit(
                self.tr(
                    "%n document(s) may not have printed when Front Desk stopped. "
                    "Check them in the print queue (Ctrl+Shift+P).",
                    "",
                    uncertain,
                )
            )
        self.queue_changed.emit()
        self.send_waiting()

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
        """Queue the visit's slip (once per visit) and send it."""
        self.print_slip(self.slip_for(row), ref_id=str(row.visit_id))

    def reprint_last(self) -> None:
        """Ctrl+P: the last slip once more, recorded as a reprint."""
        if self.last_job is None:
            self.failed.emit(self.tr("No slip printed yet today."))
            return
        self.reprint(self.last_job)

    def print_slip(self, slip: SlipData, ref_id: str = "") -> None:
        self.last = slip
        fmt = self.settings.slip_format
        title = f"slip-{slip.local_time:%Y%m%d}-{slip.queue_number:03d}-{slip.member_number}"
        self._run(
            lambda: self.queue.submit(
                kind="slip", title=title, ref_id=ref_id, render=lambda: render_slip(slip, fmt=fmt)
            ),
            on_stored=self._remember,
        )

    def _remember(self, job_id: uuid.UUID) -> None:
        self.last_job = job_id

    def print_document(
        self, kind: str, title: str, ref_id: str, render: Callable[[], bytes]
    ) -> None:
        """Queue and send any document (a member card, a form) the same way as a slip."""
        self._run(lambda: self.queue.submit(kind=kind, title=title, ref_id=ref_id, render=render))

    def send_again(self, job_id: uuid.UUID) -> None:
        """Send a stored job now (after a person put it back in the queue)."""
        self._start(lambda: [self.queue.send(job_id)], lambda _results: None)

    def reprint(self, job_id: uuid.UUID) -> None:
        """Print a stored document once more, recorded as a reprint."""
        self._run(lambda: self.queue.reprint(job_id))

    def send_waiting(self) -> None:
        """Send new jobs and retry failed ones whose time has come (the timer calls this)."""
        if any(job.running for job in self._jobs):
            return  # the running job sends what is due when it is done with its own
        self._start(self.queue.send_due, lambda _results: None)

    def _run(
        self,
        store: Callable[[], uuid.UUID],
        on_stored: Callable[[uuid.UUID], None] = lambda _job_id: None,
    ) -> None:
        """Store a job, then send it, on a worker; `on_stored` gets its id on the GUI thread."""
        self._start(
            lambda: [self.queue.send(store())], lambda results: on_stored(results[0].job_id)
        )

    def _start(
        self,
        work: Callable[[], list[SendResult]],
        then: Callable[[list[SendResult]], None],
    ) -> None:
        job = Job(self)
        self._jobs.add(job)

        def run(_control: JobControl) -> list[SendResult]:
            return work()

        def done(results: list[SendResult]) -> None:
            self._jobs.discard(job)
            then(results)
            for result in results:
                self._report(result)
            self.queue_changed.emit()

        def failed(exc: BaseException) -> None:
            self._jobs.discard(job)
            self.failed.emit(
                describe_error(exc) + " " + self.tr("The print queue (Ctrl+Shift+P) keeps it.")
            )
            self.queue_changed.emit()

        job.finished.connect(done)
        job.failed.connect(failed)
        self.runner.start_job(job, run)

    def _report(self, result: SendResult) -> None:
        self.sent.emit(result)
        name = document_name(result.kind, result.title)
        if not result.attempted:
            if result.status == PrintStatus.DONE:
                self.failed.emit(
                    self.tr("%1 was printed already. To print it again, use Reprint.").replace(
                        "%1", name
                    )
                )
        elif result.status == PrintStatus.DONE:
            self.finished.emit(
                self.tr("%1 sent to %2.").replace("%1", name).replace("%2", result.where)
            )
        elif result.status == PrintStatus.UNCERTAIN:
            self.failed.emit(
                self.tr(
                    "%1 may not have printed: %2. Look at the printer; if it did not come out, "
                    "send it again from the print queue (Ctrl+Shift+P)."
                )
                .replace("%1", name)
                .replace("%2", result.reason)
            )
        else:
            self.failed.emit(
                self.tr(
                    "Not printed: %1. It is kept in the print queue and tried again; "
                    "Ctrl+Shift+P shows it."
                ).replace("%1", result.reason)
            )
