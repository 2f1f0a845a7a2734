"""The 四议两公开 state machine (DOMAIN.md §2.2, §2.7, §4, §8): stages, allowed moves and guards.

A matter's ``stage`` names the step that is due next. Recording a passed meeting moves it one
stage on; a failed meeting leaves it where it is (the meeting may be re-held) until the clerk
ends the matter with a reason. Every illegal move raises ``ValidationError`` with a stable code
(``invalid_transition``, ``step_before_previous`` …) so the GUI can map it to its own text.
Stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lufeng_desktop.core.errors import ValidationError


class Stage(StrEnum):
    PROPOSAL = "proposal"  # 党组织提议
    CONSULTATION = "consultation"  # 两委商议
    REVIEW = "review"  # 党员大会审议
    RESOLUTION = "resolution"  # 村民（代表）会议决议
    RESOLUTION_DISCLOSURE = "resolution_disclosure"  # 决议公开
    IMPLEMENTATION = "implementation"  # 组织实施
    RESULT_DISCLOSURE = "result_disclosure"  # 实施结果公开
    ARCHIVED = "archived"  # 归档
    ENDED = "ended"  # 终止（未通过且不再召开，或撤回）


STAGE_LABELS: dict[Stage, str] = {
    Stage.PROPOSAL: "党组织提议",
    Stage.CONSULTATION: "两委商议",
    Stage.REVIEW: "党员大会审议",
    Stage.RESOLUTION: "村民（代表）会议决议",
    Stage.RESOLUTION_DISCLOSURE: "决议公开",
    Stage.IMPLEMENTATION: "组织实施",
    Stage.RESULT_DISCLOSURE: "实施结果公开",
    Stage.ARCHIVED: "归档",
    Stage.ENDED: "终止",
}

ORDER: tuple[Stage, ...] = tuple(Stage)[:8]  # the lawful sequence; ENDED is off to the side
MEETING_STAGES = (Stage.PROPOSAL, Stage.CONSULTATION, Stage.REVIEW, Stage.RESOLUTION)
FINAL_STAGES = frozenset({Stage.ARCHIVED, Stage.ENDED})

# Which body meets at each of the first three steps; step 4's body comes from the matter type.
STEP_BODIES: dict[Stage, str] = {
    Stage.PROPOSAL: "party_committee",
    Stage.CONSULTATION: "joint_committees",
    Stage.REVIEW: "party_congress",
}
MERGED_BODY = "joint_committees"  # 提议 + 商议 held as one 两委联席会议 (一肩挑)

# Allowed moves. PROPOSAL → REVIEW only when the rule set allows merging steps 1 and 2.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.PROPOSAL: frozenset({Stage.CONSULTATION, Stage.REVIEW, Stage.ENDED}),
    Stage.CONSULTATION: frozenset({Stage.REVIEW, Stage.ENDED}),
    Stage.REVIEW: frozenset({Stage.RESOLUTION, Stage.ENDED}),
    Stage.RESOLUTION: frozenset({Stage.RESOLUTION_DISCLOSURE, Stage.ENDED}),
    Stage.RESOLUTION_DISCLOSURE: frozenset({Stage.IMPLEMENTATION, Stage.ENDED}),
    Stage.IMPLEMENTATION: frozenset({Stage.RESULT_DISCLOSURE, Stage.ENDED}),
    Stage.RESULT_DISCLOSURE: frozenset({Stage.ARCHIVED}),
    Stage.ARCHIVED: frozenset(),
    Stage.ENDED: frozenset(),
}


class DisclosureKind(StrEnum):
    RESOLUTION = "resolution"  # 决议公开
    RESULT = "result"  # 实施结果公开


DISCLOSURE_LABELS = {DisclosureKind.RESOLUTION: "决议公开", DisclosureKind.RESULT: "实施结果公开"}
DISCLOSURE_STAGE = {DisclosureKind.RESOLUTION: Stage.RESOLUTION_DISCLOSURE, DisclosureKind.RESULT: Stage.RESULT_DISCLOSURE}

MOTION_SOURCES = ("党员群众建议", "村干部提议", "上级党委政府安排", "十分之一以上村民提议", "三分之一以上村民代表提议")
CHANNELS = ("书面", "口头", "电话")
VOTING_METHODS = ("举手", "无记名投票", "口头")


class ObjectionOutcome(StrEnum):
    UPHELD = "维持"  # the notice stands
    CORRECTED = "更正后重新公示"
    RECONSIDER = "提交村民(代表)会议复议"
    ESCALATED = "上报镇(街道)"


def label(stage: Stage | str) -> str:
    return STAGE_LABELS[Stage(stage)]


def _invalid(current: Stage, target: Stage, why_zh: str, why_en: str) -> ValidationError:
    return ValidationError(
        f"事项处于“{label(current)}”阶段，不能转到“{label(target)}”：{why_zh}",
        f"a matter at '{current}' cannot move to '{target}': {why_en}",
        field="stage",
        code="invalid_transition",
    )


def check_transition(current: Stage, target: Stage, *, merge_allowed: bool = False) -> None:
    """Raise unless ``current → target`` is a lawful move (the guard of every stage change)."""
    if target not in TRANSITIONS[current]:
        if current in FINAL_STAGES:
            raise _invalid(current, target, "事项已结束", "the matter is closed")
        raise _invalid(current, target, "须按“四议两公开”顺序逐步进行", "steps must follow the 4+2 order")
    if current is Stage.PROPOSAL and target is Stage.REVIEW and not merge_allowed:
        raise _invalid(current, target, "本事项的规则集不允许合并提议与商议", "the rule set does not allow merging steps 1 and 2")


def after_meeting(stage: Stage, *, passed: bool, merged: bool = False) -> Stage:
    """The stage after a meeting at ``stage``: one on if it passed (two if 1+2 merged), else unchanged."""
    if stage not in MEETING_STAGES:
        raise ValidationError(
            f"“{label(stage)}”阶段没有会议可记录", f"no meeting is due at stage '{stage}'", field="stage", code="not_a_meeting_stage"
        )
    if merged and stage is not Stage.PROPOSAL:
        raise ValidationError("只有第一步可与第二步合并", "only step 1 can be merged with step 2", field="merge", code="invalid_merge")
    if not passed:
        return stage
    target = Stage.REVIEW if merged else ORDER[ORDER.index(stage) + 1]
    return target


def previous_meeting_stage(stage: Stage) -> Stage | None:
    index = ORDER.index(stage)
    return ORDER[index - 1] if index > 0 else None


def check_not_before(held_on: date, previous: date | None, previous_label: str) -> None:
    """A step is never dated before the step it follows."""
    if previous is not None and held_on < previous:
        raise ValidationError(
            f"日期 {held_on.isoformat()} 早于上一步“{previous_label}”的日期 {previous.isoformat()}",
            f"date {held_on.isoformat()} is before the previous step ({previous.isoformat()})",
            field="held_on",
            code="step_before_previous",
        )


def check_notice(held_on: date, notice_date: date | None, days: int, override_reason: str) -> str:
    """10 days' notice before a 村民会议 / 成员大会 (DOMAIN.md §2.7): block unless an override reason is given.

    Returns a warning sentence when overridden, "" when the notice was long enough.
    """
    short = notice_date is None or (held_on - notice_date).days < days
    if not short:
        return ""
    if override_reason.strip():
        given = "未登记通知日期" if notice_date is None else f"仅提前 {(held_on - notice_date).days} 天通知"
        return f"{given}，少于法定 {days} 天；越过理由：{override_reason.strip()}"
    if notice_date is None:
        raise ValidationError(
            f"该会议须提前 {days} 天通知，请填写通知日期",
            f"this meeting needs {days} days' notice: enter the notice date",
            field="notice_date",
            code="notice_missing",
        )
    raise ValidationError(
        f"会议须提前 {days} 天通知，本次仅提前 {(held_on - notice_date).days} 天；如确需召开，请填写理由",
        f"the meeting needs {days} days' notice, only {(held_on - notice_date).days} given; an override needs a reason",
        field="notice_date",
        code="notice_too_short",
    )


@dataclass(frozen=True)
class ArchiveFacts:
    """What archiving needs to know about a matter's result disclosure."""

    result_ends_on: date | None  # last day of the current 实施结果公开 notice; None = never posted
    open_objections: int  # unanswered objections on any notice of the matter


