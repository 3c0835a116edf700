"""The desk's one window: search left, the chosen person in the middle, today on the right."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.db import Database, data_dir
from desktop.models import Person
from desktop.printing.backends import PrintBackend
from desktop.printing.queue import PrintQueue
from desktop.printing.requests import RecordedVisit, record_slip
from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.catalogue import list_services
from desktop.services.checkin import check_in
from desktop.services.errors import LoginFailed, PermissionDenied, RuleBreach
from desktop.services.people import view_person
from desktop.services.permissions import Permission, can
from desktop.services.search import find_by_member_number, find_people
from desktop.services.settings import Settings, save_settings
from desktop.services.sync.state import SyncStatus
from desktop.services.visits import (
    TODAY_PAGE,
    TodayPage,
    VisitRow,
    person_history,
    today_page,
)
from desktop.ui.backups import BackupScheduler
from desktop.ui.household_flow import HouseholdController
from desktop.ui.intake_controller import IntakeController
from desktop.ui.intake_printing import IntakePrinter
from desktop.ui.language import UI_LANGUAGES, language_switcher
from desktop.ui.merge_flow import MergeController
from desktop.ui.messages import describe_error
from desktop.ui.now_serving_flow import NowServingController
from desktop.ui.override_dialog import Approval, OverrideDialog, approve_in_place
from desktop.ui.person_panel import PersonPanel
from desktop.ui.print_queue_window import PrintNotice
from desktop.ui.search_panel import SearchPanel
from desktop.ui.security_controller import SecurityController
from desktop.ui.slips import CHECK_IN, SlipPrinter
from desktop.ui.sync_status import SyncController, SyncLight
from desktop.ui.tasks import TaskRunner
from desktop.ui.today_panel import TodayPanel
from desktop.ui.translators import remember_language
from desktop.ui.undo_check_in import UndoCheckIn
from desktop.ui.warmup import WarmUp
from desktop.ui.zoom import ZoomController

log = logging.getLogger(__name__)
APPROVAL_REFUSED = (LoginFailed, PermissionDenied)


@dataclass(frozen=True)
class OpenedPerson:
    person: Person
    history: list[VisitRow]


class MainWindow(QMainWindow):
    visit_recorded = Signal(object)  # VisitRow
    person_registered = Signal(object)  # Person
    person_opened = Signal(object)  # Person

    def __init__(
        self, db: Database, actor: Actor, settings: Settings, printer: PrintBackend
    ) -> None:
        super().__init__()
        self.db, self.actor, self.settings = db, actor, settings
        self._opening: uuid.UUID | None = None
        self._override_drafts: dict[uuid.UUID, str] = {}  # reasons typed, kept until checked in
        self._refused_approval: dict[uuid.UUID, tuple[RuleBreach, str]] = {}  # being checked
        self.runner = TaskRunner(self)
        self.print_queue = PrintQueue(db, printer, actor, old_pdf_folder=data_dir() / "printed")
        self.slips = SlipPrinter(self.print_queue, settings, self)
        self.backups = BackupScheduler(db, self.runner, settings, self)
        self.sync = SyncController(db, self.runner, self)
        self.setObjectName("main_window")
        self.languages = language_switcher()
        self.search = SearchPanel()
        self.person = PersonPanel()
        self.today = TodayPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.search, 3), (self.person, 3), (self.today, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        # A plain file (opened only with --unencrypted) says so on every screen, in red.
        self.plain_band = QLabel(objectName="not_encrypted_band")
        self.plain_band.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; padding: 6px;"
        )
        self.plain_band.setWordWrap(True)
        self.plain_band.setVisible(db.key is None)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.plain_band)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.message = QLabel(objectName="desk_message")
        self.statusBar().addWidget(self.message, 1)
        self.print_notice = PrintNotice(self.runner, self.slips)
        self.print_notice.clicked.connect(self.open_print_queue)
        self.statusBar().addPermanentWidget(self.print_notice)
        self.sync_light = SyncLight()
        self.statusBar().addPermanentWidget(self.sync_light)
        self._build_actions()

        self.search.query_changed.connect(self.run_search)
        self.search.query_submitted.connect(self.submit_search)
        self.search.person_chosen.connect(self.open_person)
        self.search.register_requested.connect(self.open_register)
        self.person.check_in_requested.connect(self.request_check_in)
        self.person.back_to_search.connect(self.back_to_search)
        self.person.search_typed.connect(self.search.start_typing)
        self.register_dialog: object = None  # the open registration (tests reach it here)
        self.intake = IntakeController(self)
        self.households = HouseholdController(self)
        self.merges = MergeController(self)
        self.cards = IntakePrinter(db, actor, self.runner, self.slips, settings, self)
        self.person.edit_requested.connect(self.intake.open_edit)
        self.person.household_requested.connect(self.households.open)
        self.person.family_check_in_requested.connect(self.households.check_in_family)
        self.person.duplicates_requested.connect(self.merges.open)
        self.person.card_requested.connect(self.cards.issue_and_print)
        self.person.intake_form_requested.connect(self.cards.print_intake_form)
        self.cards.failed.connect(partial(self.say, error=True))
        self.security = SecurityController(self)  # lock, switch user, admin menu by role
        self.now_serving = NowServingController(self)  # Queue menu, the waiting room's screen
        self.undo_check_in = UndoCheckIn(self)  # Delete on today's list
        self.zoom = ZoomController(self)  # Ctrl+= and Ctrl+-, per user
        self.security.lock.unlocked.connect(self.zoom.apply_for)
        self.runner.changed.connect(self._data_changed)
        self.today.older_wanted.connect(self._load_older_visits)
        self.visit_recorded.connect(lambda row: self._override_drafts.pop(row.person_id, None))
        self.visit_recorded.connect(lambda row: self._refused_approval.pop(row.person_id, None))
        self.slips.finished.connect(self.say)
        self.slips.failed.connect(partial(self.say, error=True))
        self.backups.finished.connect(self.say)
        self.backups.failed.connect(partial(self.say, error=True))
        self.sync.status_changed.connect(self._show_sync_status)
        self.sync_light.clicked.connect(self.open_sync)

        self.runner.submit(self._load_services, self.person.set_services)
        self.refresh_today()
        self.search.box.setFocus()
        self.retranslate_ui()
        applied = self.languages.switch(settings.ui_language)
        remember_language(applied)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == applied)
        self.warm_up = WarmUp(self.runner, self)

    # --- actions ----------------------------------------------------------------------------
    # Menus and actions get their words in retranslate_ui, so a language switch re-labels them.
    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.desk_menu = desk = menu.addMenu("")
        self.act_find = self._action(desk, "", "Ctrl+F", self.back_to_search)
        self.act_register = self._action(desk, "", "Ctrl+N", self.open_register)
        self.act_reprint = self._action(desk, "", "Ctrl+P", self.slips.reprint_last)
        self.act_blank_form = self._action(
            desk, "", "Ctrl+Shift+F", lambda: self.cards.print_intake_form(None)
        )
        self.act_print_queue = self._action(desk, "", "Ctrl+Shift+P", self.open_print_queue)
        desk.addSeparator()
        self.act_export = self._action(desk, "", "Ctrl+E", self.open_export)
        self.act_report = self._action(desk, "", "Ctrl+Shift+R", self.open_report)
        self.act_import = self._action(desk, "", "Ctrl+Shift+I", self.open_import)
        self.act_backup = self._action(
            desk, "", "Ctrl+Shift+B", lambda: self.backups.backup_now("manual")
        )
        self.act_sync = self._action(desk, "", "Ctrl+Shift+S", self._sync_now)
        self.act_sync_check = self._action(desk, "", "", self.open_sync)
        desk.addSeparator()
        self.act_quit = self._action(desk, "", "Ctrl+Q", self.close)
        self.language_menu = menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        self.language_actions = QActionGroup(self)
        for code, native in UI_LANGUAGES:
            action = QAction(native, self.language_actions, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setData(code)
            action.triggered.connect(partial(self.choose_language, code))
            self.language_menu.addAction(action)
        self.help_menu = help_menu = menu.addMenu("")
        self.act_shortcuts = self._action(help_menu, "", "F1", self.show_shortcuts)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Front Desk — %1").replace("%1", self.settings.centre_name))
        self.plain_band.setText(
            self.tr(
                "Not encrypted: this database file is plain, and anyone with this computer or "
                "a copy of the file can read it. For demos and tests only."
            )
        )
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.act_find.setText(self.tr("&Find a member"))
        self.act_register.setText(self.tr("&Register a newcomer…"))
        self.act_reprint.setText(self.tr("Re&print last slip"))
        self.act_blank_form.setText(self.tr("Print a &blank intake form"))
        self.act_print_queue.setText(self.tr("Print &queue…"))
        self.act_export.setText(self.tr("&Export…"))
        self.act_report.setText(self.tr("Report for &donors…"))
        self.act_import.setText(self.tr("&Import an old spreadsheet…"))
        self.act_backup.setText(self.tr("&Back up now"))
        self.act_sync.setText(self.tr("S&ync now"))
        self.act_sync_check.setText(self.tr("Sync: what to chec&k…"))
        self.act_quit.setText(self.tr("&Quit"))
        # The language names stay in their own language, so anyone can find theirs.
        self.language_menu.setTitle(self.tr("&Language") + " / Language")
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        if hasattr(self, "security"):
            self.security.retranslate_ui()
        if hasattr(self, "now_serving"):
            self.now_serving.retranslate_ui()
        if hasattr(self, "zoom"):
            self.zoom.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_language(self, code: str) -> None:
        """Show the window in `code` now and remember it for the next start."""
        applied = self.languages.switch(code)
        remember_language(applied)
        for action in self.language_actions.actions():
            action.setChecked(action.data() == applied)
        self.settings = replace(self.settings, ui_language=applied)

        def work() -> None:
            with self.db.write() as session:
                save_settings(session, ui_language=applied)

        self.runner.submit(work, None, lambda exc: self.say(describe_error(exc), error=True))

    def _action(self, menu: QWidget, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)
        if error:
            # Not the words: they can repeat what was typed (a name, a date of birth).
            log.warning("an error message was shown at the desk")

    # --- search -----------------------------------------------------------------------------
    def run_search(self, query: str) -> None:
        def work() -> list[object]:
            with self.db.read() as session:
                return list(find_people(session, query))

        self.runner.submit(
            work,
            lambda rows: self.search.show_results(query, rows),
            lambda exc: self.say(describe_error(exc), error=True),
        )

    def submit_search(self, text: str) -> None:
        """Enter in the search box: an exact card number opens at once, else the top match."""
        if not text.strip():
            return

        def work() -> tuple[uuid.UUID | None, list[object]]:
            with self.db.read() as session:
                exact = find_by_member_number(session, text)
                if exact is not None:
                    return exact.id, []
                return None, list(find_people(session, text))

        def done(result: tuple[uuid.UUID | None, list[object]]) -> None:
            exact, rows = result
            if exact is not None:
                self.open_person(exact)
            elif rows:
                self.search.show_results(text, rows)  # type: ignore[arg-type]
                top = self.search.top_match()
                if top is not None:
                    self.open_person(top.id)
            else:
                self.search.show_results(text, [])
                self.search.warn_not_found(text)

        self.runner.submit(work, done, lambda exc: self.say(describe_error(exc), error=True))

    def back_to_search(self) -> None:
        self.search.box.selectAll()
        self.search.box.setFocus()

    # --- person -----------------------------------------------------------------------------
    def _load_services(self) -> list[object]:
        with self.db.read() as session:
            return list(list_services(session))

    def open_person(self, person_id: uuid.UUID) -> None:
        # Clear at once: keys typed while the next person loads must not act on the last one.
        self.person.clear()
        self._opening = person_id

        actor = self.actor

        def work() -> OpenedPerson:
            with self.db.write() as session:  # the view is audited; a volunteer's copy is redacted
                return OpenedPerson(
                    view_person(session=session, actor=actor, person_id=person_id),
                    person_history(session, person_id, limit=50),
                )

        def done(opened: OpenedPerson) -> None:
            if self._opening != opened.person.id:
                return  # a newer choice is on its way
            self.person.show_person(opened.person, opened.history)
            self.person_opened.emit(opened.person)

        self.runner.submit(work, done, lambda exc: self.say(describe_error(exc), error=True))

    def open_register(self) -> None:
        self.intake.open_register()

    # --- check-in ---------------------------------------------------------------------------
    def request_check_in(
        self,
        person_id: uuid.UUID,
        service_ids: list[uuid.UUID],
        note: str,
        overrides: dict[str, str] | None = None,
        approval: Approval | None = None,
    ) -> None:
        """Check the person in; the slip is stored with the visit, in the same transaction, so a
        visit shown as saved always has its slip in the print queue. A second request while
        one runs (Enter pressed twice) is ignored."""
        actor, settings = self.actor, self.settings

        def work() -> RecordedVisit:
            approver = approve_in_place(self.db, approval)  # staff at a volunteer's desk
            with self.db.write() as session:
                visit = check_in(
                    session=session,
                    actor=actor,
                    person_id=person_id,
                    service_ids=service_ids,
                    note=note,
                    overrides=overrides,
                    approved_by=approver,
                )
                return record_slip(
                    session=session,
                    actor=actor,
                    visit_id=visit.id,
                    centre_name=settings.centre_name,
                    fmt=settings.slip_format,
                )

        started = self.runner.submit(
            work,
            self._checked_in,
            partial(self._check_in_failed, person_id, service_ids, note),
            changes="visits",
            once=CHECK_IN,
        )
        if started:
            self.person.check_in_button.setEnabled(False)

    def _checked_in(self, done: RecordedVisit) -> None:
        row = done.row
        self.person.check_in_button.setEnabled(True)
        self.say(
            self.tr("Checked in: queue no. %1, %2")
            .replace("%1", str(row.queue_number))
            .replace("%2", row.display_name)
        )
        self.slips.stored(done.slip_job)
        self.visit_recorded.emit(row)
        self._opening = None
        self.person.clear()
        self.person.show_checked_in(row.queue_number, row.display_name, done.slip_job is not None)
        self.search.reset()

    def _check_in_failed(
        self, person_id: uuid.UUID, service_ids: list[uuid.UUID], note: str, exc: BaseException
    ) -> None:
        self.person.check_in_button.setEnabled(True)
        if isinstance(exc, RuleBreach):
            self._offer_override(person_id, service_ids, note, exc)
            return
        if self._approval_refused(person_id, service_ids, note, exc):
            return
        QApplication.beep()
        self.say(describe_error(exc), error=True)

    def _approval_refused(
        self,
        person_id: uuid.UUID,
        service_ids: list[uuid.UUID],
        note: str,
        exc: BaseException,
        retry: Callable[[list[uuid.UUID], dict[str, str], Approval | None], None] | None = None,
    ) -> bool:
        """A staff member's password or role was refused for an override: the dialog again, with
        why and the reason kept. False when `exc` is about something else."""
        refused = self._refused_approval.pop(person_id, None)
        if refused is None or not isinstance(exc, APPROVAL_REFUSED):
            return False
        breach, approver = refused
        self._offer_override(
            person_id, service_ids, note, breach, retry, describe_error(exc), approver
        )
        return True

    def _offer_override(
        self,
        person_id: uuid.UUID,
        service_ids: list[uuid.UUID],
        note: str,
        exc: RuleBreach,
        retry: Callable[[list[uuid.UUID], dict[str, str], Approval | None], None] | None = None,
        error: str = "",
        approver: str = "",
    ) -> None:
        """Show the broken rules. Staff override with a reason; at a volunteer's desk a caseworker
        or admin approves in the dialog with their own password (this visit only). "Check in the
        others" keeps the services whose rules allow them. `retry` checks in again (a household);
        the reason typed is kept for this person if the dialog is closed and reopened."""
        QApplication.beep()
        codes = {service.id: service.code for _box, service in self.person.checks}
        broken = {b.service_code for b in exc.breaches}
        others = [sid for sid in service_ids if codes.get(sid) not in broken]
        dialog = OverrideDialog(
            exc.breaches,
            may_override=can(self.actor, Permission.OVERRIDE_RULE),
            reason=self._override_drafts.get(person_id, ""),
            others=bool(others) and len(others) < len(service_ids),
            parent=self,
        )
        if error:
            dialog.show_error(error, approver)
        self.override_dialog = dialog
        again = retry or (
            lambda ids, reasons, approval: self.request_check_in(
                person_id, ids, note, reasons, approval
            )
        )

        def confirmed(reason: str) -> None:
            overrides = {b.service_code: reason for b in exc.breaches}
            if dialog.approval is not None:
                self._refused_approval[person_id] = (exc, dialog.approval[0])
            again(service_ids, overrides, dialog.approval)

        def finished(result: int) -> None:
            self._override_drafts[person_id] = dialog.reason_text()
            if result != QDialog.DialogCode.Accepted:
                self.say(
                    self.tr("Not checked in: %1").replace("%1", describe_error(exc)), error=True
                )
                self.person.setFocus()

        dialog.override_confirmed.connect(confirmed)
        dialog.others_chosen.connect(lambda: again(others, {}, None))
        dialog.finished.connect(finished)
        dialog.open()

    # --- today and the rest -----------------------------------------------------------------
    def refresh_today(self) -> None:
        """The newest page of today's visits again, down to the oldest one shown, so a
        volunteer who scrolled back through the day keeps their place."""
        day, desk = clock.today(), self.actor.desk_id
        oldest = self.today.model.row_at(self.today.model.rowCount() - 1)
        down_to = oldest.queue_number if oldest is not None and oldest.visit_day == day else None

        def work() -> TodayPage:
            with self.db.read() as session:
                return today_page(session, day, desk, limit=TODAY_PAGE, down_to=down_to)

        self.runner.submit(work, self.today.show_page)

    def _load_older_visits(self, below: int) -> None:
        day, desk = clock.today(), self.actor.desk_id

        def work() -> TodayPage:
            with self.db.read() as session:
                return today_page(session, day, desk, limit=TODAY_PAGE, below=below)

        self.runner.submit(
            work,
            partial(self.today.add_older, below),
            lambda exc: self.say(describe_error(exc), error=True),
        )

    def _data_changed(self, what: str) -> None:
        if what in ("visits", "people", "queue"):
            self.refresh_today()

    def open_report(self) -> None:
        from desktop.ui.report_window import ReportWindow

        window = ReportWindow(self.db, self.actor, self.runner, self)
        self.report_window = window
        window.open()
        window.refresh()

    def open_import(self) -> None:
        from desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.actor, self.runner, self.settings.member_prefix, self)
        self.import_wizard = wizard
        wizard.open()

    def open_print_queue(self) -> None:
        from desktop.ui.print_queue_window import PrintQueueDialog

        dialog = PrintQueueDialog(self.db, self.actor, self.runner, self.slips, self)
        self.print_queue_dialog = dialog
        dialog.open()

    def open_export(self) -> None:
        from desktop.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self.actor, self.runner, self)
        self.export_dialog = dialog
        dialog.open()

    def show_shortcuts(self) -> None:
        """F1: the shortcuts over the window; F1 again (or Esc) closes them."""
        from desktop.ui.shortcuts_overlay import ShortcutsOverlay

        if getattr(self, "shortcuts_overlay", None) is None:
            self.shortcuts_overlay = ShortcutsOverlay(self)
        self.shortcuts_overlay.toggle()

    # --- sync -------------------------------------------------------------------------------
    def _show_sync_status(self, status: SyncStatus) -> None:
        self.sync_light.show_status(status, running=self.sync.running)

    def _sync_now(self) -> None:
        if self.sync.sync_now() is not None and self.sync.status is not None:
            self.sync_light.show_status(self.sync.status, running=True)

    def open_sync(self) -> None:
        from desktop.ui.sync_dialog import SyncDialog

        dialog = SyncDialog(self.db, self.runner, self.actor, self._sync_now, self)
        dialog.compare_requested.connect(self.merges.open)
        self.sync.synced.connect(lambda _report: dialog.reload())
        self.sync_dialog = dialog
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait_for_done(10000)
        self.slips.wait_for_done(10000)  # a job being sent is marked uncertain at the next start
        self.zoom.reset()
        super().closeEvent(event)
