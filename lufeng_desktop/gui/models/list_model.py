"""A table model over a short list of DTOs held in memory (demonstration sites, summaries, import reports)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.paged import Column

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole
    RecordRole = Qt.ItemDataRole.UserRole + 1
    columns: Sequence[Column] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return translate("columns", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or index.column() >= len(self.columns):
            return None
        record, column = self.rows[index.row()], self.columns[index.column()]
        if role == self.RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            return None
        try:
            value = column.value(record)
        except Exception:  # never raise from data()
            return "?"
        if role == self.SortRole:
            return value
        return "" if value is None else str(value)
