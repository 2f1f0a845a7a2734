"""网格 table: 大/中/小 grids, the villager groups each covers and its current 网格员."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.paged import Column, PagedTableModel
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import GridRow


class GridsModel(PagedTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Level"), lambda r: r.level, "level", width=50),
        Column(QT_TRANSLATE_NOOP("columns", "Grid"), lambda r: r.name, "name", width=200),
        Column(QT_TRANSLATE_NOOP("columns", "Parent grid"), lambda r: r.parent_name, width=200),
        Column(QT_TRANSLATE_NOOP("columns", "Groups covered"), lambda r: r.groups, width=220),
        Column(QT_TRANSLATE_NOOP("columns", "Grid worker"), lambda r: r.worker_name),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
    )
    default_order = "level"

    def count(self, flt: Any) -> int:
        return queries.count_grids(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[GridRow]:
        return queries.page_grids(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
