"""示范点 list: each demonstration group and how many of its 五有 criteria are met."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.paged import Column


class SitesModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Town"), lambda r: r.town_name),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Group"), lambda r: r.group_name),
        Column(QT_TRANSLATE_NOOP("columns", "Five haves"), lambda r: f"{r.met}/{r.total}", align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "All met"), lambda r: "✓" if r.all_met else ""),
    )
