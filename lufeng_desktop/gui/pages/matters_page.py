"""四议两公开: the list of matters (stage, next action, due date, overdue in red; filters by village,
stage, type and year) and, on a double-click, the matter itself as a timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.models.matters_model import MattersModel
from lufeng_desktop.gui.widgets.matter_view import MatterView
from lufeng_desktop.services import matters, queries
from lufeng_desktop.services.matter_views import MatterRow, list_matters
from lufeng_desktop.services.queries import VillageNode
from lufeng_desktop.store.database import Store

FIRST_YEAR = 2018  # 四议两公开 was promoted nationally from 2019 on; older matters are not kept here


class MattersPage(QWidget):
    data_changed = Signal()

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.store, self.user_name, self._today = store, user_name, today
        self.villages: list[VillageNode] = []
        self._select_id: str | None = None
        self.model = MattersModel(self)
        self.village = QComboBox()
        self.village.addItem(self.tr("All villages"), None)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in wf.Stage:
            self.stage.addItem(wf.label(stage), str(stage))
        self.matter_type = QComboBox()
        self.matter_type.addItem(self.tr("All types"), None)
        for code, kind in matters.catalogue().items():
            self.matter_type.addItem(kind.name, code)
        self.matter_type.setMinimumContentsLength(14)
        self.matter_type.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), None)
        for year in range(today().year, FIRST_YEAR - 1, -1):
            self.year.addItem(str(year), year)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.new_button = QPushButton(self.tr("New matter…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.count_label = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((MattersModel.COL_NUMBER, 80), (MattersModel.COL_VILLAGE, 80), (MattersModel.COL_TITLE, 250),
                              (MattersModel.COL_TYPE, 190), (MattersModel.COL_STAGE, 150), (MattersModel.COL_NEXT, 240),
                              (MattersModel.COL_DUE, 90)):  # fmt: skip
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.matter_view = MatterView(store, user_name, self.today)
        self.matter_view.back_requested.connect(self.show_list)
        self.matter_view.changed.connect(lambda _id: self._changed())
        self.stack = QStackedWidget()
        self.stack.addWidget(self._list_panel())
        self.stack.addWidget(self.matter_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for combo in (self.village, self.stage, self.matter_type, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_only.toggled.connect(lambda _b: self.reload())
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.activated.connect(self._on_double_clicked)
        self.open_button.clicked.connect(lambda: self._on_double_clicked(self.view.currentIndex()))
        self.new_button.clicked.connect(self.new_matter)
        self._load_villages()
        self.reload()

    def _list_panel(self) -> QWidget:
        panel = QWidget()
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("Village"), self.village), (self.tr("Stage"), self.stage),
                                (self.tr("Type"), self.matter_type), (self.tr("Year"), self.year)):  # fmt: skip
            filters.addWidget(QLabel(caption))
            filters.addWidget(widget)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        filters.addWidget(self.open_button)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        return panel

    def today(self) -> date:
        return self._today()

    def set_today(self, day: date) -> None:
        """Deadlines are computed as of this day (tests and screenshots fix it; the clerk's is the real one)."""
        self._today = lambda: day
        self.reload()

    # -- loading ----------------------------------------------------------------------------------
    def _load_villages(self) -> None:
        store = self.store

        def work(_p: ops.Progress) -> list[VillageNode]:
            return [v for town in queries.org_tree(store) for v in town.villages]

        ops.DbOp(self, work).success(self._villages_loaded).run_in_background()

    def _villages_loaded(self, villages: list[VillageNode]) -> None:
        self.villages = villages
        self.village.blockSignals(True)
        for v in villages:
            self.village.addItem(v.name, v.id)
        self.village.blockSignals(False)
        self.new_button.setEnabled(bool(villages))

    def filters(self) -> dict[str, Any]:
        return {
            "village_id": self.village.currentData(), "stage": self.stage.currentData(), "matter_type": self.matter_type.currentData(),
            "year": self.year.currentData(), "overdue": True if self.overdue_only.isChecked() else None,
        }  # fmt: skip

    def reload(self, select_id: str | None = None) -> None:
        store, today, flt = self.store, self.today(), self.filters()
        self._select_id = select_id or self.current_id()
        ops.DbOp(self, lambda _p: list_matters(store, today=today, **flt)).success(self._loaded).run_in_background()

    def _loaded(self, rows: list[MatterRow]) -> None:
        self.model.set_rows(rows)
        late = sum(1 for r in rows if r.overdue)
        self.count_label.setText(self.tr("{0} matters, {1} overdue").format(len(rows), late))
        if self._select_id:
            row = self.model.row_of(self._select_id)
            if row >= 0:
                self.view.selectRow(row)

    def current_id(self) -> str | None:
        record = self.view.currentIndex().data(MattersModel.RecordRole)
        return record.id if record is not None else None

    # -- navigation -------------------------------------------------------------------------------
    def _on_double_clicked(self, index: QModelIndex) -> None:
        record = index.data(MattersModel.RecordRole) if index.isValid() else None
        if record is not None:
            self.open_matter(record.id)

    def open_matter(self, matter_id: str) -> MatterView:
        self._select_id = matter_id
        self.matter_view.show_matter(matter_id)
        self.stack.setCurrentWidget(self.matter_view)
        return self.matter_view

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.view.setFocus()

    def _changed(self) -> None:
        self.reload()
        self.data_changed.emit()

    def new_matter(self) -> Any:
        from lufeng_desktop.gui.dialogs.matter_dialog import MatterDialog  # noqa: PLC0415

        dialog = MatterDialog(self.store, self.user_name, self.villages, today=self.today(), village_id=self.village.currentData(), parent=self)
        dialog.saved.connect(self._created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _created(self, matter_id: str) -> None:
        self.reload(select_id=matter_id)
        self.data_changed.emit()
        self.open_matter(matter_id)
