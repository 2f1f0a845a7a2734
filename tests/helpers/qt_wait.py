"""Waiting for the GUI's background database work in tests (pytest-qt)."""

from __future__ import annotations

import time
from typing import Any


def wait_idle(qtbot_or_app: Any = None, timeout: float = 30.0) -> None:
    """Process events until the database worker has nothing queued, so no callback outlives its test."""
    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.gui import ops

    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while ops.tasks().pending and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    assert not ops.tasks().pending, "background work did not finish in time"


def press_save(dialog: Any) -> bool:
    """Press a FormDialog's 保存 and wait; True when the database took it (the dialog then closes)."""
    from PySide6.QtWidgets import QDialogButtonBox

    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    return bool(saved)
