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
