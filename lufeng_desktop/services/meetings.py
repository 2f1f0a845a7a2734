"""The four meetings of 四议两公开: roster snapshot, attendance, votes, verdict — and corrections.

The base is never typed: it is the number of counted members of the roster derived from the
register on the meeting day (services/roster.py); 实到 is the number of counted members ticked
as present. The verdict is core.quorum's, stored with the step together with its base kinds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.quorum import BaseKind, Comparison, MeetingRule, Requirement, Verdict, evaluate
from lufeng_desktop.core.rules import load_bodies, load_rule_sets, rule_for
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterRosterEntry, MatterStep
from lufeng_desktop.services.matters import MatterState, catalogue, deadline, load_state, move, require_stage, text
from lufeng_desktop.services.roster import Roster, RosterMember, derive_roster
from lufeng_desktop.services.uow import reading, unit_of_work


@dataclass(frozen=True)
class MeetingInput:
    held_on: date
    place: str
    chair: str
    recorder: str
    attendees: frozenset[str]  # roster keys (person ids, or household ids) of those present
    yes: int
    no: int = 0
    abstain: int = 0
    resolution: str = ""
    minutes: str = ""
    town_officials: str = ""
    voting_method: str = "举手"
    body: str | None = None  # step 4 only: one of the matter type's deciding bodies
    notice_date: date | None = None
    notice_override_reason: str = ""
    merge_steps_1_2: bool = False


@dataclass(frozen=True)
class MeetingResult:
    step_id: str
    verdict: Verdict
    stage: str  # the matter's stage afterwards
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Explanation:
    valid: bool
    passed: bool
    sentence: str  # "应到 45 人，实到 30 人 ≥ 2/3，会议有效；同意 16 票 > 实到半数 15，通过"
    reasons: tuple[str, ...]
    quorum_needed: int
    yes_needed: int


# ── live explanation for the meeting dialog ───────────────────────────────────────

_NOUN = {BaseKind.PRESENT: "实到", BaseKind.EXPECTED: "应到", BaseKind.ALL_MEMBERS: "全体成员", BaseKind.COMPOSITION: "组成人员", BaseKind.HOUSEHOLDS: "总户数"}


def _number(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.2f}".rstrip("0").rstrip(".")


def _share(req: Requirement) -> str:
    t = req.threshold
    return "半数" if t.num * 2 == t.den else f"{t.num}/{t.den}"


def _op(req: Requirement, met: bool) -> str:
    if req.threshold.comparison is Comparison.AT_LEAST:
        return "≥" if met else "<"
    return ">" if met else "≤"


def explain(rule: MeetingRule, *, base: int, present: int, yes: int, no: int = 0, abstain: int = 0) -> Explanation:
    verdict = evaluate(rule, base=base, present=present, yes=yes, no=no, abstain=abstain)
    unit = rule.unit
    head = f"应到 {base} {unit}，实到 {present} {unit} {_op(rule.quorum, verdict.valid)} {_share(rule.quorum)}，会议{'有效' if verdict.valid else '无效'}"
    if not verdict.valid:
        tail = "表决不成立，未通过"
    else:
        d = rule.decision
        decision_base = present if d.base is BaseKind.PRESENT else base
        reached = d.threshold.met(yes, decision_base)
        bar = _number(Fraction(decision_base * d.threshold.num, d.threshold.den))
        noun = _NOUN[d.base] + ("" if _share(d) == "半数" else " ")
        tail = f"同意 {yes} 票 {_op(d, reached)} {noun}{_share(d)} {bar}，{'通过' if reached else '未通过'}"
    return Explanation(verdict.valid, verdict.passed, f"{head}；{tail}", tuple(verdict.reasons), verdict.quorum_needed, verdict.yes_needed)


def explain_meeting(body: str, rule_set: str, *, base: int, present: int, yes: int, no: int = 0, abstain: int = 0) -> Explanation:
    """The live sentence for the meeting dialog (no database needed)."""
    return explain(rule_for(body, rule_set), base=base, present=present, yes=yes, no=no, abstain=abstain)


# ── which body, which roster ─────────────────────────────────────────────────────


def meeting_body(state: MatterState, stage: wf.Stage, requested: str | None, merged: bool) -> str:
    if stage is wf.Stage.PROPOSAL and merged:
        if not load_rule_sets()[state.matter.rule_set].allow_merge_steps_1_2:
            raise ValidationError("本事项的规则集不允许合并提议与商议", "the rule set does not allow merging steps 1 and 2", field="merge", code="merge_not_allowed")
        return wf.MERGED_BODY
    if stage in wf.STEP_BODIES:
        body = wf.STEP_BODIES[stage]
        if requested not in (None, body):
            raise ValidationError(f"该步骤须由{load_bodies()[body].name}进行", f"this step is held by '{body}'", field="body", code="body_not_allowed")
        return body
    body = requested or state.matter.deciding_body
    allowed = catalogue()[state.matter.matter_type].deciding_bodies
    if body not in allowed:
        raise ValidationError("该事项不能由所选机构决议", f"body '{body}' cannot decide this matter", field="body", code="body_not_allowed")
    return body


def preview_roster(store: Store, matter_id: str, held_on: date, *, body: str | None = None, merge_steps_1_2: bool = False) -> tuple[Roster, MeetingRule]:
    """The roster and rule a meeting at the matter's current stage would use — for the dialog's check-list."""
    with reading(store) as session:
        state = load_state(session, matter_id)
        stage = wf.Stage(state.matter.stage)
        wf.after_meeting(stage, passed=False, merged=merge_steps_1_2)  # raises if no meeting is due
        code = meeting_body(state, stage, body, merge_steps_1_2)
        roster = derive_roster(session, state.matter.village_id, code, held_on, group_id=state.matter.group_id)
        return roster, rule_for(code, state.matter.rule_set)


# ── record ────────────────────────────────────────────────────────────────────────


def record_meeting(store: Store, actor: Actor, matter_id: str, data: MeetingInput) -> MeetingResult:
    with unit_of_work(store, actor, "matters.meeting", matter_id=matter_id) as session:
        return record_meeting_in(session, matter_id, data)


def record_meeting_in(session: Session, matter_id: str, data: MeetingInput) -> MeetingResult:
    state = load_state(session, matter_id)
    stage = require_stage(state, *wf.MEETING_STAGES, doing="记录会议")
    target = wf.after_meeting(stage, passed=True, merged=data.merge_steps_1_2)
    body = meeting_body(state, stage, data.body, data.merge_steps_1_2)
    _check_dates(state, stage, data.held_on)
    roster = derive_roster(session, state.matter.village_id, body, data.held_on, group_id=state.matter.group_id)
    earlier = state.current(stage)
    step = _new_step(state, stage, body, roster, data, attempt=(earlier.attempt + 1) if earlier else 1)
    session.add(step)
    session.flush()
    _snapshot(session, step, roster.members, data.attendees)
    if step.passed:
        move(state, target)
    warnings = (f"通知期不足：{step.notice_override_reason}",) if step.notice_override_reason else ()
    return MeetingResult(step.id, _verdict(step), state.matter.stage, warnings)


def _check_dates(state: MatterState, stage: wf.Stage, held_on: date) -> None:
    wf.check_not_before(held_on, state.matter.opened_on, "立项")
    previous = wf.previous_meeting_stage(stage)
    if previous is not None:
        before = state.passed_step(previous)
        if before is None and stage is wf.Stage.REVIEW:  # steps 1 and 2 merged
            before = state.passed_step(wf.Stage.PROPOSAL)
        if before is None:
            raise ValidationError(f"上一步“{wf.label(previous)}”尚未通过", f"the previous step '{previous}' has not passed", field="stage", code="previous_not_passed")
        wf.check_not_before(held_on, before.held_on, wf.label(before.kind))
    earlier = state.current(stage)
    if earlier is not None:
        wf.check_not_before(held_on, earlier.held_on, f"上一次{wf.label(stage)}会议")


def _new_step(state: MatterState, stage: wf.Stage, body: str, roster: Roster, data: MeetingInput, *, attempt: int) -> MatterStep:
    unknown = data.attendees - {m.key for m in roster.members}
    if unknown:
        raise ValidationError(f"有 {len(unknown)} 名到会人员不在应到名单中", f"{len(unknown)} attendee(s) are not on the roster", field="attendees", code="attendee_not_on_roster")
    if roster.base == 0:
        raise ValidationError("台账中该会议的应到名单为空，请先在村情台账中登记相关人员及任期", "the roster is empty: register the members and their terms first", field="roster", code="empty_roster")
    override = ""
    notice = deadline("meeting_notice")
    if body in notice.bodies:
        override = wf.check_notice(data.held_on, data.notice_date, notice.days, data.notice_override_reason)
    if data.voting_method not in wf.VOTING_METHODS:
        raise ValidationError(f"表决方式应为：{'、'.join(wf.VOTING_METHODS)}", "unknown voting method", field="voting_method", code="bad_voting_method")
    rule = rule_for(body, state.matter.rule_set)
    present = len(data.attendees & roster.counted_keys())
    verdict = evaluate(rule, base=roster.base, present=present, yes=data.yes, no=data.no, abstain=data.abstain)
    return MatterStep(
        village_code=state.matter.village_code, matter_id=state.matter.id, kind=str(stage), attempt=attempt,
        held_on=data.held_on, place=text(data.place, "会议地点", "place", "place"), chair=text(data.chair, "主持人", "chair", "chair"),
        recorder=text(data.recorder, "记录人", "recorder", "recorder"), merged_steps=data.merge_steps_1_2, body=body,
        rule_set=state.matter.rule_set, unit=rule.unit, quorum_base_kind=str(rule.quorum.base),
        decision_base_kind=str(rule.decision.base), base_count=roster.base, present=present, yes=data.yes, no=data.no,
        abstain=data.abstain, quorum_needed=verdict.quorum_needed, yes_needed=verdict.yes_needed, valid=verdict.valid,
        passed=verdict.passed, reasons=json.dumps(verdict.reasons, ensure_ascii=False), voting_method=data.voting_method,
        resolution=data.resolution.strip(), minutes=data.minutes.strip(), town_officials=data.town_officials.strip(),
        notice_date=data.notice_date, notice_override_reason=override, group_id=state.matter.group_id,
    )  # fmt: skip


def _snapshot(session: Session, step: MatterStep, members: tuple[RosterMember, ...], attendees: frozenset[str]) -> None:
    rows = [
        MatterRosterEntry(
            village_code=step.village_code, step_id=step.id, position=i, name=m.name[:60], label=m.label, counted=m.counted,
            note=m.note[:200], present=m.key in attendees,
            person_id=None if m.is_household else m.key, household_id=m.key if m.is_household else None,
        )  # fmt: skip
        for i, m in enumerate(members, start=1)
    ]
    session.add_all(rows)


def _verdict(step: MatterStep) -> Verdict:
    return Verdict(step.valid, step.passed, step.quorum_needed, step.yes_needed, json.loads(step.reasons))


# ── corrections ───────────────────────────────────────────────────────────────────


def correct_step(store: Store, actor: Actor, step_id: str, data: MeetingInput, *, reason: str) -> MeetingResult:
    with unit_of_work(store, actor, "matters.correct_step", step_id=step_id) as session:
        return correct_step_in(session, step_id, data, reason=reason)


def correct_step_in(session: Session, step_id: str, data: MeetingInput, *, reason: str) -> MeetingResult:
    """A new version of a meeting step; the old one stays. The verdict may only flip where the order allows."""
    old = session.get(MatterStep, step_id)
    if old is None or old.deleted_at is not None:
        raise ValidationError("找不到要更正的会议记录", f"step {step_id} not found", field="step_id", code="step_not_found")
    why = text(reason, "更正理由", "correction reason", "reason")
    state = load_state(session, old.matter_id)
    stage = wf.Stage(old.kind)
    if stage not in wf.MEETING_STAGES:
        raise ValidationError("只有会议记录可以这样更正", "only meeting steps can be corrected here", field="step_id", code="not_a_meeting_step")
    current = state.current(stage)
    if current is None or current.id != old.id:
        raise ValidationError("只能更正该步骤的最新记录", "only the latest version of the step can be corrected", field="step_id", code="not_current_version")
    _check_correction_dates(state, old, data.held_on)
    later = [s for s in state.steps if wf.ORDER.index(wf.Stage(s.kind)) > wf.ORDER.index(stage)]
    has_later = bool(later) or (stage is wf.Stage.RESOLUTION and bool(state.disclosures))
    if data.held_on == old.held_on:
        entries = session.scalars(select(MatterRosterEntry).where(MatterRosterEntry.step_id == old.id).order_by(MatterRosterEntry.position))
        key = lambda e: e.household_id or e.person_id or ""  # noqa: E731
        members = tuple(RosterMember(key(e), e.name, e.label, e.counted, e.note, e.household_id is not None) for e in entries)
        roster = Roster(old.body, old.held_on, old.unit, members)
    else:
        roster = derive_roster(session, state.matter.village_id, old.body, data.held_on, group_id=old.group_id)
    step = _new_step(state, stage, old.body, roster, replace(data, merge_steps_1_2=old.merged_steps, body=None), attempt=old.attempt)
    step.revision, step.replaces_id, step.correction_reason = old.revision + 1, old.id, why
    if step.passed != old.passed:
        _flip(state, stage, old, has_later)
    session.add(step)
    session.flush()
    _snapshot(session, step, roster.members, data.attendees)
    return MeetingResult(step.id, _verdict(step), state.matter.stage)


def _check_correction_dates(state: MatterState, old: MatterStep, held_on: date) -> None:
    """Same order rules as a new record, measured against the neighbours of the corrected step."""
    wf.check_not_before(held_on, state.matter.opened_on, "立项")
    stage = wf.Stage(old.kind)
    previous = wf.previous_meeting_stage(stage)
    before = state.passed_step(previous) if previous is not None else None
    if before is None and stage is wf.Stage.REVIEW:
        before = state.passed_step(wf.Stage.PROPOSAL)
    if before is not None:
        wf.check_not_before(held_on, before.held_on, wf.label(before.kind))
    earlier = [s.held_on for s in state.steps if s.kind == old.kind and s.attempt < old.attempt]
    if earlier:
        wf.check_not_before(held_on, max(earlier), f"上一次{wf.label(stage)}会议")
    later = [s.held_on for s in state.steps if wf.ORDER.index(wf.Stage(s.kind)) > wf.ORDER.index(stage)]
    later += [d.posted_on for d in state.disclosures]
    if later and held_on > min(later):
        raise ValidationError(
            f"更正后的日期晚于后续步骤的日期 {min(later).isoformat()}", "the corrected date is after a later step", field="held_on", code="step_after_next"
        )


def _flip(state: MatterState, stage: wf.Stage, old: MatterStep, has_later: bool) -> None:
    """A correction that changes the verdict moves the stage too, but never past or behind recorded later steps."""
    current = wf.Stage(state.matter.stage)
    if current in wf.FINAL_STAGES:
        raise ValidationError("事项已结束，更正不能改变会议结论", "the matter is closed; a correction cannot change the verdict", field="yes", code="correction_breaks_order")
    if old.passed:  # passed → failed
        if has_later:
            raise ValidationError(
                "更正后该会议未通过，但后续步骤已经记录；请先终止事项或核对数据",
                "the corrected meeting fails but later steps exist",
                field="yes",
                code="correction_breaks_order",
            )
        state.matter.stage = str(stage)  # back to this step: the only backwards move, and only by correction
        return
    if current is not stage:
        raise ValidationError("事项已不在该阶段，不能更正为通过", "the matter is no longer at this stage", field="yes", code="correction_breaks_order")
    move(state, wf.after_meeting(stage, passed=True, merged=old.merged_steps))
