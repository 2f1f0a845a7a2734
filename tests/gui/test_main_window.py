"""The main window on a real database: navigation, status bar, the register tables and the search box."""

from __future__ import annotations

import pytest
from qt_wait import wait_idle

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, small_demo):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.main_window import MainWindow

    win = MainWindow(small_demo, "测试文书")
    qtbot.addWidget(win)
    win.show()
    wait_idle()
    return win


def test_navigation_has_every_section_and_placeholders(window) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.main_window import SECTIONS

    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["村情台账", "四议两公开", "公开栏", "示范点", "同步与交接", "统计", "设置"]
    assert len(SECTIONS) == len(labels)
    page = window.show_section("matters")
    assert window.pages.currentWidget() is page


def test_status_bar_shows_database_state_and_villages(window, small_demo) -> None:  # type: ignore[no-untyped-def]
    assert "正常" in window.state_label.text()
    assert small_demo.path.name in window.path_label.text()
    assert "3" in window.village_label.text()  # the small demo: 1 town, 3 villages


def test_tree_selection_filters_the_people_table(window, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.services import queries

    page = window.register_page
    people = page.models["people"]
    assert people.rowCount() == queries.count_people(small_demo)
    village = page.villages()[1]
    page.select_scope("village", village.id)
    wait_idle()
    assert people.rowCount() == village.people
    assert {people.record(r).village_name for r in range(people.rowCount())} == {village.name}


def test_search_by_pinyin_initials_name_and_id(window, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.services import queries

    page = window.register_page
    someone = queries.page_people(small_demo, queries.ALL, 7, 1)[0]
    people = page.models["people"]
    for text in (someone.id_number, someone.name):
        page.search.setText(text)
        page.apply_filter()  # what the debounce timer calls
        wait_idle()
        names = {people.record(r).name for r in range(people.rowCount())}
        assert someone.name in names
        assert page.row_count.text() == f"共 {people.rowCount():,} 条"  # the clerk sees how many were found
    from lufeng_desktop.core.names import pinyin_initials

    page.search.setText(pinyin_initials(someone.name))
    wait_idle()
    qtbot_wait(window)
    assert someone.name in {people.record(r).name for r in range(min(people.rowCount(), 200))}


def qtbot_wait(window) -> None:  # type: ignore[no-untyped-def]
    """The search box applies the text after a short pause (debounce) — wait for it like a clerk would."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 2
    while window.register_page._search_timer.isActive() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    wait_idle()


def test_every_register_tab_loads(window) -> None:  # type: ignore[no-untyped-def]
    page = window.register_page
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        wait_idle()
        key = page.current_key()
        assert page.models[key].ready, key
        assert page.models[key].rowCount() > 0, key
