"""A payment made after the implementation was recorded: retention money (质保金) paid a year later,
a final instalment, an approved extra.

When: only while the matter is at 实施结果公开 — the implementation is recorded and the matter is still
open. DOMAIN.md §4.1 asks for 事前、事中、事后全过程公开 and §4.6 treats a changed notice as a new
version with a new posting period; an archived or ended matter is a closed record (the re-posting
service refuses it too), so money still due should be listed as an outstanding item and the matter
archived only after the last payment. The same checks apply as at implementation (positive amount,
funding source, not before the resolution was public; more than the contract only with a written
reason). The step's ``paid_fen`` total grows by the payment, so a step recorded before payments were
itemised keeps its earlier total as the un-itemised part (see result_facts).

If a 实施结果公开 notice is already on record, what it says about payments is now out of date: the
caller is told which notice must be re-posted as a corrected version (services/disclosures.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.implementation import check_fen
from lufeng_desktop.services.matters import PaymentInput, check_overpayment, check_payment, load_state, require_stage
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterPayment


@dataclass(frozen=True)
class PaymentAdded:
    payment_id: str
    paid_fen: int  # the new cumulative total
    payments: int  # itemised payments now on record
    notice_id: str | None  # the current 实施结果公开 notice, now to be re-posted as a corrected version
    notice_revision: int | None

    @property
    def repost_needed(self) -> bool:
        return self.notice_id is not None

    def sentence(self) -> str:
        """What the clerk must do next, Chinese then English."""
        if self.notice_id is None:
            return "付款已登记，将列入实施结果公开。（The payment is recorded and will be on the result notice.）"
        return (f"付款已登记。实施结果公开（第{self.notice_revision}版）已张贴，付款情况已变更，须张贴更正后的公告（新版本，重新计算公示期）。"
                f"（The payment is recorded. The result notice (version {self.notice_revision}) is already posted: "
                "post a corrected version with a new posting period.）")


def add_payment(store: Store, actor: Actor, matter_id: str, payment: PaymentInput, *, overpayment_note: str = "") -> PaymentAdded:
    with unit_of_work(store, actor, "matters.add_payment", matter_id=matter_id, amount_fen=payment.amount_fen) as session:
        return add_payment_in(session, matter_id, payment, overpayment_note=overpayment_note)


def add_payment_in(session: Session, matter_id: str, payment: PaymentInput, *, overpayment_note: str = "") -> PaymentAdded:
    state = load_state(session, matter_id)
    require_stage(state, wf.Stage.RESULT_DISCLOSURE, doing="补记付款")
    step = state.passed_step(wf.Stage.IMPLEMENTATION)
    resolution = state.notice(wf.DisclosureKind.RESOLUTION)
    assert step is not None and resolution is not None  # RESULT_DISCLOSURE is only reached through both
    count = session.scalar(select(func.count()).select_from(MatterPayment).where(
        MatterPayment.step_id == step.id, MatterPayment.deleted_at.is_(None))) or 0  # fmt: skip
    check_payment(count + 1, payment, resolution.posted_on)
    total = (step.paid_fen or 0) + check_fen(payment.amount_fen, field="payments", positive=True)  # type: ignore[operator]
    note = overpayment_note.strip() or step.overpayment_note
    check_overpayment(step.contract_fen, total, note)
    last = session.scalar(select(func.max(MatterPayment.position)).where(MatterPayment.step_id == step.id)) or 0
    row = MatterPayment(
        village_code=step.village_code, matter_id=matter_id, step_id=step.id, position=last + 1, paid_on=payment.paid_on,
        amount_fen=payment.amount_fen, funding_source=payment.funding_source.strip(), note=payment.note.strip(),
    )  # fmt: skip
    session.add(row)
    step.paid_fen, step.overpayment_note = total, note
    session.flush()
    notice = state.notice(wf.DisclosureKind.RESULT)
    return PaymentAdded(row.id, total, count + 1, notice.id if notice else None, notice.revision if notice else None)
