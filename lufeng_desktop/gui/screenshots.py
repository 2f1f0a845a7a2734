"""``make screenshots``: render the main screens offscreen at 1366×768 with the bundled font.

Runs on a freshly generated ``small`` demo database in a temporary folder, so
the pictures are the same on every machine and no clerk's data is touched.
Usage: ``python -m lufeng_desktop.gui.screenshots OUT_DIR``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)


def _settle(app: object, seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.gui import ops

    deadline = time.monotonic() + 30
    while ops.tasks().pending and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _save(widget: object, path: Path) -> None:
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LUFENG_NO_ERROR_DIALOGS", "1")
    out = Path(argv[0] if argv else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    language = argv[1] if len(argv) > 1 else "zh_CN"
    from lufeng_desktop.gui.app_setup import make_application
    from lufeng_desktop.gui.dialogs.first_start import FirstStartDialog
    from lufeng_desktop.gui.main_window import MainWindow
    from lufeng_desktop.services.demo.generate import generate
    from lufeng_desktop.store.database import open_store

    app = make_application(language)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        wizard = FirstStartDialog(data_dir, "文书")
        wizard.resize(640, 420)
        wizard.show()
        _settle(app)
        _save(wizard, out / "first-start.png")
        wizard.close()

        store = open_store(data_dir, create=True, device_name="演示数据")
        generate(store, store.actor("文书"), scale="small", seed=1)
        window = MainWindow(store, "文书")
        window.resize(*SIZE)
        window.show()
        _settle(app)
        page = window.register_page
        village = page.villages()[0]
        page.select_scope("village", village.id)
        _settle(app)
        shots: list[tuple[str, Callable[[], None]]] = [
            ("register-people", lambda: None),
            ("register-committee", lambda: page.tabs.setCurrentIndex(4)),
            ("register-search", lambda: (page.tabs.setCurrentIndex(0), page.search.setText("c"))),
            ("demo-sites", lambda: (window.show_section("sites"), window.sites_page.sites_view.selectRow(1))),
            ("settings", lambda: window.show_section("settings")),
        ]
        for name, action in shots:
            action()
            _settle(app, 0.5)
            _save(window, out / f"{name}.png")
        window.show_section("register")
        page.search.setText("")
        _settle(app, 0.5)
        dialog = page.add_person()
        _settle(app)
        _save(dialog, out / "person-dialog.png")
        dialog.close()
        _matter_shots(app, window, out)
        window.close()
        _settle(app)
        from lufeng_desktop.gui import ops

        ops.tasks().shutdown()
        store.dispose()
    return 0


def _matter_shots(app: object, window: object, out: Path) -> None:
    """四议两公开 and 公开栏 as of the demo's reference date, with each of their dialogs."""
    from datetime import date

    from lufeng_desktop.core import workflow as wf

    demo_today = date(2026, 11, 26)  # services.demo.generate's default reference date
    page = window.matters_page  # type: ignore[attr-defined]
    page.set_today(demo_today)
    window.board_page.set_today(demo_today)  # type: ignore[attr-defined]
    window.show_section("matters")  # type: ignore[attr-defined]
    _settle(app, 0.5)
    _save(window, out / "matters-list.png")
    rows = {r.title: r.id for r in page.model.rows}
    view = page.open_matter(rows["村道硬化及排水沟修缮工程"])
    _settle(app, 0.5)
    _save(window, out / "matter-timeline.png")
    notice = [d for d in view.detail.disclosures if d.current][-1]  # the result notice, up now
    for name, opener in (("objection-dialog", lambda: view.open_objection(notice)), ("matter-dialog", page.new_matter)):
        dialog = opener()
        _settle(app)
        _save(dialog, out / f"{name}.png")
        dialog.close()
    view = page.open_matter(rows["2027年度村级工作计划"])
    _settle(app, 0.5)
    dialog = view.open_meeting()
    _settle(app)
    counted = [r for r, m in enumerate(dialog.roster.members) if m.counted]
    for row in counted[: len(counted) * 3 // 4]:
        dialog.roster.set_present(row, True)
    dialog.yes.setValue(dialog.roster.present_counted() - 2)
    dialog.no.setValue(1)
    dialog.place.setText("村委会会议室")
    dialog.recorder.setText("村委会文书")
    _settle(app)
    _save(dialog, out / "meeting-dialog.png")
    dialog.close()
    view = page.open_matter(rows["村干部误工补贴标准调整"])
    _settle(app, 0.5)
    dialog = view.open_disclosure(wf.DisclosureKind.RESOLUTION)
    _settle(app)
    _save(dialog, out / "disclosure-dialog.png")
    dialog.close()
    window.show_section("board")  # type: ignore[attr-defined]
    _settle(app, 0.5)
    _save(window, out / "notice-board.png")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
