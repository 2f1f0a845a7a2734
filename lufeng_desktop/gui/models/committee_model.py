"""两委 members: 村委会 and the village Party committee; 一肩挑 shows as two rows."""

from __future__ import annotations

from typing import Any

from lufeng_desktop.gui.models.paged import PagedTableModel
from lufeng_desktop.gui.models.role_columns import ROLE_COLUMNS
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import CommitteeRow


class CommitteeModel(PagedTableModel):
    columns = ROLE_COLUMNS
    default_order = "post"

    def count(self, flt: Any) -> int:
        return queries.count_committee_members(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[CommitteeRow]:
        return queries.page_committee_members(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
