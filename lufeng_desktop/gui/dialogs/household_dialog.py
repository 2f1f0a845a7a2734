"""Add a household (户) to a villager group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register
from lufeng_desktop.services.queries import GroupNode
from lufeng_desktop.store.database import Store


class HouseholdDialog(FormDialog):
    def __init__(self, store: Store, user_name: str, *, groups: list[GroupNode], group_id: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.setWindowTitle(self.tr("Add household"))
        self.group = QComboBox()
        for group in groups:
            self.group.addItem(group.name, group.id)
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("the household number in the register"))
        self.address = QLineEdit()
        self.add_field("group_id", self.tr("Villager group"), self.group)
        self.add_field("number", self.tr("Household no."), self.number)
        self.add_field("address", self.tr("Address"), self.address)

    def work(self) -> Callable[[], str]:
        group_id = self.group.currentData()
        if not group_id:
            raise ValidationError("请先选择（或新增）村民小组", "choose (or add) a villager group first", field="group_id")
        store, user, number, address = self.store, self.user_name, self.number.text(), self.address.text()
        return lambda: register.add_household(store, store.actor(user), group_id=group_id, number=number, address=address)
