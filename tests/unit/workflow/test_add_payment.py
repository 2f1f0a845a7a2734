"""Payments made after the implementation was recorded (质保金 a year later, a final instalment)."""

from __future__ import annotations

from datetime import date

import pytest
from implementation_helpers import day, full_facts, matter_ready_to_implement
from pdfcheck import all_text, squash
from sqlalchemy import select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import print_jobs
from lufeng_desktop.services.matter_views import matter_detail
from lufeng_desktop.services.payments import add_payment
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import ChangeLog, MatterPayment, MatterStep

RETENTION = ms.PaymentInput(day(400), 2_190_000, "村集体经济收入", "质保金")


def _implemented(store: Store, **changes: object) -> str:
    matter_id = matter_ready_to_implement(store)
    ms.record_implementation(store, store.actor("测试文书"), matter_id, full_facts(**changes))
    return matter_id


def test_a_late_payment_is_kept_totals_grow_and_the_posted_notice_must_be_corrected(small_demo: Store) -> None:
    matter_id = _implemented(small_demo, contract_fen=44_000_000)
    before = add_payment(small_demo, small_demo.actor("测试文书"), matter_id, ms.PaymentInput(day(63), 100_00, "村集体经济收入", "尾款"))
    assert not before.repost_needed and before.payments == 4  # no result notice yet: nothing to correct
    actor = small_demo.actor("测试文书")
    notice = ds.post_disclosure(small_demo, actor, matter_id, ds.DisclosureInput("result", day(65), "实施结果公开"))
    added = add_payment(small_demo, actor, matter_id, RETENTION)
    assert added.repost_needed and (added.notice_id, added.notice_revision) == (notice, 1)
    assert added.paid_fen == 41_610_000 + 100_00 + 2_190_000
    assert "须张贴更正后的公告" in added.sentence() and "post a corrected version" in added.sentence()
    with small_demo.sessions() as session:
        rows = list(session.scalars(select(MatterPayment).where(MatterPayment.matter_id == matter_id).order_by(MatterPayment.position)))
        assert [(r.position, r.note) for r in rows[-2:]] == [(4, "尾款"), (5, "质保金")]
        step = session.get(MatterStep, rows[0].step_id)
        assert step.paid_fen == added.paid_fen
        assert session.scalars(select(ChangeLog).where(ChangeLog.row_id == added.payment_id)).one().op == "insert"
    detail = matter_detail(small_demo, matter_id, today=day(400))
    assert detail.implementation is not None and detail.implementation.paid_fen == added.paid_fen
    assert detail.implementation.payments[-1].note == "质保金"
    # The corrected notice (version 2) prints every payment, the retention money included.
    ds.post_disclosure(small_demo, actor, matter_id, ds.DisclosureInput("result", day(401), "实施结果公开（更正）"),
                       replaces_id=notice, reason="补记质保金支付")  # fmt: skip
    text = all_text(print_jobs.render(small_demo, "result-notice", matter_id=matter_id, today=day(401)))
    assert squash("2027年7月6日支付¥21,900.00（村集体经济收入，质保金）") in text
    # Version 1 reprinted is the notice that hung on the board: the tail payment, not the later retention.
    first = all_text(print_jobs.render(small_demo, "result-notice", matter_id=matter_id, version=1, today=day(401)))
    assert squash("（村集体经济收入，尾款）") in first
    assert squash("2027年7月6日支付¥21,900.00") not in first


def test_an_overpayment_still_needs_its_reason(small_demo: Store) -> None:
    matter_id = _implemented(small_demo, contract_fen=41_610_000)  # paid in full at implementation
    actor = small_demo.actor("测试文书")
    with pytest.raises(ValidationError) as refused:
        add_payment(small_demo, actor, matter_id, RETENTION)
    assert (refused.value.field, refused.value.code) == ("overpayment_note", "overpaid")
    assert "超出合同金额21,900.00元" in refused.value.zh
    added = add_payment(small_demo, actor, matter_id, RETENTION, overpayment_note="追加排水沟，经村民代表会议同意")
    with small_demo.sessions() as session:
        assert session.get(MatterStep, matter_ready_step(session, matter_id)).overpayment_note == "追加排水沟，经村民代表会议同意"
    assert added.payments == 4


def matter_ready_step(session, matter_id: str) -> str:  # type: ignore[no-untyped-def]
    return session.scalars(select(MatterStep.id).where(MatterStep.matter_id == matter_id, MatterStep.kind == "implementation")).one()


@pytest.mark.parametrize(("payment", "field", "code"), [
    (ms.PaymentInput(day(9), 100, "村集体经济收入"), "payments", "step_before_previous"),
    (ms.PaymentInput(day(400), 0, "村集体经济收入"), "payments", "bad_amount"),
    (ms.PaymentInput(day(400), 100, " "), "payments", "required"),
])  # fmt: skip
def test_a_bad_payment_is_refused_like_at_implementation(small_demo: Store, payment: ms.PaymentInput, field: str, code: str) -> None:
    matter_id = _implemented(small_demo)
    with pytest.raises(ValidationError) as refused:
        add_payment(small_demo, small_demo.actor("测试文书"), matter_id, payment)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert "第4笔付款" in refused.value.zh or code == "step_before_previous"


def test_only_while_the_matter_is_open_after_implementation(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    not_yet = matter_ready_to_implement(small_demo)
    with pytest.raises(ValidationError) as refused:
        add_payment(small_demo, actor, not_yet, RETENTION)
    assert refused.value.code == "invalid_transition" and "补记付款" in refused.value.zh
    matter_id = _implemented(small_demo)
    ds.post_disclosure(small_demo, actor, matter_id, ds.DisclosureInput("result", day(65), "实施结果公开"))
    ms.archive_matter(small_demo, actor, matter_id, on=date(2026, 9, 30))
    with pytest.raises(ValidationError) as archived:
        add_payment(small_demo, actor, matter_id, RETENTION)
    assert archived.value.code == "invalid_transition" and "归档" in archived.value.zh


def test_a_step_recorded_as_one_total_keeps_it_beside_the_new_payment(small_demo: Store) -> None:
    """Steps recorded before payments were itemised: the earlier total stays, the new payment adds to it."""
    matter_id = _implemented(small_demo, payments=(), paid_fen=30_000_000)
    added = add_payment(small_demo, small_demo.actor("测试文书"), matter_id, RETENTION)
    assert added.paid_fen == 32_190_000
    view = matter_detail(small_demo, matter_id, today=day(400)).implementation
    assert view is not None and (view.unitemised_fen, view.paid_fen, len(view.payments)) == (30_000_000, 32_190_000, 1)
