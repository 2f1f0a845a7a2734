"""四议两公开 matters: create, implement, end, archive — and the shared state every matter service reads.

Each public function runs in its own unit of work (one transaction, one audit entry). The ``*_in``
variants take an open session so the demo generator can build many matters in one transaction.
Meetings live in services/meetings.py, notices and objections in services/disclosures.py, the
read models in services/matter_views.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.calendar import HolidayCalendar, add_days, load_holidays
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.core import implementation as impl
from lufeng_desktop.core.rules import Deadline, MatterType, load_deadlines, load_matter_types, load_rule_sets
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Matter, MatterDisclosure, MatterItem, MatterObjection, MatterPayment, MatterStep, Village
from lufeng_desktop.services.uow import unit_of_work


@dataclass(frozen=True)
class LineItemInput:
    description: str
    amount_fen: int  # integer fen: 1 元 = 100
    funding_source: str = ""


@dataclass(frozen=True)
class MatterInput:
    village_id: str
    matter_type: str
    title: str
    motion_source: str
    opened_on: date
    items: tuple[LineItemInput, ...] = ()
    rule_set: str | None = None  # default: the matter type's
    deciding_body: str | None = None  # default: the matter type's first step-4 body
    group_id: str | None = None  # for 村民小组会议 matters
    emergency: bool = False
    emergency_note: str = ""
    description: str = ""
    selection_method: str = ""  # planned 承接方选定方式 (core.implementation.SELECTION_METHODS)
    time_frame: str = ""  # planned 实施期限, as the resolution words it


@dataclass(frozen=True)
class PaymentInput:
    paid_on: date
    amount_fen: int  # integer fen, > 0
    funding_source: str  # 上级财政专项资金 / 村集体经济收入 …: the notice sums expenditure per source
    note: str = ""  # 进度款 / 结算款 / 质保金


@dataclass(frozen=True)
class AssetTermsInput:
    """Land / asset matters: who leases what, for how long, at what rent, paid when."""

    lessee: str = ""
    area: str = ""  # "35.6亩", as measured
    term_from: date | None = None
    term_to: date | None = None
    rent: str = ""  # "每亩每年800元，合计每年28,480元"
    schedule: str = ""  # "每年1月31日前缴清当年租金"


@dataclass(frozen=True)
class ImplementationInput:
    started_on: date
    completed_on: date  # the date of acceptance (验收); the result notice counts from it
    summary: str
    contractor: str = ""
    contract_fen: int | None = None
    paid_fen: int | None = None  # legacy total; with ``payments`` it must equal their sum (or be None)
    accepted_by: str = ""
    selection_method: str = ""
    selection_date: date | None = None
    acceptance_result: str = ""  # 验收合格 / 基本合格，限期整改 …
    payments: tuple[PaymentInput, ...] = ()
    outstanding: tuple[str, ...] = ()  # 遗留事项, one per entry
    overpayment_note: str = ""  # required when the payments exceed the contract amount
    asset_terms: AssetTermsInput | None = None


@lru_cache(maxsize=1)
def catalogue() -> dict[str, MatterType]:
    return load_matter_types()[0]


@lru_cache(maxsize=1)
def holidays() -> HolidayCalendar:
    return load_holidays()


def deadline(code: str) -> Deadline:
    return load_deadlines()[code]


def due_after(start: date, code: str) -> date:
    rule = deadline(code)
    return add_days(start, rule.days, rule.unit, holidays())


@dataclass
class MatterState:
    """A matter with its current step versions, current notices and open objections."""

    matter: Matter
    steps: list[MatterStep]  # every version of every attempt, oldest first
    disclosures: list[MatterDisclosure]
    objections: list[MatterObjection]

    def current(self, kind: wf.Stage) -> MatterStep | None:
        """The latest version of the latest holding of ``kind``."""
        rows = [s for s in self.steps if s.kind == kind]
        return max(rows, key=lambda s: (s.attempt, s.revision)) if rows else None

    def passed_step(self, kind: wf.Stage) -> MatterStep | None:
        step = self.current(kind)
        return step if step is not None and step.passed else None

    def notice(self, kind: wf.DisclosureKind) -> MatterDisclosure | None:
        rows = [d for d in self.disclosures if d.kind == kind]
        return max(rows, key=lambda d: d.revision) if rows else None

    def open_objections(self) -> list[MatterObjection]:
        return [o for o in self.objections if not o.outcome]

    def latest_date(self) -> date:
        dates = [self.matter.opened_on, *(s.held_on for s in self.steps), *(d.posted_on for d in self.disclosures)]
        return max(dates)


def load_state(session: Session, matter_id: str) -> MatterState:
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted_at is not None:
        raise NotFoundError("找不到该事项", f"matter {matter_id} not found", code="matter_not_found")
    steps = list(session.scalars(select(MatterStep).where(MatterStep.matter_id == matter_id, MatterStep.deleted_at.is_(None)).order_by(MatterStep.created_at)))
    disclosures = list(session.scalars(select(MatterDisclosure).where(MatterDisclosure.matter_id == matter_id, MatterDisclosure.deleted_at.is_(None))))
    objections = list(session.scalars(select(MatterObjection).where(MatterObjection.matter_id == matter_id, MatterObjection.deleted_at.is_(None))))
    return MatterState(matter, steps, disclosures, objections)


def move(state: MatterState, target: wf.Stage) -> None:
    """Change the stage through the pure guard — the only place a stage is assigned."""
    current = wf.Stage(state.matter.stage)
    if target is current:
        return
    merge_allowed = load_rule_sets()[state.matter.rule_set].allow_merge_steps_1_2
    wf.check_transition(current, target, merge_allowed=merge_allowed)
    state.matter.stage = str(target)


def require_stage(state: MatterState, *stages: wf.Stage, doing: str) -> wf.Stage:
    stage = wf.Stage(state.matter.stage)
    if stage not in stages:
        wanted = "、".join(wf.label(s) for s in stages)
        raise ValidationError(
            f"事项当前处于“{wf.label(stage)}”阶段，不能{doing}（须在“{wanted}”阶段）",
            f"cannot {doing} at stage '{stage}' (needs {', '.join(stages)})",
            field="stage",
            code="invalid_transition",
        )
    return stage


def text(value: str, zh: str, en: str, field: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise ValidationError(f"请填写{zh}", f"{en} is required", field=field, code="required")
    return cleaned


# ── create ─────────────────────────────────────────────────────────────────────


def create_matter(store: Store, actor: Actor, data: MatterInput) -> str:
    with unit_of_work(store, actor, "matters.create", title=data.title) as session:
        return create_matter_in(session, data)


def create_matter_in(session: Session, data: MatterInput) -> str:
    village = session.get(Village, data.village_id)
    if village is None or village.deleted_at is not None:
        raise NotFoundError("找不到该村（社区）", f"village {data.village_id} not found", code="village_not_found")
    kind = catalogue().get(data.matter_type)
    if kind is None:
        raise ValidationError(f"未知的事项类型“{data.matter_type}”", f"unknown matter type '{data.matter_type}'", field="matter_type", code="unknown_matter_type")
    rule_set = data.rule_set or kind.rule_set
    if rule_set not in load_rule_sets():
        raise ValidationError(f"未知的规则集“{rule_set}”", f"unknown rule set '{rule_set}'", field="rule_set", code="unknown_rule_set")
    body = data.deciding_body or kind.deciding_bodies[0]
    if body not in kind.deciding_bodies:
        raise ValidationError(f"“{kind.name}”不能由该机构决议", f"body '{body}' cannot decide a '{kind.code}' matter", field="deciding_body", code="body_not_allowed")
    if body.startswith("villagers_group") and data.group_id is None:
        raise ValidationError("村民小组会议决议的事项须选定村民小组", "a group matter needs its villager group", field="group_id", code="group_required")
    if data.motion_source not in wf.MOTION_SOURCES:
        raise ValidationError(f"动议来源应为：{'、'.join(wf.MOTION_SOURCES)}", "unknown motion source", field="motion_source", code="bad_motion_source")
    for item in data.items:
        text(item.description, "明细项目名称", "line item description", "items")
        if isinstance(item.amount_fen, bool) or not isinstance(item.amount_fen, int) or item.amount_fen < 0:
            raise ValidationError("金额须为不小于 0 的整数（分）", "amounts are non-negative integers in fen", field="items", code="bad_amount")
    year = data.opened_on.year
    count = session.scalar(select(func.count()).select_from(Matter).where(Matter.village_id == village.id, Matter.number.like(f"{year}-%"))) or 0
    matter = Matter(
        village_code=village.code, village_id=village.id, number=f"{year}-{count + 1:03d}",
        title=text(data.title, "事项名称", "title", "title"), matter_type=kind.code, motion_source=data.motion_source,
        rule_set=rule_set, deciding_body=body, group_id=data.group_id, emergency=data.emergency,
        emergency_note=data.emergency_note.strip(), description=data.description.strip(), opened_on=data.opened_on,
        stage=str(wf.Stage.PROPOSAL), selection_method=impl.check_selection_method(data.selection_method),
        time_frame=data.time_frame.strip(),
    )  # fmt: skip
    if data.emergency and not matter.emergency_note:
        raise ValidationError("紧急事项须说明紧急情况及补办安排", "an emergency matter needs a note", field="emergency_note", code="required")
    session.add(matter)
    session.flush()
    for position, item in enumerate(data.items, start=1):
        session.add(MatterItem(
            village_code=village.code, matter_id=matter.id, position=position, description=item.description.strip(),
            amount_fen=item.amount_fen, funding_source=item.funding_source.strip(),
        ))  # fmt: skip
    return matter.id


# ── implementation, end, archive ──────────────────────────────────────────────


def record_implementation(store: Store, actor: Actor, matter_id: str, data: ImplementationInput) -> str:
    with unit_of_work(store, actor, "matters.implementation", matter_id=matter_id) as session:
        return record_implementation_in(session, matter_id, data)


def record_implementation_in(session: Session, matter_id: str, data: ImplementationInput) -> str:
    state = load_state(session, matter_id)
    require_stage(state, wf.Stage.IMPLEMENTATION, doing="登记组织实施")
    notice = state.notice(wf.DisclosureKind.RESOLUTION)
    assert notice is not None  # IMPLEMENTATION is only reached by posting it
    wf.check_not_before(data.started_on, notice.posted_on, "决议公开")
    wf.check_not_before(data.completed_on, data.started_on, "开工")
    if state.open_objections():
        raise ValidationError("决议公开还有未处理的异议，处理完毕后方可登记实施", "answer the open objections before implementing", field="stage", code="open_objection")
    contract = impl.check_fen(data.contract_fen, field="contract_fen")
    paid = _check_payments(data, notice.posted_on, contract)
    method = impl.check_selection_method(data.selection_method)
    if data.selection_date is not None:
        if not method:
            raise ValidationError("填写了选定日期，请同时选择选定方式", "a selection date needs the selection method", field="selection_method", code="required")
        _not_before(data.selection_date, notice.posted_on, "selection_date")
        if data.selection_date > data.completed_on:
            raise ValidationError("选定承接方的日期不能晚于验收日期", "the selection date cannot be after acceptance", field="selection_date", code="date_order")
    terms = data.asset_terms or AssetTermsInput()
    if terms.term_from and terms.term_to and terms.term_to < terms.term_from:
        raise ValidationError("租赁（承包）期限的结束日期不能早于开始日期", "the lease term ends before it starts", field="asset_terms", code="date_order")
    step = MatterStep(
        village_code=state.matter.village_code, matter_id=matter_id, kind=str(wf.Stage.IMPLEMENTATION),
        held_on=data.completed_on, started_on=data.started_on, minutes=text(data.summary, "实施情况", "summary", "summary"),
        contractor=data.contractor.strip(), contract_fen=contract, paid_fen=paid,
        accepted_by=data.accepted_by.strip(), valid=True, passed=True, selection_method=method,
        selection_date=data.selection_date, acceptance_result=data.acceptance_result.strip(),
        outstanding="\n".join(o.strip() for o in data.outstanding if o.strip()), overpayment_note=data.overpayment_note.strip(),
        asset_lessee=terms.lessee.strip(), asset_area=terms.area.strip(), asset_term_from=terms.term_from,
        asset_term_to=terms.term_to, asset_rent=terms.rent.strip(), asset_schedule=terms.schedule.strip(),
    )  # fmt: skip
    session.add(step)
    session.flush()
    for position, p in enumerate(data.payments, start=1):
        session.add(MatterPayment(
            village_code=state.matter.village_code, matter_id=matter_id, step_id=step.id, position=position,
            paid_on=p.paid_on, amount_fen=p.amount_fen, funding_source=p.funding_source.strip(), note=p.note.strip(),
        ))  # fmt: skip
    move(state, wf.Stage.RESULT_DISCLOSURE)
    session.flush()
    return step.id


def _not_before(day: date, posted: date, field: str) -> None:
    """Nothing is chosen or paid before the resolution is public; the error names the field it is about."""
    try:
        wf.check_not_before(day, posted, "决议公开")
    except ValidationError as exc:
        raise ValidationError(exc.zh, exc.en, field=field, code=exc.code) from None


def _check_payments(data: ImplementationInput, resolution_posted: date, contract: int | None) -> int | None:
    """The total paid, after checking each payment; paying more than the contract needs a written reason.

    Why a reason and not a refusal: 追加工程量 approved by the 村民代表会议 is a real, lawful case — but
    the overpayment is exactly what villagers ask about, so the notice must say why, in the clerk's words.
    """
    for number, p in enumerate(data.payments, start=1):
        check_payment(number, p, resolution_posted)
    paid = impl.check_fen(data.paid_fen, field="paid_fen")
    if data.payments:
        total = sum(p.amount_fen for p in data.payments)
        if paid is not None and paid != total:
            raise ValidationError("累计已付金额与各笔付款合计不符", "paid total differs from the sum of the payments", field="paid_fen", code="paid_mismatch")
        paid = total
    check_overpayment(contract, paid or 0, data.overpayment_note)
    return paid


def check_payment(number: int, p: PaymentInput, resolution_posted: date) -> None:
    """One payment: a positive amount, its funding source, not before the resolution was public."""
    try:
        impl.check_fen(p.amount_fen, field="payments", positive=True)
    except ValidationError as exc:
        raise ValidationError(f"第{number}笔付款：{exc.zh}", f"payment {number}: {exc.en}", field="payments", code=exc.code) from None
    if not p.funding_source.strip():
        raise ValidationError(f"请填写第{number}笔付款的资金来源", f"payment {number} needs its funding source", field="payments", code="required")
    _not_before(p.paid_on, resolution_posted, "payments")


def check_overpayment(contract: int | None, paid: int, note: str) -> None:
    excess = impl.excess_over_contract(contract, [paid])
    if excess and not note.strip():
        raise ValidationError(
            f"已付款超出合同金额{excess // 100:,}.{excess % 100:02d}元，请填写超付说明（如追加工程量经村民代表会议同意）",
            "payments exceed the contract amount: give the reason", field="overpayment_note", code="overpaid",
        )  # fmt: skip


def end_matter(store: Store, actor: Actor, matter_id: str, *, on: date, reason: str) -> None:
    with unit_of_work(store, actor, "matters.end", matter_id=matter_id) as session:
        end_matter_in(session, matter_id, on=on, reason=reason)


def end_matter_in(session: Session, matter_id: str, *, on: date, reason: str) -> None:
    state = load_state(session, matter_id)
    why = text(reason, "终止理由", "reason", "reason")
    wf.check_not_before(on, state.latest_date(), "最近一次记录")
    move(state, wf.Stage.ENDED)
    state.matter.end_reason, state.matter.closed_on = why, on


def archive_matter(store: Store, actor: Actor, matter_id: str, *, on: date) -> None:
    with unit_of_work(store, actor, "matters.archive", matter_id=matter_id) as session:
        archive_matter_in(session, matter_id, on=on)


def archive_matter_in(session: Session, matter_id: str, *, on: date) -> None:
    state = load_state(session, matter_id)
    require_stage(state, wf.Stage.RESULT_DISCLOSURE, doing="归档")
    notice = state.notice(wf.DisclosureKind.RESULT)
    wf.check_archive(wf.ArchiveFacts(notice.ends_on if notice else None, len(state.open_objections())), on)
    move(state, wf.Stage.ARCHIVED)
    state.matter.closed_on = on
