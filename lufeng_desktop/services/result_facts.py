"""The 实施结果公开 notice's facts, read from the recorded 组织实施 step and its payments.

Why its own module: print_jobs maps many documents; this mapping decides what a recorded
implementation says in public (expenditure by funding source is the payments summed per
source, so the two figures on the notice cannot disagree), and it is tested on its own.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core.implementation import spending_by_source, split_lines
from lufeng_desktop.printing import model as doc
from lufeng_desktop.printing.layout import format_cn_date
from lufeng_desktop.store.models import MatterDisclosure, MatterPayment, MatterStep


def payments(session: Session, step_id: str) -> list[MatterPayment]:
    return list(session.scalars(select(MatterPayment).where(
        MatterPayment.step_id == step_id, MatterPayment.deleted_at.is_(None)).order_by(MatterPayment.position)))  # fmt: skip


def asset_terms_text(step: MatterStep) -> str:
    """承租方、面积、期限、租金、支付方式 — only the parts that were recorded."""
    term = ""
    if step.asset_term_from and step.asset_term_to:
        term = f"自{format_cn_date(step.asset_term_from)}至{format_cn_date(step.asset_term_to)}"
    elif step.asset_term_from:
        term = f"自{format_cn_date(step.asset_term_from)}起"
    parts = (("承租（承包）方", step.asset_lessee), ("面积", step.asset_area), ("期限", term),
             ("租金", step.asset_rent), ("租金支付方式", step.asset_schedule))  # fmt: skip
    return "；".join(f"{label}：{value.rstrip('。')}" for label, value in parts if value)


def implementation_doc(session: Session, step: MatterStep, resolution: MatterDisclosure, result: MatterDisclosure,
                       audit_head: str) -> doc.ImplementationDoc:  # fmt: skip
    rows = payments(session, step.id)
    if rows:
        paid = tuple(doc.Payment(p.paid_on, p.amount_fen, "，".join(x for x in (p.funding_source, p.note) if x)) for p in rows)
        spending = tuple(doc.Spending(s, fen) for s, fen in spending_by_source((p.funding_source, p.amount_fen) for p in rows))
    else:  # recorded before payments were itemised: one cumulative figure
        paid = (doc.Payment(step.held_on, step.paid_fen, "累计已付"),) if step.paid_fen else ()
        spending = ()
    accepted = step.acceptance_result or "已验收"
    return doc.ImplementationDoc(
        resolution_ref=f"{format_cn_date(resolution.posted_on)}公示的决议", posting_from=result.posted_on,
        posting_to=result.ends_on, contractor=step.contractor, selection_method=step.selection_method,
        selection_date=step.selection_date, contract_amount_fen=step.contract_fen, spending=spending,
        started_on=step.started_on, finished_on=step.held_on, acceptance_date=step.held_on,
        acceptance_result=accepted + (f"（验收人：{step.accepted_by}）" if step.accepted_by else ""),
        payments=paid, outstanding=split_lines(step.outstanding), supervision_opinion=result.review_opinion,
        summary=step.minutes, asset_terms=asset_terms_text(step), overpayment_note=step.overpayment_note,
        audit_head=audit_head,
    )  # fmt: skip
