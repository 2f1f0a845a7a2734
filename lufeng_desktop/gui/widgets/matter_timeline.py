"""A matter as a timeline: each meeting (every holding and every corrected version), each notice with its
review and objections, in the order they happened. Superseded versions stay visible, greyed, with the
reason for the correction on the version that replaced them — nothing recorded is ever hidden.

The timeline only shows; the buttons on it emit signals and the matter view opens the dialogs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.gui.widgets.implementation_facts import implementation_html
from lufeng_desktop.services.matter_views import DisclosureView, MatterDetail, ObjectionView, StepView

OK_COLOR, BAD_COLOR, GREY = "#1b6e20", "#b3261e", "#888888"
_NUMBERS = {wf.Stage.PROPOSAL: "①", wf.Stage.CONSULTATION: "②", wf.Stage.REVIEW: "③", wf.Stage.RESOLUTION: "④",
            wf.Stage.IMPLEMENTATION: "⑥"}  # fmt: skip


def _card(superseded: bool = False) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("timelineCard")
    border = "#cccccc" if superseded else "#8aa4c8"
    background = "#f4f4f4" if superseded else "#ffffff"
    frame.setStyleSheet(f"QFrame#timelineCard {{ border: 1px solid {border}; border-radius: 4px; background: {background}; }}")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.setSpacing(3)
    return frame, layout


def _label(html: str, *, grey: bool = False) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if grey:
        label.setStyleSheet(f"color: {GREY};")
    return label


def _colored(text: str, ok: bool) -> str:
    return f'<span style="color:{OK_COLOR if ok else BAD_COLOR}; font-weight:bold">{escape(text)}</span>'


class MatterTimeline(QScrollArea):
    correct_requested = Signal(object)  # StepView
    print_requested = Signal(str, dict)  # print kind, render kwargs
    review_requested = Signal(object)  # DisclosureView
    objection_requested = Signal(object)  # DisclosureView
    answer_requested = Signal(object)  # ObjectionView
    repost_requested = Signal(object)  # DisclosureView
    payment_requested = Signal(object)  # StepView of the implementation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.detail: MatterDetail | None = None
        self.buttons: dict[tuple[str, str], QPushButton] = {}  # (action, row id) → button, for keyboard users and tests
        self.cards: list[QFrame] = []
        self._empty()

    def _empty(self) -> None:
        holder = QWidget()
        self._layout = QVBoxLayout(holder)
        self._layout.setContentsMargins(2, 2, 8, 2)
        self._layout.setSpacing(6)
        self.setWidget(holder)

    def set_detail(self, detail: MatterDetail) -> None:
        self.detail = detail
        self.buttons.clear()
        self.cards.clear()
        self._empty()
        meetings = [s for s in detail.steps if wf.Stage(s.kind) in wf.MEETING_STAGES]
        implementation = [s for s in detail.steps if s.kind == wf.Stage.IMPLEMENTATION]
        by_kind = {k: [d for d in detail.disclosures if d.kind == k] for k in wf.DisclosureKind}
        for step in meetings:
            self._add(self._step_card(step))
        for notice in by_kind[wf.DisclosureKind.RESOLUTION]:
            self._add(self._notice_card(notice))
        for step in implementation:
            self._add(self._implementation_card(step))
        for notice in by_kind[wf.DisclosureKind.RESULT]:
            self._add(self._notice_card(notice))
        if detail.row.stage == wf.Stage.ENDED or detail.row.stage == wf.Stage.ARCHIVED:
            self._add(self._closing_card(detail))
        elif detail.row.next_action:
            label = _label(self.tr("Next: {0}").format(escape(detail.row.next_action)))
            label.setStyleSheet("color: #1f4e8c; font-weight: bold; padding: 4px;")
            self._layout.addWidget(label)
        self._layout.addStretch(1)

    def _add(self, card: QFrame) -> None:
        self.cards.append(card)
        self._layout.addWidget(card)

    def _button(self, text: str, action: str, row_id: str, emit: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(emit)  # type: ignore[arg-type]
        self.buttons[(action, row_id)] = button
        return button

    @staticmethod
    def _header(layout: QVBoxLayout, html: str) -> QHBoxLayout:
        """The card's first line: its title, then (added later) its buttons on the right — saves a row per card."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(_label(html), 1)
        layout.addLayout(row)
        return row

    @staticmethod
    def _button_row(header: QHBoxLayout, buttons: list[QPushButton]) -> None:
        for button in buttons:
            header.addWidget(button)

    # -- meetings ---------------------------------------------------------------------------------
    def _step_card(self, step: StepView) -> QFrame:
        card, layout = _card(not step.current)
        stage = wf.Stage(step.kind)
        title = f"{_NUMBERS.get(stage, '')} {escape(step.label)} · {step.held_on.isoformat()} · {escape(step.body_name)}"
        tags = []
        if step.merged_steps:
            tags.append(self.tr("steps 1 and 2 held together"))
        if step.attempt > 1:
            tags.append(self.tr("held again (no. {0})").format(step.attempt))
        if step.revision > 1:
            tags.append(self.tr("corrected version {0}").format(step.revision))
        if not step.current:
            tags.append(self.tr("superseded"))
        if tags:
            title += f' <span style="color:{GREY}">（{escape("；".join(tags))}）</span>'
        header = self._header(layout, f"<b>{title}</b>")
        counts = self.tr("Expected {0} {1}, present {2} {1}; yes {3}, no {4}, abstain {5}").format(
            step.base, step.unit, step.present, step.yes, step.no, step.abstain
        )
        verdict = _colored(self.tr("valid") if step.valid else self.tr("no quorum"), step.valid)
        if step.valid:
            verdict += " · " + _colored(self.tr("passed") if step.passed else self.tr("not passed"), step.passed)
        layout.addWidget(_label(f"{escape(counts)} — {verdict}", grey=not step.current))
        if step.reasons:
            layout.addWidget(_label("；".join(escape(r) for r in step.reasons), grey=not step.current))
        facts = [(self.tr("Place"), step.place), (self.tr("Chair"), step.chair), (self.tr("Recorder"), step.recorder),
                 (self.tr("Town officials present"), step.town_officials)]  # fmt: skip
        layout.addWidget(_label("　".join(f"{escape(k)}：{escape(v)}" for k, v in facts if v), grey=True))
        if step.resolution:
            caption = self.tr("Decision")
            layout.addWidget(_label(f"{escape(caption)}：{escape(step.resolution)}"))
        if step.not_counted:
            caption = self.tr("Not in the base")
            layout.addWidget(_label(f"{escape(caption)}：{escape('；'.join(step.not_counted))}", grey=True))
        if step.correction_reason:
            caption = self.tr("Reason for the correction")
            layout.addWidget(_label(f"<b>{escape(caption)}</b>：{escape(step.correction_reason)}"))
        if step.notice_override_reason:
            layout.addWidget(_label(_colored(self.tr("Short notice") + "：" + step.notice_override_reason, False)))
        buttons = [self._button(self.tr("Print minutes"), "minutes", step.id,
                                lambda _=False, k=step.kind: self.print_requested.emit("minutes", {"step": k}))]  # fmt: skip
        if step.current and self.detail is not None and self.detail.row.stage not in wf.FINAL_STAGES:
            buttons.insert(0, self._button(self.tr("Correct…"), "correct", step.id, lambda _=False, s=step: self.correct_requested.emit(s)))
        self._button_row(header, buttons)
        return card

    def _implementation_card(self, step: StepView) -> QFrame:
        card, layout = _card(not step.current)
        accepted = self.tr("accepted on {0}").format(step.held_on.isoformat())
        header = self._header(layout, f"<b>⑥ {escape(step.label)} · {escape(accepted)}</b>")
        if step.minutes:
            layout.addWidget(_label(escape(step.minutes)))
        facts = self.detail.implementation if self.detail is not None else None
        if facts is not None and facts.step_id == step.id:
            layout.addWidget(_label(implementation_html(facts)))
            if self.detail is not None and self.detail.row.stage == wf.Stage.RESULT_DISCLOSURE:
                button = self._button(self.tr("Add payment…"), "payment", step.id, lambda _=False, s=step: self.payment_requested.emit(s))
                self._button_row(header, [button])
        return card

    # -- notices ----------------------------------------------------------------------------------
    def _notice_card(self, notice: DisclosureView) -> QFrame:
        card, layout = _card(not notice.current)
        number = "⑤" if notice.kind == wf.DisclosureKind.RESOLUTION else "⑦"
        version_text, superseded = self.tr("version {0}").format(notice.revision), self.tr("superseded")
        version = f"（{escape(version_text)}）" if notice.revision > 1 else ""
        old = f' <span style="color:{GREY}">（{escape(superseded)}）</span>' if not notice.current else ""
        header = self._header(layout, f"<b>{number} {escape(notice.label)}{version}：{escape(notice.title)}</b>{old}")
        layout.addWidget(_label(escape(notice.period), grey=not notice.current))
        if notice.reviewed_by:
            on = notice.reviewed_on.isoformat() if notice.reviewed_on else ""
            review = self.tr("Reviewed by the supervision committee: {0} on {1}").format(notice.reviewed_by, on)
            layout.addWidget(_label(_colored(review, True)))
        else:
            layout.addWidget(_label(_colored(self.tr("Not yet reviewed by the supervision committee"), False)))
        if notice.correction_reason:
            caption = self.tr("Re-posted because")
            layout.addWidget(_label(f"<b>{escape(caption)}</b>：{escape(notice.correction_reason)}"))
        for objection in notice.objections:
            layout.addLayout(self._objection_row(objection, notice.current))
        kind = "resolution-notice" if notice.kind == wf.DisclosureKind.RESOLUTION else "result-notice"
        buttons = [self._button(self.tr("Print notice"), "print_notice", notice.id,
                                lambda _=False, r=notice.revision: self.print_requested.emit(kind, {"version": r}))]  # fmt: skip
        open_matter = self.detail is not None and self.detail.row.stage not in wf.FINAL_STAGES
        if notice.current and open_matter:
            if not notice.reviewed_by:
                buttons.append(self._button(self.tr("Record review…"), "review", notice.id, lambda _=False, n=notice: self.review_requested.emit(n)))
            buttons.append(self._button(self.tr("Register objection…"), "objection", notice.id, lambda _=False, n=notice: self.objection_requested.emit(n)))
            buttons.append(self._button(self.tr("Re-post after correction…"), "repost", notice.id, lambda _=False, n=notice: self.repost_requested.emit(n)))
        self._button_row(header, buttons)
        return card

    def _objection_row(self, objection: ObjectionView, current: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 0, 0)
        head = self.tr("Objection received {0} ({1})").format(objection.received_on.isoformat(), objection.channel)
        text = f"<b>{escape(head)}</b>：{escape(objection.content)}<br>"
        if objection.open:
            due = self.tr("Reply due by {0}").format(objection.reply_due.isoformat())
            text += _colored(due + (" — " + self.tr("overdue") if objection.overdue else ""), not objection.overdue)
        else:
            on = objection.replied_on.isoformat() if objection.replied_on else ""
            answered = self.tr("Answered {0}").format(on)
            text += f"{escape(answered)}：{escape(objection.reply)} → {_colored(objection.outcome, True)}"
        row.addWidget(_label(text), 1)
        if objection.open and self.detail is not None and self.detail.row.stage not in wf.FINAL_STAGES:
            row.addWidget(self._button(self.tr("Answer…"), "answer", objection.id, lambda _=False, o=objection: self.answer_requested.emit(o)))
        receipt_number = self._objection_number(objection)
        row.addWidget(self._button(self.tr("Print receipt"), "receipt", objection.id,
                                   lambda _=False, n=receipt_number: self.print_requested.emit("objection-receipt", {"version": n})))  # fmt: skip
        return row

    def _objection_number(self, objection: ObjectionView) -> int:
        """The N-th objection of the matter (the numbering the receipt uses), oldest first."""
        assert self.detail is not None
        ordered = sorted((o for d in self.detail.disclosures for o in d.objections), key=lambda o: o.received_on)
        return next((i for i, o in enumerate(ordered, start=1) if o.id == objection.id), 1)

    def _closing_card(self, detail: MatterDetail) -> QFrame:
        card, layout = _card()
        on = detail.closed_on.isoformat() if detail.closed_on else ""
        if detail.row.stage == wf.Stage.ARCHIVED:
            archived = self.tr("Archived on {0}").format(on)
            layout.addWidget(_label(f"<b>⑧ {escape(archived)}</b>"))
        else:
            ended = self.tr("Ended on {0}").format(on)
            layout.addWidget(_label(f"<b>{escape(ended)}</b>：{escape(detail.end_reason)}"))
        return card
