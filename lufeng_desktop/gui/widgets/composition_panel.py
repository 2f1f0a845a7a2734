"""The legal-composition warnings of the selected village (services.composition), e.g. representatives
fewer than 4/5 of the representatives' meeting, women under 1/3, 监委 members related to 村委会 members.

Warnings, not errors: a register being typed in is incomplete for a while."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lufeng_desktop.gui import ops
from lufeng_desktop.services import composition
from lufeng_desktop.services.query_common import RegisterFilter
from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)


def _load(store: Store, scope: RegisterFilter) -> list[Any]:
    return composition.check_composition(store, RegisterFilter(scope.town_id, scope.village_id))


class CompositionPanel(QGroupBox):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setTitle(self.tr("Composition checks"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        self._scope = RegisterFilter()
        self._generation = 0
        self.warnings: list[composition.CompositionWarning] = []

    def set_scope(self, scope: RegisterFilter) -> None:
        """Check the villages of the selected town or village (a group counts as its village).

        Only when that changes: the register calls this on every search keystroke, and a
        city-wide check (0.5 s on 346 villages) would queue in front of each search.
        """
        villages = RegisterFilter(scope.town_id, scope.village_id)
        if villages == self._scope and self._generation:
            return
        self._scope = villages
        self._generation += 1  # marks the scope as asked for; the check itself waits a turn:
        QTimer.singleShot(0, self, self.refresh)  # the register's rows and tree queue first (0.3–0.5 s city-wide)

    def refresh(self) -> None:
        self._generation += 1
        generation, scope, store = self._generation, self._scope, self.store
        op = ops.DbOp(self, lambda _p: _load(store, scope))
        op.success(lambda warnings: self._show(generation, warnings)).run_in_background()

    def _show(self, generation: int, warnings: list[Any]) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        self.warnings = warnings
        if not warnings:
            self.list.addItem(self.tr("No problems found."))
        from lufeng_desktop.gui.i18n import is_chinese  # noqa: PLC0415

        for warning in warnings:
            text = warning.zh if is_chinese() else warning.en
            self.list.addItem(QListWidgetItem(f"⚠ {text}"))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
