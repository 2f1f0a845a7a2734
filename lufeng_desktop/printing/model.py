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
    """Implementation facts for the 实施结果公开 notice (DOMAIN.md §4.7)."""

    resolution_ref: str  # e.g. "2026年11月26日公示的决议" or the notice number
    contractor: str
    selection_method: str  # 公开招标 / 比选 / 竞价 …
    selection_date: date
    contract_amount_fen: int
    spending: tuple[Spending, ...]
    started_on: date
    finished_on: date | None
    acceptance_date: date | None
    acceptance_result: str
    payments: tuple[Payment, ...]
    outstanding: tuple[str, ...]
    supervision_opinion: str
    posting_from: date
    posting_to: date
    asset_terms: str = ""  # land/asset matters: lessee, area, term, rent, schedule
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


@dataclass(frozen=True)
class RosterEntry:
    """One eligible attendee: only name and 村民小组 are ever printed."""

    name: str
    group: str
    birth_date: date | None = field(default=None, compare=False)
