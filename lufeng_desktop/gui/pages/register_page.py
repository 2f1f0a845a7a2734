"""村情台账: the organisation tree, the eight register tables, one search box and the composition warnings."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QMenu, QPushButton, QSplitter, QTableView, QTabWidget,
    QTreeView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.models.central_households_model import CentralHouseholdsModel
from lufeng_desktop.gui.models.committee_model import CommitteeModel
from lufeng_desktop.gui.models.grids_model import GridsModel
from lufeng_desktop.gui.models.households_model import HouseholdsModel
from lufeng_desktop.gui.models.org_tree_model import OrgTreeModel
from lufeng_desktop.gui.models.paged import PagedTableModel, make_proxy
from lufeng_desktop.gui.models.party_members_model import PartyMembersModel
from lufeng_desktop.gui.models.people_model import PeopleModel
from lufeng_desktop.gui.models.representatives_model import RepresentativesModel
from lufeng_desktop.gui.models.supervisors_model import SupervisorsModel
from lufeng_desktop.gui.pages.register_preview import TREE_WIDTH, people_search_box
from lufeng_desktop.gui.widgets.composition_panel import CompositionPanel
from lufeng_desktop.gui.widgets.row_count_label import RowCountLabel
from lufeng_desktop.gui.widgets.table_view import make_table_view
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import GroupNode, RegisterFilter, TownNode, VillageNode
from lufeng_desktop.store.database import Store

SEARCH_DELAY_MS = 150
# Tables whose rows are people: the search box narrows these.
SEARCHABLE = frozenset({"people", "party", "representatives", "committee", "supervisors"})
# Tables whose rows the Edit/Delete buttons and the context menu act on.
EDITABLE = ("people", "households")


class RegisterPage(QWidget):
    village_label_changed = Signal(str)
    data_changed = Signal()

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.towns: list[TownNode] = []
        self.scope = RegisterFilter()
        self.tree_model = OrgTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu_requested)
        self.search = people_search_box()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.tabs = QTabWidget()
        self.models: dict[str, PagedTableModel] = {}
        self.views: dict[str, QTableView] = {}
        self._stale: set[str] = set()
        for key, title, model_class in self._tables():
            model = model_class(store, self)
            view = make_table_view(make_proxy(model), model.columns)
            self.models[key], self.views[key] = model, view
            self.tabs.addTab(view, title)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.row_count = RowCountLabel(lambda: self.models[self.current_key()], self.models.values(), self)
        self.tabs.currentChanged.connect(lambda _index: self.row_count.refresh())
        self.views["people"].doubleClicked.connect(lambda _index: self.edit_person())
        self.views["households"].doubleClicked.connect(lambda _index: self.edit_household())
        for key in EDITABLE:
            self.views[key].setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.views[key].customContextMenuRequested.connect(lambda pos, key=key: self._table_menu_requested(key, pos))
        self.composition = CompositionPanel(store, self)
        self._build_layout()
        self.apply_filter()  # the people's first rows first: the tree's counts can follow
        self.reload_tree()

    def _tables(self) -> list[tuple[str, str, type[PagedTableModel]]]:
        return [
            ("people", self.tr("People"), PeopleModel),
            ("households", self.tr("Households"), HouseholdsModel),
            ("party", self.tr("Party members"), PartyMembersModel),
            ("representatives", self.tr("Representatives"), RepresentativesModel),
            ("committee", self.tr("Two committees"), CommitteeModel),
            ("supervisors", self.tr("Supervision committee"), SupervisorsModel),
            ("grids", self.tr("Grids"), GridsModel),
            ("central", self.tr("Central households"), CentralHouseholdsModel),
        ]

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.row_count)
        self.add_person_button = QPushButton(self.tr("Add person"))
        self.edit_person_button = QPushButton(self.tr("Edit"))
        self.delete_person_button = QPushButton(self.tr("Delete"))
        self.add_household_button = QPushButton(self.tr("Add household"))
        self.add_group_button = QPushButton(self.tr("Add group"))
        self.import_button = QPushButton(self.tr("Import Excel…"))
        self.export_button = QPushButton(self.tr("Export Excel…"))
        for button, slot in (
            (self.add_person_button, self.add_person), (self.edit_person_button, self.edit_selected),
            (self.delete_person_button, self.delete_selected), (self.add_household_button, self.add_household),
            (self.add_group_button, self.add_group),
        ):  # fmt: skip
            button.clicked.connect(slot)
            buttons.addWidget(button)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        for button, slot in ((self.import_button, self.import_xlsx), (self.export_button, self.export_xlsx)):
            button.clicked.connect(slot)
            corner_layout.addWidget(button)
        self.tabs.setCornerWidget(corner)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.tabs)
        inner.addWidget(self.composition)
        inner.setStretchFactor(0, 1)
        inner.setStretchFactor(1, 0)
        inner.setSizes([560, 110])
        right_layout.addWidget(inner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([TREE_WIDTH, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- tree and filters -------------------------------------------------------------------------
    def reload_tree(self) -> None:
        store = self.store
        ops.DbOp(self, lambda _p: queries.org_tree(store)).success(self._tree_loaded).run_in_background()

    def _tree_loaded(self, towns: list[TownNode]) -> None:
        current = self.tree.currentIndex()
        kind, row_id = current.data(OrgTreeModel.KindRole), self._scope_id()
        self.towns = towns
        self.tree_model.set_tree(towns)
        self.tree.expandToDepth(0)
        if kind:
            index = self.tree_model.find(kind, row_id)
            if index.isValid():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)
        villages = self.villages()
        if len(villages) == 1:
            self.village_label_changed.emit(f"{villages[0].name} · {villages[0].code}")
        else:
            text = self.tr("{0} towns, {1} villages").format(len(towns), len(villages))
            self.village_label_changed.emit(text)

    def _scope_id(self) -> str:
        return self.scope.group_id or self.scope.village_id or self.scope.town_id or ""

    def villages(self) -> list[VillageNode]:
        return [village for town in self.towns for village in town.villages]

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.scope = self.tree_model.filter_for(current)
        self.apply_filter()

    def select_scope(self, kind: str, row_id: str) -> None:
        """Select a town, village or group in the tree (as a click would)."""
        self.tree.setCurrentIndex(self.tree_model.find(kind, row_id))

    def current_filter(self, key: str) -> RegisterFilter:
        text = self.search.text().strip() if key in SEARCHABLE else ""
        return replace(self.scope, search=text)

    def apply_filter(self) -> None:
        """Reload the visible table now; the others when they are next shown."""
        self._stale = set(self.models)
        self._refresh_current()
        self.composition.set_scope(self.scope)

    def _on_tab_changed(self, _index: int) -> None:
        self._refresh_current()
        editable = self.current_key() in EDITABLE
        self.edit_person_button.setEnabled(editable)
        self.delete_person_button.setEnabled(editable)

    def current_key(self) -> str:
        return list(self.models)[self.tabs.currentIndex()]

    def _refresh_current(self) -> None:
        key = self.current_key()
        if key in self._stale:
            self._stale.discard(key)
            self.models[key].set_filter(self.current_filter(key))

    def refresh_after_change(self) -> None:
        self.reload_tree()
        self.apply_filter()
        self.composition.refresh()
        self.data_changed.emit()

    # -- the village and group the clerk is working in -----------------------------------------
    def current_village_id(self) -> str | None:
        if self.scope.village_id:
            return self.scope.village_id
        villages = self.villages()
        if self.scope.town_id:
            villages = [v for v in villages if v.town_id == self.scope.town_id]
        return villages[0].id if len(villages) == 1 else None

    def groups_of(self, village_id: str) -> list[GroupNode]:
        for village in self.villages():
            if village.id == village_id:
                return list(village.groups)
        return []

    def _need_village(self) -> str | None:
        village_id = self.current_village_id()
        if village_id is None:
            from lufeng_desktop.gui.errors import show_info  # noqa: PLC0415

            show_info(self, self.tr("Choose a village"), self.tr("First choose a village (or one of its groups) in the tree."))
        return village_id

    def selected_record(self, key: str = "people") -> Any:
        view = self.views[key]
        index = view.currentIndex()
        if not index.isValid():
            return None
        return index.data(PagedTableModel.RecordRole)

    # -- actions ----------------------------------------------------------------------------------
    def add_person(self) -> Any:
        from lufeng_desktop.gui.dialogs.person_dialog import PersonDialog  # noqa: PLC0415

        village_id = self._need_village()
        if village_id is None:
            return None
        dialog = PersonDialog(self.store, self.user_name, village_id=village_id, groups=self.groups_of(village_id),
                              group_id=self.scope.group_id, parent=self)  # fmt: skip
        return self._open(dialog)

    def edit_person(self) -> Any:
        from lufeng_desktop.gui.dialogs.person_dialog import PersonDialog  # noqa: PLC0415

        person = self.selected_record("people")
        if person is None:
            return None
        dialog = PersonDialog(self.store, self.user_name, village_id=person.village_id,
                              groups=self.groups_of(person.village_id), person=person, parent=self)  # fmt: skip
        return self._open(dialog)

    def delete_person(self) -> Any:
        from lufeng_desktop.gui.dialogs.delete_person_dialog import DeletePersonDialog  # noqa: PLC0415

        person = self.selected_record("people")
        if person is None:
            return None
        return self._open(DeletePersonDialog(self.store, self.user_name, person=person, parent=self))

    def edit_selected(self) -> Any:
        """The Edit button: the selected person or household, whichever table is showing."""
        return self.edit_household() if self.current_key() == "households" else self.edit_person()

    def delete_selected(self) -> Any:
        return self.delete_household() if self.current_key() == "households" else self.delete_person()

    def table_menu(self, key: str) -> QMenu:
        """The context menu of the people or households table (built fresh: the selection decides)."""
        menu = QMenu(self)
        has_row = self.selected_record(key) is not None
        edit, delete = (self.edit_person, self.delete_person) if key == "people" else (self.edit_household, self.delete_household)
        for text, slot in ((self.tr("Edit…"), edit), (self.tr("Delete…"), delete)):
            menu.addAction(text, slot).setEnabled(has_row)
        return menu

    def _table_menu_requested(self, key: str, pos: QPoint) -> None:
        view = self.views[key]
        view.setCurrentIndex(view.indexAt(pos))
        self._popup(self.table_menu(key), view.viewport().mapToGlobal(pos))

    def tree_menu(self) -> QMenu:
        """The tree's context menu: a group can be edited or deleted, a village gets a new group."""
        menu = QMenu(self)
        if self.scope.group_id:
            menu.addAction(self.tr("Edit group…"), self.edit_group)
            menu.addAction(self.tr("Delete group…"), self.delete_group)
        elif self.current_village_id():
            menu.addAction(self.tr("Add group"), self.add_group)
        return menu

    def _tree_menu_requested(self, pos: QPoint) -> None:
        if self.tree.indexAt(pos).isValid():
            self.tree.setCurrentIndex(self.tree.indexAt(pos))
        self._popup(self.tree_menu(), self.tree.viewport().mapToGlobal(pos))

    def _popup(self, menu: QMenu, where: QPoint) -> None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where) if menu.actions() else menu.deleteLater()

    def selected_group(self) -> GroupNode | None:
        group_id = self.scope.group_id
        return next((g for v in self.villages() for g in v.groups if g.id == group_id), None) if group_id else None

    def edit_group(self) -> Any:
        from lufeng_desktop.gui.dialogs.group_dialog import GroupDialog  # noqa: PLC0415

        group = self.selected_group()
        return group and self._open(GroupDialog(self.store, self.user_name, village_id=group.village_id, group=group, parent=self))

    def delete_group(self) -> Any:
        from lufeng_desktop.gui.dialogs.delete_person_dialog import DeleteGroupDialog  # noqa: PLC0415

        group = self.selected_group()
        if group is None:
            return None
        dialog = DeleteGroupDialog(self.store, self.user_name, group=group, parent=self)
        # The group leaves the tree: show its village (connected first, so it runs before the refresh).
        dialog.saved.connect(lambda _r: self.select_scope("village", group.village_id))
        return self._open(dialog)

    def edit_household(self) -> Any:
        from lufeng_desktop.gui.dialogs.household_dialog import HouseholdDialog  # noqa: PLC0415

        row = self.selected_record("households")
        return row and self._open(HouseholdDialog(self.store, self.user_name, groups=self.groups_of(row.village_id),
                                                  household=row, parent=self))  # fmt: skip

    def delete_household(self) -> Any:
        from lufeng_desktop.gui.dialogs.delete_person_dialog import DeleteHouseholdDialog  # noqa: PLC0415

        household = self.selected_record("households")
        return household and self._open(DeleteHouseholdDialog(self.store, self.user_name, household=household, parent=self))

    def add_household(self) -> Any:
        from lufeng_desktop.gui.dialogs.household_dialog import HouseholdDialog  # noqa: PLC0415

        village_id = self._need_village()
        if village_id is None:
            return None
        dialog = HouseholdDialog(self.store, self.user_name, groups=self.groups_of(village_id),
                                 group_id=self.scope.group_id, parent=self)  # fmt: skip
        return self._open(dialog)

    def add_group(self) -> Any:
        from lufeng_desktop.gui.dialogs.group_dialog import GroupDialog  # noqa: PLC0415

        village_id = self._need_village()
        if village_id is None:
            return None
        numbers = [g.number for g in self.groups_of(village_id)]
        dialog = GroupDialog(self.store, self.user_name, village_id=village_id, next_number=max(numbers, default=0) + 1,
                             parent=self)  # fmt: skip
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        """Dialogs are non-blocking (``open``), so tests and the clerk can keep the window responsive."""
        dialog.saved.connect(lambda _result: self.refresh_after_change())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_xlsx(self) -> Any:
        from lufeng_desktop.gui.dialogs.import_dialog import ImportDialog  # noqa: PLC0415

        village_id = self._need_village()
        if village_id is None:
            return None
        dialog = ImportDialog(self.store, self.user_name, village_id=village_id, parent=self)
        return self._open(dialog)

    def export_xlsx(self) -> Any:
        from lufeng_desktop.gui.dialogs.export_xlsx import export_table  # noqa: PLC0415

        key = self.current_key()
        return export_table(self, self.store, key, self.current_filter(key))
