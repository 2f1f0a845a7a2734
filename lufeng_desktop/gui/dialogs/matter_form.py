"""Base of the small 四议两公开 forms (notice, review, objection, answer, implementation, end, archive)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QLabel, QVBoxLayout, QWidget

from lufeng_desktop.gui.dialogs.form_dialog import FormDialog
from lufeng_desktop.gui.dialogs.meeting_dialog import date_edit
from lufeng_desktop.gui.field_errors import error_label
from lufeng_desktop.store.database import Store


class MatterForm(FormDialog):
    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.setMinimumWidth(520)

    def field(self, fields: tuple[str, ...], caption: str, widget: QWidget) -> QLabel:
        """A form row whose error label also shows the service errors naming any of ``fields``."""
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        label = error_label()
        box.addWidget(label)
        self.form.addRow(caption, box)
        for name in fields:
            self.errors.add(name, label, widget)
        return label

    @staticmethod
    def day(day: date) -> QDateEdit:
        return date_edit(day)

    @staticmethod
    def value(edit: QDateEdit) -> date:
        return edit.date().toPython()  # type: ignore[no-any-return]
