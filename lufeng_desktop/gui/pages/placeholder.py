"""A page for a section that a later feature fills in (四议两公开, 公开栏, 同步与交接, 统计)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSize(font.pointSize() + 6)
        heading.setFont(font)
        layout.addWidget(heading)
        soon = QLabel(self.tr("Coming soon"))
        soon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(soon)
        text = QLabel(description)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("color: #555;")
        layout.addWidget(text)
        layout.addStretch(2)
