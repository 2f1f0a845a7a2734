"""A new 四议两公开 matter: type (with its default rule set and deciding body), motion source, line items
with amounts in 元 (stored as integer fen), the emergency flag, and the planned contractor selection method
and time frame that the 决议公开 notice prints in its 决议内容 (DOMAIN.md §4.7 item 5; both optional)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.implementation import SELECTION_METHODS
from lufeng_desktop.core.rules import load_bodies, load_rule_sets
from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.gui.models.line_items_model import LineItemsModel, yuan_text
from lufeng_desktop.services import matters
from lufeng_desktop.services.queries import VillageNode
from lufeng_desktop.store.database import Store


class MatterDialog(MatterForm):
    """``saved`` carries the new matter's id."""

    def __init__(self, store: Store, user_name: str, villages: Sequence[VillageNode], *, today: date,
                 village_id: str | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.setWindowTitle(self.tr("New 4+2 matter"))
        self.setMinimumWidth(720)
        self.villages = {v.id: v for v in villages}
        self.village = QComboBox()
        for v in villages:
            self.village.addItem(v.name, v.id)
        if village_id:
            self.village.setCurrentIndex(max(0, self.village.findData(village_id)))
        self.matter_type = QComboBox()
        for code, kind in matters.catalogue().items():
            self.matter_type.addItem(kind.name, code)
        self.title = QLineEdit()
        self.motion_source = QComboBox()
        self.motion_source.addItems(wf.MOTION_SOURCES)
        self.opened_on = self.day(today)
        self.rule_set = QComboBox()
        for code, rules in load_rule_sets().items():
            self.rule_set.addItem(rules.name, code)
        self.body = QComboBox()
        self.group = QComboBox()
        self.emergency = QCheckBox(self.tr("Emergency matter (the later steps are completed afterwards)"))
        self.emergency_note = QLineEdit()
        self.emergency_note.setPlaceholderText(self.tr("What is urgent and how the steps will be completed"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(50)
        self.selection_method = QComboBox()
        self.selection_method.addItem(self.tr("(not decided)"), "")
        for method in SELECTION_METHODS:
            self.selection_method.addItem(method, method)
        self.time_frame = QLineEdit()
        self.time_frame.setPlaceholderText(self.tr("e.g. 2027年3月底前完工"))
        self.items = LineItemsModel(self)
        self.items_view = QTableView()
        self.items_view.setModel(self.items)
        self.items_view.verticalHeader().hide()
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setMinimumHeight(130)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(LineItemsModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(LineItemsModel.COL_AMOUNT, 130)
        header.resizeSection(LineItemsModel.COL_FUNDING, 170)
        self.add_item_button, self.remove_item_button = QPushButton(self.tr("Add item")), QPushButton(self.tr("Remove item"))
        for button in (self.add_item_button, self.remove_item_button):
            button.setAutoDefault(False)
        self.total_label = QLabel()
        items_box = QVBoxLayout()
        items_box.setContentsMargins(0, 0, 0, 0)
        items_box.addWidget(self.items_view)
        bar = QHBoxLayout()
        bar.addWidget(self.add_item_button)
        bar.addWidget(self.remove_item_button)
        bar.addStretch(1)
        bar.addWidget(self.total_label)
        items_box.addLayout(bar)
        items_widget = QWidget()
        items_widget.setLayout(items_box)
        self.field(("village_id",), self.tr("Village"), self.village)
        self.field(("matter_type",), self.tr("Type"), self.matter_type)
        self.field(("title",), self.tr("Matter"), self.title)
        self.field(("motion_source",), self.tr("Motion from"), self.motion_source)
        self.field(("opened_on", "held_on"), self.tr("Opened on"), self.opened_on)
        self.field(("rule_set",), self.tr("Rule set"), self.rule_set)
        self.field(("deciding_body",), self.tr("Decided by"), self.body)
        self.group_label = self.field(("group_id",), self.tr("Villager group"), self.group)
        self.form.addRow("", self.emergency)
        self.field(("emergency_note",), self.tr("Emergency note"), self.emergency_note)
        self.field(("description",), self.tr("Description"), self.description)
        self.field(("selection_method",), self.tr("Contractor chosen by"), self.selection_method)
        self.field(("time_frame",), self.tr("Time frame"), self.time_frame)
        self.field(("items",), self.tr("Line items"), items_widget)
        self.matter_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self.village.currentIndexChanged.connect(lambda _i: self._fill_groups())
        self.body.currentIndexChanged.connect(lambda _i: self._body_changed())
        self.emergency.toggled.connect(self.emergency_note.setEnabled)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self._remove_selected)
        self.items.dataChanged.connect(lambda *_: self.update_total())
        self.items.rowsRemoved.connect(lambda *_: self.update_total())
        self.emergency_note.setEnabled(False)
        self._type_changed()
        self._fill_groups()
        self.add_item()

    def _type_changed(self) -> None:
        kind = matters.catalogue().get(str(self.matter_type.currentData()))
        if kind is None:
            return
        self.rule_set.setCurrentIndex(max(0, self.rule_set.findData(kind.rule_set)))
        bodies = load_bodies()
        self.body.clear()
        for code in kind.deciding_bodies:
            self.body.addItem(bodies[code].name if code in bodies else code, code)

    def _fill_groups(self) -> None:
        self.group.clear()
        village = self.villages.get(str(self.village.currentData()))
        for g in village.groups if village else ():
            self.group.addItem(g.name, g.id)
        self._body_changed()

    def _body_changed(self) -> None:
        self.group.setEnabled(str(self.body.currentData() or "").startswith("villagers_group"))

    def add_item(self, description: str = "", amount: str = "", funding: str = "") -> int:
        row = self.items.add_row(description, amount, funding)
        self.update_total()
        return row

    def _remove_selected(self) -> None:
        self.items.remove_row(self.items_view.currentIndex().row())

    def update_total(self) -> None:
        total = self.items.total_fen()
        self.total_label.setText(self.tr("Total: {0} yuan").format(yuan_text(total)) if total is not None else self.tr("Total: check the amounts"))

    def work(self) -> Callable[[], str]:
        items = tuple(matters.LineItemInput(d, fen, f) for d, fen, f in self.items.items())  # raises ValidationError("items")
        body = str(self.body.currentData())
        data = matters.MatterInput(
            village_id=str(self.village.currentData()), matter_type=str(self.matter_type.currentData()), title=self.title.text(),
            motion_source=self.motion_source.currentText(), opened_on=self.value(self.opened_on), items=items,
            rule_set=str(self.rule_set.currentData()), deciding_body=body,
            group_id=self.group.currentData() if body.startswith("villagers_group") else None,
            emergency=self.emergency.isChecked(), emergency_note=self.emergency_note.text(), description=self.description.toPlainText(),
            selection_method=str(self.selection_method.currentData() or ""), time_frame=self.time_frame.text(),
        )  # fmt: skip
        store, user = self.store, self.user_name
        return lambda: matters.create_matter(store, store.actor(user), data)
