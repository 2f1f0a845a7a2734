"""Add a villager group (村民小组) to a village, or renumber / rename one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register, register_units
from lufeng_desktop.services.queries import GroupNode
from lufeng_desktop.store.database import Store


class GroupDialog(FormDialog):
    def __init__(self, store: Store, user_name: str, *, village_id: str, next_number: int = 1,
                 group: GroupNode | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.village_id, self.group = village_id, group
        self.setWindowTitle(self.tr("Edit villager group") if group else self.tr("Add villager group"))
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(group.number if group else next_number)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("empty: 第N村民小组"))
        if group is not None and group.name != register_units.default_group_name(group.number):
            self.name.setText(group.name)  # a default name follows the number when it changes
        self.add_field("number", self.tr("Group number"), self.number)
        self.add_field("name", self.tr("Group name"), self.name)

    def work(self) -> Callable[[], str]:
        store, user, village_id, group = self.store, self.user_name, self.village_id, self.group
        number, name = self.number.value(), self.name.text()
        if group is None:
            return lambda: register.add_group(store, store.actor(user), village_id=village_id, number=number, name=name)

        def job() -> str:
            register_units.update_group(store, store.actor(user), group_id=group.id, number=number, name=name)
            return group.id

        return job
