"""PyInstaller runtime hook: ``LUFENG_SMOKE_SCREENSHOT=FILE.png`` makes the GUI save its main window and quit.

Why a runtime hook: the smoke test (installers/smoke.py) must see the frozen GUI start on a real data folder
and render Chinese with the bundled font, without adding test code to the application. Unset (always, for a
clerk), this hook does nothing and imports nothing. The source tree runs the same file before ``cli.main``
so that cold starts compare like for like.

When set, it creates the QApplication first (``make_application`` reuses it), polls every 10 ms for a visible
main window, waits for the window's background loads to finish, saves the picture and quits. It also writes
``FILE.png.json``: the wall-clock time the window was first visible, for the start-up measurement.
"""

import os


def _install(target: str) -> None:
    import json
    import sys
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    state: dict[str, float] = {}
    deadline = time.monotonic() + float(os.environ.get("LUFENG_SMOKE_TIMEOUT", "120"))

    def main_window() -> QMainWindow | None:
        return next((w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()), None)

    def poll() -> None:
        window = main_window()
        if window is None:
            if time.monotonic() > deadline:
                timer.stop()
                print("smoke: no main window appeared", file=sys.stderr)
                app.exit(3)
            return
        if "shown" not in state:
            state["shown"] = time.time()
            state["settle_from"] = time.monotonic()
        from lufeng_desktop.gui import ops  # the window fills its tables on the database thread

        if ops.tasks().pending and time.monotonic() < deadline:
            return
        if time.monotonic() - state["settle_from"] < 0.5:  # let the last repaint through
            return
        timer.stop()
        state["saved"] = time.time()
        ok = window.grab().save(target)
        with open(target + ".json", "w", encoding="utf-8") as out:
            json.dump({**state, "title": window.windowTitle(), "saved_ok": ok}, out, ensure_ascii=False)
        app.exit(0 if ok else 4)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(poll)
    timer.start()
    app._lufeng_smoke_timer = timer  # type: ignore[attr-defined] # keeps the timer alive


if os.environ.get("LUFENG_SMOKE_SCREENSHOT"):
    _install(os.environ["LUFENG_SMOKE_SCREENSHOT"])
