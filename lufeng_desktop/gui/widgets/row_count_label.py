"""How many rows the table on show holds: 共 N 条, or "200 条以上…" while its count is still coming
(a search shows its first page before counting, see PagedTableModel.first_page)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QLabel, QWidget

from lufeng_desktop.gui.models.paged import PagedTableModel


class RowCountLabel(QLabel):
    def __init__(self, current: Callable[[], PagedTableModel], models: Iterable[PagedTableModel],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._current = current
        for model in models:
            model.first_rows.connect(self.refresh)
            model.loaded.connect(self.refresh)

    def refresh(self) -> None:
        model = self._current()
        total = f"{model.total():,}"
        if model.ready:
            self.setText(self.tr("{0} rows").format(total))
        elif model.total():
            self.setText(self.tr("more than {0} rows…").format(total))
        else:
            self.setText("")
