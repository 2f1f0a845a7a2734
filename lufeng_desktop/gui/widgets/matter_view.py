"""One matter: what it is (type, rules, line items, deadlines), what to do next, and its timeline.

Only the action that the matter's stage allows is enabled, so the clerk is led through 四议两公开 in
order; the services still enforce every rule. Each dialog is non-blocking (``open``) and the view
re-reads the matter from the database after a save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.rules import load_bodies, load_rule_sets
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.models.line_items_model import yuan_text
from lufeng_desktop.gui.widgets.matter_timeline import MatterTimeline
from lufeng_desktop.gui.widgets.print_buttons import open_print
from lufeng_desktop.services.matter_views import DisclosureView, MatterDetail, ObjectionView, StepView, matter_detail
from lufeng_desktop.store.database import Store

RED = "#b3261e"


class MatterView(QWidget):
    back_requested = Signal()
    changed = Signal(str)  # matter id, after any save

    def __init__(self, store: Store, user_name: str, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.user_name, self.today = store, user_name, today
        self.detail: MatterDetail | None = None
        self.back_button = QPushButton(self.tr("← All matters"))
        self.back_button.clicked.connect(self.back_requested)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, caption, slot in (
            ("meeting", self.tr("Record meeting…"), self.open_meeting),
            ("resolution_notice", self.tr("Post resolution notice…"), lambda: self.open_disclosure(wf.DisclosureKind.RESOLUTION)),
            ("implementation", self.tr("Record implementation…"), self.open_implementation),
            ("result_notice", self.tr("Post result notice…"), lambda: self.open_disclosure(wf.DisclosureKind.RESULT)),
            ("archive", self.tr("Archive…"), lambda: self.open_close(archive=True)),
            ("end", self.tr("End matter…"), lambda: self.open_close(archive=False)),
        ):  # fmt: skip
            button = QPushButton(caption)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.actions[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.print_dossier = QPushButton(self.tr("Print dossier"))
        self.print_dossier.clicked.connect(lambda: self.print_document("dossier"))
        actions.addWidget(self.print_dossier)
        self.timeline = MatterTimeline()
        self.timeline.correct_requested.connect(self.correct_step)
        self.timeline.print_requested.connect(lambda kind, kwargs: self.print_document(kind, **kwargs))
        self.timeline.review_requested.connect(self.open_review)
        self.timeline.objection_requested.connect(self.open_objection)
        self.timeline.answer_requested.connect(self.open_answer)
        self.timeline.repost_requested.connect(lambda notice: self.open_disclosure(wf.DisclosureKind(notice.kind), replaces=notice))
        self.timeline.payment_requested.connect(lambda _step: self.open_payment())
        self.repost_prompt: QMessageBox | None = None
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.timeline, 1)

    # -- loading ----------------------------------------------------------------------------------
    def show_matter(self, matter_id: str) -> None:
        store, today = self.store, self.today()
        ops.DbOp(self, lambda _p: matter_detail(store, matter_id, today=today)).success(self.set_detail).run_in_background()

    def reload(self) -> None:
        if self.detail is not None:
            self.show_matter(self.detail.row.id)

    def set_detail(self, detail: MatterDetail) -> None:
        self.detail = detail
        row = detail.row
        flag = self.tr("emergency")
        emergency = f' <span style="color:{RED}">【{escape(flag)}】</span>' if row.emergency else ""
        self.heading.setText(f'<span style="font-size:14pt"><b>{escape(row.number)} {escape(row.title)}</b></span>{emergency}'
                             f'　<span style="color:#1f4e8c">［{escape(row.stage_label)}］</span>')  # fmt: skip
        self.facts.setText(self._facts_html(detail))
        stage = wf.Stage(row.stage)
        has_result = any(d.kind == wf.DisclosureKind.RESULT for d in detail.disclosures)
        allowed = {
            "meeting": stage in wf.MEETING_STAGES,
            "resolution_notice": stage is wf.Stage.RESOLUTION_DISCLOSURE,
            "implementation": stage is wf.Stage.IMPLEMENTATION,
            "result_notice": stage is wf.Stage.RESULT_DISCLOSURE and not has_result,
            "archive": stage is wf.Stage.RESULT_DISCLOSURE and has_result,
            "end": stage not in wf.FINAL_STAGES and stage is not wf.Stage.RESULT_DISCLOSURE,
        }
        for key, button in self.actions.items():
            button.setVisible(allowed[key] or key == "end")
            button.setEnabled(allowed[key])
        self.timeline.set_detail(detail)

    def _facts_html(self, detail: MatterDetail) -> str:
        row, bodies, rule_sets = detail.row, load_bodies(), load_rule_sets()
        body = bodies[detail.deciding_body].name if detail.deciding_body in bodies else detail.deciding_body
        rules = rule_sets[detail.rule_set].name if detail.rule_set in rule_sets else detail.rule_set
        facts = ((self.tr("Type"), row.type_name), (self.tr("Motion from"), detail.motion_source), (self.tr("Decided by"), body),
                 (self.tr("Rule set"), rules), (self.tr("Opened on"), row.opened_on.isoformat()),
                 (self.tr("Emergency note"), detail.emergency_note), (self.tr("Contractor chosen by"), detail.selection_method),
                 (self.tr("Time frame"), detail.time_frame))  # fmt: skip
        html = "　".join(f"{escape(k)}：{escape(v)}" for k, v in facts if v)
        if detail.items:
            cells = "".join(
                f"<tr><td>{i}. {escape(d)}</td><td align='right'>{yuan_text(fen)}</td><td>{escape(f)}</td></tr>"
                for i, (d, fen, f) in enumerate(detail.items, start=1)
            )
            caption = self.tr("Total")
            total = f"<tr><td><b>{escape(caption)}</b></td><td align='right'><b>{yuan_text(row.total_fen)}</b></td><td></td></tr>"
            html += f"<table cellspacing='0' cellpadding='2' style='margin-top:4px'>{cells}{total}</table>"
        pending = [d for d in detail.deadlines if not d.done]
        if pending:
            items, late, caption = [], self.tr("overdue"), self.tr("Deadlines")
            for d in pending:
                text = f"{escape(d.label)} {d.due_on.isoformat()}"
                items.append(f'<span style="color:{RED}"><b>{text}（{escape(late)}）</b></span>' if d.overdue else text)
            html += f"<br>{escape(caption)}：" + "；".join(items)
        return html

    # -- dialogs ----------------------------------------------------------------------------------
    def _open(self, dialog: Any) -> Any:
        dialog.saved.connect(lambda _result: self._saved())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.reload()
        if self.detail is not None:
            self.changed.emit(self.detail.row.id)

    def open_meeting(self, correcting: StepView | None = None) -> Any:
        from lufeng_desktop.gui.dialogs.meeting_dialog import MeetingDialog  # noqa: PLC0415

        assert self.detail is not None
        return self._open(MeetingDialog(self.store, self.user_name, self.detail, today=self.today(), correcting=correcting, parent=self))

    def correct_step(self, step: StepView) -> Any:
        return self.open_meeting(correcting=step)

    def open_disclosure(self, kind: wf.DisclosureKind, replaces: DisclosureView | None = None) -> Any:
        from lufeng_desktop.gui.dialogs.disclosure_dialog import DisclosureDialog  # noqa: PLC0415

        assert self.detail is not None
        return self._open(DisclosureDialog(self.store, self.user_name, self.detail, kind, today=self.today(), replaces=replaces, parent=self))

    def open_review(self, notice: DisclosureView) -> Any:
        from lufeng_desktop.gui.dialogs.disclosure_dialog import ReviewDialog  # noqa: PLC0415

        return self._open(ReviewDialog(self.store, self.user_name, notice, today=self.today(), parent=self))

    def open_objection(self, notice: DisclosureView) -> Any:
        from lufeng_desktop.gui.dialogs.objection_dialog import ObjectionDialog  # noqa: PLC0415

        return self._open(ObjectionDialog(self.store, self.user_name, notice, today=self.today(), parent=self))

    def open_answer(self, objection: ObjectionView) -> Any:
        from lufeng_desktop.gui.dialogs.objection_dialog import AnswerDialog  # noqa: PLC0415

        return self._open(AnswerDialog(self.store, self.user_name, objection, today=self.today(), parent=self))

    def open_implementation(self) -> Any:
        from lufeng_desktop.gui.dialogs.implementation_dialog import ImplementationDialog  # noqa: PLC0415

        assert self.detail is not None
        return self._open(ImplementationDialog(self.store, self.user_name, self.detail, today=self.today(), parent=self))

    def open_payment(self) -> Any:
        from lufeng_desktop.gui.dialogs.payment_dialog import PaymentDialog  # noqa: PLC0415

        assert self.detail is not None
        dialog = self._open(PaymentDialog(self.store, self.user_name, self.detail, today=self.today(), parent=self))
        dialog.saved.connect(self._payment_added)
        return dialog

    def _payment_added(self, added: Any) -> None:
        """A result notice already on the board now understates the payments: offer its corrected version."""
        notice = next((d for d in self.detail.disclosures if d.id == added.notice_id), None) if self.detail else None
        if notice is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Result notice out of date"), self.tr(
            "The result notice (version {0}) is already posted and does not show this payment. Post a corrected "
            "version now? It starts a new posting period.").format(notice.revision),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)  # fmt: skip
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda clicked: self._repost_for_payment(notice) if clicked is yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.repost_prompt = box
        box.open()

    def _repost_for_payment(self, notice: DisclosureView) -> Any:
        dialog = self.open_disclosure(wf.DisclosureKind.RESULT, replaces=notice)
        dialog.reason.setText("补记付款后更新付款情况")
        return dialog

    def open_close(self, *, archive: bool) -> Any:
        from lufeng_desktop.gui.dialogs.implementation_dialog import CloseMatterDialog  # noqa: PLC0415

        assert self.detail is not None
        return self._open(CloseMatterDialog(self.store, self.user_name, self.detail, today=self.today(), archive=archive, parent=self))

    def print_document(self, kind: str, **kwargs: Any) -> Any:
        if self.detail is None:
            return None
        return open_print(self, self.store, kind, matter_id=self.detail.row.id, today=self.today(), **kwargs)
