"""组织实施 (the implementation: contract, contractor, acceptance) and closing a matter (archive or end)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.gui.models.line_items_model import parse_yuan
from lufeng_desktop.services import matters
from lufeng_desktop.services.matter_views import MatterDetail
from lufeng_desktop.store.database import Store


class ImplementationDialog(MatterForm):
    def __init__(self, store: Store, user_name: str, detail: MatterDetail, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Record implementation"))
        self.form.addRow(self.tr("Matter"), QLabel(f"{detail.row.number} {detail.row.title}"))
        self.started_on, self.completed_on = self.day(today), self.day(today)
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(80)
        self.contractor = QLineEdit()
        self.contract = QLineEdit()
        self.paid = QLineEdit()
        for edit in (self.contract, self.paid):
            edit.setPlaceholderText(self.tr("yuan, e.g. 442500.00"))
        self.accepted_by = QLineEdit()
        self.field(("started_on", "held_on"), self.tr("Work started on"), self.started_on)
        self.field(("completed_on",), self.tr("Accepted on"), self.completed_on)
        self.field(("summary",), self.tr("What was done"), self.summary)
        self.field(("contractor",), self.tr("Contractor"), self.contractor)
        self.field(("contract_fen", "amount"), self.tr("Contract amount"), self.contract)
        self.field(("paid_fen",), self.tr("Paid"), self.paid)
        self.field(("accepted_by",), self.tr("Accepted by"), self.accepted_by)

    def work(self) -> Callable[[], str]:
        contract = parse_yuan(self.contract.text(), field="contract_fen") if self.contract.text().strip() else None
        paid = parse_yuan(self.paid.text(), field="paid_fen") if self.paid.text().strip() else None
        data = matters.ImplementationInput(
            started_on=self.value(self.started_on), completed_on=self.value(self.completed_on), summary=self.summary.toPlainText(),
            contractor=self.contractor.text(), contract_fen=contract, paid_fen=paid, accepted_by=self.accepted_by.text(),
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
