"""The first-start wizard: create the village database, or generate the demonstration data."""

from __future__ import annotations

import pytest
from qt_wait import wait_idle

from lufeng_desktop import paths

pytestmark = pytest.mark.gui


def _dialog(qtbot, data_dir):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.first_start import PAGE_CREATE, FirstStartDialog

    dialog = FirstStartDialog(data_dir, "测试文书")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, PAGE_CREATE


def test_enrolment_from_the_town_is_offered(qtbot, isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog, _ = _dialog(qtbot, isolated_data_dir)
    assert dialog.receive_button.isEnabled()  # the flow itself: tests/gui/test_handover_page.py
    assert dialog.create_button.isEnabled() and dialog.demo_button.isEnabled()


def test_bad_code_is_shown_next_to_the_code_and_no_file_is_left(qtbot, isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    dialog, page_create = _dialog(qtbot, isolated_data_dir)
    dialog.create_button.click()
    assert dialog.pages.currentIndex() == page_create
    dialog.code_edit.setText("44158100420")  # 11 digits
    dialog.name_edit.setText("新寮村")
    dialog.create_ok.click()
    wait_idle()
    assert dialog.store is None and dialog.isVisible()
    assert dialog.field_errors.text("village_code")
    assert not paths.database_path(isolated_data_dir).exists()


def test_create_village_opens_the_new_database(qtbot, isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.services import queries

    dialog, _ = _dialog(qtbot, isolated_data_dir)
    dialog.create_button.click()
    dialog.code_edit.setText("441581004201")
    dialog.name_edit.setText("新寮村")
    dialog.create_ok.click()
    wait_idle()
    assert dialog.store is not None
    try:
        towns = queries.org_tree(dialog.store)
        assert [v.name for t in towns for v in t.villages] == ["新寮村"]
    finally:
        dialog.store.dispose()


def test_demo_data_small(qtbot, isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.services import queries

    dialog, _ = _dialog(qtbot, isolated_data_dir)
    dialog.demo_button.click()
    assert dialog.small_radio.isChecked()
    dialog.demo_ok.click()
    wait_idle(timeout=120)
    assert dialog.store is not None
    try:
        assert queries.count_people(dialog.store) > 500
    finally:
        dialog.store.dispose()


def test_cancelled_demo_leaves_no_database(qtbot, isolated_data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.gui import ops

    monkeypatch.setattr(ops, "PROGRESS_DELAY_MS", 0)  # show the dialog at once so there is time to press 取消
    dialog, _ = _dialog(qtbot, isolated_data_dir)
    dialog.demo_button.click()
    dialog.demo_ok.click()

    def progress_dialog():  # type: ignore[no-untyped-def]
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ops.ProgressDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: progress_dialog() is not None, timeout=5000)
    progress_dialog().cancel_button.click()
    wait_idle(timeout=120)
    assert dialog.store is None
    assert dialog.demo_ok.isEnabled()
    assert not paths.database_path(isolated_data_dir).exists()
