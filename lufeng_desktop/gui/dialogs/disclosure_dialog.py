"""Post a notice (决议公开 / 实施结果公开) or re-post a corrected one, with its period and the end date it
gives, and the 村务监督委员会's review; plus the review of a notice that was posted without it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.calendar import UNITS
from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.gui.dialogs.matter_form import MatterForm
from lufeng_desktop.gui.i18n import error_text
from lufeng_desktop.services import disclosures
from lufeng_desktop.services import matter_gui_support as support
from lufeng_desktop.services.matter_views import DisclosureView, MatterDetail
from lufeng_desktop.store.database import Store


class DisclosureDialog(MatterForm):
    """``saved`` carries the new notice's id."""

    def __init__(self, store: Store, user_name: str, detail: MatterDetail, kind: wf.DisclosureKind, *, today: date,
                 replaces: DisclosureView | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(store, user_name, parent)
        self.detail, self.kind, self.replaces = detail, kind, replaces
        label = wf.DISCLOSURE_LABELS[kind]
        self.setWindowTitle((self.tr("Re-post notice: {0}") if replaces else self.tr("Post notice: {0}")).format(label))
        self.posted_on = self.day(today)
        self.title = QLineEdit(replaces.title if replaces else f"关于{detail.row.title}的{label}")
        self.body = QPlainTextEdit()
        self.body.setFixedHeight(90)
        self.place = QLineEdit("村务公开栏")
        days, unit = support.default_period()
        self.period_value = QSpinBox()
        self.period_value.setRange(1, 90)
        self.period_value.setValue(days)
        self.period_unit = QComboBox()
        for code, name in UNITS.items():
            self.period_unit.addItem(name, code)
        self.period_unit.setCurrentIndex(max(0, self.period_unit.findData(unit)))
        period = QHBoxLayout()
        period.addWidget(self.period_value)
        period.addWidget(self.period_unit)
        period.addStretch(1)
        period_widget = QWidget()
        period_widget.setLayout(period)
        period.setContentsMargins(0, 0, 0, 0)
        self.end_label = QLabel()
        self.end_label.setStyleSheet("font-weight: bold;")
        self.reason = QLineEdit()
        self.reviewed = QCheckBox(self.tr("Reviewed by the supervision committee before posting"))
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Name of the committee member"))
        self.reviewed_on = self.day(today)
        self.opinion = QLineEdit()
        self.opinion.setPlaceholderText(self.tr("e.g. 内容属实，同意公开。"))
        self.field(("posted_on", "held_on"), self.tr("Posted on"), self.posted_on)
        self.field(("title",), self.tr("Title"), self.title)
        self.field(("body",), self.tr("Text"), self.body)
        self.field(("place",), self.tr("Where posted"), self.place)
        self.field(("period_value", "period_unit"), self.tr("Posting period"), period_widget)
        self.form.addRow(self.tr("Posted until"), self.end_label)
        if replaces is not None:
            self.field(("reason", "replaces_id"), self.tr("Reason for re-posting"), self.reason)
        self.form.addRow("", self.reviewed)
        self.field(("reviewer",), self.tr("Reviewer"), self.reviewer)
        self.form.addRow(self.tr("Reviewed on"), self.reviewed_on)
        self.form.addRow(self.tr("Opinion"), self.opinion)
        self.reviewed.toggled.connect(self._review_toggled)
        self._review_toggled(False)
        for signal in (self.posted_on.dateChanged, self.period_value.valueChanged, self.period_unit.currentIndexChanged):
            signal.connect(lambda *_: self.update_end())
        self.update_end()

    def _review_toggled(self, on: bool) -> None:
        for widget in (self.reviewer, self.reviewed_on, self.opinion):
            widget.setEnabled(on)

    def end_date(self) -> date | None:
        try:
            return support.notice_end(self.value(self.posted_on), self.period_value.value(), str(self.period_unit.currentData()))
        except LufengError as exc:
            self.end_label.setText(error_text(exc))
            return None

    def update_end(self) -> None:
        end = self.end_date()
        if end is not None:
            self.end_label.setText(self.tr("{0} (the day after posting is day 1)").format(end.isoformat()))

    def work(self) -> Callable[[], str]:
        data = disclosures.DisclosureInput(
            kind=str(self.kind), posted_on=self.value(self.posted_on), title=self.title.text(), body=self.body.toPlainText(),
            place=self.place.text(), period_value=self.period_value.value(), period_unit=str(self.period_unit.currentData()),
        )  # fmt: skip
        store, user, matter_id = self.store, self.user_name, self.detail.row.id
        replaces_id, reason = (self.replaces.id if self.replaces else None), self.reason.text()
        review = (self.reviewer.text(), self.value(self.reviewed_on), self.opinion.text()) if self.reviewed.isChecked() else None
        if review is not None and not review[0].strip():  # checked here so nothing is posted half-reviewed
            raise ValidationError("请填写审核人（村务监督委员会）", "the reviewer is required", field="reviewer", code="required")

        def job() -> str:
            actor = store.actor(user)
            notice_id = disclosures.post_disclosure(store, actor, matter_id, data, replaces_id=replaces_id, reason=reason)
            if review is not None:
                disclosures.review_disclosure(store, actor, notice_id, reviewer=review[0], reviewed_on=review[1], opinion=review[2])
            return notice_id

        return job


class ReviewDialog(MatterForm):
    """The supervision committee's review of a posted notice: who and when."""

    def __init__(self, store: Store, user_name: str, notice: DisclosureView, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(store, user_name, parent)
        self.notice = notice
        self.setWindowTitle(self.tr("Supervision committee review"))
        self.form.addRow(self.tr("Notice"), QLabel(notice.title))
        self.reviewer = QLineEdit()
        self.reviewed_on = self.day(today)
        self.opinion = QLineEdit()
        self.field(("reviewer",), self.tr("Reviewer"), self.reviewer)
        self.field(("reviewed_on",), self.tr("Reviewed on"), self.reviewed_on)
        self.field(("opinion",), self.tr("Opinion"), self.opinion)

    def work(self) -> Callable[[], None]:
        store, user, notice_id = self.store, self.user_name, self.notice.id
        reviewer, on, opinion = self.reviewer.text(), self.value(self.reviewed_on), self.opinion.text()
        return lambda: disclosures.review_disclosure(store, store.actor(user), notice_id, reviewer=reviewer, reviewed_on=on, opinion=opinion)
