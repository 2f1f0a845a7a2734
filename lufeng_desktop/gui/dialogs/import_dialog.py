"""Import people and households from an .xlsx the clerk already has (services.xlsx_import).

Steps: choose the file → the header row is found and the columns matched → the
clerk checks or corrects the matching → the whole file is checked. If any row
is bad nothing is written; the bad rows are listed (row, column, reason) and the
clerk either fixes the file and checks again, or imports only the good rows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import as_known, report_bug
from lufeng_desktop.gui.field_errors import error_label
from lufeng_desktop.gui.i18n import error_text
from lufeng_desktop.gui.models.list_model import ListTableModel
from lufeng_desktop.gui.models.paged import Column
from lufeng_desktop.services import xlsx_cells, xlsx_import
from lufeng_desktop.services.xlsx_import import ImportReport
from lufeng_desktop.store.database import Store

PAGE_FILE, PAGE_MAPPING, PAGE_REPORT = range(3)


class RejectedModel(ListTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda r: r.row, align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Column"), lambda r: r.column),
        Column(QT_TRANSLATE_NOOP("columns", "Reason"), lambda r: r.reason),
    )


def read_header(path: Path) -> tuple[int, list[str], dict[str, int]]:
    """The header row (1-based), its texts and the columns recognised — for the mapping step only;
    the import itself detects again from the same rules (xlsx_cells)."""
    from openpyxl import load_workbook  # noqa: PLC0415

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - whatever openpyxl raises, the clerk needs the same sentence
        raise ValidationError(
            f"无法读取“{path.name}”，请确认是 Excel .xlsx 文件", f"cannot read {path.name!r}; is it an .xlsx file?", field="file"
        ) from exc
    try:
        rows = [tuple(r) for r in workbook.worksheets[0].iter_rows(max_row=xlsx_import.HEADER_SCAN_ROWS, values_only=True)]
    finally:
        workbook.close()
    for number, row in enumerate(rows, start=1):
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            name = xlsx_cells.field_for_header(value)
            if name and name not in found:
                found[name] = col
        if "name" in found and len(found) >= 2:
            return number, [xlsx_cells.text(v) for v in row], found
    first = rows[0] if rows else ()
    return 1, [xlsx_cells.text(v) for v in first], {}


class ImportDialog(QDialog):
    saved = Signal(object)  # the ImportReport once something was written

    def __init__(self, store: Store, user_name: str, *, village_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name, self.village_id = store, user_name, village_id
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import people from Excel"))
        self.resize(720, 520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Choose an .xlsx file with one person per row. The header row (姓名, 性别, 身份证号 …) "
                               "is found automatically; dates like 1985.3.2 or 19850302 and full-width digits are fine."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.file_error = error_label()
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self.open_file(Path(self.file_edit.text().strip())))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.next_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        layout.addWidget(self.header_label)
        self.mapping_form = QFormLayout()
        self.mapping_boxes: dict[str, QComboBox] = {}
        for field in xlsx_cells.FIELDS:
            box = QComboBox()
            self.mapping_boxes[field] = box
            self.mapping_form.addRow(xlsx_cells.FIELD_LABELS[field], box)
        layout.addLayout(self.mapping_form)
        self.mapping_error = error_label()
        layout.addWidget(self.mapping_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_FILE))
        self.check_button = QPushButton(self.tr("Check and import"))
        self.check_button.clicked.connect(lambda: self.run_import(only_good=False))
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout.addLayout(buttons)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        layout.addWidget(self.report_label)
        self.rejected_model = RejectedModel(self)
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.verticalHeader().hide()
        layout.addWidget(self.rejected_view, 1)
        buttons = QHBoxLayout()
        self.fix_button = QPushButton(self.tr("I will fix the file"))
        self.fix_button.clicked.connect(self.reject)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.clicked.connect(lambda: self.run_import(only_good=False))
        self.only_good_button = QPushButton(self.tr("Import only the good rows"))
        self.only_good_button.clicked.connect(lambda: self.run_import(only_good=True))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (self.fix_button, self.recheck_button, self.only_good_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    # -- steps ------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel file"), str(Path.home()), self.tr("Excel workbook (*.xlsx)"))
        if chosen:
            self.file_edit.setText(chosen)
            self.open_file(Path(chosen))

    def open_file(self, path: Path) -> None:
        self.file_error.hide()
        self.path = path
        op = ops.DbOp(self, lambda _p: read_header(path)).success(self._header_read).failure(self._file_failed)
        op.run_in_background()

    def _file_failed(self, exc: BaseException) -> None:
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.file_error.setText(error_text(known))
        self.file_error.show()

    def _header_read(self, result: tuple[int, list[str], dict[str, int]]) -> None:
        header_row, headers, found = result
        self.header_label.setText(
            self.tr("Header row {0}. Check which column holds each field:").format(header_row)
            if found else self.tr("No header row was recognised. Choose the column of each field:")
        )
        letters = _letters(len(headers))
        for field, box in self.mapping_boxes.items():
            box.clear()
            box.addItem(self.tr("(not in the file)"), "")
            for col, (letter, text) in enumerate(zip(letters, headers, strict=True)):
                box.addItem(f"{letter}  {text}".strip(), letter)
                if found.get(field) == col:
                    box.setCurrentIndex(box.count() - 1)
        self.pages.setCurrentIndex(PAGE_MAPPING)

    def mapping(self) -> dict[str, str]:
        return {field: box.currentData() for field, box in self.mapping_boxes.items() if box.currentData()}

    def run_import(self, *, only_good: bool) -> None:
        path, store, user, village_id, mapping = self.path, self.store, self.user_name, self.village_id, self.mapping()
        assert path is not None
        self.mapping_error.hide()

        def work(_p: ops.Progress) -> ImportReport:
            return xlsx_import.import_people_xlsx(
                store, store.actor(user), path, village_id=village_id, mapping=mapping, only_good=only_good
            )

        op = ops.DbOp(self, work).success(self._imported).failure(self._import_failed)
        op.with_progress(self.tr("Checking and importing…")).run_in_background()

    def _import_failed(self, exc: BaseException) -> None:
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.mapping_error.setText(error_text(known))
        self.mapping_error.show()
        self.pages.setCurrentIndex(PAGE_MAPPING)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.rejected_model.set_rows(report.rejected)
        wrote = report.imported > 0
        if report.rejected and not wrote:
            text = self.tr("{0} rows have problems, so nothing was imported. Fix the file and check again, "
                           "or import only the good rows.").format(len(report.rejected))  # fmt: skip
        elif report.rejected:
            text = self.tr("Imported {0} people; {1} rows were left out (listed below).").format(report.imported, len(report.rejected))
        else:
            text = self.tr("Imported {0} people.").format(report.imported)
        self.report_label.setText(text)
        self.fix_button.setVisible(not wrote)
        self.recheck_button.setVisible(not wrote)
        self.only_good_button.setVisible(not wrote and bool(report.rejected))
        self.close_button.setVisible(wrote or not report.rejected)
        self.pages.setCurrentIndex(PAGE_REPORT)
        if wrote:
            self.saved.emit(report)


def _letters(count: int) -> list[str]:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return [get_column_letter(i + 1) for i in range(count)]

