"""Objections (异议) against a posted notice: receive one (the reply deadline follows from the date),
then answer it with an outcome. An open objection blocks implementation and archiving."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.services import disclosures
from lufeng_desktop.services import matter_gui_support as support
from lufeng_desktop.services.matter_views import DisclosureView, ObjectionView
from lufeng_desktop.store.database import Store


class ObjectionDialog(MatterForm):
    """Receive an objection; ``saved`` carries its id."""

    def __init__(self, store: Store, user_name: str, notice: DisclosureView, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.notice = notice
        self.setWindowTitle(self.tr("Register objection"))
        self.form.addRow(self.tr("Notice"), QLabel(notice.title))
        self.received_on = self.day(today)
        self.channel = QComboBox()
        self.channel.addItems(wf.CHANNELS)
        self.complainant = QLineEdit()
        self.complainant.setPlaceholderText(self.tr("May stay empty: objections can be anonymous"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Never printed on public documents"))
        self.content = QPlainTextEdit()
        self.content.setFixedHeight(90)
        self.due_label = QLabel()
        self.field(("received_on", "held_on"), self.tr("Received on"), self.received_on)
        self.field(("channel",), self.tr("Channel"), self.channel)
        self.field(("complainant",), self.tr("From"), self.complainant)
        self.field(("complainant_contact",), self.tr("Contact"), self.contact)
        self.field(("content",), self.tr("Objection"), self.content)
        self.form.addRow(self.tr("Reply due by"), self.due_label)
        self.received_on.dateChanged.connect(lambda _d: self.update_due())
        self.update_due()

    def update_due(self) -> None:
        self.due_label.setText(support.objection_reply_due(self.value(self.received_on)).isoformat())

    def work(self) -> Callable[[], str]:
        data = disclosures.ObjectionInput(
            received_on=self.value(self.received_on), channel=self.channel.currentText(), content=self.content.toPlainText(),
            complainant=self.complainant.text(), complainant_contact=self.contact.text(),
        )  # fmt: skip
        store, user, notice_id = self.store, self.user_name, self.notice.id
        return lambda: disclosures.add_objection(store, store.actor(user), notice_id, data)


class AnswerDialog(MatterForm):
    """Answer an objection: the reply, who handled it and the outcome."""

    def __init__(self, store: Store, user_name: str, objection: ObjectionView, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.objection = objection
        self.setWindowTitle(self.tr("Answer objection"))
        summary = QLabel(f"{objection.received_on.isoformat()}（{objection.channel}）：{objection.content}")
        summary.setWordWrap(True)
        self.form.addRow(self.tr("Objection"), summary)
        self.form.addRow(self.tr("Reply due by"), QLabel(objection.reply_due.isoformat()))
        self.replied_on = self.day(today)
        self.reply = QPlainTextEdit()
        self.reply.setFixedHeight(90)
        self.outcome = QComboBox()
        for outcome in wf.ObjectionOutcome:
            self.outcome.addItem(outcome.value, outcome.value)
        self.handled_by = QLineEdit()
        self.escalation_ref = QLineEdit()
        self.escalation_ref.setPlaceholderText(self.tr("Only when passed to the town"))
        self.field(("replied_on", "held_on"), self.tr("Replied on"), self.replied_on)
        self.field(("reply",), self.tr("Reply"), self.reply)
        self.field(("outcome",), self.tr("Outcome"), self.outcome)
        self.field(("handled_by",), self.tr("Handled by"), self.handled_by)
        self.field(("escalation_ref",), self.tr("Town reference"), self.escalation_ref)

    def work(self) -> Callable[[], None]:
        store, user, objection_id = self.store, self.user_name, self.objection.id
        replied_on, reply, outcome = self.value(self.replied_on), self.reply.toPlainText(), str(self.outcome.currentData())
        handled_by, ref = self.handled_by.text(), self.escalation_ref.text()

        def job() -> None:
            disclosures.answer_objection(store, store.actor(user), objection_id, replied_on=replied_on, reply=reply,
                                         outcome=outcome, handled_by=handled_by, escalation_ref=ref)  # fmt: skip

        return job
