"""One payment made after the implementation was recorded (质保金, 尾款 …): services/payments.py checks it.

``saved`` carries the service's ``PaymentAdded``; the matter view then offers to re-post the result
notice when one is already on the board (its payment figures are out of date).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.gui.models.line_items_model import parse_yuan, yuan_text
from lufeng_desktop.services import matters
from lufeng_desktop.services.matter_views import MatterDetail
from lufeng_desktop.services.payments import PaymentAdded, add_payment
from lufeng_desktop.store.database import Store


class PaymentDialog(MatterForm):
    def __init__(self, store: Store, user_name: str, detail: MatterDetail, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Add payment"))
        facts = detail.implementation
        self.form.addRow(self.tr("Matter"), QLabel(f"{detail.row.number} {detail.row.title}"))
        if facts is not None:
            paid = self.tr("{0} yuan paid so far").format(yuan_text(facts.paid_fen))
            if facts.contract_fen is not None:
                paid += self.tr(" of a contract of {0} yuan").format(yuan_text(facts.contract_fen))
            self.form.addRow(self.tr("Payments"), QLabel(paid))
        self.paid_on = self.day(today)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 21900.00"))
        self.source = QComboBox()
        self.source.setEditable(True)  # a source outside the resolution's line items can be typed
        sources = {s for _d, _f, s in detail.items if s} | {p.funding_source for p in (facts.payments if facts else ())}
        self.source.addItems(sorted(sources))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. 质保金, 尾款"))
        self.overpayment_note = QLineEdit(facts.overpayment_note if facts else "")
        self.overpayment_note.setPlaceholderText(self.tr("Only if the payments exceed the contract amount: why"))
        self.field(("paid_on", "held_on"), self.tr("Paid on"), self.paid_on)
        self.field(("payments", "amount"), self.tr("Amount (yuan)"), self.amount)
        self.field(("funding_source",), self.tr("Funding source"), self.source)
        self.field(("note",), self.tr("Note"), self.note)
        self.field(("overpayment_note",), self.tr("Overpayment reason"), self.overpayment_note)

    def work(self) -> Callable[[], PaymentAdded]:
        payment = matters.PaymentInput(self.value(self.paid_on), parse_yuan(self.amount.text(), field="payments"),
                                       self.source.currentText(), self.note.text())  # fmt: skip
        store, user, matter_id, reason = self.store, self.user_name, self.detail.row.id, self.overpayment_note.text()
        return lambda: add_payment(store, store.actor(user), matter_id, payment, overpayment_note=reason)
