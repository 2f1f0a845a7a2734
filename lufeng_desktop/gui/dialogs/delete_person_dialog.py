"""Delete a person, a household or a villager group: the row is kept with a tombstone, and the reason
the clerk gives goes into the audit log. A refusal ("the group still has 3 households") shows under the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import register, register_units
from lufeng_desktop.services.queries import GroupNode, HouseholdRow, PersonRow
from lufeng_desktop.store.database import Store


class DeleteDialog(FormDialog):
    """Asks why; subclasses say what is deleted (``intro``) and how (``delete``)."""

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        self.reason = QLineEdit()
        self.add_field("reason", self.tr("Reason"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Delete"))

    def set_text(self, title: str, intro: str, example_reasons: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.reason.setPlaceholderText(example_reasons)

    def delete(self, store: Store, user: str, reason: str) -> object:
        raise NotImplementedError

    def work(self) -> Callable[[], object]:
        store, user, reason = self.store, self.user_name, self.reason.text()
        return lambda: self.delete(store, user, reason)


class DeletePersonDialog(DeleteDialog):
    def __init__(self, store: Store, user_name: str, *, person: PersonRow, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.person = person
        self.set_text(self.tr("Delete person"),
                      self.tr("Remove {0} from the register? The record is kept in the history.").format(person.name),
                      self.tr("e.g. 户口迁出, 死亡, 重复登记"))  # fmt: skip

    def delete(self, store: Store, user: str, reason: str) -> object:
        return register.delete_person(store, store.actor(user), person_id=self.person.id, reason=reason)


class DeleteHouseholdDialog(DeleteDialog):
    """A household with members is refused unless the clerk ticks "keep its members without a household"."""

    def __init__(self, store: Store, user_name: str, *, household: HouseholdRow, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.household = household
        intro = self.tr("Remove household {0} from the register? The record is kept in the history.")
        self.set_text(self.tr("Delete household"), intro.format(household.number), self.tr("e.g. 分户, 整户迁出, 重复登记"))
        self.detach = QCheckBox(self.tr("Keep its {0} members in the register, without a household").format(household.members))
        self.detach.setVisible(household.members > 0)
        self.form.addRow(self.detach)

    def delete(self, store: Store, user: str, reason: str) -> object:
        detach = self.detach.isChecked()
        return register_units.delete_household(store, store.actor(user), household_id=self.household.id, reason=reason,
                                               detach_members=detach)  # fmt: skip


class DeleteGroupDialog(DeleteDialog):
    """Only an empty group can go; the service names what still belongs to it."""

    def __init__(self, store: Store, user_name: str, *, group: GroupNode, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.group = group
        intro = self.tr("Remove {0} from the register? Only a group without households, people or grids can be removed.")
        self.set_text(self.tr("Delete villager group"), intro.format(group.name), self.tr("e.g. 并组, 重复登记"))

    def delete(self, store: Store, user: str, reason: str) -> object:
        return register_units.delete_group(store, store.actor(user), group_id=self.group.id, reason=reason)
