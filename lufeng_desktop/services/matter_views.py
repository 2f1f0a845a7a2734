"""Read models for the 四议两公开 screens and the CLI: the matter list, a matter's timeline, the 公开栏.

Plain frozen dataclasses, built in one read session, safe to hand to a Qt model or ``json.dumps``.
Due dates come from resources/rules/deadlines.toml: 决议公开 within 5 days of step 4, 实施结果公开
within 5 days of acceptance, objection replies within 10 days of receipt.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.calendar import describe_period
from lufeng_desktop.core.rules import load_bodies
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Matter, MatterDisclosure, MatterItem, MatterObjection, MatterRosterEntry, MatterStep, Village
from lufeng_desktop.services.matters import MatterState, catalogue, due_after
from lufeng_desktop.services.implementation_view import ImplementationView, implementation_view
from lufeng_desktop.services.uow import reading

ENDS_SOON_DAYS = 2


@dataclass(frozen=True)
class Deadline:
    label: str
    due_on: date
    done: bool
    overdue: bool


@dataclass(frozen=True)
class MatterRow:
    id: str
    number: str
    title: str
    village_name: str
    matter_type: str
    type_name: str
    stage: str
    stage_label: str
    next_action: str
    due_on: date | None
    overdue: bool
    opened_on: date
    emergency: bool
    total_fen: int
    last_failed: bool


@dataclass(frozen=True)
class StepView:
    id: str
    kind: str
    label: str
    attempt: int
    revision: int
    current: bool  # False: superseded by a correction or an earlier failed holding
    held_on: date
    body: str
    body_name: str
    place: str
    chair: str
    recorder: str
    unit: str
    quorum_base_kind: str
    decision_base_kind: str
    base: int
    present: int
    yes: int
    no: int
    abstain: int
    valid: bool
    passed: bool
    reasons: tuple[str, ...]
    resolution: str
    minutes: str
    town_officials: str
    correction_reason: str
    notice_override_reason: str
    merged_steps: bool
    not_counted: tuple[str, ...] = ()  # "姓名：原因" of roster members outside the base


@dataclass(frozen=True)
class ObjectionView:
    id: str
    received_on: date
    channel: str
    content: str
    complainant: str
    reply_due: date
    reply: str
    replied_on: date | None
    outcome: str
    open: bool
    overdue: bool


@dataclass(frozen=True)
class DisclosureView:
    id: str
    kind: str
    label: str
    revision: int
    current: bool
    title: str
    posted_on: date
    ends_on: date
    period: str
    reviewed_by: str
    reviewed_on: date | None
    correction_reason: str
    objections: tuple[ObjectionView, ...] = ()


@dataclass(frozen=True)
class MatterDetail:
    row: MatterRow
    motion_source: str
    rule_set: str
    deciding_body: str
    emergency_note: str
    description: str
    end_reason: str
    closed_on: date | None
    items: tuple[tuple[str, int, str], ...]  # (description, amount_fen, funding source)
    steps: tuple[StepView, ...]
    disclosures: tuple[DisclosureView, ...]
    deadlines: tuple[Deadline, ...] = field(default=())
    selection_method: str = ""  # planned 承接方选定方式, as resolved
    time_frame: str = ""  # planned 实施期限
    implementation: ImplementationView | None = None  # the current 组织实施 record with every payment since


@dataclass(frozen=True)
class BoardItem:
    matter_id: str
    matter_title: str
    village_name: str
    what: str
    posted_on: date | None
    ends_on: date | None
    due_on: date | None
    note: str


@dataclass(frozen=True)
class Board:
    today: date
    posted_now: tuple[BoardItem, ...]
    ends_soon: tuple[BoardItem, ...]
    overdue: tuple[BoardItem, ...]


# ── building blocks ───────────────────────────────────────────────────────────────


def _states(session: Session, matters: list[Matter]) -> list[MatterState]:
    ids = [m.id for m in matters]
    steps, notices, objections = defaultdict(list), defaultdict(list), defaultdict(list)
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for s in session.scalars(select(MatterStep).where(MatterStep.matter_id.in_(chunk), MatterStep.deleted_at.is_(None))):
            steps[s.matter_id].append(s)
        for d in session.scalars(select(MatterDisclosure).where(MatterDisclosure.matter_id.in_(chunk), MatterDisclosure.deleted_at.is_(None))):
            notices[d.matter_id].append(d)
        for o in session.scalars(select(MatterObjection).where(MatterObjection.matter_id.in_(chunk), MatterObjection.deleted_at.is_(None))):
            objections[o.matter_id].append(o)
    return [MatterState(m, steps[m.id], notices[m.id], objections[m.id]) for m in matters]


def deadlines(state: MatterState, today: date) -> list[Deadline]:
    out = []
    resolution = state.passed_step(wf.Stage.RESOLUTION)
    if resolution is not None:
        notice = state.notice(wf.DisclosureKind.RESOLUTION)
        due = due_after(resolution.held_on, "resolution_disclosure")
        posted = min((d.posted_on for d in state.disclosures if d.kind == wf.DisclosureKind.RESOLUTION), default=None)
        out.append(Deadline("决议公开", due, notice is not None, (posted or today) > due and not _ended(state)))
    implementation = state.passed_step(wf.Stage.IMPLEMENTATION)
    if implementation is not None:
        posted = min((d.posted_on for d in state.disclosures if d.kind == wf.DisclosureKind.RESULT), default=None)
        due = due_after(implementation.held_on, "result_disclosure")
        out.append(Deadline("实施结果公开", due, posted is not None, (posted or today) > due and not _ended(state)))
    for o in state.objections:
        out.append(Deadline(f"异议答复（{o.received_on.isoformat()} 收到）", o.reply_due, bool(o.outcome), (o.replied_on or today) > o.reply_due))
    result = state.notice(wf.DisclosureKind.RESULT)
    if result is not None and state.matter.stage == wf.Stage.RESULT_DISCLOSURE:
        out.append(Deadline("实施结果公示期满，可归档", result.ends_on, False, False))
    return out


def _ended(state: MatterState) -> bool:
    return state.matter.stage == wf.Stage.ENDED


def _row(state: MatterState, village_name: str, total_fen: int, today: date) -> MatterRow:
    m = state.matter
    stage = wf.Stage(m.stage)
    last = state.current(stage) if stage in wf.MEETING_STAGES else None
    failed = last is not None and not last.passed
    pending = [d for d in deadlines(state, today) if not d.done]
    due = min((d.due_on for d in pending), default=None)
    kind = catalogue().get(m.matter_type)
    return MatterRow(
        id=m.id, number=m.number, title=m.title, village_name=village_name, matter_type=m.matter_type,
        type_name=kind.name if kind else m.matter_type, stage=m.stage, stage_label=wf.label(stage),
        next_action=_next_action(state, stage, failed), due_on=due,
        overdue=any(d.overdue for d in pending), opened_on=m.opened_on, emergency=m.emergency, total_fen=total_fen,
        last_failed=failed,
    )  # fmt: skip


def _next_action(state: MatterState, stage: wf.Stage, failed: bool) -> str:
    """An unanswered objection comes before anything else the stage asks for."""
    open_count = len(state.open_objections())
    if open_count and stage not in wf.FINAL_STAGES:
        return f"答复异议（{open_count} 条）"
    return wf.next_action(stage, last_failed=failed)


def _totals(session: Session, ids: list[str]) -> dict[str, int]:
    rows = session.execute(
        select(MatterItem.matter_id, func.coalesce(func.sum(MatterItem.amount_fen), 0)).where(MatterItem.deleted_at.is_(None)).group_by(MatterItem.matter_id)
    )
    wanted = set(ids)
    return {matter_id: int(total) for matter_id, total in rows if matter_id in wanted}


# ── public reads ──────────────────────────────────────────────────────────────────


def list_matters(
    store: Store, *, today: date, village_id: str | None = None, stage: str | None = None, matter_type: str | None = None,
    year: int | None = None, overdue: bool | None = None,
) -> list[MatterRow]:  # fmt: skip
    """Matters with their next action and nearest due date, newest first."""
    with reading(store) as session:
        query = select(Matter).where(Matter.deleted_at.is_(None))
        if village_id:
            query = query.where(Matter.village_id == village_id)
        if stage:
            query = query.where(Matter.stage == stage)
        if matter_type:
            query = query.where(Matter.matter_type == matter_type)
        matters = list(session.scalars(query.order_by(Matter.opened_on.desc(), Matter.number.desc())))
        if year:
            matters = [m for m in matters if m.opened_on.year == year]
        names = dict(session.execute(select(Village.id, Village.name)).all())
        totals = _totals(session, [m.id for m in matters])
        rows = [_row(s, names.get(s.matter.village_id, ""), totals.get(s.matter.id, 0), today) for s in _states(session, matters)]
    if overdue is not None:
        rows = [r for r in rows if r.overdue == overdue]
    return rows


def matter_detail(store: Store, matter_id: str, *, today: date) -> MatterDetail:
    """Everything the matter page shows: line items, every step version, every notice version and objection."""
    from lufeng_desktop.services.matters import load_state  # noqa: PLC0415

    with reading(store) as session:
        state = load_state(session, matter_id)
        m = state.matter
        village = session.get(Village, m.village_id)
        items = tuple(
            (i.description, i.amount_fen, i.funding_source)
            for i in session.scalars(select(MatterItem).where(MatterItem.matter_id == m.id, MatterItem.deleted_at.is_(None)).order_by(MatterItem.position))
        )
        row = _row(state, village.name if village else "", sum(i[1] for i in items), today)
        steps = tuple(_step_view(session, state, s) for s in sorted(state.steps, key=lambda s: (wf.ORDER.index(wf.Stage(s.kind)), s.attempt, s.revision)))
        notices = tuple(_disclosure_view(state, d, today) for d in sorted(state.disclosures, key=lambda d: (d.kind != wf.DisclosureKind.RESOLUTION, d.revision)))
        implemented = state.passed_step(wf.Stage.IMPLEMENTATION)
        return MatterDetail(
            row=row, motion_source=m.motion_source, rule_set=m.rule_set, deciding_body=m.deciding_body,
            emergency_note=m.emergency_note, description=m.description, end_reason=m.end_reason, closed_on=m.closed_on,
            items=items, steps=steps, disclosures=notices, deadlines=tuple(deadlines(state, today)),
            selection_method=m.selection_method, time_frame=m.time_frame,
            implementation=implementation_view(session, implemented) if implemented else None,
        )  # fmt: skip


def _step_view(session: Session, state: MatterState, s: MatterStep) -> StepView:
    kind = wf.Stage(s.kind)
    current = state.current(kind)
    excluded = session.execute(
        select(MatterRosterEntry.name, MatterRosterEntry.note).where(MatterRosterEntry.step_id == s.id, MatterRosterEntry.counted.is_(False))
    ).all()
    bodies = load_bodies()
    return StepView(
        id=s.id, kind=s.kind, label=wf.label(kind), attempt=s.attempt, revision=s.revision,
        current=current is not None and current.id == s.id, held_on=s.held_on, body=s.body,
        body_name=bodies[s.body].name if s.body in bodies else "", place=s.place, chair=s.chair, recorder=s.recorder,
        unit=s.unit, quorum_base_kind=s.quorum_base_kind, decision_base_kind=s.decision_base_kind, base=s.base_count,
        present=s.present, yes=s.yes, no=s.no, abstain=s.abstain, valid=s.valid, passed=s.passed,
        reasons=tuple(json.loads(s.reasons)), resolution=s.resolution, minutes=s.minutes, town_officials=s.town_officials,
        correction_reason=s.correction_reason, notice_override_reason=s.notice_override_reason, merged_steps=s.merged_steps,
        not_counted=tuple(f"{name}：{note}" for name, note in excluded),
    )  # fmt: skip


def _disclosure_view(state: MatterState, d: MatterDisclosure, today: date) -> DisclosureView:
    kind = wf.DisclosureKind(d.kind)
    current = state.notice(kind)
    objections = tuple(
        ObjectionView(
            id=o.id, received_on=o.received_on, channel=o.channel, content=o.content, complainant=o.complainant,
            reply_due=o.reply_due, reply=o.reply, replied_on=o.replied_on, outcome=o.outcome, open=not o.outcome,
            overdue=(o.replied_on or today) > o.reply_due,
        )  # fmt: skip
        for o in sorted(state.objections, key=lambda o: o.received_on)
        if o.disclosure_id == d.id
    )
    return DisclosureView(
        id=d.id, kind=d.kind, label=wf.DISCLOSURE_LABELS[kind], revision=d.revision, current=current is not None and current.id == d.id,
        title=d.title, posted_on=d.posted_on, ends_on=d.ends_on, period=describe_period(d.posted_on, d.ends_on, d.period_value, d.period_unit),
        reviewed_by=d.reviewed_by, reviewed_on=d.reviewed_on, correction_reason=d.correction_reason, objections=objections,
    )  # fmt: skip


def board_view(store: Store, *, today: date, village_id: str | None = None) -> Board:
    """The 公开栏: notices up today, notices ending within two days, and everything overdue."""
    with reading(store) as session:
        query = select(Matter).where(Matter.deleted_at.is_(None), Matter.stage != wf.Stage.ENDED)
        if village_id:
            query = query.where(Matter.village_id == village_id)
        names = dict(session.execute(select(Village.id, Village.name)).all())
        posted, ending, overdue = [], [], []
        for state in _states(session, list(session.scalars(query))):
            m, village = state.matter, names.get(state.matter.village_id, "")
            for kind in wf.DisclosureKind:
                notice = state.notice(kind)
                if notice is not None and notice.posted_on <= today <= notice.ends_on:
                    review = "" if notice.reviewed_by else "（未经村务监督委员会审核）"
                    item = BoardItem(m.id, m.title, village, notice.title, notice.posted_on, notice.ends_on, None, f"公示至 {notice.ends_on.isoformat()}{review}")
                    posted.append(item)
                    if (notice.ends_on - today).days <= ENDS_SOON_DAYS:
                        ending.append(item)
            for d in deadlines(state, today):
                if d.overdue and not d.done:
                    overdue.append(BoardItem(m.id, m.title, village, d.label, None, None, d.due_on, f"应于 {d.due_on.isoformat()} 前完成，已逾期 {(today - d.due_on).days} 天"))
    key = lambda i: (i.ends_on or i.due_on or today, i.village_name)  # noqa: E731
    return Board(today, tuple(sorted(posted, key=key)), tuple(sorted(ending, key=key)), tuple(sorted(overdue, key=key)))
