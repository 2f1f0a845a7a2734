"""示范点: every demonstration group with its 五有 checklist, service functions and inspections,
and how many of them meet all five, per town and per village."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.site_summary_model import SiteSummaryModel
from lufeng_desktop.gui.models.sites_model import SitesModel
from lufeng_desktop.gui.widgets.checklist_editor import ChecklistEditor
from lufeng_desktop.services import queries, sites
from lufeng_desktop.services.sites import SiteDetail, SiteRow, SiteSummary
from lufeng_desktop.store.database import Store


def _table(model: ListTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class SitesPage(QWidget):
    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.detail: SiteDetail | None = None
        self._select_id: str | None = None
        self.sites_model = SitesModel(self)
        self.town_summary = SiteSummaryModel(self)
        self.village_summary = SiteSummaryModel(self)
        self.summary_label = QLabel()
        self.sites_view = _table(self.sites_model)
        self.sites_view.selectionModel().currentRowChanged.connect(self._on_site_changed)
        summary_tabs = QTabWidget()
        summary_tabs.addTab(_table(self.town_summary), self.tr("By town"))
        summary_tabs.addTab(_table(self.village_summary), self.tr("By village"))
        self.new_group = QComboBox()
        self.new_group.setMinimumContentsLength(12)
        self.new_button = QPushButton(self.tr("Make demonstration site"))
        self.new_button.clicked.connect(self.create_site)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_group, 1)
        new_row.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(summary_tabs, 2)
        left_layout.addWidget(self.sites_view, 3)
        left_layout.addLayout(new_row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._detail_panel())
        splitter.setSizes([430, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload()

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.title = QLabel(self.tr("Choose a demonstration site on the left."))
        font = self.title.font()
        font.setPointSize(font.pointSize() + 3)
        self.title.setFont(font)
        self.print_button = QPushButton(self.tr("Print checklist…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_checklist)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.print_button)
        layout.addLayout(title_row)
        box = QGroupBox(self.tr("Five haves"))
        box_layout = QVBoxLayout(box)
        self.checklist = ChecklistEditor(self.store, self.user_name)
        self.checklist.saved.connect(lambda: self.reload())
        box_layout.addWidget(self.checklist)
        self.save_checklist = QPushButton(self.tr("Save checklist"))
        self.save_checklist.clicked.connect(self.checklist.save)
        box_layout.addWidget(self.save_checklist)
        layout.addWidget(box)
        functions = QGroupBox(self.tr("Service functions (one per line) and notes"))
        functions_layout = QHBoxLayout(functions)
        self.functions = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        self.save_functions = QPushButton(self.tr("Save"))
        self.save_functions.clicked.connect(self.save_service_functions)
        functions_layout.addWidget(self.functions)
        functions_layout.addWidget(self.notes)
        functions_layout.addWidget(self.save_functions)
        functions.setMaximumHeight(120)
        layout.addWidget(functions)
        inspections = QGroupBox(self.tr("Inspections"))
        inspections_layout = QVBoxLayout(inspections)
        self.inspections = QListWidget()
        inspections_layout.addWidget(self.inspections)
        add_row = QHBoxLayout()
        self.inspected_on = QDateEdit(QDate.currentDate())
        self.inspected_on.setCalendarPopup(True)
        self.inspected_on.setDisplayFormat("yyyy-MM-dd")
        self.inspector = QLineEdit()
        self.inspector.setPlaceholderText(self.tr("Inspector"))
        self.inspection_notes = QLineEdit()
        self.inspection_notes.setPlaceholderText(self.tr("What was found"))
        self.add_inspection_button = QPushButton(self.tr("Add inspection"))
        self.add_inspection_button.clicked.connect(self.add_inspection)
        for widget, stretch in ((self.inspected_on, 0), (self.inspector, 1), (self.inspection_notes, 3), (self.add_inspection_button, 0)):
            add_row.addWidget(widget, stretch)
        inspections_layout.addLayout(add_row)
        layout.addWidget(inspections, 1)
        for widget in (box, functions, inspections):
            widget.setEnabled(False)
        self._detail_boxes = (box, functions, inspections)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(panel)
        return scroll

    # -- loading ----------------------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Re-read sites and summary; then select ``select_id`` (or keep the current site)."""
        store = self.store
        self._select_id = select_id or (self.detail.site.id if self.detail else None)

        def work(_p: ops.Progress) -> tuple[list[SiteRow], SiteSummary, list[tuple[str, str]]]:
            rows = sites.list_sites(store)
            taken = {r.group_id for r in rows}
            groups = [
                (g.id, f"{v.name} {g.name}")
                for t in queries.org_tree(store) for v in t.villages for g in v.groups if g.id not in taken
            ]  # fmt: skip
            return rows, sites.site_summary(store), groups

        ops.DbOp(self, work).success(self._loaded).run_in_background()

    def _loaded(self, result: tuple[list[SiteRow], SiteSummary, list[tuple[str, str]]]) -> None:
        rows, summary, groups = result
        current = self._select_id
        self.sites_model.set_rows(rows)
        self.town_summary.set_rows(summary.by_town)
        self.village_summary.set_rows(summary.by_village)
        self.summary_label.setText(
            self.tr("{0} demonstration sites, {1} meet all five").format(summary.sites, summary.complete)
        )
        self.new_group.clear()
        for group_id, label in groups:
            self.new_group.addItem(label, group_id)
        self.new_button.setEnabled(bool(groups))
        if current:
            self.select_site(current)

    def select_site(self, site_id: str) -> None:
        for row, site in enumerate(self.sites_model.rows):
            if site.id == site_id:
                self.sites_view.selectRow(row)
                return

    def _on_site_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        site = current.data(ListTableModel.RecordRole)
        if site is None:
            return
        store = self.store
        ops.DbOp(self, lambda _p: sites.site_detail(store, site.id)).success(self._show_detail).run_in_background()

    def _show_detail(self, detail: SiteDetail) -> None:
        if self.detail is not None and self.detail.site.id == detail.site.id and self.checklist.site_id == detail.site.id:
            self.detail = detail  # a refresh after saving: keep what the clerk is typing
        else:
            self.detail = detail
            self.checklist.set_detail(detail)
            self.functions.setPlainText("\n".join(detail.site.service_functions))
            self.notes.setPlainText(detail.site.notes)
        site = detail.site
        self.title.setText(f"{site.town_name} {site.village_name} {site.group_name} · {site.met}/{site.total}")
        self.inspections.clear()
        for inspection in detail.inspections:
            self.inspections.addItem(f"{inspection.inspected_on.isoformat()}  {inspection.inspector}：{inspection.notes}")
        for widget in self._detail_boxes:
            widget.setEnabled(True)
        self.print_button.setEnabled(True)

    # -- actions ----------------------------------------------------------------------------------
    def print_checklist(self) -> None:
        """Preview and print the selected site's 五有 checklist (what is saved, not unsaved edits)."""
        from lufeng_desktop.gui.dialogs.print_preview import open_print_preview  # noqa: PLC0415 (reportlab: ~0.6 s at start-up)

        if self.detail is not None:
            open_print_preview(self, self.store, "demo-site-checklist", group_id=self.detail.site.group_id)

    def create_site(self) -> None:
        group_id, store, user = self.new_group.currentData(), self.store, self.user_name
        if not group_id:
            return

        def work(_p: ops.Progress) -> str:
            return sites.create_site(store, store.actor(user), group_id=group_id, designated_on=date.today())

        ops.DbOp(self, work).success(self._created).run_in_background()

    def _created(self, site_id: str) -> None:
        self.detail = None
        self.reload(select_id=site_id)

    def save_service_functions(self) -> None:
        if self.detail is None:
            return
        site_id, store, user = self.detail.site.id, self.store, self.user_name
        functions, notes = self.functions.toPlainText().splitlines(), self.notes.toPlainText()

        def work(_p: ops.Progress) -> None:
            sites.set_service_functions(store, store.actor(user), site_id=site_id, functions=functions, notes=notes)

        ops.DbOp(self, work).success(lambda _r: self.reload()).run_in_background()

    def add_inspection(self) -> None:
        if self.detail is None:
            return
        site_id, store, user = self.detail.site.id, self.store, self.user_name
        on, inspector, notes = self.inspected_on.date().toPython(), self.inspector.text(), self.inspection_notes.text()

        def work(_p: ops.Progress) -> str:
            return sites.add_inspection(store, store.actor(user), site_id=site_id, inspected_on=on, inspector=inspector, notes=notes)

        ops.DbOp(self, work).success(lambda _r: self._inspection_added()).run_in_background()

    def _inspection_added(self) -> None:
        self.inspector.clear()
        self.inspection_notes.clear()
        self.reload()
