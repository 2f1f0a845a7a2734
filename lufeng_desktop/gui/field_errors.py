"""Show a ValidationError next to the field it names (``ValidationError.field``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.gui.i18n import error_text

ERROR_STYLE = "color: #b3261e;"


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Maps service field names to the label under each input; unknown fields go to a general label."""

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}
        self.general = general

    def add(self, field: str, label: QLabel, widget: QWidget) -> None:
        self._labels[field] = label
        self._inputs[field] = widget

    def clear(self) -> None:
        for label in [*self._labels.values(), self.general]:
            label.clear()
            label.hide()

    def show(self, exc: LufengError) -> str:
        """Display the error; returns the field it was shown at ('' for the general label)."""
        self.clear()
        field = exc.field if isinstance(exc, ValidationError) else None
        label = self._labels.get(field or "")
        if label is None:
            self.general.setText(error_text(exc))
            self.general.show()
            return ""
        label.setText(error_text(exc))
        label.show()
        self._inputs[field or ""].setFocus()
        return field or ""

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
