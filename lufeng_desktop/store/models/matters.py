"""四议两公开 matters: the matter, its line items, every recorded step (with its roster snapshot),
the disclosures and the objections against them.

Append-only by design: a correction or a re-held meeting is a new ``MatterStep`` row (``revision``
or ``attempt`` + 1), a re-posted notice a new ``MatterDisclosure`` row; the old rows stay, so the
history a town inspector reads is the history that happened. Every table is Syncable.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, Syncable


class Matter(Syncable, Base):
    """One 四议两公开 matter; ``stage`` is the step that is due next (core.workflow.Stage)."""

    __tablename__ = "matter"
    __table_args__ = (Index("ix_matter_village_stage", "village_id", "stage"),)
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # 2026-003, per village and year
    title: Mapped[str] = mapped_column(String(200))
    matter_type: Mapped[str] = mapped_column(String(40))  # resources/rules/matter_types.toml code
    motion_source: Mapped[str] = mapped_column(String(20))  # core.workflow.MOTION_SOURCES
    rule_set: Mapped[str] = mapped_column(String(40))  # frozen at creation: later rule edits do not change it
    deciding_body: Mapped[str] = mapped_column(String(40))  # step-4 body (bodies.toml code)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("villager_group.id"))  # for 村民小组会议 matters
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_note: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(30))
    end_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)  # archived or ended
    # What the resolution decides about carrying it out (printed in the 决议公开 notice's 决议内容).
    selection_method: Mapped[str] = mapped_column(String(20), default="", server_default="")  # core.implementation
    time_frame: Mapped[str] = mapped_column(String(100), default="", server_default="")  # "2027年3月底前完工"


class MatterItem(Syncable, Base):
    """A line item: amounts are integer fen, never floats."""

    __tablename__ = "matter_item"
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    funding_source: Mapped[str] = mapped_column(String(60), default="")


class MatterStep(Syncable, Base):
    """One version of one holding of one step. Current = highest revision of the highest attempt."""

    __tablename__ = "matter_step"
    __table_args__ = (Index("ix_matter_step_matter_kind", "matter_id", "kind"),)
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # core.workflow.Stage of the step
    attempt: Mapped[int] = mapped_column(Integer, default=1)  # re-held meetings count up
    revision: Mapped[int] = mapped_column(Integer, default=1)  # corrections count up
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("matter_step.id"))
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    chair: Mapped[str] = mapped_column(String(60), default="")
    recorder: Mapped[str] = mapped_column(String(60), default="")
    merged_steps: Mapped[bool] = mapped_column(Boolean, default=False)  # 提议 and 商议 held as one (一肩挑)
    # The vote, with everything needed to re-check it later (DOMAIN.md §1.3: store the base).
    body: Mapped[str] = mapped_column(String(40), default="")
    rule_set: Mapped[str] = mapped_column(String(40), default="")
    unit: Mapped[str] = mapped_column(String(2), default="人")
    quorum_base_kind: Mapped[str] = mapped_column(String(20), default="")
    decision_base_kind: Mapped[str] = mapped_column(String(20), default="")
    base_count: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[int] = mapped_column(Integer, default=0)
    yes: Mapped[int] = mapped_column(Integer, default=0)
    no: Mapped[int] = mapped_column(Integer, default=0)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    quorum_needed: Mapped[int] = mapped_column(Integer, default=0)
    yes_needed: Mapped[int] = mapped_column(Integer, default=0)
    valid: Mapped[bool] = mapped_column(Boolean, default=False)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of the clerk-facing sentences
    voting_method: Mapped[str] = mapped_column(String(10), default="")  # 举手 / 无记名投票 / 口头
    resolution: Mapped[str] = mapped_column(Text, default="")
    minutes: Mapped[str] = mapped_column(Text, default="")
    town_officials: Mapped[str] = mapped_column(Text, default="")  # 乡镇参会人员（含职务）
    notice_date: Mapped[date | None] = mapped_column(Date)  # when the meeting was announced
    notice_override_reason: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[str | None] = mapped_column(ForeignKey("villager_group.id"))
    # 组织实施 only
    started_on: Mapped[date | None] = mapped_column(Date)
    contractor: Mapped[str] = mapped_column(String(100), default="")
    contract_fen: Mapped[int | None] = mapped_column(BigInteger)
    paid_fen: Mapped[int | None] = mapped_column(BigInteger)
    accepted_by: Mapped[str] = mapped_column(String(100), default="")
    selection_method: Mapped[str] = mapped_column(String(20), default="", server_default="")  # core.implementation
    selection_date: Mapped[date | None] = mapped_column(Date)
    acceptance_result: Mapped[str] = mapped_column(Text, default="", server_default="")  # 验收合格 …
    outstanding: Mapped[str] = mapped_column(Text, default="", server_default="")  # 遗留事项, one per line
    overpayment_note: Mapped[str] = mapped_column(Text, default="", server_default="")  # why paid > contract
    # land / asset matters: lessee (承租方), area, term, rent and payment schedule
    asset_lessee: Mapped[str] = mapped_column(String(100), default="", server_default="")
    asset_area: Mapped[str] = mapped_column(String(60), default="", server_default="")
    asset_term_from: Mapped[date | None] = mapped_column(Date)
    asset_term_to: Mapped[date | None] = mapped_column(Date)
    asset_rent: Mapped[str] = mapped_column(String(200), default="", server_default="")
    asset_schedule: Mapped[str] = mapped_column(String(200), default="", server_default="")


class MatterPayment(Syncable, Base):
    """One payment made in carrying out a matter (组织实施): date, amount in fen, funding source.

    Actual expenditure by funding source is the sum of these per source, so the notice's two
    figures can never disagree. Linked to the implementation step version that recorded it.
    """

    __tablename__ = "matter_payment"
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    step_id: Mapped[str] = mapped_column(ForeignKey("matter_step.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    funding_source: Mapped[str] = mapped_column(String(60))
    note: Mapped[str] = mapped_column(String(200), default="")  # 进度款 / 结算款 / 质保金 …


class MatterRosterEntry(Syncable, Base):
    """Who was 应到 on the meeting day, as derived from the register then (a snapshot, never re-derived)."""

    __tablename__ = "matter_roster_entry"
    step_id: Mapped[str] = mapped_column(ForeignKey("matter_step.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"))
    name: Mapped[str] = mapped_column(String(60))
    label: Mapped[str] = mapped_column(String(60), default="")  # 书记 / 正式党员 / 村民代表 …
    counted: Mapped[bool] = mapped_column(Boolean, default=True)  # in the 应到 base
    note: Mapped[str] = mapped_column(String(200), default="")  # why not counted
    present: Mapped[bool] = mapped_column(Boolean, default=False)


class MatterDisclosure(Syncable, Base):
    """One version of a posted notice (决议公开 / 实施结果公开)."""

    __tablename__ = "matter_disclosure"
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # core.workflow.DisclosureKind
    revision: Mapped[int] = mapped_column(Integer, default=1)
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("matter_disclosure.id"))
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(String(100), default="")
    posted_on: Mapped[date] = mapped_column(Date)
    period_value: Mapped[int] = mapped_column(Integer)
    period_unit: Mapped[str] = mapped_column(String(10))  # calendar / working
    ends_on: Mapped[date] = mapped_column(Date)  # last day on the board
    reviewed_by: Mapped[str] = mapped_column(String(60), default="")  # 村务监督委员会
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    review_opinion: Mapped[str] = mapped_column(Text, default="")
    photo_attachment_id: Mapped[str | None] = mapped_column(ForeignKey("attachment.id"))


class MatterObjection(Syncable, Base):
    """An objection (异议) received while a notice was posted; open until it has an outcome."""

    __tablename__ = "matter_objection"
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    disclosure_id: Mapped[str] = mapped_column(ForeignKey("matter_disclosure.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(4))  # 书面 / 口头 / 电话
    content: Mapped[str] = mapped_column(Text)
    complainant: Mapped[str] = mapped_column(String(60), default="")  # optional
    complainant_contact: Mapped[str] = mapped_column(String(40), default="")  # personal data: never printed
    reply_due: Mapped[date] = mapped_column(Date)
    handled_by: Mapped[str] = mapped_column(String(60), default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(30), default="")  # core.workflow.ObjectionOutcome; "" = open
    escalation_ref: Mapped[str] = mapped_column(String(60), default="")


class MatterAttachment(Syncable, Base):
    """Links a stored attachment (signed sign-in sheet, photo of the notice) to a matter, step or notice."""

    __tablename__ = "matter_attachment"
    matter_id: Mapped[str] = mapped_column(ForeignKey("matter.id"), index=True)
    step_id: Mapped[str | None] = mapped_column(ForeignKey("matter_step.id"))
    disclosure_id: Mapped[str | None] = mapped_column(ForeignKey("matter_disclosure.id"))
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"))
    caption: Mapped[str] = mapped_column(String(200), default="")
