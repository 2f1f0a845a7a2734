"""Background operations: one database thread, results on the GUI thread, delayed progress, cancel, error tiers."""

from __future__ import annotations

import threading
import time

import pytest
from qt_wait import wait_idle

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.gui import errors, ops

pytestmark = pytest.mark.gui


def test_work_runs_on_one_worker_thread_and_results_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    workers: list[str] = []
    results: list[tuple[int, bool]] = []
    for n in range(5):
        op = ops.DbOp(None, lambda _p, n=n: (workers.append(threading.current_thread().name), n)[1])
        op.success(lambda value: results.append((value, threading.current_thread() is threading.main_thread())))
        op.run_in_background()
    wait_idle()
    assert [value for value, _ in results] == [0, 1, 2, 3, 4]  # in the order asked
    assert all(on_main for _, on_main in results)
    assert len(set(workers)) == 1 and workers[0] != threading.main_thread().name


def test_gui_stays_responsive_while_work_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    ops.DbOp(None, lambda _p: release.wait(5)).run_in_background()
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=2000)  # the event loop keeps running
    release.set()
    wait_idle()


def test_progress_dialog_only_after_delay_and_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    quick = ops.DbOp(parent, lambda _p: 1).with_progress("quick")
    quick.run_in_background()
    wait_idle()
    assert quick._dialog is None  # a quick operation never flashes a dialog

    cancelled: list[bool] = []

    def slow(progress: ops.Progress) -> int:
        for step in range(400):
            progress.report(step / 400, f"step {step}")
            time.sleep(0.01)
        return 1

    op = ops.DbOp(parent, slow).with_progress("slow", cancellable=True).cancelled(lambda: cancelled.append(True))
    op.run_in_background()
    qtbot.waitUntil(lambda: op._dialog is not None and op._dialog.isVisible(), timeout=3000)
    assert 0 < ops.PROGRESS_DELAY_MS
    op._dialog.cancel_button.click()
    wait_idle()
    assert cancelled == [True]
    assert op._dialog is None


def test_expected_error_becomes_a_message_and_a_bug_a_crash_log(qtbot, isolated_data_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import faulthandler
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(faulthandler, "enable", lambda *a, **k: None)  # keep pytest's own fault handler
    def invalid(_p: ops.Progress) -> None:
        raise ValidationError("身份证号校验位不对", "the ID check digit is wrong", field="id_number")

    ops.DbOp(None, invalid).run_in_background()
    wait_idle()
    assert errors.shown_messages == ["身份证号校验位不对（the ID check digit is wrong）"]

    errors.install(isolated_data_dir / "logs")

    def bug(_p: ops.Progress) -> None:
        raise ZeroDivisionError("boom")

    ops.DbOp(None, bug).run_in_background()
    wait_idle()
    assert len(errors.bugs) == 1 and "ZeroDivisionError" in errors.bugs[0]
    logs = list((isolated_data_dir / "logs").glob("crash-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError: boom" in logs[0].read_text(encoding="utf-8")
    errors.bugs.clear()  # expected here


def test_crash_dialog_copies_details(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    dialog = errors.CrashDialog("Traceback: something broke", tmp_path / "crash.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback: something broke"
