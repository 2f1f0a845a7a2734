"""What an import did, per file: new, updated, duplicate, held, conflicting and rejected, with the reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from lufeng_desktop.gui.models.handover_models import ImportFilesModel
from lufeng_desktop.services.bundle_import import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, backlog: list[dict[str, Any]] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(1000, 520)
        s = report.summary()
        self.summary = QLabel(self.tr(
            "{0} files: {1} bundles applied, {2} already imported, {3} held, {4} forks, {5} rejected.\n"
            "Rows: {6} new, {7} updated, {8} duplicate, {9} conflicting."
        ).format(len(report.files), s["bundles_applied"], s["bundles_duplicate"], s["held"], s["forks"], s["rejected"],
                 s["new"], s["updated"], s["duplicate"], s["conflicting"]))  # fmt: skip
        self.summary.setWordWrap(True)
        if s["rejected"] or s["forks"]:
            self.summary.setStyleSheet("color: #b3261e;")
        self.model = ImportFilesModel(self)
        self.model.set_rows(report.files)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        self.waiting = QLabel("\n".join(w["message"] for w in backlog or []))
        self.waiting.setWordWrap(True)
        self.waiting.setStyleSheet("color: #8a5a00;")
        self.waiting.setVisible(bool(backlog))
        layout.addWidget(self.waiting)
        if s["conflicting"]:
            layout.addWidget(QLabel(self.tr("Conflicts wait in the conflict queue on the handover page.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
