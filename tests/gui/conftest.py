"""GUI test fixtures: the application configured as at start-up, no modal dialogs, no stray work."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest
from qt_wait import wait_idle

os.environ.setdefault("LUFENG_NO_ERROR_DIALOGS", "1")


@pytest.fixture(autouse=True)
def gui_app(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Chinese UI with the bundled font; fails the test if a bug reached the crash handler."""
    from lufeng_desktop.gui import errors
    from lufeng_desktop.gui.app_setup import configure

    monkeypatch.setenv("LUFENG_NO_ERROR_DIALOGS", "1")
    configure(qapp, "zh_CN")
    errors.shown_messages.clear()
    errors.bugs.clear()
    yield qapp
    wait_idle()
    gc.collect()  # Qt garbage of this test dies here, on the GUI thread, never later on the database worker
    assert not errors.bugs, "unexpected errors reached the crash handler:\n" + "\n".join(errors.bugs)
