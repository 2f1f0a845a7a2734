"""The two 公开: posting, supervision review, objections and re-posting after a correction (DOMAIN.md §4).

A notice's end date is computed, never typed (core.calendar: calendar or working days with the
town's holiday list). Re-posting creates a new version with its own period; the old version and
its objections stay on record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.calendar import add_days
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterDisclosure, MatterObjection
from lufeng_desktop.services.matters import deadline, due_after, holidays, load_state, move, require_stage, text
from lufeng_desktop.services.uow import unit_of_work


@dataclass(frozen=True)
class DisclosureInput:
    kind: str  # core.workflow.DisclosureKind
    posted_on: date
    title: str
    body: str = ""
    place: str = "村务公开栏"
    period_value: int | None = None  # default: deadlines.toml posting_period
    period_unit: str | None = None  # "calendar" | "working"


@dataclass(frozen=True)
class ObjectionInput:
    received_on: date
    channel: str  # 书面 / 口头 / 电话
    content: str
    complainant: str = ""  # optional: objections may be anonymous
    complainant_contact: str = ""


def post_disclosure(store: Store, actor: Actor, matter_id: str, data: DisclosureInput, *, replaces_id: str | None = None, reason: str = "") -> str:
    with unit_of_work(store, actor, "matters.post_disclosure", matter_id=matter_id, kind=data.kind) as session:
        return post_disclosure_in(session, matter_id, data, replaces_id=replaces_id, reason=reason)


def post_disclosure_in(session: Session, matter_id: str, data: DisclosureInput, *, replaces_id: str | None = None, reason: str = "") -> str:
    """Post a notice; with ``replaces_id`` re-post a corrected version with a new period."""
    state = load_state(session, matter_id)
    try:
        kind = wf.DisclosureKind(data.kind)
    except ValueError:
        raise ValidationError("公开类型应为决议公开或实施结果公开", f"unknown disclosure kind '{data.kind}'", field="kind", code="bad_kind") from None
    label = wf.DISCLOSURE_LABELS[kind]
    current = state.notice(kind)
    revision, why = 1, ""
    if replaces_id is None:
        if current is not None:
            raise ValidationError(f"{label}已经张贴；更正后重新公示请选择原公告并填写理由", f"the {kind} notice is already posted; re-post it as a correction", field="replaces_id", code="already_posted")
        stage = require_stage(state, wf.DISCLOSURE_STAGE[kind], doing=f"张贴{label}")
        source = state.passed_step(wf.Stage.RESOLUTION if kind is wf.DisclosureKind.RESOLUTION else wf.Stage.IMPLEMENTATION)
        assert source is not None, stage  # the stage is only reached through that step
        wf.check_not_before(data.posted_on, source.held_on, wf.label(source.kind))
    else:
        if current is None or current.id != replaces_id:
            raise ValidationError("只能更正该公告的最新版本", "only the latest version of a notice can be re-posted", field="replaces_id", code="not_current_version")
        if wf.Stage(state.matter.stage) in wf.FINAL_STAGES:
            raise ValidationError("事项已结束，不能重新公示", "the matter is closed", field="stage", code="invalid_transition")
        why = text(reason, "更正理由", "correction reason", "reason")
        wf.check_not_before(data.posted_on, current.posted_on, f"原{label}")
        revision = current.revision + 1
    default = deadline("posting_period")
    value = data.period_value if data.period_value is not None else default.days
    unit = data.period_unit or default.unit
    notice = MatterDisclosure(
        village_code=state.matter.village_code, matter_id=matter_id, kind=str(kind), revision=revision,
        replaces_id=replaces_id, correction_reason=why, title=text(data.title, "公告标题", "title", "title"),
        body=data.body.strip(), place=data.place.strip(), posted_on=data.posted_on, period_value=value,
        period_unit=unit, ends_on=add_days(data.posted_on, value, unit, holidays()),
    )  # fmt: skip
    session.add(notice)
    if replaces_id is None and kind is wf.DisclosureKind.RESOLUTION:
        move(state, wf.Stage.IMPLEMENTATION)
    session.flush()
    return notice.id


def review_disclosure(store: Store, actor: Actor, disclosure_id: str, *, reviewer: str, reviewed_on: date, opinion: str = "") -> None:
    with unit_of_work(store, actor, "matters.review_disclosure", disclosure_id=disclosure_id) as session:
        review_disclosure_in(session, disclosure_id, reviewer=reviewer, reviewed_on=reviewed_on, opinion=opinion)


def review_disclosure_in(session: Session, disclosure_id: str, *, reviewer: str, reviewed_on: date, opinion: str = "") -> None:
    """The 村务监督委员会's review: who and when (usually before or on the posting day)."""
    notice = _notice(session, disclosure_id)
    if notice.reviewed_by:
        raise ValidationError("该公告已审核；如需改动请重新公示", "the notice has already been reviewed", field="reviewer", code="already_reviewed")
    notice.reviewed_by = text(reviewer, "审核人（村务监督委员会）", "reviewer", "reviewer")
    notice.reviewed_on, notice.review_opinion = reviewed_on, opinion.strip()


