"""Add a villager group (村民小组) to a village."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register
from lufeng_desktop.store.database import Store


class GroupDialog(FormDialog):
    def __init__(self, store: Store, user_name: str, *, village_id: str, next_number: int = 1,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.village_id = village_id
        self.setWindowTitle(self.tr("Add villager group"))
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(next_number)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("empty: 第N村民小组"))
        self.add_field("number", self.tr("Group number"), self.number)
        self.add_field("name", self.tr("Group name"), self.name)

    def work(self) -> Callable[[], str]:
        store, user, village_id = self.store, self.user_name, self.village_id
        number, name = self.number.value(), self.name.text()
        return lambda: register.add_group(store, store.actor(user), village_id=village_id, number=number, name=name)
