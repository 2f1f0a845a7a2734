"""Tables of the 同步与交接 page: drives, enrolled devices, the conflict queue, an import report, a conflict's fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.field_labels import table_label
from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.paged import Column

Index = QModelIndex | QPersistentModelIndex
DIFF_BRUSH = QBrush(QColor("#fff1c2"))
GREY_BRUSH = QBrush(QColor("#8a8a8a"))
STATUS_BRUSH = {"rejected": QBrush(QColor("#b3261e")), "fork": QBrush(QColor("#b3261e")), "held": QBrush(QColor("#8a5a00"))}


STATUS_TEXT = {
    "applied": QT_TRANSLATE_NOOP("handover", "applied"), "duplicate": QT_TRANSLATE_NOOP("handover", "already imported"),
    "held": QT_TRANSLATE_NOOP("handover", "held: waiting for an earlier bundle"), "fork": QT_TRANSLATE_NOOP("handover", "fork (quarantined)"),
    "rejected": QT_TRANSLATE_NOOP("handover", "rejected"), "active": QT_TRANSLATE_NOOP("handover", "active"),
    "revoked": QT_TRANSLATE_NOOP("handover", "revoked"),
}  # fmt: skip


def status_text(status: str) -> str:
    return translate("handover", STATUS_TEXT[status]) if status in STATUS_TEXT else status


def _size(n: int) -> str:
    return f"{n / 1024**3:.1f} GB" if n >= 1024**3 else f"{n / 1024**2:.0f} MB"


class MediaModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Drive or folder"), lambda m: m.name),
        Column(QT_TRANSLATE_NOOP("columns", "Path"), lambda m: str(m.path)),
        Column(QT_TRANSLATE_NOOP("columns", "Bundles"), lambda m: m.bundles, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Free"), lambda m: _size(m.free_bytes), align_right=True),
    )


class PeersModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Village code"), lambda p: p["village_code"]),
        Column(QT_TRANSLATE_NOOP("columns", "Village"), lambda p: p.get("village_name", "")),
        Column(QT_TRANSLATE_NOOP("columns", "Device"), lambda p: p["device_id"][:8]),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda p: status_text(p["status"])),
        Column(QT_TRANSLATE_NOOP("columns", "Enrolled"), lambda p: p["enrolled_at"].replace("T", " ")),
        Column(QT_TRANSLATE_NOOP("columns", "Key fingerprint"), lambda p: p["key"]),
    )


class ConflictsModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Village code"), lambda c: c["village_code"]),
        Column(QT_TRANSLATE_NOOP("columns", "Table"), lambda c: table_label(c["entity"])),
        Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda c: c.get("title") or c["row_id"][:8]),
        Column(QT_TRANSLATE_NOOP("columns", "Versions"),
               lambda c: f"v{c['local_version']} ↔ v{c['remote_base_version']}→{c['remote_new_version']}"),
        Column(QT_TRANSLATE_NOOP("columns", "Received"), lambda c: c["created_at"].replace("T", " ")),
    )  # fmt: skip


class ImportFilesModel(ListTableModel):
    """One row per file of an import report; rejected and forked files in red, held ones in brown."""

    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "File"), lambda f: f.file),
        Column(QT_TRANSLATE_NOOP("columns", "Result"), lambda f: status_text(f.status)),
        Column(QT_TRANSLATE_NOOP("columns", "Village code"), lambda f: f.village_code),
        Column(QT_TRANSLATE_NOOP("columns", "New"), lambda f: f.counts.get("new", 0), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Updated"), lambda f: f.counts.get("updated", 0), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Duplicate"), lambda f: f.counts.get("duplicate", 0), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Conflicting"), lambda f: f.counts.get("conflicting", 0), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Message"), lambda f: "；".join([f.message, *f.warnings])),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self.rows):
            return STATUS_BRUSH.get(self.rows[index.row()].status)
        return super().data(index, role)


class ConflictFieldsModel(ListTableModel):
    """Field | local | remote | merged; rows that differ are highlighted and the merged column is editable.

    Rows come from services.conflict_view; ``label`` (set by the dialog) is the field's human name.
    Derived and bookkeeping fields are greyed. A reference's merged value may be typed as the name shown.
    """

    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Field"), lambda r: r.get("label") or r["field"]),
        Column(QT_TRANSLATE_NOOP("columns", "Here (town)"), lambda r: r["local"]),
        Column(QT_TRANSLATE_NOOP("columns", "From the village"), lambda r: r["remote"]),
        Column(QT_TRANSLATE_NOOP("columns", "Merged"), lambda r: r["merged"]),
    )
    MERGED = 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return DIFF_BRUSH if row["differs"] else None
        if role == Qt.ItemDataRole.ForegroundRole and row.get("kind", "data") != "data":
            return GREY_BRUSH
        if role == Qt.ItemDataRole.FontRole and row["differs"]:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row["field"]
        if role == Qt.ItemDataRole.EditRole and index.column() == self.MERGED:
            return row["merged"]
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.MERGED and self.rows[index.row()]["editable"]:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.MERGED:
            return False
        row = self.rows[index.row()]
        if not row["editable"]:
            return False
        row["merged"] = "" if value is None else str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def merged_values(self) -> dict[str, str]:
        """Only the fields whose merged text differs from the version it started from."""
        return {r["field"]: r.get("refs", {}).get(r["merged"], r["merged"]) for r in self.rows if r["editable"] and r["merged"] != r["start"]}

    def row_of(self, field: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r["field"] == field), -1)
