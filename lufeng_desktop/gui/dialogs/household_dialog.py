"""Add a household (户) to a villager group, or edit one: 户号, address, or a move to another group."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register, register_units
from lufeng_desktop.services.queries import GroupNode, HouseholdRow
from lufeng_desktop.store.database import Store


class HouseholdDialog(FormDialog):
    def __init__(self, store: Store, user_name: str, *, groups: list[GroupNode], group_id: str | None = None,
                 household: HouseholdRow | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.household = household
        self.setWindowTitle(self.tr("Edit household") if household else self.tr("Add household"))
        self.group = QComboBox()
        for group in groups:
            self.group.addItem(group.name, group.id)
        chosen = household.group_id if household else group_id
        if chosen is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(chosen)))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("the household number in the register"))
        self.address = QLineEdit()
        if household is not None:
            self.number.setText(household.number)
            self.address.setText(household.address)
            self.group.setToolTip(self.tr("Moving the household moves its members to the new group too"))
        self.add_field("group_id", self.tr("Villager group"), self.group)
        self.add_field("number", self.tr("Household no."), self.number)
        self.add_field("address", self.tr("Address"), self.address)

    def work(self) -> Callable[[], str]:
        group_id = self.group.currentData()
        if not group_id:
            raise ValidationError("请先选择（或新增）村民小组", "choose (or add) a villager group first", field="group_id")
        store, user, number, address = self.store, self.user_name, self.number.text(), self.address.text()
        household = self.household
        if household is None:
            return lambda: register.add_household(store, store.actor(user), group_id=group_id, number=number, address=address)

        def job() -> str:
            register_units.update_household(store, store.actor(user), household_id=household.id, number=number,
                                            address=address, group_id=group_id)  # fmt: skip
            return household.id

        return job
