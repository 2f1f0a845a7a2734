"""Delete a person: the row is kept with a tombstone, and the reason goes into the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register
from lufeng_desktop.services.queries import PersonRow
from lufeng_desktop.store.database import Store


class DeletePersonDialog(FormDialog):
    def __init__(self, store: Store, user_name: str, *, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.person = person
        self.setWindowTitle(self.tr("Delete person"))
        intro = QLabel(self.tr("Remove {0} from the register? The record is kept in the history.").format(person.name))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. 户口迁出, 死亡, 重复登记"))
        self.add_field("reason", self.tr("Reason"), self.reason)

    def work(self) -> Callable[[], None]:
        store, user, person_id, reason = self.store, self.user_name, self.person.id, self.reason.text()
        return lambda: register.delete_person(store, store.actor(user), person_id=person_id, reason=reason)
