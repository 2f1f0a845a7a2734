"""同步与交接: hand the data to the town on a USB stick, and (town profile) take in every village's bundles.

Village side: enrolment and the town's fingerprint, what waits to be sent or
acknowledged, the drives, 导出到U盘 and import of the town's return bundles.
Town side: enrolment files, import of many bundles at once with a report, the
enrolled devices and the conflict queue. All database and file work runs on
the database thread (gui.ops); the drive list is read here, capped in size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.gui import drives, ops
from lufeng_desktop.gui.models.handover_models import ConflictsModel, MediaModel, PeersModel
from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.services import handover_view, rules_provider
from lufeng_desktop.services.bundle_import import ImportReport
from lufeng_desktop.services.enrolment import is_town
from lufeng_desktop.services.handover import ExportResult
from lufeng_desktop.store.database import Store

POLL_MS = 3000  # drives come and go; QStorageInfo has no insertion signal


def _table(model: ListTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class HandoverPage(QWidget):
    data_changed = Signal()

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.town = is_town(store)
        self.picked: list[Path] = []
        self.status: dict[str, Any] = {}
        self.last_export: ExportResult | None = None
        self.last_report: ImportReport | None = None
        self.report_dialog: QWidget | None = None
        self.revoke_box: QMessageBox | None = None
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.media_model = MediaModel(self)
        self.media_view = _table(self.media_model)
        self.media_view.horizontalHeader().setStretchLastSection(False)
        self.media_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the path
        self.media_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sync and handover (town)") if self.town else self.tr("Sync and handover"))
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.status_label)
        layout.addWidget(self._media_box(), 1)
        layout.addWidget(self.result_label)
        if self.town:
            self._build_town(layout)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh_media)
        self.reload()

    # -- layout ----------------------------------------------------------------------------------
    def _media_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("USB sticks and folders (a stick holding bundles shows how many)"))
        pick = QPushButton(self.tr("Choose a folder…"))
        pick.clicked.connect(self.choose_folder)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        if self.town:
            self.import_button = QPushButton(self.tr("Import all bundles from it"))
            self.export_button = QPushButton(self.tr("Write return bundles to it"))
        else:
            self.export_button = QPushButton(self.tr("Export to USB stick"))
            self.import_button = QPushButton(self.tr("Import the town's return bundles"))
        self.export_button.clicked.connect(self.export_to_medium)
        self.import_button.clicked.connect(self.import_from_medium)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(pick)
        buttons.addWidget(refresh)
        layout = QVBoxLayout(box)
        layout.addWidget(self.media_view)
        layout.addLayout(buttons)
        return box

    def _build_town(self, layout: QVBoxLayout) -> None:
        self.village_edit = QLineEdit()
        self.village_edit.setPlaceholderText(self.tr("village code, 12 digits"))
        self.enrol_button = QPushButton(self.tr("Write enrolment file to the stick"))
        self.enrol_button.clicked.connect(lambda: self.write_enrolment(self.village_edit.text()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Enrol a village laptop:")))
        row.addWidget(self.village_edit)
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.peers_model, self.conflicts_model = PeersModel(self), ConflictsModel(self)
        self.peers_view, self.conflicts_view = _table(self.peers_model), _table(self.conflicts_model)
        self.conflicts_view.doubleClicked.connect(lambda index: self.open_conflict(index.row()))
        open_button = QPushButton(self.tr("Open the conflict…"))
        open_button.clicked.connect(lambda: self.open_conflict(self.conflicts_view.currentIndex().row()))
        peers_box, conflicts_box = QGroupBox(self.tr("Enrolled devices")), QGroupBox(self.tr("Conflict queue"))
        self.revoke_button = QPushButton(self.tr("Revoke the device…"))
        self.revoke_button.setToolTip(self.tr("For a lost or stolen laptop: its bundles are refused from then on"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.peers_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.peers_view)
        peers_layout.addWidget(self.revoke_button)
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflicts_view)
        conflicts_layout.addWidget(open_button)
        splitter = QSplitter()
        splitter.addWidget(peers_box)
        splitter.addWidget(conflicts_box)
        layout.addWidget(splitter, 1)

    # -- state -----------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self._timer.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        self.refresh_media()
        store, town = self.store, self.town

        def work(_progress: ops.Progress) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
            from lufeng_desktop.services.conflicts import list_conflicts  # noqa: PLC0415
            from lufeng_desktop.services.enrolment import list_peers  # noqa: PLC0415

            status = {**handover_view.overview(store), "rules": rules_provider.describe(store.data_dir).as_dict()}
            return status, (list_peers(store) if town else []), (list_conflicts(store) if town else [])

        ops.DbOp(self, work).success(self._loaded).run_in_background()

    def _loaded(self, result: tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        self.status, peers, conflicts = result
        self.status_label.setText(self._town_text() if self.town else self._village_text())
        if self.town:
            self.peers_model.set_rows(peers)
            self.conflicts_model.set_rows(conflicts)
        self._update_buttons()

    def _village_text(self) -> str:
        s = self.status
        enrolled = {"yes": self.tr("enrolled, confirmed by the town"), "pending": self.tr("enrolled, waiting for the town's first acknowledgement"),
                    "no": self.tr("not enrolled: ask the town for an enrolment file")}.get(s.get("enrolled") or "no", s.get("enrolled", ""))  # fmt: skip
        lines = [self.tr("Village {0} · device {1} (round {2})").format(s.get("village_code") or "—", (s.get("device_id") or "")[:8], s.get("epoch")),
                 self.tr("Town: {0} {1} · {2}").format(s.get("town_name") or "", s.get("town_code") or "—", enrolled),
                 self.tr("Town key fingerprint (confirm it with the town by phone): {0}").format(s.get("town_fingerprint") or "—"),
                 self.tr("Waiting to be sent: {0} changes not yet exported; {1} bundles exported but not yet acknowledged").format(
                     s.get("unexported_changes", 0), len(s.get("waiting_for_ack") or [])),
                 self.tr("Last acknowledgement from the town: {0}").format((s.get("last_ack") or self.tr("none yet")).replace("T", " ")),
                 self._rules_text()]  # fmt: skip
        return "\n".join(lines)

    def _rules_text(self) -> str:
        rules = self.status.get("rules") or {}
        if rules.get("source") == "received":
            text = self.tr("Rules in force: received from the town on {0} ({1})").format(
                rules["received_at"].replace("T", " ")[:16], ", ".join(rules["files"]))  # fmt: skip
        else:
            text = self.tr("Rules in force: those bundled with this program")
        return text + ("\n" + rules["problem"] if rules.get("problem") else "")

    def _town_text(self) -> str:
        s = self.status
        lines = [self.tr("Town {0} {1} · {2} enrolled devices · {3} bundles applied · {4} open conflicts").format(
                     s.get("town_name") or "", s.get("town_code") or "", s.get("devices", 0), s.get("bundles_applied", 0),
                     s.get("open_conflicts", 0))]  # fmt: skip
        lines += [w["message"] for w in s.get("backlog", [])]
        if s.get("forks"):
            lines.append(self.tr("{0} bundles were quarantined as forks: contact those villages.").format(len(s["forks"])))
        return "\n".join(lines)

    # -- drives ----------------------------------------------------------------------------------
    def refresh_media(self) -> None:
        current = self.selected_medium()
        self.media_model.set_rows(drives.list_media(self.picked))
        if current is not None:
            self.select_medium(current.path)
        elif self.media_model.rows:
            self.media_view.selectRow(next((i for i, m in enumerate(self.media_model.rows) if m.is_sync_medium), 0))
        self._update_buttons()

    def add_folder(self, folder: Path) -> None:
        if folder not in self.picked:
            self.picked.append(folder)
        self.refresh_media()
        self.select_medium(folder)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or a folder"))
        if folder:
            self.add_folder(Path(folder))

    def select_medium(self, path: Path) -> None:
        for row, medium in enumerate(self.media_model.rows):
            if medium.path == Path(path):
                self.media_view.selectRow(row)
                return

    def selected_medium(self) -> drives.Medium | None:
        row = self.media_view.currentIndex().row() if self.media_view.currentIndex().isValid() else -1
        return self.media_model.rows[row] if 0 <= row < len(self.media_model.rows) else None

    def _update_buttons(self) -> None:
        medium = self.selected_medium()
        writable = medium is not None and not medium.read_only
        self.export_button.setEnabled(writable and (self.town or self.status.get("enrolled", "no") != "no"))
        self.import_button.setEnabled(medium is not None and medium.bundles > 0)
        if self.town:
            self.enrol_button.setEnabled(writable)
            peer = self.selected_peer()
            self.revoke_button.setEnabled(peer is not None and peer["status"] == "active")

    # -- actions ---------------------------------------------------------------------------------
    def export_to_medium(self) -> None:
        from lufeng_desktop.services.handover import export_bundles  # noqa: PLC0415

        medium = self.selected_medium()
        if medium is None:
            return
        store, user, folder = self.store, self.user_name, medium.path

        def work(progress: ops.Progress) -> ExportResult:
            progress(0.1, str(folder))
            return export_bundles(store, store.actor(user), folder)

        self.export_button.setEnabled(False)
        op = ops.DbOp(self, work).success(self._exported).failure(self._failed)
        op.with_progress(self.tr("Writing bundles to {0}…").format(folder)).run_in_background()

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        names = ", ".join(f.name for f in result.files) or self.tr("none")
        if self.town:
            text = self.tr("Wrote {0} return bundles ({1} new): {2}").format(len(result.files), len(result.new_bundles), names)
        else:
            text = self.tr("Wrote {0} bundles ({1} new, {2} changes): {3}. They are written again until the town acknowledges them.").format(
                len(result.files), len(result.new_bundles), result.changes, names)  # fmt: skip
        self._show_result(text, error=False)
        self.reload()

    def import_from_medium(self) -> None:
        from lufeng_desktop.services.bundle_import import import_files  # noqa: PLC0415

        medium = self.selected_medium()
        if medium is None:
            return
        store, user = self.store, self.user_name
        files = handover_view.files_for_here(store, drives.bundle_files(medium.path))
        if not files:
            self._show_result(self.tr("No bundles for this computer on {0}.").format(medium.path), error=True)
            return

        count_text = self.tr("{0} files").format(len(files))

        def work(progress: ops.Progress) -> tuple[ImportReport, dict[str, Any]]:
            progress(0.05, count_text)
            return import_files(store, store.actor(user), files), handover_view.overview(store)

        self.import_button.setEnabled(False)
        op = ops.DbOp(self, work).success(self._imported).failure(self._failed)
        op.with_progress(self.tr("Importing {0} bundles…").format(len(files))).run_in_background()

    def _imported(self, result: tuple[ImportReport, dict[str, Any]]) -> None:
        from lufeng_desktop.gui.dialogs.import_report_dialog import ImportReportDialog  # noqa: PLC0415

        report, status = result
        self.last_report = report
        s = report.summary()
        self._show_result(self.tr("Imported {0} files: {1} applied, {2} rejected.").format(len(report.files), s["bundles_applied"], s["rejected"]),
                          error=bool(s["rejected"] or s["forks"]))  # fmt: skip
        dialog = ImportReportDialog(report, status.get("backlog", []), self)
        dialog.show()
        self.report_dialog = dialog
        self.reload()
        self.data_changed.emit()

    def write_enrolment(self, village_code: str) -> None:
        from lufeng_desktop.services.enrolment import write_enrolment_file  # noqa: PLC0415

        medium = self.selected_medium()
        if medium is None:
            return
        store, user, folder = self.store, self.user_name, medium.path

        def work(_progress: ops.Progress) -> dict[str, Any]:
            return write_enrolment_file(store, store.actor(user), village_code=village_code, out=folder)

        ops.DbOp(self, work).success(self._enrolment_written).failure(self._failed).run_in_background()

    def _enrolment_written(self, info: dict[str, Any]) -> None:
        self._show_result(self.tr("Enrolment file written: {0}. It expires {1}. The village must read this fingerprint back to you: {2}")
                          .format(info["file"], info["expires_at"].replace("T", " "), info["fingerprint"]), error=False)  # fmt: skip
        self.refresh_media()

    def open_conflict(self, row: int) -> QWidget | None:
        from lufeng_desktop.gui.dialogs.conflict_dialog import ConflictDialog  # noqa: PLC0415

        if not self.town or not 0 <= row < len(self.conflicts_model.rows):
            return None
        dialog = ConflictDialog(self.store, self.user_name, self.conflicts_model.rows[row]["id"], self)
        dialog.resolved.connect(lambda _r: (self._show_result(self.tr("Conflict resolved; the answer travels back in the next return bundle."),
                                                              error=False), self.reload(), self.data_changed.emit()))  # fmt: skip
        dialog.show()
        return dialog

    def selected_peer(self) -> dict[str, Any] | None:
        index = self.peers_view.currentIndex()
        return self.peers_model.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.peers_model.rows) else None

    def revoke_selected(self) -> QMessageBox | None:
        """Ask first, naming the village and the key; the box is window-modal and returned (tests click it)."""
        peer = self.selected_peer()
        if peer is None or peer["status"] != "active":
            return None
        village = f"{peer['village_name']}（{peer['village_code']}）" if peer["village_name"] else peer["village_code"]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revoke a device"), self.tr(
            "Revoke the laptop of {0}?\n\nDevice {1}, key fingerprint {2}.\n\nFrom now on every bundle from this laptop is "
            "refused. What was already imported stays. A revocation cannot be undone: to take this village's data again, "
            "enrol a laptop anew.").format(village, peer["device_id"][:8], peer["key"]), parent=self)  # fmt: skip
        box.revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)  # type: ignore[attr-defined]
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: self._revoke(peer) if button is box.revoke else None)  # type: ignore[attr-defined]
        box.open()
        self.revoke_box = box
        return box

    def _revoke(self, peer: dict[str, Any]) -> None:
        from lufeng_desktop.services.enrolment import revoke_device  # noqa: PLC0415

        store, user, device = self.store, self.user_name, peer["device_id"]
        done = self.tr("Device {0} of {1} revoked: its bundles are refused from now on.").format(device[:8], peer["village_code"])

        def work(_progress: ops.Progress) -> None:
            revoke_device(store, store.actor(user), device)

        self.revoke_button.setEnabled(False)
        ops.DbOp(self, work).success(lambda _r: (self._show_result(done, error=False), self.reload())).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        from lufeng_desktop.gui.errors import as_known, report_bug  # noqa: PLC0415
        from lufeng_desktop.gui.i18n import error_text  # noqa: PLC0415

        self._update_buttons()
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self._show_result(error_text(known), error=True)

    def _show_result(self, text: str, *, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")
