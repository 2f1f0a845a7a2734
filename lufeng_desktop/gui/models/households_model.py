"""户 table: households with their head and size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.paged import Column, PagedTableModel
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import HouseholdRow


class HouseholdsModel(PagedTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Household no."), lambda r: r.number, "number"),
        Column(QT_TRANSLATE_NOOP("columns", "Head"), lambda r: r.head_name),
        Column(QT_TRANSLATE_NOOP("columns", "Members"), lambda r: r.members, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r.group_name, "group"),
        Column(QT_TRANSLATE_NOOP("columns", "Address"), lambda r: r.address),
    )
    default_order = "number"

    def count(self, flt: Any) -> int:
        return queries.count_households(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[HouseholdRow]:
        return queries.page_households(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
