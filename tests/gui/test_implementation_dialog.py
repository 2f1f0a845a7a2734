"""The 组织实施 dialog: selection method, payments table, outstanding items and lease terms reach the record."""

from __future__ import annotations

from datetime import date

import pytest
from implementation_helpers import day, matter_ready_to_implement
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidgetItem
from qt_wait import wait_idle
from sqlalchemy import select

from lufeng_desktop.services.matter_views import matter_detail
from lufeng_desktop.store.models import MatterPayment, MatterStep

pytestmark = pytest.mark.gui


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _dialog(qtbot, store, **matter):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.implementation_dialog import ImplementationDialog

    matter_id = matter_ready_to_implement(store, **matter)
    dialog = ImplementationDialog(store, "测试文书", matter_detail(store, matter_id, today=day(65)), today=day(65))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.started_on.setDate(qdate(day(20)))
    dialog.completed_on.setDate(qdate(day(60)))
    dialog.summary.setPlainText("村道硬化1.2公里已完工")
    dialog.contractor.setText("陆丰市安达建筑工程有限公司")
    dialog.selection_method.setCurrentText("比选")
    dialog.selection_date.setDate(qdate(day(15)))
    dialog.contract.setText("438000")
    return matter_id, dialog


def _pay(dialog, row_day: date, amount: str, source: str, note: str = "") -> None:  # type: ignore[no-untyped-def]
    row = dialog.payments.add_row()
    table = dialog.payments.table
    table.cellWidget(row, 0).setDate(qdate(row_day))
    table.setItem(row, 1, QTableWidgetItem(amount))
    table.cellWidget(row, 2).setCurrentText(source)
    table.setItem(row, 3, QTableWidgetItem(note))


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Save, as the OK button does, and wait until the write is done."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    wait_idle()


def _step(session, matter_id: str) -> MatterStep:  # type: ignore[no-untyped-def]
    return session.scalars(select(MatterStep).where(MatterStep.matter_id == matter_id, MatterStep.kind == "implementation")).one()


def test_payments_and_outstanding_items_are_saved(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id, dialog = _dialog(qtbot, small_demo)
    assert not dialog.tabs.isTabVisible(2)  # a road is no lease: no lease-terms tab
    combo = dialog.payments.table.cellWidget(dialog.payments.add_row(), 2)
    sources = [combo.itemText(i) for i in range(combo.count())]
    assert sources == ["一事一议筹资", "上级财政专项资金", "村集体经济收入"]  # the resolution's funding sources
    dialog.payments.remove_row()
    assert dialog.payments.table.rowCount() == 0
    _pay(dialog, day(21), "131,400.00", "上级财政专项资金", "预付款")
    _pay(dialog, day(62), "262800", "上级财政专项资金", "结算款")
    _pay(dialog, day(62), "21900.5", "镇财政以奖代补资金")
    dialog.acceptance_result.setCurrentText("验收合格")
    dialog.outstanding.setPlainText("质保金待质保期满后支付\n\n路灯待接电")
    _save(qtbot, dialog)
    with small_demo.sessions() as session:
        step = _step(session, matter_id)
        assert (step.selection_method, step.selection_date, step.acceptance_result) == ("比选", day(15), "验收合格")
        assert step.contract_fen == 43_800_000 and step.paid_fen == 41_610_050
        assert step.outstanding.splitlines() == ["质保金待质保期满后支付", "路灯待接电"]
        rows = session.scalars(select(MatterPayment).where(MatterPayment.step_id == step.id).order_by(MatterPayment.position)).all()
        assert [(r.paid_on, r.amount_fen, r.funding_source, r.note) for r in rows] == [
            (day(21), 13_140_000, "上级财政专项资金", "预付款"), (day(62), 26_280_000, "上级财政专项资金", "结算款"),
            (day(62), 2_190_050, "镇财政以奖代补资金", "")]  # fmt: skip


def test_overpayment_error_shows_on_the_payments_tab_and_the_reason_fixes_it(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id, dialog = _dialog(qtbot, small_demo)
    _pay(dialog, day(62), "500000", "上级财政专项资金")
    dialog.tabs.setCurrentIndex(1)
    dialog.save()
    wait_idle()
    assert dialog.isVisible() and "超出合同金额" in dialog.errors.text("overpayment_note")
    assert dialog.tabs.currentIndex() == 0  # brought to the front where the note goes
    dialog.overpayment_note.setText("追加排水沟120米，经村民代表会议同意")
    _save(qtbot, dialog)


def test_a_payment_row_without_amount_is_pointed_out(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    _matter, dialog = _dialog(qtbot, small_demo)
    dialog.payments.add_row()
    dialog.save()
    assert "第1笔付款请填写金额" in dialog.errors.text("payments")


def test_lease_terms_for_a_land_matter(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    matter_id, dialog = _dialog(qtbot, small_demo, kind="collective_property_disposal", title="村集体鱼塘承包")
    assert dialog.tabs.isTabVisible(2)
    dialog.lessee.setText("陈某某")
    dialog.area.setText("35.6亩")
    dialog.term_from.setDate(qdate(day(70)))
    dialog.term_to.setDate(qdate(day(69)))
    dialog.save()
    wait_idle()
    assert "结束日期不能早于开始日期" in dialog.errors.text("asset_terms") and dialog.tabs.currentIndex() == 2
    dialog.term_to.setDate(qdate(date(2036, 8, 9)))
    dialog.rent.setText("每亩每年800元")
    _save(qtbot, dialog)
    with small_demo.sessions() as session:
        step = _step(session, matter_id)
        assert (step.asset_lessee, step.asset_area, step.asset_term_to, step.asset_rent) == ("陈某某", "35.6亩", date(2036, 8, 9), "每亩每年800元")
        assert step.selection_date == day(15) and step.asset_schedule == ""
