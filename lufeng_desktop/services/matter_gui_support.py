"""Small reads the 四议两公开 dialogs need before the clerk saves, so a button can say *why* it is disabled.

``prepare_meeting`` runs the same date and stage checks ``record_meeting`` will run, without writing;
``notice_end`` computes a posting period's last day with the town's holiday list. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.calendar import add_days
from lufeng_desktop.core.errors import LufengError, ValidationError
from lufeng_desktop.core.quorum import MeetingRule
from lufeng_desktop.core.rules import load_rule_sets, rule_for
from lufeng_desktop.services import meetings
from lufeng_desktop.services.matters import catalogue, deadline, due_after, holidays, load_state
from lufeng_desktop.services.roster import Roster, derive_roster
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterRosterEntry


@dataclass(frozen=True)
class MeetingPrep:
    """What the meeting dialog shows for one date: the roster, the rule, and what would stop the record."""

    stage: str
    body: str
    roster: Roster | None
    rule: MeetingRule | None
    problem: LufengError | None  # None: a meeting on this date may be recorded
    notice_bodies: tuple[str, ...]  # bodies that need the 10 days' notice
    notice_days: int
    merge_allowed: bool
    deciding_bodies: tuple[str, ...]


def prepare_meeting(store: Store, matter_id: str, held_on: date, *, body: str | None = None, merge: bool = False,
                    correcting_step_id: str | None = None) -> MeetingPrep:  # fmt: skip
    """The roster and rule of the meeting due now (or of the step being corrected) on ``held_on``."""
    notice = deadline("meeting_notice")
    with reading(store) as session:
        state = load_state(session, matter_id)
        stage = wf.Stage(state.matter.stage)
        merge_allowed = load_rule_sets()[state.matter.rule_set].allow_merge_steps_1_2
        kinds = catalogue()[state.matter.matter_type].deciding_bodies
        if correcting_step_id is not None:
            step = next(s for s in state.steps if s.id == correcting_step_id)
            stage, body, merge = wf.Stage(step.kind), step.body, step.merged_steps
        problem: LufengError | None = None
        roster = rule = None
        code = body or state.matter.deciding_body
        try:
            wf.after_meeting(stage, passed=False, merged=merge)
            code = meetings.meeting_body(state, stage, body, merge)
            if correcting_step_id is None:
                meetings._check_dates(state, stage, held_on)  # the very check record_meeting makes
            roster = derive_roster(session, state.matter.village_id, code, held_on, group_id=state.matter.group_id)
            rule = rule_for(code, state.matter.rule_set)
            if roster.base == 0:
                raise ValidationError("台账中该会议的应到名单为空，请先在村情台账中登记相关人员及任期",
                                      "the roster is empty: register the members and their terms first", field="roster",
                                      code="empty_roster")  # fmt: skip
        except LufengError as exc:
            problem = exc
        return MeetingPrep(str(stage), code, roster, rule, problem, notice.bodies, notice.days, merge_allowed, kinds)


def notice_end(posted_on: date, days: int, unit: str) -> date:
    """The last day a notice stays up (core.calendar with the town's holidays)."""
    return add_days(posted_on, days, unit, holidays())


def objection_reply_due(received_on: date) -> date:
    return due_after(received_on, "objection_reply")


def default_period() -> tuple[int, str]:
    rule = deadline("posting_period")
    return rule.days, rule.unit


def step_attendees(store: Store, step_id: str) -> frozenset[str]:
    """Who was ticked present at a recorded meeting (to pre-fill a correction)."""
    with reading(store) as session:
        rows = session.execute(
            select(MatterRosterEntry.person_id, MatterRosterEntry.household_id).where(
                MatterRosterEntry.step_id == step_id, MatterRosterEntry.present.is_(True), MatterRosterEntry.deleted_at.is_(None)
            )
        ).all()
    return frozenset(household or person for person, household in rows if household or person)
