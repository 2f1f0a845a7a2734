"""A small form dialog that saves through one service call on the database thread.

Subclasses build their fields with ``add_field`` and implement ``work``; the
service's ValidationError lands under the field it names, any other expected
error (a refusal such as "this group still has 3 households") under the form.
``saved`` carries what the service returned (usually the row's id).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import as_known, report_bug
from lufeng_desktop.gui.field_errors import FieldErrors, error_label
from lufeng_desktop.store.database import Store


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, field: str, caption: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        label = error_label()
        box.addWidget(label)
        self.form.addRow(caption, box)
        self.errors.add(field, label, widget)

    def work(self) -> Any:
        """Return a function run on the database thread (raise ValidationError here for GUI-side checks)."""
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        try:
            job = self.work()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.buttons.setEnabled(False)
        ops.DbOp(self, lambda _p: job()).success(self._saved).failure(self._failed).run_in_background()

    def _saved(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.errors.show(known)
