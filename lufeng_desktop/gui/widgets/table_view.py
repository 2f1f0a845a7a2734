"""The register's table views: one look for every table (and for the start-up preview of the people table)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from lufeng_desktop.gui.models.paged import Column


def make_table_view(model: QAbstractItemModel, columns: Sequence[Column], *, sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # start in the service's own order
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setDefaultSectionSize(110)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSortIndicatorShown(sortable)
    for number, column in enumerate(columns):
        if column.width:
            view.setColumnWidth(number, column.width)
    return view
