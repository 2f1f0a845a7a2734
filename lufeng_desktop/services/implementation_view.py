"""The recorded 组织实施 facts of a matter, as plain data for the matter page, ``matters show`` and the 登记表.

No printing imports here: the matter page reads this and reportlab is slow to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core.implementation import spending_by_source, split_lines
from lufeng_desktop.store.models import MatterPayment, MatterStep


def payments(session: Session, step_id: str) -> list[MatterPayment]:
    return list(session.scalars(select(MatterPayment).where(
        MatterPayment.step_id == step_id, MatterPayment.deleted_at.is_(None)).order_by(MatterPayment.position)))  # fmt: skip


def unitemised_fen(step: MatterStep, rows: list[MatterPayment]) -> int:
    """The part of the step's paid total that no payment row explains (steps recorded before itemising)."""
    return max(0, (step.paid_fen or 0) - sum(p.amount_fen for p in rows))


def cn_date(value: date) -> str:
    """2026年11月26日 (GB/T 9704, as printing.layout.format_cn_date)."""
    return f"{value.year}年{value.month}月{value.day}日"


def asset_terms_text(step: MatterStep) -> str:
    """承租方、面积、期限、租金、支付方式 — only the parts that were recorded."""
    term = ""
    if step.asset_term_from and step.asset_term_to:
        term = f"自{cn_date(step.asset_term_from)}至{cn_date(step.asset_term_to)}"
    elif step.asset_term_from:
        term = f"自{cn_date(step.asset_term_from)}起"
    parts = (("承租（承包）方", step.asset_lessee), ("面积", step.asset_area), ("期限", term),
             ("租金", step.asset_rent), ("租金支付方式", step.asset_schedule))  # fmt: skip
    return "；".join(f"{label}：{value.rstrip('。')}" for label, value in parts if value)


@dataclass(frozen=True)
class PaymentView:
    paid_on: date
    amount_fen: int
    funding_source: str
    note: str


@dataclass(frozen=True)
class ImplementationView:
    """What was recorded at 组织实施 (and paid since): empty strings / None mean "not recorded"."""

    step_id: str
    started_on: date | None
    accepted_on: date
    summary: str
    contractor: str
    selection_method: str
    selection_date: date | None
    contract_fen: int | None
    paid_fen: int  # every payment, itemised or not
    unitemised_fen: int  # recorded as one total before payments were itemised
    acceptance_result: str
    accepted_by: str
    payments: tuple[PaymentView, ...]
    spending: tuple[tuple[str, int], ...]  # (funding source, fen) of the itemised payments
    outstanding: tuple[str, ...]
    overpayment_note: str
    asset_terms: str


def implementation_view(session: Session, step: MatterStep) -> ImplementationView:
    rows = payments(session, step.id)
    earlier = unitemised_fen(step, rows)
    return ImplementationView(
        step_id=step.id, started_on=step.started_on, accepted_on=step.held_on, summary=step.minutes,
        contractor=step.contractor, selection_method=step.selection_method, selection_date=step.selection_date,
        contract_fen=step.contract_fen, paid_fen=earlier + sum(p.amount_fen for p in rows), unitemised_fen=earlier,
        acceptance_result=step.acceptance_result, accepted_by=step.accepted_by,
        payments=tuple(PaymentView(p.paid_on, p.amount_fen, p.funding_source, p.note) for p in rows),
        spending=tuple(spending_by_source((p.funding_source, p.amount_fen) for p in rows)),
        outstanding=split_lines(step.outstanding), overpayment_note=step.overpayment_note, asset_terms=asset_terms_text(step),
    )  # fmt: skip
