"""The line items of a new matter: description, amount in 元 (kept as integer fen), funding source.

Amounts are parsed as decimal text, never through float, so 326000.10 元 is exactly 32600010 fen.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.list_model import Index

_AMOUNT = re.compile(r"\d+(\.\d{1,2})?")


def yuan_text(fen: int) -> str:
    """12345600 → '123,456.00'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def parse_yuan(text: str, *, field: str = "items") -> int:
    """'326,000.5' (元) → 32600050 fen; ValidationError for anything that is not a plain amount."""
    clean = text.strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    if not _AMOUNT.fullmatch(clean):
        raise ValidationError(f"金额“{text}”无法识别，请写成 326000.00（元）", f"cannot read the amount {text!r}; write it as 326000.00 (yuan)",
                              field=field, code="bad_amount")  # fmt: skip
    try:
        return int(Decimal(clean) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern already excludes it
        raise ValidationError("金额无法识别", "cannot read the amount", field=field, code="bad_amount") from None


class LineItemsModel(QAbstractTableModel):
    """Editable rows of [description, amount text, funding source]; ``items()`` validates and converts."""

    COL_DESCRIPTION, COL_AMOUNT, COL_FUNDING = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("columns", "Item"), QT_TRANSLATE_NOOP("columns", "Amount (yuan)"),
               QT_TRANSLATE_NOOP("columns", "Funding source"))  # fmt: skip

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []

    def add_row(self, description: str = "", amount: str = "", funding: str = "") -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append([description, amount, funding])
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def total_fen(self) -> int | None:
        """Sum of the readable amounts; None while one of them cannot be read."""
        try:
            return sum(parse_yuan(r[1]) for r in self.rows if r[1].strip())
        except ValidationError:
            return None

    def items(self) -> list[tuple[str, int, str]]:
        """(description, fen, funding) for every non-empty row; raises ValidationError naming the row."""
        out = []
        for number, (description, amount, funding) in enumerate(self.rows, start=1):
            if not (description.strip() or amount.strip() or funding.strip()):
                continue
            try:
                fen = parse_yuan(amount)
            except ValidationError as exc:
                raise ValidationError(f"第 {number} 项：{exc.zh}", f"item {number}: {exc.en}", field="items", code="bad_amount") from None
            out.append((description, fen, funding))
        return out

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return translate("columns", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or not 0 <= index.column() < 3:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        self.rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