def check_archive(facts: ArchiveFacts, on: date) -> None:
    """A matter closes only after its result notice has been up for its whole period, with no open objection."""
    if facts.result_ends_on is None:
        raise ValidationError("尚未张贴实施结果公开，不能归档", "the implementation result has not been disclosed", field="stage", code="no_result_disclosure")
    if on <= facts.result_ends_on:
        raise ValidationError(
            f"实施结果公示期至 {facts.result_ends_on.isoformat()} 才结束，届满后方可归档",
            f"the result notice is posted until {facts.result_ends_on.isoformat()}; archive after that",
            field="closed_on",
            code="disclosure_running",
        )
    if facts.open_objections:
        raise ValidationError(
            f"还有 {facts.open_objections} 条异议未处理完毕，不能归档",
            f"{facts.open_objections} objection(s) are still open",
            field="stage",
            code="open_objection",
        )


def next_action(stage: Stage, *, last_failed: bool = False) -> str:
    """The clerk's next task at ``stage``, for the matter list."""
    if last_failed and stage in MEETING_STAGES:
        return f"重新召开{label(stage)}会议或终止事项"
    return {
        Stage.PROPOSAL: "召开支委会提出提议",
        Stage.CONSULTATION: "召开两委联席会议商议",
        Stage.REVIEW: "召开党员大会审议",
        Stage.RESOLUTION: "召开村民（代表）会议决议",
        Stage.RESOLUTION_DISCLOSURE: "张贴决议公开",
        Stage.IMPLEMENTATION: "登记组织实施情况",
        Stage.RESULT_DISCLOSURE: "张贴实施结果公开，公示期满后归档",
        Stage.ARCHIVED: "",
        Stage.ENDED: "",
    }[stage]
