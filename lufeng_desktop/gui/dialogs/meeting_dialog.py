"""Record (or correct) the meeting due now: the roster from the register as a check-list, the votes,
and a sentence that says — while the clerk ticks and types — whether the meeting is valid and passes.

The record button stays disabled, with the reason next to it, while the step cannot be recorded (date
before the previous step, notice too short, counts that do not add up, missing chair …). A meeting that
lacks its quorum or fails the vote *can* be recorded: that is what happened, and the matter then waits
for a re-held meeting or is ended.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.core.rules import load_bodies
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.errors import as_known, report_bug
from lufeng_desktop.gui.field_errors import FieldErrors, error_label
from lufeng_desktop.gui.i18n import error_text
from lufeng_desktop.gui.models.roster_model import RosterModel
from lufeng_desktop.gui.widgets.print_buttons import open_print
from lufeng_desktop.services import matter_gui_support as support
from lufeng_desktop.services import meetings
from lufeng_desktop.services.matter_gui_support import MeetingPrep
from lufeng_desktop.services.matter_views import MatterDetail, StepView
from lufeng_desktop.store.database import Store

VALID_STYLE = "color: #1b6e20; font-weight: bold;"
INVALID_STYLE = "color: #b3261e; font-weight: bold;"


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class MeetingDialog(QDialog):
    saved = Signal(object)  # meetings.MeetingResult

    def __init__(self, store: Store, user_name: str, detail: MatterDetail, *, today: date,
                 correcting: StepView | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.user_name, self.detail, self.correcting = store, user_name, detail, correcting
        self.prep: MeetingPrep | None = None
        self._generation = 0
        stage = wf.Stage(correcting.kind if correcting else detail.row.stage)
        self.stage = stage
        self.setWindowTitle(self.tr("Correct meeting record") if correcting else self.tr("Record meeting"))
        self.resize(1080, 700)
        self.step_label = QLabel(f"<b>{wf.label(stage)}</b> — {detail.row.number} {detail.row.title}")
        self.step_label.setWordWrap(True)
        self.held_on = date_edit(correcting.held_on if correcting else today)
        self.merge = QCheckBox(self.tr("Hold steps 1 and 2 together (secretary is also director)"))
        self.merge.setVisible(False)
        self.body = QComboBox()
        self.notice_date = date_edit(today)
        self.notice_reason = QLineEdit()
        self.notice_reason.setPlaceholderText(self.tr("Only if the notice was shorter than the law requires"))
        self.place, self.chair, self.recorder = QLineEdit(), QLineEdit(), QLineEdit()
        self.voting_method = QComboBox()
        self.voting_method.addItems(wf.VOTING_METHODS)
        self.yes, self.no, self.abstain = QSpinBox(), QSpinBox(), QSpinBox()
        for box in (self.yes, self.no, self.abstain):
            box.setRange(0, 100_000)
        self.resolution = QPlainTextEdit()
        self.minutes = QPlainTextEdit()
        self.town_officials = QLineEdit()
        self.correction_reason = QLineEdit()
        self.roster = RosterModel(self)
        self.explanation = QLabel(self.tr("Loading the roster…"))
        self.explanation.setWordWrap(True)
        self.blocked = QLabel()
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b3261e;")
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        self._build()
        for widget in (self.body_row, self.body):
            widget.setVisible(stage is wf.Stage.RESOLUTION)
        for widget in (self.notice_caption, self.notice_widget):
            widget.setVisible(False)  # shown once the roster says the body needs notice
        if correcting is not None:
            self._fill(correcting)
        self._wire()
        self.reload_roster()

    # -- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        def row(field: str, caption: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            label = error_label()
            box.addWidget(label)
            form.addRow(caption, box)
            self.errors.add(field, label, widget)

        row("held_on", self.tr("Date"), self.held_on)
        form.addRow("", self.merge)
        self.body_row = QLabel(self.tr("Deciding body"))
        form.addRow(self.body_row, self.body)
        self.notice_caption = QLabel(self.tr("Notice given on"))
        notice_box = QHBoxLayout()
        notice_box.addWidget(self.notice_date)
        notice_box.addWidget(self.notice_reason, 1)
        self.notice_widget = QWidget()
        self.notice_widget.setLayout(notice_box)
        notice_box.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.notice_caption, self.notice_widget)
        self.notice_error = error_label()
        form.addRow("", self.notice_error)
        self.errors.add("notice_date", self.notice_error, self.notice_date)
        row("place", self.tr("Place"), self.place)
        people = QHBoxLayout()
        people.addWidget(self.chair, 1)
        people.addWidget(QLabel(self.tr("Recorder")))
        people.addWidget(self.recorder, 1)
        chair_error = error_label()
        form.addRow(self.tr("Chair"), people)
        form.addRow("", chair_error)
        self.errors.add("chair", chair_error, self.chair)
        self.errors.add("recorder", chair_error, self.recorder)
        votes = QHBoxLayout()
        for caption, widget in ((self.tr("Yes"), self.yes), (self.tr("No"), self.no), (self.tr("Abstain"), self.abstain)):
            votes.addWidget(QLabel(caption))
            votes.addWidget(widget)
        votes.addWidget(self.voting_method)
        votes.addStretch(1)
        votes_error = error_label()
        form.addRow(self.tr("Votes"), votes)
        form.addRow("", votes_error)
        self.errors.add("yes", votes_error, self.yes)
        self.resolution.setFixedHeight(56)
        self.minutes.setFixedHeight(56)
        row("resolution", self.tr("Decision text"), self.resolution)
        row("minutes", self.tr("Minutes"), self.minutes)
        row("town_officials", self.tr("Town officials present"), self.town_officials)
        self.reason_caption = QLabel(self.tr("Reason for the correction"))
        form.addRow(self.reason_caption, self.correction_reason)
        reason_error = error_label()
        form.addRow("", reason_error)
        self.errors.add("reason", reason_error, self.correction_reason)
        self.reason_caption.setVisible(self.correcting is not None)
        self.correction_reason.setVisible(self.correcting is not None)

        self.roster_view = QTableView()
        self.roster_view.setModel(self.roster)
        self.roster_view.verticalHeader().hide()
        self.roster_view.verticalHeader().setDefaultSectionSize(22)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.roster_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.all_button, self.none_button = QPushButton(self.tr("Tick all counted")), QPushButton(self.tr("Clear ticks"))
        self.count_label = QLabel()
        roster_bar = QHBoxLayout()
        roster_bar.addWidget(self.count_label, 1)
        roster_bar.addWidget(self.all_button)
        roster_bar.addWidget(self.none_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Who attended (expected attendees from the register on this date)")))
        right.addWidget(self.roster_view, 1)
        right.addLayout(roster_bar)

        top = QGridLayout()
        top.addWidget(self.step_label, 0, 0, 1, 2)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)  # keep the fields together however tall the roster is
        top.addLayout(left, 1, 0)
        top.addLayout(right, 1, 1)
        top.setColumnStretch(0, 5)
        top.setColumnStretch(1, 4)

        self.print_buttons: dict[str, QPushButton] = {}
        prints = QHBoxLayout()
        for kind, caption in (("meeting-notice", self.tr("Meeting notice")), ("sign-in-sheet", self.tr("Sign-in sheet")),
                              ("ballot", self.tr("Ballot")), ("minutes", self.tr("Minutes form"))):  # fmt: skip
            button = QPushButton(caption)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=kind: self.print_form(k))
            self.print_buttons[kind] = button
            prints.addWidget(button)
        prints.addStretch(1)
        self.record_button = QPushButton(self.tr("Save correction") if self.correcting else self.tr("Record meeting"))
        self.record_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        prints.addWidget(self.record_button)
        prints.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        self.explanation.setStyleSheet("font-size: 12pt; padding: 4px;")
        layout.addWidget(self.explanation)
        layout.addWidget(self.blocked)
        layout.addWidget(self.general_error)
        layout.addLayout(prints)

    def _fill(self, step: StepView) -> None:
        self.place.setText(step.place)
        self.chair.setText(step.chair)
        self.recorder.setText(step.recorder)
        self.yes.setValue(step.yes)
        self.no.setValue(step.no)
        self.abstain.setValue(step.abstain)
        self.resolution.setPlainText(step.resolution)
        self.minutes.setPlainText(step.minutes)
        self.town_officials.setText(step.town_officials)

    def _wire(self) -> None:
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload_roster)
        self.held_on.dateChanged.connect(lambda _d: self._reload_timer.start())
        self.merge.toggled.connect(lambda _b: self.reload_roster())
        self.body.currentIndexChanged.connect(lambda _i: self.reload_roster())
        self.roster.attendance_changed.connect(self.update_state)
        for box in (self.yes, self.no, self.abstain):
            box.valueChanged.connect(lambda _v: self.update_state())
        for edit in (self.place, self.chair, self.recorder, self.notice_reason, self.correction_reason):
            edit.textChanged.connect(lambda _t: self.update_state())
        self.notice_date.dateChanged.connect(lambda _d: self.update_state())
        self.all_button.clicked.connect(lambda: self.roster.set_all(True))
        self.none_button.clicked.connect(lambda: self.roster.set_all(False))
        self.record_button.clicked.connect(self.record)
        self.cancel_button.clicked.connect(self.reject)

    # -- roster and the live sentence -----------------------------------------------------------------
    def meeting_day(self) -> date:
        return self.held_on.date().toPython()  # type: ignore[no-any-return]

    def reload_roster(self) -> None:
        """Ask the database for the roster of the chosen date and body; stale answers are dropped."""
        self._reload_timer.stop()
        self._generation += 1
        generation, store, matter_id, day = self._generation, self.store, self.detail.row.id, self.meeting_day()
        body = self.body.currentData() if self.stage is wf.Stage.RESOLUTION else None
        merge, step_id = self.merge.isChecked(), self.correcting.id if self.correcting else None
        self.prep = None
        self.update_state()

        def work(_p: ops.Progress) -> tuple[MeetingPrep, frozenset[str]]:
            prep = support.prepare_meeting(store, matter_id, day, body=body, merge=merge, correcting_step_id=step_id)
            ticked = support.step_attendees(store, step_id) if step_id and generation == 1 else frozenset()
            return prep, ticked

        ops.DbOp(self, work).success(lambda result: self._prepared(generation, *result)).run_in_background()

    def _prepared(self, generation: int, prep: MeetingPrep, ticked: frozenset[str]) -> None:
        if generation != self._generation:
            return
        self.prep = prep
        if self.body.count() == 0 and self.stage is wf.Stage.RESOLUTION:
            bodies = load_bodies()
            self.body.blockSignals(True)
            for code in prep.deciding_bodies:
                self.body.addItem(bodies[code].name if code in bodies else code, code)
            self.body.setCurrentIndex(max(0, self.body.findData(prep.body)))
            self.body.blockSignals(False)
        self.merge.setVisible(self.stage is wf.Stage.PROPOSAL and prep.merge_allowed and self.correcting is None)
        self.body_row.setVisible(self.stage is wf.Stage.RESOLUTION)
        self.body.setVisible(self.stage is wf.Stage.RESOLUTION)
        self.body.setEnabled(self.correcting is None)
        needs_notice = prep.body in prep.notice_bodies
        for widget in (self.notice_caption, self.notice_widget):
            widget.setVisible(needs_notice)
        keep = ticked or self.roster.attendees()
        self.roster.set_roster(prep.roster, keep)
        if not self.chair.text() and prep.roster is not None and prep.roster.members and prep.body != "villagers_meeting_households":
            self.chair.setText(prep.roster.members[0].name)
        self.update_state()

    def explanation_text(self) -> meetings.Explanation | None:
        prep = self.prep
        if prep is None or prep.rule is None or prep.roster is None:
            return None
        return meetings.explain(prep.rule, base=self.roster.base(), present=self.roster.present_counted(),
                                yes=self.yes.value(), no=self.no.value(), abstain=self.abstain.value())  # fmt: skip

    def blocking_reason(self) -> str:
        """Why the meeting cannot be recorded as entered ('' when it can)."""
        prep = self.prep
        if prep is None:
            return self.tr("Loading the roster…")
        if prep.problem is not None:
            return error_text(prep.problem)
        try:
            self.explanation_text()
        except LufengError as exc:
            return error_text(exc)
        if prep.body in prep.notice_bodies:
            try:
                wf.check_notice(self.meeting_day(), self.notice_date.date().toPython(), prep.notice_days, self.notice_reason.text())
            except LufengError as exc:
                return error_text(exc)
        if not (self.place.text().strip() and self.chair.text().strip() and self.recorder.text().strip()):
            return self.tr("Fill in the place, the chair and the recorder.")
        if self.correcting is not None and not self.correction_reason.text().strip():
            return self.tr("A correction needs its reason.")
        return ""

    def update_state(self) -> None:
        self.count_label.setText(self.tr("{0} ticked, {1} of them count as present").format(
            len(self.roster.attendees()), self.roster.present_counted()))  # fmt: skip
        try:
            explained = self.explanation_text()
        except LufengError:
            explained = None
        if explained is not None:
            self.explanation.setText(explained.sentence)
            self.explanation.setStyleSheet(("font-size: 12pt; padding: 4px;" + (VALID_STYLE if explained.passed else INVALID_STYLE)))
            self.explanation.setToolTip("\n".join(explained.reasons))
        elif self.prep is not None and self.prep.problem is None:
            self.explanation.setText(self.tr("The votes do not add up."))
        reason = self.blocking_reason()
        self.blocked.setText(reason)
        self.blocked.setVisible(bool(reason))
        self.record_button.setEnabled(not reason)

    # -- actions ----------------------------------------------------------------------------------
    def meeting_input(self) -> meetings.MeetingInput:
        needs_notice = self.prep is not None and self.prep.body in self.prep.notice_bodies
        return meetings.MeetingInput(
            held_on=self.meeting_day(), place=self.place.text(), chair=self.chair.text(), recorder=self.recorder.text(),
            attendees=self.roster.attendees(), yes=self.yes.value(), no=self.no.value(), abstain=self.abstain.value(),
            resolution=self.resolution.toPlainText(), minutes=self.minutes.toPlainText(),
            town_officials=self.town_officials.text(), voting_method=self.voting_method.currentText(),
            body=self.body.currentData() if self.stage is wf.Stage.RESOLUTION and self.correcting is None else None,
            notice_date=self.notice_date.date().toPython() if needs_notice else None,
            notice_override_reason=self.notice_reason.text() if needs_notice else "", merge_steps_1_2=self.merge.isChecked(),
        )  # fmt: skip

    def record(self) -> None:
        if self.blocking_reason():
            return
        self.errors.clear()
        data, store, user, matter_id = self.meeting_input(), self.store, self.user_name, self.detail.row.id
        step, reason = self.correcting, self.correction_reason.text()

        def work(_p: ops.Progress) -> meetings.MeetingResult:
            actor = store.actor(user)
            if step is not None:
                return meetings.correct_step(store, actor, step.id, data, reason=reason)
            return meetings.record_meeting(store, actor, matter_id, data)

        self.record_button.setEnabled(False)
        ops.DbOp(self, work).success(self._saved).failure(self._failed).run_in_background()

    def _saved(self, result: meetings.MeetingResult) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.update_state()
        known = as_known(exc)
        if known is None:
            report_bug(exc)
            return
        self.errors.show(known)

    def print_form(self, kind: str) -> object:
        kwargs: dict[str, object] = {"matter_id": self.detail.row.id, "step": str(self.stage)}
        if kind == "meeting-notice":
            kwargs.update(held_on=self.meeting_day(), place=self.place.text())
        return open_print(self, self.store, kind, **kwargs)

