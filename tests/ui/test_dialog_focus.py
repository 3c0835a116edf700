"""Every dialog opens with the keys in its first field: typed text never goes to OK or nowhere."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.db import Database
from desktop.services.actor import Actor
from desktop.ui.sign_in import FirstRunDialog, PassphraseDialog, RecoveryKeyDialog, SignInDialog
from tests.ui.keyboard import focused
from tests.ui.test_dialogs_fit import OPENERS, open_dialog


def opened(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_first_run_and_the_recovery_key_open_on_their_first_field(qtbot) -> None:
    first_run = opened(qtbot, FirstRunDialog())
    qtbot.keyClicks(focused(), "amina")
    assert first_run.username.text() == "amina"
    first_run.close()
    shown = opened(qtbot, RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR"))
    assert focused() is shown.kept  # the key itself is read-only: the box to tick is next


def test_passphrase_opens_on_the_field_also_after_a_mistyped_one(qtbot) -> None:
    dialog = opened(qtbot, PassphraseDialog("frontdesk.sqlite3"))
    assert focused() is dialog.passphrase
    dialog.close()
    again = PassphraseDialog("frontdesk.sqlite3")
    again.show_error("This passphrase does not open this database.")
    opened(qtbot, again)
    qtbot.keyClicks(focused(), "second try")
    assert again.passphrase.text() == "second try"


def test_sign_in_opens_on_the_user_name_or_on_the_password_when_the_name_is_known(qtbot) -> None:
    dialog = opened(qtbot, SignInDialog("Front Desk"))
    assert focused() is dialog.username
    dialog.close()
    known = SignInDialog("Front Desk")
    known.username.setText("mei")
    opened(qtbot, known)
    assert focused() is known.password


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_every_dialog_opens_with_the_keys_inside_it_not_on_ok_or_cancel(
    qtbot, desk, db: Database, actor: Actor, name: str
) -> None:
    dialog = open_dialog(qtbot, desk, db, actor, name)
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = focused()
    assert keys.window() is dialog
    assert not isinstance(keys.parentWidget(), QDialogButtonBox), keys.objectName()
    dialog.close()
