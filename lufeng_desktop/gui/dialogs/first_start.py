"""First start: no database yet. Create this village's database, open the demonstration data,
or enrol with the town from its enrolment file (an empty register for that village, the town's keys pinned)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup, QCommandLinkButton, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QStackedWidget, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop import paths
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import as_known, report_bug
from lufeng_desktop.gui.field_errors import FieldErrors, error_label
from lufeng_desktop.gui.i18n import error_text
from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)

PAGE_CHOICE, PAGE_CREATE, PAGE_DEMO, PAGE_RECEIVE = range(4)


class FirstStartDialog(QDialog):
    """On success ``store`` holds the open database; the caller owns it from then on."""

    def __init__(self, data_dir: Path, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.user_name = data_dir, user_name
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Welcome to Lufeng Village Affairs"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._create_page())
        self.pages.addWidget(self._demo_page())
        self.pages.addWidget(self._receive_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- pages ---------------------------------------------------------------------------------
    def _choice_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Welcome to Lufeng Village Affairs"))
        font = heading.font()
        font.setPointSize(font.pointSize() + 5)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.tr("There is no database on this computer yet. Where the data will be kept:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(str(paths.database_path(self.data_dir)))
        where.setWordWrap(True)
        layout.addWidget(where)
        self.create_button = QCommandLinkButton(
            self.tr("Create my village's database"), self.tr("Start an empty register for one village (code and name).")
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demonstration data"), self.tr("Try the program on invented data; nothing real is touched.")
        )
        self.receive_button = QCommandLinkButton(
            self.tr("Enrol with the town (enrolment file)"),
            self.tr("Read the file the town wrote on a USB stick: an empty register for that village, linked to the town. "
                    "The town does not send the register itself."),
        )
        self.receive_button.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_RECEIVE))
        self.create_button.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CREATE))
        self.demo_button.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_DEMO))
        for button in (self.create_button, self.demo_button, self.receive_button):
            layout.addWidget(button)
        layout.addStretch(1)
        quit_row = QHBoxLayout()
        quit_row.addStretch(1)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        quit_row.addWidget(quit_button)
        layout.addLayout(quit_row)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("12 digits, e.g. 441581004201"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 新寮村"))
        self.town_edit = QLineEdit()
        self.town_edit.setPlaceholderText(self.tr("optional; found from the code when left empty"))
        self.general_error = error_label()
        self.field_errors = FieldErrors(self.general_error)
        for field, caption, edit in (
            ("village_code", self.tr("Division code"), self.code_edit),
            ("village_name", self.tr("Village name"), self.name_edit),
            ("town_name", self.tr("Town name"), self.town_edit),
        ):
            box = QVBoxLayout()
            box.addWidget(edit)
            label = error_label()
            box.addWidget(label)
            form.addRow(caption, box)
            self.field_errors.add(field, label, edit)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.create_ok = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_ok.clicked.connect(self.create_village)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOICE))
        layout.addWidget(buttons)
        return page

    def _demo_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        text = QLabel(self.tr("Choose how much invented data to generate:"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.small_radio = QRadioButton(self.tr("Small: 1 town, 3 villages, about 600 people (a few seconds)"))
        self.lufeng_radio = QRadioButton(
            self.tr("All of Lufeng: 21 towns, 346 villages, about 300,000 people (a few minutes)")
        )
        self.small_radio.setChecked(True)
        group = QButtonGroup(page)
        for radio in (self.small_radio, self.lufeng_radio):
            group.addButton(radio)
            layout.addWidget(radio)
        self.demo_error = error_label()
        layout.addWidget(self.demo_error)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.demo_ok = buttons.addButton(self.tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.demo_ok.clicked.connect(self.open_demo)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOICE))
        layout.addWidget(buttons)
        return page

    def _receive_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.enrol_path = QLineEdit()
        self.enrol_path.setPlaceholderText(self.tr("enrol-441581004201.json on the USB stick"))
        self.enrol_path.editingFinished.connect(self.preview_enrolment)
        browse = QPushButton(self.tr("Choose the file…"))
        browse.clicked.connect(self._browse_enrolment)
        row = QHBoxLayout()
        row.addWidget(self.enrol_path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.enrol_preview = QLabel()
        self.enrol_preview.setWordWrap(True)
        layout.addWidget(self.enrol_preview)
        form = QFormLayout()
        self.enrol_name = QLineEdit()
        self.enrol_name.setPlaceholderText(self.tr("e.g. 新寮村"))
        form.addRow(self.tr("Village name"), self.enrol_name)
        layout.addLayout(form)
        self.receive_error = error_label()
        layout.addWidget(self.receive_error)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.receive_ok = buttons.addButton(self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.receive_ok.clicked.connect(self.receive_enrolment)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOICE))
        layout.addWidget(buttons)
        return page

    # -- actions -------------------------------------------------------------------------------
    def create_village(self) -> None:
        from lufeng_desktop.services.admin import create_village_database  # noqa: PLC0415

        self.field_errors.clear()
        code, name, town = self.code_edit.text(), self.name_edit.text(), self.town_edit.text().strip() or None
        data_dir, user = self.data_dir, self.user_name

        def work(_progress: ops.Progress) -> Store:
            store, _village_id = create_village_database(
                data_dir, village_code=code, village_name=name, user_name=user, town_name=town
            )
            return store

        self.create_ok.setEnabled(False)
        op = ops.DbOp(self, work).success(self._opened).failure(self._create_failed)
        op.with_progress(self.tr("Creating the database…")).run_in_background()

    def _create_failed(self, exc: BaseException) -> None:
        self.create_ok.setEnabled(True)
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.field_errors.show(known)

    def open_demo(self) -> None:
        from lufeng_desktop.services.demo.generate import generate  # noqa: PLC0415
        from lufeng_desktop.store.database import open_store  # noqa: PLC0415

        scale = "lufeng" if self.lufeng_radio.isChecked() else "small"
        data_dir, user = self.data_dir, self.user_name

        def work(progress: ops.Progress) -> Store:
            store = open_store(data_dir, create=True, device_name="演示数据")
            try:
                generate(store, store.actor(user), scale=scale, seed=1, progress=progress)
            except BaseException:
                store.dispose()
                _remove_database(data_dir)
                raise
            return store

        self.demo_ok.setEnabled(False)
        self.demo_error.hide()
        op = ops.DbOp(self, work).success(self._opened).failure(self._demo_failed)
        op.cancelled(lambda: self.demo_ok.setEnabled(True))
        op.with_progress(self.tr("Generating the demonstration data…"), cancellable=True).run_in_background()

    def _demo_failed(self, exc: BaseException) -> None:
        self.demo_ok.setEnabled(True)
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.demo_error.setText(error_text(known))
        self.demo_error.show()

    def _browse_enrolment(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        name, _ = QFileDialog.getOpenFileName(self, self.tr("The town's enrolment file"), "", "*.json")
        if name:
            self.enrol_path.setText(name)
            self.preview_enrolment()

    def preview_enrolment(self) -> bool:
        """Show whose file it is and the fingerprint to read back to the town; False when it is not valid."""
        from lufeng_desktop.services.handover_view import preview_enrolment  # noqa: PLC0415

        self.receive_error.hide()
        self.enrol_preview.clear()
        if not self.enrol_path.text().strip():
            return False
        try:
            p = preview_enrolment(Path(self.enrol_path.text().strip()))
        except Exception as exc:  # noqa: BLE001 — shown to the clerk, never a crash
            known = as_known(exc)
            self.receive_error.setText(error_text(known) if known else str(exc))
            self.receive_error.show()
            return False
        self.enrol_preview.setText(self.tr("Town: {0} ({1})\nVillage code: {2}\nKey fingerprint, confirm it with the town by phone: {3}")
                                   .format(p.town_name, p.town_code, p.village_code, p.fingerprint))  # fmt: skip
        return True

    def receive_enrolment(self) -> None:
        from lufeng_desktop.services.handover_view import receive_enrolment  # noqa: PLC0415

        if not self.preview_enrolment():
            return
        path, name, data_dir, user = Path(self.enrol_path.text().strip()), self.enrol_name.text(), self.data_dir, self.user_name

        def work(_progress: ops.Progress) -> Store:
            return receive_enrolment(data_dir, path, village_name=name, user_name=user)[0]

        self.receive_ok.setEnabled(False)
        op = ops.DbOp(self, work).success(self._opened).failure(self._receive_failed)
        op.with_progress(self.tr("Creating the database…")).run_in_background()

    def _receive_failed(self, exc: BaseException) -> None:
        self.receive_ok.setEnabled(True)
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.receive_error.setText(error_text(known))
        self.receive_error.show()

    def _opened(self, store: Store) -> None:
        self.store = store
        self.accept()


def _remove_database(data_dir: Path) -> None:
    """A cancelled or failed demo leaves no half-made database behind."""
    db = paths.database_path(data_dir)
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)
