"""党员 table: 正式/预备 members and whether each counts in the 应到会有表决权 base."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.paged import Column, PagedTableModel
from lufeng_desktop.services import queries
from lufeng_desktop.services.queries import PartyMemberRow


class PartyMembersModel(PagedTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "name"),
        Column(QT_TRANSLATE_NOOP("columns", "Gender"), lambda r: r.gender, width=50),
        Column(QT_TRANSLATE_NOOP("columns", "Age"), lambda r: r.age, align_right=True, width=50),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: r.status, "status"),
        Column(QT_TRANSLATE_NOOP("columns", "Joined"), lambda r: r.joined_on.isoformat(), "joined_on"),
        Column(QT_TRANSLATE_NOOP("columns", "Voting right"), lambda r: r.voting_label, width=170),
        Column(QT_TRANSLATE_NOOP("columns", "Branch"), lambda r: r.branch_name, width=150),
        Column(QT_TRANSLATE_NOOP("columns", "Party group"), lambda r: r.party_group_name),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r.group_name, "group"),
    )
    default_order = "name"

    def count(self, flt: Any) -> int:
        return queries.count_party_members(self.store, flt or queries.ALL)

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[PartyMemberRow]:
        return queries.page_party_members(self.store, flt or queries.ALL, offset, limit, order or self.default_order)
