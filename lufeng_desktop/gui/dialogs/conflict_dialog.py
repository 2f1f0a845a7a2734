"""One sync conflict: the town's and the village's version side by side, field by field.

Fields that differ are highlighted. The person keeps the town's version, takes
the village's, or edits the merged column; the choice is saved with
``resolve_conflict`` and travels back to the village in the next return bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QRadioButton,
    QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import as_known, report_bug
from lufeng_desktop.gui.field_errors import error_label
from lufeng_desktop.gui.i18n import error_text
from lufeng_desktop.gui.models.field_labels import field_label, table_label
from lufeng_desktop.gui.models.handover_models import ConflictFieldsModel
from lufeng_desktop.services.conflict_view import conflict_fields
from lufeng_desktop.store.database import Store


class ConflictDialog(QDialog):
    resolved = Signal(dict)

    def __init__(self, store: Store, user_name: str, conflict_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.info, rows = conflict_fields(store, conflict_id)  # one small read; the dialog needs it before showing
        for row in rows:
            row["label"] = field_label(self.info["entity"], row["field"])
        self.setWindowTitle(self.tr("Sync conflict"))
        self.resize(900, 600)
        heading = QLabel(self.tr("{0} “{1}” from {2} ({3}): the village changed version {4}, but here it is already version {5}.")
                         .format(table_label(self.info["entity"]), self.info["title"], self.info["village_name"],
                                 self.info["village_code"], self.info["remote_base_version"], self.info["local_version"] or 0))  # fmt: skip
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSize(font.pointSize() + 1)
        heading.setFont(font)
        hint = QLabel(self.tr("Highlighted fields differ. Choose one version, or edit the Merged column and choose Merged. "
                              "Grey fields are filled in by the program."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.model = ConflictFieldsModel(self)
        self.model.set_rows(rows)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.local_radio = QRadioButton(self.tr("Keep the town's version"))
        self.remote_radio = QRadioButton(self.tr("Take the village's version"))
        self.merged_radio = QRadioButton(self.tr("Merged (the edited column)"))
        self.local_radio.setEnabled(self.info["local"] is not None)
        (self.local_radio if self.info["local"] is not None else self.remote_radio).setChecked(True)
        group = QButtonGroup(self)
        choices = QHBoxLayout()
        for radio in (self.local_radio, self.remote_radio, self.merged_radio):
            group.addButton(radio)
            choices.addWidget(radio)
        choices.addStretch(1)
        self.model.dataChanged.connect(lambda *_: self.merged_radio.setChecked(True))
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save the choice"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        for widget in (heading, hint, self.view):
            layout.addWidget(widget)
        layout.addLayout(choices)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return "local" if self.local_radio.isChecked() else "remote" if self.remote_radio.isChecked() else "merged"

    def set_merged(self, field: str, text: str) -> None:
        """Type into the merged column (what a double-click and typing does)."""
        row = self.model.row_of(field)
        if row < 0:
            raise KeyError(field)
        self.model.setData(self.model.index(row, ConflictFieldsModel.MERGED), text)

    def save(self) -> None:
        from lufeng_desktop.services.conflicts import resolve_conflict  # noqa: PLC0415

        choice = self.choice()
        values = self.model.merged_values() if choice == "merged" else None
        store, user, conflict_id = self.store, self.user_name, self.info["id"]

        def work(_progress: ops.Progress) -> dict[str, Any]:
            return resolve_conflict(store, store.actor(user), conflict_id, choice=choice, values=values)

        self.save_button.setEnabled(False)
        self.error.hide()
        ops.DbOp(self, work).success(self._saved).failure(self._failed).run_in_background()

    def _saved(self, result: dict[str, Any]) -> None:
        self.resolved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.error.setText(error_text(known))
        self.error.show()
        row = self.model.row_of(getattr(known, "field", None) or "")
        if row >= 0:  # put the cursor on the field the message is about
            self.view.setCurrentIndex(self.model.index(row, ConflictFieldsModel.MERGED))
            self.view.scrollTo(self.view.currentIndex())
