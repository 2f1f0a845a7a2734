"""How many demonstration groups meet all five, per town or per village."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.paged import Column


class SiteSummaryModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Place"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("columns", "Sites"), lambda r: r.sites, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "All five met"), lambda r: r.complete, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Share"), lambda r: f"{r.complete * 100 // r.sites}%" if r.sites else "",
               align_right=True),
    )  # fmt: skip
