"""Adding a payment from the matter page's 组织实施 card, and re-posting the result notice it makes out of date."""

from __future__ import annotations

import pytest
from implementation_helpers import day, full_facts, matter_ready_to_implement
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from qt_wait import wait_idle
from sqlalchemy import select

from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.store.models import MatterDisclosure, MatterPayment

pytestmark = pytest.mark.gui
TODAY = day(400)  # a year after acceptance: the retention money falls due


def _save(dialog) -> list[object]:  # type: ignore[no-untyped-def]
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    wait_idle()
    return saved


@pytest.fixture
def view(qtbot, small_demo):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.main_window import MainWindow

    matter_id = matter_ready_to_implement(small_demo)
    actor = small_demo.actor("测试文书")
    ms.record_implementation(small_demo, actor, matter_id, full_facts())
    ds.post_disclosure(small_demo, actor, matter_id, ds.DisclosureInput("result", day(65), "关于村道硬化实施结果的公示"))
    window = MainWindow(small_demo, "测试文书")
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("matters")
    page.set_today(TODAY)
    wait_idle()
    matter_view = page.open_matter(matter_id)
    wait_idle()
    return matter_view


def test_the_card_shows_the_facts_and_a_payment_is_added_then_the_notice_reposted(view, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.disclosure_dialog import DisclosureDialog
    from lufeng_desktop.gui.dialogs.payment_dialog import PaymentDialog

    facts = view.detail.implementation
    card_text = " ".join(label.text() for card in view.timeline.cards for label in card.findChildren(type(view.facts)))
    assert "选定方式：比选（2026-06-16）" in card_text and "陆丰市安达建筑工程有限公司" in card_text
    assert "416,100.00" in card_text and "遗留事项：质保金2,190.00元待质保期满后支付" in card_text
    view.timeline.buttons[("payment", facts.step_id)].click()
    dialog = view.findChild(PaymentDialog)
    assert dialog is not None and dialog.isVisible()
    assert "416,100.00" in dialog.form.itemAt(1, dialog.form.ItemRole.FieldRole).widget().text()
    dialog.paid_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    dialog.amount.setText("30000")  # more than the 21,900 left of the contract
    dialog.source.setCurrentText("村集体经济收入")
    dialog.note.setText("质保金")
    assert _save(dialog) == [] and dialog.isVisible()
    assert "超出合同金额8,100.00元" in dialog.errors.text("overpayment_note")
    dialog.amount.setText("21,900.00")
    added = _save(dialog)
    assert len(added) == 1 and added[0].repost_needed
    with small_demo.sessions() as session:
        rows = session.scalars(select(MatterPayment).where(MatterPayment.matter_id == view.detail.row.id)).all()
        assert sorted(r.amount_fen for r in rows)[-1] == 26_280_000 and any(r.note == "质保金" and r.paid_on == TODAY for r in rows)
    assert view.detail.implementation.paid_fen == 41_610_000 + 2_190_000  # the view reloaded
    prompt = view.repost_prompt
    assert prompt is not None and prompt.isVisible() and "实施结果公开（第1版）已张贴" in prompt.text()
    prompt.button(QMessageBox.StandardButton.Yes).click()
    wait_idle()
    repost = view.findChild(DisclosureDialog)
    assert repost is not None and repost.replaces is not None and repost.reason.text() == "补记付款后更新付款情况"
    repost.posted_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert _save(repost)
    with small_demo.sessions() as session:
        versions = session.scalars(select(MatterDisclosure.revision).where(
            MatterDisclosure.matter_id == view.detail.row.id, MatterDisclosure.kind == "result")).all()  # fmt: skip
        assert sorted(versions) == [1, 2]


def test_no_add_payment_button_once_archived(view, small_demo) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    ms.archive_matter(small_demo, small_demo.actor("测试文书"), view.detail.row.id, on=date(2026, 9, 30))
    view.reload()
    wait_idle()
    assert view.detail.row.stage == "archived"
    assert ("payment", view.detail.implementation.step_id) not in view.timeline.buttons
