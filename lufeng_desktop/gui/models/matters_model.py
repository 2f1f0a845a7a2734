"""四议两公开 matter list: stage, next action, due date — overdue rows in red so nothing slips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from lufeng_desktop.gui.models.list_model import Index, ListTableModel
from lufeng_desktop.gui.models.paged import Column
from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.line_items_model import yuan_text

OVERDUE_COLOR = QColor("#b3261e")
CLOSED_COLOR = QColor("#777777")


def _due(row: Any) -> str:
    return row.due_on.isoformat() if row.due_on else ""


class MattersModel(ListTableModel):
    COL_NUMBER, COL_VILLAGE, COL_TITLE, COL_TYPE, COL_STAGE, COL_NEXT, COL_DUE, COL_AMOUNT = range(8)
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "No."), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Matter"), lambda r: ("【急】" if r.emergency else "") + r.title),
        Column(QT_TRANSLATE_NOOP("columns", "Type"), lambda r: r.type_name),
        Column(QT_TRANSLATE_NOOP("columns", "Stage"), lambda r: r.stage_label),
        Column(QT_TRANSLATE_NOOP("columns", "Next action"), lambda r: r.next_action),
        Column(QT_TRANSLATE_NOOP("columns", "Due"), _due),
        Column(QT_TRANSLATE_NOOP("columns", "Amount (yuan)"), lambda r: yuan_text(r.total_fen) if r.total_fen else "", align_right=True),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self.rows):
            row = self.rows[index.row()]
            if row.overdue:
                return QBrush(OVERDUE_COLOR)
            if row.stage in ("archived", "ended"):
                return QBrush(CLOSED_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            row = self.rows[index.row()]
            late = translate("MattersModel", "Overdue: due by {0}").format(row.due_on.isoformat()) if row.overdue and row.due_on else ""
            return "\n".join(t for t in (row.title, row.next_action, late) if t)
        return super().data(index, role)

    def row_of(self, matter_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == matter_id), -1)
