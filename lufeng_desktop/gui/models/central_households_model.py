"""党员中心户 table: each host, its Party group and how many members it links (about ten)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from lufeng_desktop.gui.models.paged import Column, Index, PagedTableModel
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import CentralHouseholdRow


class CentralHouseholdsModel(PagedTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Central household"), lambda r: r.name, "name", width=200),
        Column(QT_TRANSLATE_NOOP("columns", "Host"), lambda r: r.host_name, "host"),
        Column(QT_TRANSLATE_NOOP("columns", "Party group"), lambda r: r.party_group_name, width=200),
        Column(QT_TRANSLATE_NOOP("columns", "Linked members"), lambda r: r.members, "members", align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Warning"), lambda r: r.warning),
    )
    default_order = "name"

    def count(self, flt: Any) -> int:
        return queries.count_central_households(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[CentralHouseholdRow]:
        return queries.page_central_households(self.store, flt or queries.ALL, offset, limit, order or self.default_order)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record = self.record(index.row())
            return QColor("#b3261e") if record is not None and record.over_limit else None
        return super().data(index, role)