def add_objection(store: Store, actor: Actor, disclosure_id: str, data: ObjectionInput) -> str:
    with unit_of_work(store, actor, "matters.add_objection", disclosure_id=disclosure_id) as session:
        return add_objection_in(session, disclosure_id, data)


def add_objection_in(session: Session, disclosure_id: str, data: ObjectionInput) -> str:
    notice = _notice(session, disclosure_id)
    if data.channel not in wf.CHANNELS:
        raise ValidationError(f"异议渠道应为：{'、'.join(wf.CHANNELS)}", "unknown channel", field="channel", code="bad_channel")
    wf.check_not_before(data.received_on, notice.posted_on, "公告张贴")
    objection = MatterObjection(
        village_code=notice.village_code, matter_id=notice.matter_id, disclosure_id=notice.id, received_on=data.received_on,
        channel=data.channel, content=text(data.content, "异议内容", "content", "content"), complainant=data.complainant.strip(),
        complainant_contact=data.complainant_contact.strip(), reply_due=due_after(data.received_on, "objection_reply"),
    )  # fmt: skip
    session.add(objection)
    session.flush()
    return objection.id


def answer_objection(
    store: Store, actor: Actor, objection_id: str, *, replied_on: date, reply: str, outcome: str, handled_by: str, escalation_ref: str = ""
) -> None:
    with unit_of_work(store, actor, "matters.answer_objection", objection_id=objection_id) as session:
        answer_objection_in(session, objection_id, replied_on=replied_on, reply=reply, outcome=outcome, handled_by=handled_by, escalation_ref=escalation_ref)


def answer_objection_in(
    session: Session, objection_id: str, *, replied_on: date, reply: str, outcome: str, handled_by: str, escalation_ref: str = ""
) -> None:
    objection = session.get(MatterObjection, objection_id)
    if objection is None or objection.deleted_at is not None:
        raise NotFoundError("找不到该异议", f"objection {objection_id} not found", code="objection_not_found")
    if objection.outcome:
        raise ValidationError("该异议已答复", "the objection has already been answered", field="outcome", code="already_answered")
    try:
        result = wf.ObjectionOutcome(outcome)
    except ValueError:
        choices = "、".join(o.value for o in wf.ObjectionOutcome)
        raise ValidationError(f"处理结果应为：{choices}", f"unknown outcome '{outcome}'", field="outcome", code="bad_outcome") from None
    wf.check_not_before(replied_on, objection.received_on, "收到异议")
    objection.reply = text(reply, "答复内容", "reply", "reply")
    objection.handled_by = text(handled_by, "经办人", "handled by", "handled_by")
    objection.replied_on, objection.outcome, objection.escalation_ref = replied_on, str(result), escalation_ref.strip()


def _notice(session: Session, disclosure_id: str) -> MatterDisclosure:
    notice = session.get(MatterDisclosure, disclosure_id)
    if notice is None or notice.deleted_at is not None:
        raise NotFoundError("找不到该公告", f"disclosure {disclosure_id} not found", code="disclosure_not_found")
    return notice
