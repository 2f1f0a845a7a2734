"""The 四议两公开 list and matter page, and the 公开栏, on the `small` demo as of its reference date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from qt_wait import wait_idle

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 26)


@pytest.fixture
def window(qtbot, small_demo):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.main_window import MainWindow

    win = MainWindow(small_demo, "测试文书")
    qtbot.addWidget(win)
    win.show()
    win.matters_page.set_today(TODAY)
    win.board_page.set_today(TODAY)
    wait_idle()
    return win


def _titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.model.rows[r].title for r in range(page.model.rowCount())]


def test_list_filters_by_village_stage_type_year_and_overdue(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("matters")
    assert page.model.rowCount() == 27
    assert "27" in page.count_label.text() and "逾期" in page.count_label.text()
    page.village.setCurrentIndex(1)
    wait_idle()
    assert page.model.rowCount() == 9 and {r.village_name for r in page.model.rows} == {page.village.currentText()}
    page.stage.setCurrentIndex(page.stage.findData("review"))
    wait_idle()
    assert _titles(page) == ["村文化室修缮"]
    assert page.model.rows[0].last_failed and "重新召开" in page.model.rows[0].next_action
    page.stage.setCurrentIndex(0)
    page.matter_type.setCurrentIndex(page.matter_type.findData("public_welfare"))
    wait_idle()
    assert sorted(_titles(page)) == ["村文化室修缮", "村道硬化及排水沟修缮工程"]
    page.year.setCurrentIndex(page.year.findData(2025))
    wait_idle()
    assert page.model.rowCount() == 0
    page.year.setCurrentIndex(0)
    page.matter_type.setCurrentIndex(0)
    page.overdue_only.setChecked(True)
    wait_idle()
    assert page.model.rowCount() > 0 and all(r.overdue for r in page.model.rows)


def test_matter_page_shows_the_timeline_with_failed_and_re_held_meetings(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("matters")
    archived = next(r for r in page.model.rows if r.title == "村集体临街商铺出租")
    page.view.selectRow(page.model.row_of(archived.id))
    page.open_button.click()
    wait_idle()
    view = page.matter_view
    assert page.stack.currentWidget() is view and view.detail.row.id == archived.id
    reviews = [s for s in view.detail.steps if s.kind == "review"]
    assert [s.valid for s in reviews] == [False, True]
    texts = "\n".join(label.text() for card in view.timeline.cards for label in card.findChildren(type(view.heading)))
    assert "不足法定人数" in texts and "第 2 次召开" in texts and "已被取代" in texts
    assert "村务监督委员会已审核" in texts and "答复" in texts and "归档" in texts
    assert not any(b.isEnabled() for key, b in view.actions.items())  # archived: nothing left to do
    assert ("correct", reviews[-1].id) not in view.timeline.buttons
    view.back_button.click()
    assert page.stack.currentIndex() == 0


def test_overdue_deadline_is_red_on_the_matter_page(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("matters")
    late = next(r for r in page.model.rows if r.title == "村干部误工补贴标准调整")
    view = page.open_matter(late.id)
    wait_idle()
    assert late.overdue and "#b3261e" in view.facts.text() and "已逾期" in view.facts.text()
    assert view.actions["resolution_notice"].isEnabled() and view.actions["resolution_notice"].isVisible()
    assert not view.actions["meeting"].isVisible()


def test_new_matter_dialog_explains_a_bad_amount_under_the_items(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("matters")
    dialog = page.new_matter()
    dialog.title.setText("村道路灯维修")
    dialog.items.setData(dialog.items.index(0, 0), "路灯")
    dialog.items.setData(dialog.items.index(0, 1), "三千元")
    assert "核对" in dialog.total_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    assert "第 1 项" in dialog.errors.text("items") and dialog.isVisible()
    dialog.items.setData(dialog.items.index(0, 1), "3000")
    dialog.matter_type.setCurrentIndex(dialog.matter_type.findData("land_contract_plan"))
    assert dialog.rule_set.currentData() == "land_contract_two_thirds"  # the type's default rule set
    dialog.title.setText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    assert "事项名称" in dialog.errors.text("title")
    dialog.reject()


def test_board_shows_posted_ending_and_overdue_and_opens_the_matter(window, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.services.matter_views import board_view

    board = window.show_section("board")
    expected = board_view(small_demo, today=TODAY)
    assert board.posted.rowCount() == len(expected.posted_now) > 0
    assert board.overdue.rowCount() == len(expected.overdue) > 0
    assert "2026-11-26" in board.heading.text()
    assert "三日内期满" in board.boxes["ending"].title() and "已逾期" in board.boxes["overdue"].title()
    assert "#b3261e" in board.boxes["overdue"].styleSheet()
    board.views["posted"].selectRow(0)
    board._focus("posted")
    board.open_button.click()
    wait_idle()
    assert window.pages.currentWidget() is window.matters_page
    assert window.matters_page.matter_view.detail.row.id == expected.posted_now[0].matter_id


def test_print_buttons_open_the_preview_of_the_real_document(window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_section("matters")
    road = next(r for r in page.model.rows if r.title == "村道硬化及排水沟修缮工程")
    view = page.open_matter(road.id)
    wait_idle()
    preview = view.print_document("dossier")
    wait_idle()
    assert preview.message_text() == "" and preview.document.pageCount() > 1
    assert "登记表" in preview.windowTitle()
    preview.close()  # the preview deletes itself on close
    board = window.show_section("board")
    board.views["posted"].selectRow(0)
    board._focus("posted")
    board.print_button.click()
    wait_idle()
    assert board.last_print is not None
    wait_idle()
    assert board.last_print.message_text() == "" and board.last_print.document.pageCount() >= 1
    board.last_print.close()
