"""Recording the 组织实施 facts (DOMAIN.md §4.7): what a clerk may enter, what is kept, what is refused."""

from __future__ import annotations

import json

import pytest
from implementation_helpers import POSTED, day, full_facts, matter_ready_to_implement
from sqlalchemy import select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import matters as ms
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import ChangeLog, Matter, MatterPayment, MatterStep
from lufeng_desktop.sync.changes import tables_by_name


def _record(store: Store, matter_id: str, data: ms.ImplementationInput) -> str:
    return ms.record_implementation(store, store.actor("测试文书"), matter_id, data)


def test_every_fact_is_kept_and_payments_flow_into_the_change_log(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    terms = ms.AssetTermsInput("陈某某", "35.6亩", day(70), day(70 + 3650), "每亩每年800元", "每年1月31日前缴清")
    step_id = _record(small_demo, matter_id, full_facts(asset_terms=terms))
    with small_demo.sessions() as session:
        step = session.get(MatterStep, step_id)
        assert (step.selection_method, step.selection_date, step.acceptance_result) == ("比选", day(15), "验收合格")
        assert step.paid_fen == 41_610_000 and step.contract_fen == 43_800_000
        assert step.outstanding.splitlines() == ["质保金2,190.00元待质保期满后支付", "路灯安装待供电所接电"]
        assert (step.asset_lessee, step.asset_area, step.asset_term_to) == ("陈某某", "35.6亩", day(3720))
        payments = list(session.scalars(select(MatterPayment).where(MatterPayment.step_id == step_id).order_by(MatterPayment.position)))
        assert [(p.paid_on, p.amount_fen, p.funding_source, p.note) for p in payments] == [
            (day(21), 13_140_000, "上级财政专项资金", "预付款"), (day(62), 26_280_000, "上级财政专项资金", "结算款"),
            (day(62), 2_190_000, "村集体经济收入", "结算款")]  # fmt: skip
        assert session.get(Matter, matter_id).stage == "result_disclosure"
        logged = {c.row_id: c for c in session.scalars(select(ChangeLog).where(ChangeLog.entity == "matter_payment", ChangeLog.row_id.in_([p.id for p in payments])))}
        assert set(logged) == {p.id for p in payments} and all(c.op == "insert" for c in logged.values())
        assert json.loads(logged[payments[2].id].payload)["funding_source"] == "村集体经济收入"
        step_log = session.scalars(select(ChangeLog).where(ChangeLog.row_id == step_id)).one()
        assert json.loads(step_log.payload)["selection_method"] == "比选"
    assert "matter_payment" in tables_by_name()  # the sync receiver accepts the new rows


BAD = [
    ("unknown method", dict(selection_method="招投标"), "selection_method", "bad_selection_method"),
    ("date without method", dict(selection_method=""), "selection_method", "required"),
    ("chosen before the resolution was public", dict(selection_date=POSTED.replace(day=POSTED.day - 1)), "selection_date", "step_before_previous"),
    ("chosen after acceptance", dict(selection_date=day(61)), "selection_date", "date_order"),
    ("paid before the resolution was public", dict(payments=(ms.PaymentInput(day(9), 100, "村集体经济收入"),)), "payments", "step_before_previous"),
    ("payment of nothing", dict(payments=(ms.PaymentInput(day(21), 0, "村集体经济收入"),)), "payments", "bad_amount"),
    ("payment in yuan as float", dict(payments=(ms.PaymentInput(day(21), 12.5, "村集体经济收入"),)), "payments", "bad_amount"),  # type: ignore[arg-type]
    ("payment without source", dict(payments=(ms.PaymentInput(day(21), 100, "  "),)), "payments", "required"),
    ("total disagrees", dict(paid_fen=1), "paid_fen", "paid_mismatch"),
    ("negative contract", dict(contract_fen=-1), "contract_fen", "bad_amount"),
    ("paid more than the contract", dict(contract_fen=40_000_000), "overpayment_note", "overpaid"),
    ("lease ends before it starts", dict(asset_terms=ms.AssetTermsInput(term_from=day(80), term_to=day(79))), "asset_terms", "date_order"),
]  # fmt: skip


@pytest.mark.parametrize(("why", "changes", "field", "code"), BAD, ids=[b[0] for b in BAD])
def test_wrong_facts_are_refused_and_nothing_is_kept(small_demo: Store, why: str, changes: dict, field: str, code: str) -> None:  # type: ignore[type-arg]
    matter_id = matter_ready_to_implement(small_demo)
    with pytest.raises(ValidationError) as info:
        _record(small_demo, matter_id, full_facts(**changes))
    assert (info.value.field, info.value.code) == (field, code), info.value.zh
    assert info.value.zh and info.value.en
    with small_demo.sessions() as session:
        assert session.get(Matter, matter_id).stage == "implementation"
        assert session.scalars(select(MatterPayment).where(MatterPayment.matter_id == matter_id)).all() == []


def test_overpayment_is_accepted_with_the_reason_and_the_reason_is_kept(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    note = "增加排水沟120米，经2026年7月20日村民代表会议同意追加"
    step_id = _record(small_demo, matter_id, full_facts(contract_fen=40_000_000, overpayment_note=note))
    with small_demo.sessions() as session:
        assert session.get(MatterStep, step_id).overpayment_note == note


def test_the_old_single_total_still_works_without_itemised_payments(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo)
    data = ms.ImplementationInput(day(20), day(60), "完工", contract_fen=44_250_000, paid_fen=44_250_000)
    step_id = _record(small_demo, matter_id, data)
    with small_demo.sessions() as session:
        step = session.get(MatterStep, step_id)
        assert step.paid_fen == 44_250_000 and step.selection_method == "" and step.outstanding == ""
        assert session.scalars(select(MatterPayment).where(MatterPayment.step_id == step_id)).all() == []


def test_a_resolution_plans_its_selection_method_and_time_frame(small_demo: Store) -> None:
    matter_id = matter_ready_to_implement(small_demo, selection_method="公开招标", time_frame="2026年9月底前完工")
    with small_demo.sessions() as session:
        matter = session.get(Matter, matter_id)
        assert (matter.selection_method, matter.time_frame) == ("公开招标", "2026年9月底前完工")
    with pytest.raises(ValidationError) as info:
        matter_ready_to_implement(small_demo, selection_method="抓阄")
    assert info.value.field == "selection_method"



def test_an_older_village_database_upgrades_and_keeps_its_implementations(small_demo: Store) -> None:
    """0005 only adds columns and a table: a database with recorded implementations goes down and up again intact."""
    from alembic import command

    from lufeng_desktop.store import migrate

    with small_demo.sessions() as session:
        before = {s.id: (s.contract_fen, s.paid_fen, s.minutes) for s in session.scalars(select(MatterStep).where(MatterStep.kind == "implementation"))}
    assert before
    small_demo.engine.dispose()
    with small_demo.engine.begin() as connection:
        command.downgrade(migrate._config(connection), "0004_register_indexes")
    with small_demo.engine.connect() as connection:
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(matter_step)")}
        assert "selection_method" not in columns and "contract_fen" in columns
    migrate.upgrade(small_demo.engine)
    assert migrate.current_revision(small_demo.engine) == migrate.head_revision()
    with small_demo.sessions() as session:
        after = {s.id: (s.contract_fen, s.paid_fen, s.minutes) for s in session.scalars(select(MatterStep).where(MatterStep.kind == "implementation"))}
        assert after == before
        assert {s.selection_method + s.outstanding + s.asset_rent for s in session.scalars(select(MatterStep))} == {""}
