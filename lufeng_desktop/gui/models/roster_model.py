"""The meeting's eligible roster as a check-list of who attended.

Members outside the base (预备党员, 留党察看, approved exclusions) are listed in grey with the reason;
they may be ticked — they attend — but never count towards 实到.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.list_model import Index
from lufeng_desktop.services.roster import Roster, RosterMember

NOT_COUNTED = QColor("#888888")


class RosterModel(QAbstractTableModel):
    COL_PRESENT, COL_NAME, COL_LABEL, COL_NOTE = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("columns", "Present"), QT_TRANSLATE_NOOP("columns", "Name"),
               QT_TRANSLATE_NOOP("columns", "Capacity"), QT_TRANSLATE_NOOP("columns", "Not counted because"))  # fmt: skip
    attendance_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.members: tuple[RosterMember, ...] = ()
        self.present: set[str] = set()

    def set_roster(self, roster: Roster | None, present: Iterable[str] = ()) -> None:
        """A new roster (another date or body); ticks survive for members still on it."""
        self.beginResetModel()
        self.members = roster.members if roster is not None else ()
        keys = {m.key for m in self.members}
        self.present = {k for k in present if k in keys}
        self.endResetModel()
        self.attendance_changed.emit()

    def set_all(self, present: bool, *, counted_only: bool = True) -> None:
        self.present = {m.key for m in self.members if m.counted or not counted_only} if present else set()
        if self.members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.members) - 1, self.COL_PRESENT))
        self.attendance_changed.emit()

    def set_present(self, row: int, present: bool) -> None:
        self.setData(self.index(row, self.COL_PRESENT), (Qt.CheckState.Checked if present else Qt.CheckState.Unchecked).value,
                     Qt.ItemDataRole.CheckStateRole)  # fmt: skip

    def attendees(self) -> frozenset[str]:
        return frozenset(self.present)

    def present_counted(self) -> int:
        return sum(1 for m in self.members if m.counted and m.key in self.present)

    def base(self) -> int:
        return sum(1 for m in self.members if m.counted)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            return translate("columns", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.COL_PRESENT else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members) or not 0 <= index.column() < 4:
            return None
        member, column = self.members[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_PRESENT:
            return Qt.CheckState.Checked if member.key in self.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", member.name, member.label, member.note)[column]
        if role == Qt.ItemDataRole.ForegroundRole and not member.counted:
            return QBrush(NOT_COUNTED)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.COL_PRESENT:
            return False
        if not 0 <= index.row() < len(self.members):
            return False
        key = self.members[index.row()].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self.present.add(key)
        else:
            self.present.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.attendance_changed.emit()
        return True
