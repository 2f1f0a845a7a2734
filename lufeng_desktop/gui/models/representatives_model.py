"""村民代表 (villager representatives) in office on the day shown."""

from __future__ import annotations

from typing import Any

from lufeng_desktop.gui.models.paged import PagedTableModel
from lufeng_desktop.gui.models.role_columns import ROLE_COLUMNS
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import CommitteeRow


class RepresentativesModel(PagedTableModel):
    columns = ROLE_COLUMNS
    default_order = "group"

    def count(self, flt: Any) -> int:
        return queries.count_representatives(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[CommitteeRow]:
        return queries.page_representatives(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
