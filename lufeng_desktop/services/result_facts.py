"""The 实施结果公开 notice's facts, read from the recorded 组织实施 step and its payments.

Why its own module: print_jobs maps many documents; this mapping decides what a recorded
implementation says in public (expenditure by funding source is the payments summed per
source, so the two figures on the notice cannot disagree), and it is tested on its own.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lufeng_desktop.core.implementation import spending_by_source, split_lines
from lufeng_desktop.services.implementation_view import ImplementationView, asset_terms_text, payments, unitemised_fen
from lufeng_desktop.printing import model as doc
from lufeng_desktop.printing.layout import format_cn_date, format_yuan
from lufeng_desktop.store.models import MatterDisclosure, MatterStep


def implementation_doc(session: Session, step: MatterStep, resolution: MatterDisclosure, result: MatterDisclosure,
                       audit_head: str) -> doc.ImplementationDoc:  # fmt: skip
    recorded = payments(session, step.id)
    earlier = unitemised_fen(step, recorded)
    # A version shows what had been paid when it was posted: reprinting version 1 after a later payment
    # must give the notice that hung on the board (the corrected version shows the new payment).
    rows = [p for p in recorded if p.created_at <= result.created_at]
    paid = tuple(doc.Payment(p.paid_on, p.amount_fen, "，".join(x for x in (p.funding_source, p.note) if x)) for p in rows)
    spending = tuple(doc.Spending(s, fen) for s, fen in spending_by_source((p.funding_source, p.amount_fen) for p in rows))
    if earlier:  # recorded before payments were itemised: one cumulative figure comes first
        paid = (doc.Payment(step.held_on, earlier, "累计已付" if not rows else "此前累计已付（未分项）"), *paid)
        spending = spending if not rows else (*spending, doc.Spending("未分项", earlier))
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


# ── the 登记表's 实施情况 sheet ──────────────────────────────────────────────


def dossier_facts(v: ImplementationView) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The 实施情况 sheet's labelled rows; a fact that was not recorded gets no row at all."""
    facts: list[tuple[str, tuple[str, ...]]] = []

    def add(label: str, *lines: str) -> None:
        if any(lines):
            facts.append((label, tuple(line for line in lines if line)))

    when = f"（{format_cn_date(v.selection_date)}选定）" if v.selection_date else ""
    add("选定方式", v.selection_method and v.selection_method + when)
    add("承接方", v.contractor)
    add("合同金额", format_yuan(v.contract_fen) if v.contract_fen is not None else "")
    if v.started_on:
        add("实施期间", f"{format_cn_date(v.started_on)}开工，{format_cn_date(v.accepted_on)}验收")
    lines = [f"{format_cn_date(p.paid_on)}　{format_yuan(p.amount_fen)}　{p.funding_source}" + (f"（{p.note}）" if p.note else "")
             for p in v.payments]  # fmt: skip
    if v.unitemised_fen:
        lines.insert(0, f"{'此前' if v.payments else ''}累计已付（未分项）　{format_yuan(v.unitemised_fen)}")
    if len(lines) > 1:
        lines.append(f"合计　{format_yuan(v.paid_fen)}")
    add("付款情况", *lines)
    if len(v.spending) > 1 or (v.spending and v.unitemised_fen):
        add("资金来源", "；".join(f"{source}{format_yuan(fen)}" for source, fen in v.spending))
    add("超付说明", v.overpayment_note)
    accepted = "，".join(x for x in (v.acceptance_result, v.accepted_by and f"验收人：{v.accepted_by}") if x)
    add("验收情况", f"{format_cn_date(v.accepted_on)}验收" + (f"，{accepted}" if accepted else ""))
    add("遗留事项", *v.outstanding)
    add("租赁（承包）条件", v.asset_terms)
    return tuple(facts)
