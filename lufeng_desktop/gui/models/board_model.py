"""公开栏 rows: a notice on the board, or a deadline that has passed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.paged import Column


def _day(value: object) -> str:
    return value.isoformat() if value is not None else ""  # type: ignore[attr-defined]


class BoardModel(ListTableModel):
    COL_VILLAGE, COL_MATTER, COL_WHAT, COL_POSTED, COL_ENDS, COL_NOTE = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda r: r.village_name),
        Column(QT_TRANSLATE_NOOP("columns", "Matter"), lambda r: r.matter_title),
        Column(QT_TRANSLATE_NOOP("columns", "Notice or task"), lambda r: r.what),
        Column(QT_TRANSLATE_NOOP("columns", "Posted"), lambda r: _day(r.posted_on)),
        Column(QT_TRANSLATE_NOOP("columns", "Ends / due"), lambda r: _day(r.ends_on or r.due_on)),
        Column(QT_TRANSLATE_NOOP("columns", "Note"), lambda r: r.note),
    )
