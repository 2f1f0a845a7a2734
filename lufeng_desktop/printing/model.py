"""Plain, frozen data the document builders print (filled by a service, not by the GUI).

Why separate DTOs: printing must not depend on the ORM or the workflow engine, so a
notice can be rebuilt from an archived snapshot and tested without a database. Amounts
are integer fen (分) so no float ever reaches a public notice. Only what may be shown
publicly belongs here (DOMAIN.md §7.3): no ID numbers, no villager phone numbers; a
birth date is carried only so a minor's name can be masked, and is never printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class LineItem:
    """One costed part of the matter (DOMAIN.md §4.8 example 2: a case bundles several)."""

    description: str
    amount_fen: int
    funding_source: str


@dataclass(frozen=True)
class StepRecord:
    """One step of 四议两公开 as printed: who decided what, when, with which counts.

    ``base_label`` names what ``expected`` counts (e.g. "有表决权的党员", "村民代表会议组成人员").
    Counts left ``None`` are not printed (a 党组织提议 has no vote to show).
    """

    kind_label: str
    held_on: date
    body_label: str
    expected: int | None = None
    base_label: str = ""
    present: int | None = None
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    result: str = ""
    unit: str = "人"  # 户 for meetings counted by household


@dataclass(frozen=True)
class MatterDoc:
    """Everything the 决议公开 notice shows about one 4+2 matter (DOMAIN.md §4.7)."""

    village_name: str
    town_name: str
    title: str
    matter_type_label: str
    motion_source: str
    line_items: tuple[LineItem, ...]
    steps: tuple[StepRecord, ...]
    resolution_text: str
    posting_from: date
    posting_to: date
    objection_channel: str
    supervision_phone: str  # official duty number, printed in full
    issuers: tuple[str, ...]  # e.g. ("中共××村支部委员会", "××村民委员会"), in signing order
    supervision_reviewer: str | None = None  # None prints a blank signature line
    audit_head: str | None = None  # hex hash of the audit-log head, shown in the footer
    issued_on: date | None = None  # date under the issuers; defaults to posting_from
    selection_method: str = ""  # planned 承接方选定方式, part of 决议内容 when decided
    time_frame: str = ""  # planned 实施期限 ("2027年3月底前完工")

    @property
    def sign_date(self) -> date:
        return self.issued_on or self.posting_from


@dataclass(frozen=True)
class Spending:
    """Actual expenditure from one funding source."""

    funding_source: str
    amount_fen: int


@dataclass(frozen=True)
class Payment:
    """A payment made to the contractor or counterparty."""

    paid_on: date
    amount_fen: int
    note: str = ""


@dataclass(frozen=True)
class ImplementationDoc:
    """Implementation facts for the 实施结果公开 notice (DOMAIN.md §4.7).

    Facts left empty are not printed (a workflow that did not record the selection
    method prints no 选定方式 line rather than a blank one).
    """

    resolution_ref: str  # e.g. "2026年11月26日公示的决议" or the notice number
    posting_from: date
    posting_to: date
    contractor: str = ""
    selection_method: str = ""  # 公开招标 / 比选 / 竞价 …
    selection_date: date | None = None
    contract_amount_fen: int | None = None
    spending: tuple[Spending, ...] = ()
    started_on: date | None = None
    finished_on: date | None = None
    acceptance_date: date | None = None
    acceptance_result: str = ""
    payments: tuple[Payment, ...] = ()
    outstanding: tuple[str, ...] = ()
    supervision_opinion: str = ""
    summary: str = ""  # 实施情况 in the clerk's words
    asset_terms: str = ""  # land/asset matters: lessee, area, term, rent, schedule
    overpayment_note: str = ""  # why the payments exceed the contract amount (printed with them)
    issued_on: date | None = None
    audit_head: str | None = None  # overrides MatterDoc.audit_head when set

    @property
    def sign_date(self) -> date:
        return self.issued_on or self.posting_from


@dataclass(frozen=True)
class MeetingDoc:
    """A meeting whose sign-in sheet is printed before it starts."""

    village_name: str
    body_label: str  # 村民代表会议 / 党员大会 / 村“两委”联席会议 …
    held_on: date
    place: str
    matter_title: str
    expected: int | None = None  # defaults to the roster length
    audit_head: str | None = None
    starts_at: str = ""  # time of day as printed: "上午9时"
    convener: str = ""  # who calls the meeting and signs the notice: "东海村民委员会"
    attendees_label: str = ""  # 参加人员: "全体村民代表和村民委员会成员"
    agenda: tuple[str, ...] = ()  # 会议议题; defaults to the matter title
    notice_on: date | None = None  # the day the notice is posted
    notice_days: int | None = None  # legal minimum notice (10 for 村民会议, 成员大会)
    notice_basis: str = ""  # the article that sets it, e.g. "《中华人民共和国村民委员会组织法》第二十一条"
    notice_override: str = ""  # why a shorter notice was accepted (recorded by the workflow)
    chair: str = ""  # 主持人
    recorder: str = ""  # 记录人
    contact: str = ""  # official contact line, printed in full ("村委会 0660-8123456")

    @property
    def topics(self) -> tuple[str, ...]:
        return self.agenda or (self.matter_title,)


@dataclass(frozen=True)
class RosterEntry:
    """One eligible attendee: only name and 村民小组 are ever printed."""

    name: str
    group: str
    birth_date: date | None = field(default=None, compare=False)


# The three tick boxes of 动议事由 on the 登记表 (DOMAIN.md §2.2, S15).
MOTION_KINDS = ("党员群众建议", "村干部提议", "上级党委政府安排")


@dataclass(frozen=True)
class MinutesDoc:
    """A 会议记录 form; fields left empty print as lines to fill in by hand."""

    meeting: MeetingDoc
    record: StepRecord | None = None  # counts and votes, once the meeting was held
    discussion: str = ""
    resolution: str = ""
    verdict: str = ""  # the quorum/majority explanation, e.g. "实到31人≥2/3，会议有效；…"
    town_attendees: tuple[str, ...] = ()  # "姓名（职务）"


@dataclass(frozen=True)
class DossierSheet:
    """One sheet (one step) of the 决策实施登记表.

    ``attendees`` are pre-printed beside blank signature cells; when empty the sheet
    gets blank rows for ``present`` (or ``expected``) hand-written signatures.
    """

    step_label: str  # 村党组织提议 / 村“两委”商议 / … / 实施结果公开
    content_label: str  # 提议内容 / 商议内容 / 审议内容 / 决议内容 / 公开内容 / 实施情况
    held_on: date | None = None
    form: str = ""  # 会议形式 (支委会、党员大会 …) or 公开形式 (公开栏张贴 …)
    expected: int | None = None
    present: int | None = None
    content: str = ""
    result: str = ""  # 表决结果
    attendees: tuple[str, ...] = ()
    town_attendees: tuple[str, ...] = ()  # sheets 3 and 4: "姓名（职务）"
    disclosure: str = ""  # sheets 5 and 6: 公开情况
    supervision: str = ""  # sheets 5 and 6: 监督意见
    # Sheet 6: labelled implementation facts (选定方式, 付款情况 …), one or more lines each; only recorded ones.
    facts: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class DossierDoc:
    """The six-sheet 村级重大事务“四议两公开”决策实施登记表 of one matter (DOMAIN.md §2.2)."""

    village_name: str
    town_name: str
    title: str  # 事项
    motion_kind: str  # one of MOTION_KINDS ("" when not recorded: no box ticked)
    motion_source: str
    sheets: tuple[DossierSheet, ...]
    audit_head: str | None = None


@dataclass(frozen=True)
class ChecklistItem:
    """One 五有 criterion of a demonstration site as checked."""

    label: str
    evidence: str
    status: str  # core.roles.ChecklistStatus value: 达标 / 整改中 / 未达标
    checked_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class InspectionNote:
    inspected_on: date
    inspector: str
    notes: str


@dataclass(frozen=True)
class DemoSiteDoc:
    """The 村民小组示范点“五有” checklist of one villager group."""

    village_name: str
    town_name: str
    group_name: str
    designated_on: date | None
    items: tuple[ChecklistItem, ...]
    service_functions: tuple[str, ...]
    inspections: tuple[InspectionNote, ...]
    printed_on: date
    notes: str = ""
    audit_head: str | None = None


@dataclass(frozen=True)
class ObjectionDoc:
    """An objection (异议) received during a posting period, for the receipt (DOMAIN.md §4.6).

    ``complainant_phone`` is the raw number as recorded; only its masked form is printed.
    """

    village_name: str
    notice_title: str
    receipt_no: str
    received_on: date
    channel: str  # 书面 / 口头 / 电话
    complainant: str  # "" for an anonymous objection
    content: str
    handled_by: str
    reply_due: date
    supervision_phone: str  # official duty number, printed in full
    receiver: str  # the body that receives objections: "东海村务监督委员会"
    complainant_phone: str = ""
    audit_head: str | None = None
