"""组织实施 (the implementation: selection, contract, payments, acceptance, outstanding items, lease terms)
and closing a matter (archive or end).

Everything entered here is what the 实施结果公开 notice prints (DOMAIN.md §4.7); the service checks it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.core.implementation import SELECTION_METHODS, is_asset_matter
from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.gui.field_errors import FieldErrors, error_label
from lufeng_desktop.gui.models.line_items_model import parse_yuan
from lufeng_desktop.services import matters
from lufeng_desktop.services.matter_views import MatterDetail
from lufeng_desktop.store.database import Store

_NO_DATE = QDate(2000, 1, 1)  # shown as "not recorded": optional dates
ACCEPTANCE_RESULTS = ("验收合格", "基本合格，限期整改", "不合格，限期整改")


class _TabbedErrors(FieldErrors):
    """Brings the tab holding the field in error to the front, so the message is seen."""

    def __init__(self, general: QLabel) -> None:
        super().__init__(general)
        self.tabs: QTabWidget | None = None

    def show(self, exc: LufengError) -> str:
        field = super().show(exc)
        widget = self._inputs.get(field) if field else None
        if self.tabs is not None and widget is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
        return field


def optional_date() -> QDateEdit:
    edit = QDateEdit(_NO_DATE)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("—")
    return edit


def optional_value(edit: QDateEdit) -> date | None:
    return None if edit.date() == _NO_DATE else edit.date().toPython()  # type: ignore[no-any-return]


class PaymentsTable(QWidget):
    """Payments as rows of date / amount (yuan) / funding source / note, with add and remove."""

    COL_DATE, COL_AMOUNT, COL_SOURCE, COL_NOTE = range(4)

    def __init__(self, sources: list[str], default_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources, self.default_day = sources, default_day
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Paid on"), self.tr("Amount (yuan)"), self.tr("Funding source"), self.tr("Note")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(130)
        self.add_button, self.remove_button = QPushButton(self.tr("Add payment")), QPushButton(self.tr("Remove payment"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, paid_on: date | None = None, amount: str = "", source: str = "", note: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        day = paid_on or self.default_day
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        self.table.setCellWidget(row, self.COL_DATE, edit)
        self.table.setItem(row, self.COL_AMOUNT, QTableWidgetItem(amount))
        combo = QComboBox()
        combo.setEditable(True)  # a source not in the resolution's line items can be typed
        combo.addItems(self.sources)
        combo.setCurrentText(source or (self.sources[0] if self.sources else ""))
        self.table.setCellWidget(row, self.COL_SOURCE, combo)
        self.table.setItem(row, self.COL_NOTE, QTableWidgetItem(note))
        return row

    def remove_row(self) -> None:
        row = self.table.currentRow()
        self.table.removeRow(row if row >= 0 else self.table.rowCount() - 1)

    def payments(self) -> tuple[matters.PaymentInput, ...]:
        rows = []
        for row in range(self.table.rowCount()):
            amount = (self.table.item(row, self.COL_AMOUNT) or QTableWidgetItem()).text()
            if not amount.strip():
                raise ValidationError(f"第{row + 1}笔付款请填写金额", f"payment {row + 1} needs its amount", field="payments", code="required")
            day = self.table.cellWidget(row, self.COL_DATE).date().toPython()  # type: ignore[attr-defined]
            source = self.table.cellWidget(row, self.COL_SOURCE).currentText()  # type: ignore[attr-defined]
            note = (self.table.item(row, self.COL_NOTE) or QTableWidgetItem()).text()
            rows.append(matters.PaymentInput(day, parse_yuan(amount, field="payments"), source, note))
        return tuple(rows)


class ImplementationDialog(MatterForm):
    def __init__(self, store: Store, user_name: str, detail: MatterDetail, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.errors = _TabbedErrors(self.general_error)
        self.detail = detail
        self.setWindowTitle(self.tr("Record implementation"))
        self.form.addRow(self.tr("Matter"), QLabel(f"{detail.row.number} {detail.row.title}"))
        self.started_on, self.completed_on = self.day(today), self.day(today)
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(60)
        self.contractor = QLineEdit()
        self.selection_method = QComboBox()
        self.selection_method.addItem(self.tr("(not recorded)"), "")
        for method in SELECTION_METHODS:
            self.selection_method.addItem(method, method)
        self.selection_date = optional_date()
        self.contract = QLineEdit()
        self.contract.setPlaceholderText(self.tr("yuan, e.g. 442500.00"))
        self.acceptance_result = QComboBox()
        self.acceptance_result.setEditable(True)
        self.acceptance_result.addItems(ACCEPTANCE_RESULTS)
        self.accepted_by = QLineEdit()
        self.field(("started_on", "held_on"), self.tr("Work started on"), self.started_on)
        self.field(("completed_on",), self.tr("Accepted on"), self.completed_on)
        self.field(("summary",), self.tr("What was done"), self.summary)
        self.field(("contractor",), self.tr("Contractor"), self.contractor)
        self.field(("selection_method",), self.tr("Selection method"), self.selection_method)
        self.field(("selection_date",), self.tr("Selected on"), self.selection_date)
        self.field(("contract_fen", "amount"), self.tr("Contract amount"), self.contract)
        self.field(("acceptance_result",), self.tr("Acceptance result"), self.acceptance_result)
        self.field(("accepted_by",), self.tr("Accepted by"), self.accepted_by)
        self.tabs = QTabWidget()
        self.errors.tabs = self.tabs
        self.form.addRow(self.tabs)
        self._payments_tab(sorted({source for _d, _f, source in detail.items if source}), today)
        self._outstanding_tab()
        self.is_asset = is_asset_matter(detail.row.matter_type)  # lease terms only where they exist
        self.asset_box = self._asset_tab()

    def _tab(self, title: str) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tabs.addTab(page, title)
        return layout

    def _error(self, layout: QVBoxLayout, fields: tuple[str, ...], widget: QWidget) -> None:
        label = error_label()
        layout.addWidget(label)
        for name in fields:
            self.errors.add(name, label, widget)

    def _payments_tab(self, sources: list[str], today: date) -> None:
        layout = self._tab(self.tr("Payments"))
        self.payments = PaymentsTable(sources, today)
        layout.addWidget(self.payments)
        self._error(layout, ("payments", "paid_fen"), self.payments.table)
        self.overpayment_note = QLineEdit()
        self.overpayment_note.setPlaceholderText(self.tr("Only if the payments exceed the contract amount: why"))
        layout.addWidget(self.overpayment_note)
        self._error(layout, ("overpayment_note",), self.overpayment_note)

    def _outstanding_tab(self) -> None:
        layout = self._tab(self.tr("Outstanding items"))
        self.outstanding = QPlainTextEdit()
        self.outstanding.setPlaceholderText(self.tr("One item per line, e.g. the retention money still due"))
        layout.addWidget(self.outstanding)
        self._error(layout, ("outstanding",), self.outstanding)

    def _asset_tab(self) -> QGroupBox:
        layout = self._tab(self.tr("Lease terms"))
        box = QGroupBox(self.tr("Land or asset matters: lessee, area, term, rent"))
        inner = QVBoxLayout(box)
        self.lessee, self.area, self.rent, self.schedule = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.term_from, self.term_to = optional_date(), optional_date()
        for caption, widget in ((self.tr("Lessee"), self.lessee), (self.tr("Area"), self.area), (self.tr("Term from"), self.term_from),
                                (self.tr("Term to"), self.term_to), (self.tr("Rent"), self.rent),
                                (self.tr("Rent payment schedule"), self.schedule)):  # fmt: skip
            row = QHBoxLayout()
            row.addWidget(QLabel(caption), 1)
            row.addWidget(widget, 3)
            inner.addLayout(row)
        layout.addWidget(box)
        self._error(layout, ("asset_terms",), self.term_to)
        self.tabs.setTabVisible(self.tabs.count() - 1, self.is_asset)
        return box

    def work(self) -> Callable[[], str]:
        contract = parse_yuan(self.contract.text(), field="contract_fen") if self.contract.text().strip() else None
        asset = None
        if self.is_asset:
            asset = matters.AssetTermsInput(self.lessee.text(), self.area.text(), optional_value(self.term_from),
                                            optional_value(self.term_to), self.rent.text(), self.schedule.text())  # fmt: skip
        data = matters.ImplementationInput(
            started_on=self.value(self.started_on), completed_on=self.value(self.completed_on), summary=self.summary.toPlainText(),
            contractor=self.contractor.text(), contract_fen=contract, accepted_by=self.accepted_by.text(),
            selection_method=self.selection_method.currentData() or "", selection_date=optional_value(self.selection_date),
            acceptance_result=self.acceptance_result.currentText(), payments=self.payments.payments(),
            outstanding=tuple(self.outstanding.toPlainText().splitlines()), overpayment_note=self.overpayment_note.text(),
            asset_terms=asset,
        )  # fmt: skip
        store, user, matter_id = self.store, self.user_name, self.detail.row.id
        return lambda: matters.record_implementation(store, store.actor(user), matter_id, data)


class CloseMatterDialog(MatterForm):
    """``archive=True``: 归档 after the result notice's period; otherwise 终止 with a reason."""

    def __init__(self, store: Store, user_name: str, detail: MatterDetail, *, today: date, archive: bool,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.detail, self.archive = detail, archive
        self.setWindowTitle(self.tr("Archive matter") if archive else self.tr("End matter"))
        self.form.addRow(self.tr("Matter"), QLabel(f"{detail.row.number} {detail.row.title}"))
        self.on = self.day(today)
        self.reason = QLineEdit()
        self.field(("closed_on", "on", "held_on", "stage"), self.tr("Date"), self.on)
        if not archive:
            self.field(("reason",), self.tr("Reason"), self.reason)

    def work(self) -> Callable[[], None]:
        store, user, matter_id, on, reason = self.store, self.user_name, self.detail.row.id, self.value(self.on), self.reason.text()
        if self.archive:
            return lambda: matters.archive_matter(store, store.actor(user), matter_id, on=on)
        return lambda: matters.end_matter(store, store.actor(user), matter_id, on=on, reason=reason)
