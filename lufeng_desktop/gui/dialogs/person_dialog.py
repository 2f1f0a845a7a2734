"""Add or edit a person. The services validate; each error appears under the field it names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.dates import parse_date
from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.services import queries, register
from lufeng_desktop.services.queries import GroupNode, HouseholdRow, PersonRow, RegisterFilter
from lufeng_desktop.services.register import PersonInput
from lufeng_desktop.store.database import Store

RELATIONS = ("", "户主", "配偶", "子", "女", "父亲", "母亲", "孙子", "孙女", "儿媳", "女婿", "兄弟姐妹", "其他")


class PersonDialog(FormDialog):
    """``saved`` carries the person's id once the database has it."""

    def __init__(self, store: Store, user_name: str, *, village_id: str, groups: list[GroupNode],
                 person: PersonRow | None = None, group_id: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.village_id, self.person = village_id, person
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.gender = QComboBox()
        for label, value in ((self.tr("(from the ID number)"), ""), ("男", "男"), ("女", "女")):
            self.gender.addItem(label, value)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("18 characters; gender and birth date are read from it"))
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("e.g. 1985-03-02"))
        self.phone = QLineEdit()
        self.group = QComboBox()
        self.group.addItem(self.tr("(none)"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.household = QComboBox()
        self.household.addItem(self.tr("(none)"), None)
        self.relation = QComboBox()
        self.relation.setEditable(True)
        self.relation.addItems(RELATIONS)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for field, caption, widget in (
            ("name", self.tr("Name"), self.name), ("gender", self.tr("Gender"), self.gender),
            ("id_number", self.tr("ID number"), self.id_number), ("birth_date", self.tr("Birth date"), self.birth_date),
            ("phone", self.tr("Phone"), self.phone), ("group_id", self.tr("Villager group"), self.group),
            ("household_id", self.tr("Household"), self.household),
            ("relation_to_head", self.tr("Relation to head"), self.relation), ("notes", self.tr("Notes"), self.notes),
        ):  # fmt: skip
            self.add_field(field, caption, widget)
        self._pending_household: str | None = None
        self.group.currentIndexChanged.connect(self._load_households)
        if person is not None:
            self._fill(person)
        elif group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))

    def _fill(self, person: PersonRow) -> None:
        self.name.setText(person.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(person.gender)))
        self.id_number.setText(person.id_number)
        self.birth_date.setText(person.birth_date.isoformat() if person.birth_date else "")
        self.phone.setText(person.phone)
        self.relation.setCurrentText(person.relation_to_head)
        self.notes.setPlainText(person.notes)
        self._pending_household = person.household_id
        self.group.setCurrentIndex(max(0, self.group.findData(person.group_id)))

    def _load_households(self) -> None:
        group_id = self.group.currentData()
        self.household.clear()
        self.household.addItem(self.tr("(none)"), None)
        if not group_id:
            return
        store = self.store

        def work(_p: ops.Progress) -> list[HouseholdRow]:
            return queries.page_households(store, RegisterFilter(group_id=group_id), 0, 10_000)

        ops.DbOp(self, work).success(self._households_loaded).run_in_background()

    def _households_loaded(self, rows: list[HouseholdRow]) -> None:
        for row in rows:
            label = f"{row.number} {row.head_name}".strip()
            self.household.addItem(label, row.id)
        if self._pending_household:
            self.household.setCurrentIndex(max(0, self.household.findData(self._pending_household)))

    def value(self) -> PersonInput:
        return PersonInput(
            name=self.name.text(), gender=str(self.gender.currentData() or ""),
            birth_date=parse_date(self.birth_date.text(), field="birth_date"), id_number=self.id_number.text(),
            phone=self.phone.text(), group_id=self.group.currentData(), household_id=self.household.currentData(),
            relation_to_head=self.relation.currentText(), notes=self.notes.toPlainText(),
        )  # fmt: skip

    def work(self) -> Callable[[], str]:
        data = self.value()
        store, actor_name, village_id, person = self.store, self.user_name, self.village_id, self.person

        def job() -> str:
            actor = store.actor(actor_name)
            if person is None:
                return register.add_person(store, actor, village_id=village_id, data=data)
            register.update_person(store, actor, person_id=person.id, data=data)
            return person.id

        return job
