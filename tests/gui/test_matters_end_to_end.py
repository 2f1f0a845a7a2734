"""Issue #4's GUI end-to-end run on the `small` demo: a road repair with three line items goes from
proposal to archive through the dialogs — with one Party meeting that lacks its quorum and is re-held,
and one objection received and answered while the resolution notice is up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox
from qt_wait import wait_idle

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 26)


def day(days_ago: int) -> date:
    return TODAY - timedelta(days=days_ago)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def save_form(dialog) -> bool:  # type: ignore[no-untyped-def]
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    return bool(saved)


def hold_meeting(view, held_on: date, *, present: int | None = None, yes: int | None = None, body: str | None = None):  # type: ignore[no-untyped-def]
    """Open the meeting dialog, tick ``present`` counted members (default: all), vote, record."""
    dialog = view.open_meeting()
    if body is not None:
        wait_idle()
        dialog.body.setCurrentIndex(dialog.body.findData(body))
    dialog.held_on.setDate(qdate(held_on))
    dialog.reload_roster()
    wait_idle()
    model = dialog.roster
    assert model.base() > 0
    counted = [r for r, m in enumerate(model.members) if m.counted]
    model.set_all(False)
    for row in counted[: model.base() if present is None else present]:
        model.set_present(row, True)
    dialog.place.setText("村委会会议室")
    dialog.chair.setText("林书记")
    dialog.recorder.setText("村委会文书")
    dialog.resolution.setPlainText("同意实施村道硬化及排水沟修缮工程。")
    dialog.yes.setValue(model.present_counted() if yes is None else yes)
    assert dialog.record_button.isEnabled(), dialog.blocked.text()
    sentence = dialog.explanation.text()
    results: list[object] = []
    dialog.saved.connect(results.append)
    dialog.record_button.click()
    wait_idle()
    assert results, dialog.general_error.text()
    wait_idle()
    return results[0], sentence


def test_road_repair_from_proposal_to_archive(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.core import workflow as wf
    from lufeng_desktop.gui.dialogs.objection_dialog import AnswerDialog, ObjectionDialog
    from lufeng_desktop.gui.main_window import MainWindow
    from lufeng_desktop.services.matter_views import list_matters, matter_detail

    window = MainWindow(small_demo, "测试文书")
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("matters")
    page.set_today(TODAY)
    window.board_page.set_today(TODAY)
    wait_idle()
    before = page.model.rowCount()

    # 立项 with three line items; amounts typed in 元 become exact fen.
    dialog = page.new_matter()
    dialog.village.setCurrentIndex(0)
    dialog.matter_type.setCurrentIndex(dialog.matter_type.findData("public_welfare"))
    dialog.title.setText("村道硬化及排水沟修缮工程（东片）")
    dialog.motion_source.setCurrentText("村干部提议")
    dialog.opened_on.setDate(qdate(day(45)))
    dialog.body.setCurrentIndex(dialog.body.findData("representatives_meeting"))
    lines = [("主干道路面硬化", "326,000.00", "上级财政专项资金"), ("排水沟修缮", "84500.5", "村集体经济收入"), ("太阳能路灯", "32000", "一事一议筹资")]
    for row, (text, amount, funding) in enumerate(lines):
        if row:
            dialog.add_item()
        for column, value in enumerate((text, amount, funding)):
            dialog.items.setData(dialog.items.index(row, column), value)
    assert "442,500.50" in dialog.total_label.text()
    assert save_form(dialog)
    wait_idle()
    assert page.model.rowCount() == before + 1
    view = page.matter_view
    assert page.stack.currentWidget() is view and view.detail is not None
    matter_id = view.detail.row.id
    assert view.detail.row.total_fen == 44_250_050 and len(view.detail.items) == 3
    assert view.actions["meeting"].isEnabled() and not view.actions["archive"].isEnabled()

    # ① 党组织提议, ② 两委商议.
    hold_meeting(view, day(42))
    hold_meeting(view, day(40))
    assert view.detail.row.stage == wf.Stage.REVIEW

    # ③ 党员大会 without its quorum: recorded as failed, the matter waits for a re-held meeting.
    result, sentence = hold_meeting(view, day(37), present=3, yes=3)
    assert not result.verdict.valid and "会议无效" in sentence
    assert view.detail.row.stage == wf.Stage.REVIEW and "重新召开" in view.detail.row.next_action
    result, sentence = hold_meeting(view, day(33))
    assert result.verdict.passed and "通过" in sentence
    reviews = [s for s in view.detail.steps if s.kind == wf.Stage.REVIEW]
    assert [(s.attempt, s.valid, s.current) for s in reviews] == [(1, False, False), (2, True, True)]

    # ④ 村民代表会议.
    result, sentence = hold_meeting(view, day(30), body="representatives_meeting")
    assert result.verdict.passed and sentence.startswith("应到") and "≥ 2/3" in sentence
    assert view.detail.row.stage == wf.Stage.RESOLUTION_DISCLOSURE

    # ⑤ 决议公开 for 7 calendar days with the supervision committee's review.
    dialog = view.open_disclosure(wf.DisclosureKind.RESOLUTION)
    dialog.posted_on.setDate(qdate(day(28)))
    assert day(21).isoformat() in dialog.end_label.text()
    dialog.reviewed.setChecked(True)
    dialog.reviewer.setText("陈监委")
    dialog.reviewed_on.setDate(qdate(day(28)))
    assert save_form(dialog)
    wait_idle()
    notice = view.detail.disclosures[0]
    assert notice.reviewed_by == "陈监委" and notice.ends_on == day(21)

    # An objection during the posting period; implementation is refused until it is answered.
    view.timeline.buttons[("objection", notice.id)].click()
    dialog = next(w for w in view.findChildren(ObjectionDialog) if w.isVisible())
    dialog.received_on.setDate(qdate(day(25)))
    dialog.channel.setCurrentText("书面")
    dialog.content.setPlainText("路灯的安装位置是否覆盖第三村民小组？")
    assert dialog.due_label.text() == day(15).isoformat()
    assert save_form(dialog)
    wait_idle()
    objection = view.detail.disclosures[0].objections[0]
    assert objection.open
    dialog = view.open_implementation()
    dialog.started_on.setDate(qdate(day(20)))
    dialog.completed_on.setDate(qdate(day(12)))
    dialog.summary.setPlainText("按决议组织施工，已验收合格。")
    assert not save_form(dialog)
    assert "异议" in dialog.general_error.text()
    dialog.reject()

    view.timeline.buttons[("answer", objection.id)].click()
    dialog = next(w for w in view.findChildren(AnswerDialog) if w.isVisible())
    dialog.replied_on.setDate(qdate(day(23)))
    dialog.reply.setPlainText("路灯覆盖第一至第三村民小组主干道，安装点位图已张贴。")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(str(wf.ObjectionOutcome.UPHELD)))
    dialog.handled_by.setText("村委会文书")
    assert save_form(dialog)
    wait_idle()
    answered = view.detail.disclosures[0].objections[0]
    assert not answered.open and answered.replied_on <= notice.ends_on  # answered while the notice was up

    # ⑥ 组织实施, ⑦ 实施结果公开, ⑧ 归档 once the period has ended.
    dialog = view.open_implementation()
    dialog.started_on.setDate(qdate(day(20)))
    dialog.completed_on.setDate(qdate(day(12)))
    dialog.summary.setPlainText("按决议组织施工，已验收合格。")
    dialog.contractor.setText("陆丰市某建筑工程有限公司")
    dialog.contract.setText("442500.50")
    assert save_form(dialog)
    wait_idle()
    dialog = view.open_disclosure(wf.DisclosureKind.RESULT)
    dialog.posted_on.setDate(qdate(day(11)))
    assert save_form(dialog)
    wait_idle()
    assert view.actions["archive"].isEnabled()
    dialog = view.open_close(archive=True)
    dialog.on.setDate(qdate(day(1)))
    assert save_form(dialog)
    wait_idle()

    detail = matter_detail(small_demo, matter_id, today=TODAY)
    assert detail.row.stage == wf.Stage.ARCHIVED and detail.closed_on == day(1)
    assert [s.kind for s in detail.steps if s.current] == ["proposal", "consultation", "review", "resolution", "implementation"]
    assert "⑧" in view.timeline.cards[-1].findChildren(type(view.heading))[0].text()
    row = next(r for r in list_matters(small_demo, today=TODAY) if r.id == matter_id)
    assert row.stage_label == "归档" and not row.overdue
    page.show_list()
    assert page.model.rows[page.model.row_of(matter_id)].stage == "archived"
    window.close()
