"""What the window offers by role: lock and switch user for everyone; accounts, the audit trail,
retention, access requests and erasure for admins. The services check again; this only hides."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMenu, QMessageBox

from desktop.printing.access_request import render_access_report
from desktop.services import clock
from desktop.services.accounts import refresh_actor
from desktop.services.actor import Actor
from desktop.services.errors import SessionExpired
from desktop.services.held_backups import HeldBackup, backups_holding, flush_old_pages, last_gone_by
from desktop.services.jobs import atomic_output
from desktop.services.permissions import Permission, can
from desktop.services.rights import access_report, erase_person
from desktop.ui.lock import LOCK_KEYS, SWITCH_KEYS, DeskLock
from desktop.ui.messages import describe_error

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class SecurityController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = w = window
        self.erased_box: QMessageBox | None = None  # what the last erasure left in backups
        self.lock = DeskLock(w, w.settings.auto_lock_minutes)
        self.lock.unlocked.connect(self._actor_changed)
        self.lock.user_switched.connect(self._switched)
        desk = w.desk_menu
        quit_action = w.act_quit  # lock and switch user go just above Quit
        self.act_lock = QAction(w, objectName="act_lock")
        self.act_lock.setShortcut(LOCK_KEYS)
        self.act_lock.triggered.connect(lambda: self.lock.lock())
        self.act_switch = QAction(w, objectName="act_switch_user")
        self.act_switch.setShortcut(SWITCH_KEYS)
        self.act_switch.triggered.connect(lambda: self.lock.lock(switching=True))
        desk.insertActions(quit_action, [self.act_lock, self.act_switch])
        desk.insertSeparator(quit_action)
        menu = QMenu(w)
        menu.setObjectName("admin_menu")
        self.menu = menu
        self.admin_menu = w.menuBar().insertMenu(w.language_menu.menuAction(), menu)
        self.act_users = menu.addAction("", self.open_users)
        self.act_audit = menu.addAction("", self.open_audit)
        self.act_retention = menu.addAction("", self.open_retention)
        menu.addSeparator()
        self.act_access = menu.addAction("", self.access_request)
        self.act_erase = menu.addAction("", self.erase)
        self.who = QLabel(objectName="signed_in_as")
        w.statusBar().addPermanentWidget(self.who)
        self.retranslate_ui()
        self.apply_role()

    def retranslate_ui(self) -> None:
        self.act_lock.setText(self.tr("&Lock the desk"))
        self.act_switch.setText(self.tr("S&witch user…"))
        self.admin_menu.setText(self.tr("&Admin"))
        self.act_users.setText(self.tr("&Accounts…"))
        self.act_audit.setText(self.tr("Audit &trail…"))
        self.act_retention.setText(self.tr("&Retention…"))
        self.act_access.setText(self.tr("Everything held on this person (&PDF)…"))
        self.act_erase.setText(self.tr("&Erase this person…"))
        self._show_who()

    def _show_who(self) -> None:
        actor = self.window.actor
        self.who.setText(
            self.tr("Signed in: %1 (%2)").replace("%1", actor.username).replace("%2", actor.role)
        )

    def apply_role(self) -> None:
        """Show only what the signed-in role may do."""
        actor = self.window.actor
        self.admin_menu.setVisible(
            any(can(actor, p) for p in (Permission.MANAGE_USERS, Permission.VIEW_AUDIT))
        )
        self.act_users.setEnabled(can(actor, Permission.MANAGE_USERS))
        self.act_audit.setEnabled(can(actor, Permission.VIEW_AUDIT))
        self.act_retention.setEnabled(can(actor, Permission.RETENTION))
        self.act_access.setEnabled(can(actor, Permission.ACCESS_REQUEST))
        self.act_erase.setEnabled(can(actor, Permission.ERASE))
        self.window.act_export.setEnabled(
            can(actor, Permission.EXPORT_ANONYMOUS) or can(actor, Permission.EXPORT_PERSONAL)
        )
        self._show_who()

    def _actor_changed(self, actor: Actor) -> None:
        # Long-lived helpers that act for the person at the desk follow the new sign-in.
        for helper in (getattr(self.window, "cards", None),):
            if helper is not None and hasattr(helper, "actor"):
                helper.actor = actor
        self.apply_role()

    def _switched(self, actor: Actor) -> None:
        w = self.window
        w.person.clear()
        w._opening = None
        w.search.reset()
        w.say(self.tr("Signed in as %1.").replace("%1", actor.username))

    # --- admin windows ----------------------------------------------------------------------
    def _still_signed_in(self, then: Callable[[], None]) -> None:
        """Run `then` if the account is still what it was at sign-in; else lock the desk."""
        w = self.window

        def work() -> Actor:
            with w.db.read() as session:
                return refresh_actor(session, w.actor)

        def expired(exc: BaseException) -> None:
            if isinstance(exc, SessionExpired):
                self.lock.lock(switching=True)
                self.lock.screen.refuse(describe_error(exc))
            else:
                w.say(describe_error(exc), error=True)

        w.runner.submit(work, lambda _actor: then(), expired)

    def open_users(self) -> None:
        self._still_signed_in(self._open_users)

    def open_audit(self) -> None:
        self._still_signed_in(self._open_audit)

    def open_retention(self) -> None:
        self._still_signed_in(self._open_retention)

    def _open_users(self) -> None:
        from desktop.ui.users_dialog import UsersDialog

        w = self.window
        self.users_dialog = UsersDialog(w.db, w.actor, w.runner, w)
        self.users_dialog.open()

    def _open_audit(self) -> None:
        from desktop.ui.audit_dialog import AuditDialog

        w = self.window
        self.audit_dialog = AuditDialog(w.db, w.actor, w.runner, w)
        self.audit_dialog.open()

    def _open_retention(self) -> None:
        from desktop.ui.retention_dialog import RetentionDialog

        w = self.window
        self.retention_dialog = RetentionDialog(w.db, w.actor, w.runner, parent=w)
        self.retention_dialog.open()

    def _current(self) -> uuid.UUID | None:
        person_id: uuid.UUID | None = getattr(self.window.person, "person_id", None)
        if person_id is None:
            self.window.say(self.tr("Open a person first."), error=True)
        return person_id

    def access_request(self) -> None:
        w = self.window
        person_id = self._current()
        if person_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            w, self.tr("Save the access-request PDF"), str(Path.home() / "access-request.pdf"),
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if name:
            self.write_access_request(person_id, Path(name))

    def write_access_request(self, person_id: uuid.UUID, out: Path) -> None:
        w = self.window
        actor, centre = w.actor, w.settings.centre_name

        def work() -> Path:
            with w.db.write() as session:
                report = access_report(session=session, actor=actor, person_id=person_id)
            with atomic_output(out) as tmp:
                tmp.write_bytes(render_access_report(report, centre_name=centre))
            return out

        w.runner.submit(
            work,
            lambda path: w.say(self.tr("Saved: %1").replace("%1", str(path))),
            lambda exc: w.say(describe_error(exc), error=True),
        )

    def erase(self) -> None:
        w = self.window
        person_id = self._current()
        if person_id is None:
            return
        reason, ok = QInputDialog.getText(
            w, self.tr("Erase this person"),
            self.tr(
                "Their name, contact details, notes and member number are removed for good; "
                "their visits stay in the counts. Why (e.g. 'asked at the desk on 3 March')?"
            ),
        )  # fmt: skip
        if ok and reason.strip():
            self.erase_now(person_id, reason)

    def erased_message(self, held: list[HeldBackup]) -> str:
        done = self.tr("The person's data was erased; their visits stay in the counts.")
        if not held:
            return done
        gone = last_gone_by(held)
        folder = str(held[0].path.parent)
        first, last = (clock.to_local(b.taken_at).strftime("%d/%m/%Y") for b in (held[0], held[-1]))
        if gone is None:
            backups = self.tr(
                "%n backup(s) in %1, taken %2 to %3, still hold them; a safety copy among "
                "them stays until five newer ones are taken.", "", len(held)
            )  # fmt: skip
        else:
            backups = self.tr(
                "%n backup(s) in %1, taken %2 to %3, still hold them; the rotation deletes "
                "the last of them by %4 (when the desk is used every week).", "", len(held)
            ).replace("%4", clock.to_local(gone).strftime("%d/%m/%Y"))  # fmt: skip
        return f"{done} {backups.replace('%1', folder).replace('%2', first).replace('%3', last)}"

    def erase_now(self, person_id: uuid.UUID, reason: str) -> None:
        w = self.window
        actor = w.actor

        def work() -> list[HeldBackup]:
            with w.db.write() as session:
                erase_person(session=session, actor=actor, person_id=person_id, reason=reason)
            flush_old_pages(w.db)
            return backups_holding(w.db, person_id)

        def done(held: list[HeldBackup]) -> None:
            w.person.clear()
            w.search.reset()
            w.say(self.tr("The person's data was erased; their visits stay in the counts."))
            # A window, not the status line: the admin must be able to read which backups.
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Erase this person"),
                self.erased_message(held),
                QMessageBox.StandardButton.Ok,
                w,
            )
            if held:
                box.setDetailedText(
                    "\n".join(
                        f"{b.path}  {clock.to_local(b.taken_at):%d/%m/%Y %H:%M}" for b in held
                    )
                )
            box.open()
            self.erased_box = box

        w.runner.submit(
            work, done, lambda exc: w.say(describe_error(exc), error=True), changes="people"
        )
