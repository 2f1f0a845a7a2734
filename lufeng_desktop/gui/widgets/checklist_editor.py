"""The 五有 checklist of one demonstration site: status, date, note and a photo per criterion.

Five rows is a handful, so plain widgets in a grid (not a model). Status, date and
note are saved together with 保存; a photo is saved as soon as it is attached.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget,
)  # fmt: skip

from lufeng_desktop.core.roles import ChecklistStatus
from lufeng_desktop.gui import ops
from lufeng_desktop.services import attachments, sites
from lufeng_desktop.services.sites import ChecklistItem, SiteDetail
from lufeng_desktop.store.database import Store

THUMB = 56
NO_DATE = QDate(2000, 1, 1)  # shown as "—": not checked yet
STATUS_COLOURS = {ChecklistStatus.MET: "#1b7f3b", ChecklistStatus.IN_PROGRESS: "#a15c00", ChecklistStatus.NOT_MET: "#b3261e"}


class _Row:
    def __init__(self, item: ChecklistItem) -> None:
        self.item = item
        self.label = QLabel(item.label)
        self.label.setToolTip(item.evidence)
        self.status = QComboBox()
        for status in ChecklistStatus:
            self.status.addItem(str(status), str(status))
        self.status.setCurrentIndex(max(0, self.status.findData(item.status)))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setMinimumWidth(125)
        self.date.setDate(QDate(item.checked_on) if item.checked_on else NO_DATE)
        self.note = QLineEdit(item.note)
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setStyleSheet("border: 1px solid #bbb; background: #fafafa;")
        self.attach = QPushButton()
        self.attach.setMinimumWidth(100)
        self.open = QPushButton()
        self.open.setEnabled(bool(item.attachment_id))
        self.status.currentIndexChanged.connect(self._status_changed)

    def _status_changed(self) -> None:
        if self.date.date() == NO_DATE:
            self.date.setDate(QDate.currentDate())
        colour = STATUS_COLOURS.get(ChecklistStatus(self.status.currentData()), "")
        self.status.setStyleSheet(f"color: {colour};" if colour else "")

    def checked_on(self) -> date | None:
        value = self.date.date()
        return None if value == NO_DATE else value.toPython()  # type: ignore[no-any-return]


class ChecklistEditor(QWidget):
    saved = Signal()

    def __init__(self, store: Store, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name = store, user_name
        self.site_id: str | None = None
        self.rows: dict[str, _Row] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)

    def set_detail(self, detail: SiteDetail) -> None:
        self.site_id = detail.site.id
        while self.grid.count():
            taken = self.grid.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.rows.clear()
        for column, header in enumerate(
            (self.tr("Criterion"), self.tr("Status"), self.tr("Checked on"), self.tr("Note"), self.tr("Photo"), "", "")
        ):
            self.grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        for number, item in enumerate(detail.items, start=1):
            row = _Row(item)
            row.attach.setText(self.tr("Attach…"))
            row.open.setText(self.tr("Open"))
            row.attach.clicked.connect(lambda _c=False, code=item.criterion_code: self.choose_photo(code))
            row.open.clicked.connect(lambda _c=False, r=row: self.open_photo(r))
            for column, widget in enumerate((row.label, row.status, row.date, row.note, row.thumb, row.attach, row.open)):
                self.grid.addWidget(widget, number, column)
            row._status_changed()
            self.rows[item.criterion_code] = row
            if item.attachment_id:
                self._load_thumbnail(row)
        self.grid.setColumnStretch(3, 1)

    def set_status(self, code: str, status: str, checked_on: date | None = None) -> None:
        row = self.rows[code]
        row.status.setCurrentIndex(row.status.findData(status))
        if checked_on is not None:
            row.date.setDate(QDate(checked_on))

    def save(self) -> None:
        site_id, store, user = self.site_id, self.store, self.user_name
        if site_id is None:
            return
        values = [(code, r.status.currentData(), r.checked_on(), r.note.text()) for code, r in self.rows.items()]

        def work(_p: ops.Progress) -> None:
            actor = store.actor(user)
            for code, status, checked_on, note in values:
                sites.set_item(store, actor, site_id=site_id, criterion_code=code, status=status, checked_on=checked_on, note=note)

        ops.DbOp(self, work).success(lambda _r: self.saved.emit()).run_in_background()

    def choose_photo(self, code: str) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), str(Path.home()), self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp)")
        )
        if chosen:
            self.attach_photo(code, Path(chosen))

    def attach_photo(self, code: str, path: Path) -> None:
        site_id, store, user = self.site_id, self.store, self.user_name
        if site_id is None:
            return

        def work(_p: ops.Progress) -> str:
            return sites.attach_photo(store, store.actor(user), site_id=site_id, criterion_code=code, photo=path)

        ops.DbOp(self, work).success(lambda attachment_id: self._attached(code, attachment_id)).run_in_background()

    def _attached(self, code: str, attachment_id: str) -> None:
        row = self.rows.get(code)
        if row is None:
            return
        row.item = ChecklistItem(**{**row.item.__dict__, "attachment_id": attachment_id})
        row.open.setEnabled(True)
        self._load_thumbnail(row)
        self.saved.emit()

    def _load_thumbnail(self, row: _Row) -> None:
        store, attachment_id = self.store, row.item.attachment_id
        if attachment_id is None:
            return
        op = ops.DbOp(self, lambda _p: attachments.read_bytes(store, attachment_id))
        op.success(lambda data: self._show_thumbnail(row, data)).failure(lambda _e: row.thumb.setText("?")).run_in_background()

    def _show_thumbnail(self, row: _Row, data: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(data):
            row.thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def open_photo(self, row: _Row) -> None:
        """Open a copy in the system viewer: the stored file is content-addressed and must stay untouched."""
        store, attachment_id = self.store, row.item.attachment_id
        if attachment_id is None:
            return

        def work(_p: ops.Progress) -> Path:
            meta = attachments.info(store, attachment_id)
            suffix = Path(meta.original_name).suffix or ".jpg"
            folder = Path(tempfile.mkdtemp(prefix="lufeng-photo-"))
            target = folder / f"{row.item.criterion_code}{suffix}"
            target.write_bytes(attachments.read_bytes(store, attachment_id))
            return target

        ops.DbOp(self, work).success(lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))).run_in_background()

    def thumbnail_loaded(self, code: str) -> bool:
        pixmap = self.rows[code].thumb.pixmap()
        return pixmap is not None and not pixmap.isNull()

