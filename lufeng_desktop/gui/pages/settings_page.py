"""设置: the interface language (applies at the next start) and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from lufeng_desktop import paths
from lufeng_desktop.gui import settings as prefs


class SettingsPage(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        current = prefs.load(data_dir)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Interface"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        form.addRow(self.tr("Language"), self.language)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", self.save_button)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        form.addRow("", self.saved_label)
        layout.addWidget(box)
        where = QGroupBox(self.tr("Data"))
        where_form = QFormLayout(where)
        for caption, path in (
            (self.tr("Database"), paths.database_path(data_dir)),
            (self.tr("Backups"), paths.backup_dir(data_dir)),
            (self.tr("Logs"), paths.log_dir(data_dir)),
        ):
            label = QLabel(str(path))
            label.setWordWrap(True)
            where_form.addRow(caption, label)
        layout.addWidget(where)
        layout.addStretch(1)

    def save(self) -> None:
        current = prefs.load(self.data_dir)
        current.language = str(self.language.currentData())
        prefs.save(self.data_dir, current)
        self.saved_label.setText(self.tr("Saved. The new language is used from the next start of the program."))
