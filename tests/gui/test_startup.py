"""Start-up: an existing database opens off the GUI thread; a damaged one becomes a plain message."""

from __future__ import annotations

import pytest

from lufeng_desktop import paths

pytestmark = pytest.mark.gui


def test_existing_database_opens(small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.startup import open_database

    data_dir = small_demo.data_dir
    small_demo.dispose()
    store = open_database(data_dir, "测试文书")
    assert store is not None
    try:
        assert store.path == paths.database_path(data_dir)
    finally:
        store.dispose()


def test_damaged_database_is_a_plain_message_not_a_crash(isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import errors
    from lufeng_desktop.gui.startup import open_database

    isolated_data_dir.mkdir(parents=True)
    paths.database_path(isolated_data_dir).write_bytes(b"this is not sqlite" * 100)
    assert open_database(isolated_data_dir, "测试文书") is None
    assert errors.shown_messages and "损坏" in errors.shown_messages[-1]
    assert not errors.bugs


def test_crash_log_of_a_hard_crash_is_reported_once(isolated_data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import faulthandler
    import sys

    monkeypatch.setattr(faulthandler, "enable", lambda *a, **k: None)  # keep pytest's own fault handler
    from lufeng_desktop.gui import errors

    logs = isolated_data_dir / "logs"
    logs.mkdir(parents=True)
    (logs / "faulthandler.log").write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    hook = sys.excepthook
    try:
        assert "Segmentation fault" in errors.install(logs)
        assert errors.install(logs) == ""
    finally:
        sys.excepthook = hook


def test_damage_found_behind_the_open_window_makes_it_read_only_and_the_next_start_offers_a_backup(
    qtbot, small_demo_template, isolated_data_dir  # type: ignore[no-untyped-def]
) -> None:
    import shutil

    from damage import scribble_over_table

    from lufeng_desktop.gui import errors
    from lufeng_desktop.gui.main_window import MainWindow
    from lufeng_desktop.gui.startup import damaged_marker, open_database, watch_integrity

    shutil.copytree(small_demo_template, isolated_data_dir)
    scribble_over_table(paths.database_path(isolated_data_dir), "person")
    store = open_database(isolated_data_dir, "测试文书")
    assert store is not None  # the window opens while the file is checked
    try:
        window = MainWindow(store, "测试文书")
        qtbot.addWidget(window)
        window.show()
        watch_integrity(window, store, on_damaged=window.refresh_status)
        qtbot.waitUntil(lambda: "损坏" in window.state_label.text(), timeout=5000)
        assert any("只能查看" in text for text in errors.shown_messages)
        assert damaged_marker(isolated_data_dir).exists()
    finally:
        store.dispose()
    errors.shown_messages.clear()
    assert open_database(isolated_data_dir, "测试文书") is None  # now checked before any window: refused
    assert "损坏" in errors.shown_messages[-1]
    assert not errors.bugs


def test_the_window_shows_the_first_people_at_once_and_the_register_takes_over_when_the_store_opens(
    qtbot, small_demo, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from lufeng_desktop.gui.main_window import MainWindow
    from lufeng_desktop.gui.models.paged import PAGE_SIZE
    from lufeng_desktop.gui.pages.register_page import RegisterPage
    from lufeng_desktop.gui.startup import start_window
    from lufeng_desktop.services import queries

    data_dir = small_demo.data_dir
    expected = [row.id for row in queries.page_people(small_demo, queries.ALL, 0, PAGE_SIZE)]
    small_demo.dispose()
    at_show: dict[str, object] = {}
    shown = MainWindow.show

    def show(window: MainWindow) -> None:  # what the clerk sees the moment the window appears
        shown(window)
        model = window.register_page.models["people"]  # type: ignore[attr-defined]
        at_show.update(store=window.store, nav=window.nav.isEnabled(), state=window.state_label.text(),
                       rows=[model.record(i).id for i in range(model.total())])  # fmt: skip

    monkeypatch.setattr(MainWindow, "show", show)
    started = start_window(data_dir, "测试文书")
    assert started is not None
    window, store = started
    qtbot.addWidget(window)
    try:
        assert at_show["store"] is None and at_show["rows"] == expected  # before the store: the real first page
        assert at_show["nav"] is False and "正在打开" in str(at_show["state"])
        page = window.register_page
        assert isinstance(page, RegisterPage) and window.store is store and window.nav.isEnabled()
        assert "正常" in window.state_label.text()
        model = page.models["people"]
        assert [model.record(i).id for i in range(model.total())] == expected  # no empty flash on the swap
        qtbot.waitUntil(lambda: model.ready, timeout=10_000)  # its own query answered and counted
        assert model.total() == queries.count_people(store) and model.record(0).id == expected[0]
        window.nav.setCurrentRow(5)  # every section works now
        assert window.pages.currentWidget() is window.page_by_key["stats"]
    finally:
        store.dispose()


def test_no_preview_before_a_first_start_or_after_a_failed_check(isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.startup import can_preview, damaged_marker

    assert not can_preview(isolated_data_dir)  # no database: the first-start wizard comes first
    isolated_data_dir.mkdir(parents=True)
    paths.database_path(isolated_data_dir).write_bytes(b"")
    assert can_preview(isolated_data_dir)
    damaged_marker(isolated_data_dir).parent.mkdir(parents=True, exist_ok=True)
    damaged_marker(isolated_data_dir).write_text("corrupt\n", encoding="utf-8")
    assert not can_preview(isolated_data_dir)  # the backup offer comes before any window


def test_closing_the_window_while_the_store_opens_ends_the_start_cleanly(qtbot, small_demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    from PySide6.QtCore import QTimer

    from lufeng_desktop.gui import startup
    from lufeng_desktop.gui.main_window import MainWindow

    data_dir = small_demo.data_dir
    small_demo.dispose()
    opened: list[object] = []
    slow_open = startup._open_store  # noqa: SLF001

    def open_slowly(folder, background):  # type: ignore[no-untyped-def]
        time.sleep(0.6)  # a migration or a slow disk
        store = slow_open(folder, background)
        opened.append(store)
        return store

    monkeypatch.setattr(startup, "_open_store", open_slowly)
    shown = MainWindow.show

    def show_then_close(window: MainWindow) -> None:
        shown(window)
        QTimer.singleShot(100, window.close)  # the clerk changes their mind

    monkeypatch.setattr(MainWindow, "show", show_then_close)
    assert startup.start_window(data_dir, "测试文书") is None
    assert len(opened) == 1 and opened[0].engine.pool.checkedout() == 0  # type: ignore[attr-defined]
