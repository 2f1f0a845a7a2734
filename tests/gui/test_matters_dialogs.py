"""The 四议两公开 dialogs on the `small` demo: the meeting dialog's live sentence and the reasons its record
button is disabled, corrections as new versions, the notice period's end date, objections."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from qt_wait import wait_idle

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 26)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


@pytest.fixture
def page(qtbot, small_demo):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.pages.matters_page import MattersPage

    widget = MattersPage(small_demo, "测试文书", today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    wait_idle()
    return widget


def _open(page, title: str):  # type: ignore[no-untyped-def]
    row = next(r for r in page.model.rows if r.title == title)
    view = page.open_matter(row.id)
    wait_idle()
    return view


def _tick(dialog, count: int) -> None:  # type: ignore[no-untyped-def]
    dialog.roster.set_all(False)
    counted = [r for r, m in enumerate(dialog.roster.members) if m.counted]
    for row in counted[:count]:
        dialog.roster.set_present(row, True)


def test_live_sentence_follows_ticks_and_votes(page) -> None:  # type: ignore[no-untyped-def]
    view = _open(page, "2027年度村级工作计划")  # due: 村民代表会议
    dialog = view.open_meeting()
    dialog.held_on.setDate(qdate(TODAY - timedelta(days=2)))
    dialog.reload_roster()
    wait_idle()
    base = dialog.roster.base()
    assert base > 10 and dialog.body.currentData() == "representatives_meeting"
    quorum = -(-base * 2 // 3)  # ≥ 2/3
    _tick(dialog, quorum - 1)
    assert dialog.explanation.text().startswith(f"应到 {base} 人，实到 {quorum - 1} 人 < 2/3，会议无效")
    assert "b3261e" in dialog.explanation.styleSheet()
    _tick(dialog, quorum)
    half = quorum // 2 + 1
    dialog.yes.setValue(half)
    bar = f"{quorum / 2:g}"
    assert dialog.explanation.text() == f"应到 {base} 人，实到 {quorum} 人 ≥ 2/3，会议有效；同意 {half} 票 > 实到半数 {bar}，通过"
    assert "1b6e20" in dialog.explanation.styleSheet()
    assert f"计入实到 {quorum} 人" in dialog.count_label.text()
    dialog.place.setText("村委会会议室")
    dialog.recorder.setText("文书")
    assert dialog.chair.text()  # pre-filled with the first member of the roster
    assert dialog.record_button.isEnabled()
    dialog.no.setValue(quorum)  # half + quorum > present
    assert not dialog.record_button.isEnabled() and "超过实到" in dialog.blocked.text()
    dialog.no.setValue(0)
    dialog.recorder.setText("")
    assert not dialog.record_button.isEnabled() and "记录人" in dialog.blocked.text()
    dialog.reject()


def test_record_is_blocked_before_the_previous_step_and_without_notice(page) -> None:  # type: ignore[no-untyped-def]
    view = _open(page, "2027年度村级工作计划")
    review = next(s for s in view.detail.steps if s.kind == "review")
    dialog = view.open_meeting()
    dialog.place.setText("村文化广场")
    dialog.recorder.setText("文书")
    dialog.held_on.setDate(qdate(review.held_on - timedelta(days=1)))
    dialog.reload_roster()
    wait_idle()
    assert not dialog.record_button.isEnabled() and "早于上一步" in dialog.blocked.text()

    held = TODAY - timedelta(days=1)
    dialog.held_on.setDate(qdate(held))
    dialog.body.setCurrentIndex(dialog.body.findData("villagers_meeting_persons"))  # 村民会议: 10 days' notice
    wait_idle()
    assert dialog.notice_widget.isVisibleTo(dialog) and dialog.roster.base() > 100
    _tick(dialog, dialog.roster.base())
    dialog.yes.setValue(dialog.roster.base())
    dialog.notice_date.setDate(qdate(held - timedelta(days=3)))
    assert not dialog.record_button.isEnabled() and "10 天" in dialog.blocked.text()
    dialog.notice_reason.setText("台风过后道路抢修，经镇同意提前召开")
    assert dialog.record_button.isEnabled()
    dialog.notice_reason.setText("")
    dialog.notice_date.setDate(qdate(held - timedelta(days=12)))
    assert dialog.record_button.isEnabled()

    preview = dialog.print_form("sign-in-sheet")  # the roster pre-filled on the sheet
    wait_idle()
    assert preview.message_text() == "" and preview.document.pageCount() >= 1
    preview.close()
    dialog.reject()


def test_correction_is_a_new_version_with_its_reason(page) -> None:  # type: ignore[no-untyped-def]
    view = _open(page, "村集体鱼塘承包方案")  # 党组织提议 recorded, 两委商议 due
    step = next(s for s in view.detail.steps if s.kind == "proposal")
    view.timeline.buttons[("correct", step.id)].click()
    from lufeng_desktop.gui.dialogs.meeting_dialog import MeetingDialog

    dialog = next(w for w in view.findChildren(MeetingDialog) if w.isVisible())
    wait_idle()
    assert dialog.roster.present_counted() == step.present  # ticks of the record being corrected
    assert dialog.yes.value() == step.yes
    dialog.yes.setValue(step.yes - 1)
    dialog.abstain.setValue(step.abstain + 1)
    assert not dialog.record_button.isEnabled() and "理由" in dialog.blocked.text()
    dialog.correction_reason.setText("记录时将一张弃权票误记为同意")
    assert dialog.record_button.isEnabled()
    dialog.record_button.click()
    wait_idle()
    wait_idle()
    versions = [s for s in view.detail.steps if s.kind == "proposal"]
    assert [(s.revision, s.current) for s in versions] == [(1, False), (2, True)]
    assert versions[1].correction_reason == "记录时将一张弃权票误记为同意" and versions[1].yes == step.yes - 1
    texts = "\n".join(label.text() for card in view.timeline.cards for label in card.findChildren(type(view.heading)))
    assert "更正第 2 版" in texts and "记录时将一张弃权票误记为同意" in texts


def test_notice_end_date_in_calendar_and_working_days(page) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.core import workflow as wf

    view = _open(page, "村干部误工补贴标准调整")  # 决议公开 overdue
    dialog = view.open_disclosure(wf.DisclosureKind.RESOLUTION)
    dialog.posted_on.setDate(QDate(2026, 11, 20))  # a Friday
    assert dialog.end_label.text().startswith("2026-11-27")
    dialog.period_value.setValue(5)
    dialog.period_unit.setCurrentIndex(dialog.period_unit.findData("working"))
    assert dialog.end_label.text().startswith("2026-11-27")  # Mon–Fri of the next week
    dialog.period_unit.setCurrentIndex(dialog.period_unit.findData("calendar"))
    assert dialog.end_label.text().startswith("2026-11-25")
    dialog.reviewed.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    assert "审核人" in dialog.errors.text("reviewer")  # nothing posted half-reviewed
    assert view.detail.disclosures == ()
    dialog.reviewer.setText("陈监委")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    wait_idle()
    notice = view.detail.disclosures[0]
    assert (notice.posted_on, notice.ends_on, notice.reviewed_by) == (date(2026, 11, 20), date(2026, 11, 25), "陈监委")
    assert view.detail.row.stage == "implementation"

    repost = view.open_disclosure(wf.DisclosureKind.RESOLUTION, replaces=notice)
    repost.posted_on.setDate(QDate(2026, 11, 24))
    repost.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    assert "更正理由" in repost.errors.text("reason")
    repost.reason.setText("补贴标准表中第二项金额有误，更正后重新公示")
    repost.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    wait_idle()
    assert [(d.revision, d.current) for d in view.detail.disclosures] == [(1, False), (2, True)]


def test_objection_dated_before_the_notice_is_refused_under_its_field(page) -> None:  # type: ignore[no-untyped-def]
    view = _open(page, "2026年第四季度农村低保对象推荐")  # an open objection already
    notice = view.detail.disclosures[0]
    assert any(o.open and o.overdue for o in notice.objections)
    dialog = view.open_objection(notice)
    dialog.received_on.setDate(qdate(notice.posted_on - timedelta(days=1)))
    dialog.content.setPlainText("对名单有异议。")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    assert "早于" in dialog.errors.text("received_on") and dialog.isVisible()
    dialog.reject()
