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
        from lufeng_desktop.gui.models.paged import PAGE_SIZE
        from lufeng_desktop.services.quick_start import first_people

        opening = MainWindow.opening(store.path, "文书", first_people(store.path, PAGE_SIZE) or [])  # start-up preview
        opening.resize(*SIZE)
        opening.show()
        _settle(app)
        _save(opening, out / "startup-preview.png")
        opening.close()
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
            ("register-search", lambda: (page.tabs.setCurrentIndex(0), page.search.setText(_initials_of(page, 19)[:2]))),
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
        _handover_shots(app, Path(tmp) / "handover", out)
        _settle(app)
        from lufeng_desktop.gui import ops

        ops.tasks().shutdown()
        store.dispose()
    return 0


def _initials_of(page: object, row: int) -> str:
    """What a clerk types to find the person on that row of the people table: 陈碧丽 → cbl."""
    from lufeng_desktop.core.names import pinyin_initials

    return pinyin_initials(page.models["people"].record(row).name)  # type: ignore[attr-defined]


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
    view.timeline.ensureWidgetVisible(view.timeline.cards[-2], 0, 0)  # ⑥ 组织实施 with its facts and payments
    _settle(app, 0.3)
    _save(window, out / "matter-implementation.png")
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


def _handover_shots(app: object, root: Path, out: Path) -> None:
    """同步与交接 on a village laptop and at the town, after one round trip and one conflict."""
    from lufeng_desktop.gui.main_window import MainWindow
    town, village, stick = _handover_scene(root)
    try:
        for name, store in (("handover-village", village), ("handover-town", town)):
            window = MainWindow(store, "文书")
            window.resize(*SIZE)
            window.show()
            page = window.show_section("sync")
            page.add_folder(stick)  # type: ignore[attr-defined]
            _settle(app, 0.5)
            if name == "handover-town":
                page.village_edit.setText("441581004202")  # type: ignore[attr-defined]
                page.conflicts_view.selectRow(0)  # type: ignore[attr-defined]
            _save(window, out / f"{name}.png")
            if name == "handover-town":
                dialog = page.open_conflict(0)  # type: ignore[attr-defined]
                dialog.set_merged("name", "林晓东")
                _settle(app)
                _save(dialog, out / "conflict-dialog.png")
                dialog.close()
            window.close()
            _settle(app)
    finally:
        town.dispose()
        village.dispose()


def _handover_scene(root: Path) -> tuple[object, object, Path]:
    """A town and one enrolled village: a round trip, then the same person renamed on both sides (one conflict)."""
    from datetime import date

    from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
    from lufeng_desktop.services import register
    from lufeng_desktop.services.admin import create_village_database
    from lufeng_desktop.services.bundle_import import import_files
    from lufeng_desktop.services.enrolment import enrol, town_init, write_enrolment_file
    from lufeng_desktop.services.handover import export_bundles
    from lufeng_desktop.services.uow import unit_of_work
    from lufeng_desktop.store.database import open_store
    from lufeng_desktop.store.models import Person

    stick = root / "U盘"
    stick.mkdir(parents=True)
    town_init(root / "town", town_code="441581004", user_name="文书")
    town = open_store(root / "town")
    write_enrolment_file(town, town.actor("文书"), village_code="441581004201", out=stick)
    village, village_id = create_village_database(root / "village", village_code="441581004201", village_name="新寮村", user_name="文书")
    enrol(village, village.actor("文书"), stick / "enrol-441581004201.json")
    ids = [register.add_person(village, village.actor("文书"), village_id=village_id, data=register.PersonInput(
        name=name, gender="男", id_number=make_id_number(LUFENG_REGION_CODE, date(1975, 3, n + 1), n + 1, "男")))
        for n, name in enumerate(("林晓东", "陈国强", "黄志明"))]  # fmt: skip
    import_files(town, town.actor("文书"), export_bundles(village, village.actor("文书"), stick).files)
    import_files(village, village.actor("文书"), export_bundles(town, town.actor("文书"), stick).files)
    with village.sessions() as session:
        person = session.get(Person, ids[0])
        data = register.PersonInput(name="林晓冬", gender=person.gender, id_number=person.id_number or "", phone="13800138000")
    register.update_person(village, village.actor("文书"), person_id=ids[0], data=data)
    with unit_of_work(town, town.actor("文书"), "demo.town_edit") as session:
        session.get(Person, ids[0]).name = "林小东"
    import_files(town, town.actor("文书"), export_bundles(village, village.actor("文书"), stick).files)
    register.add_person(village, village.actor("文书"), village_id=village_id, data=register.PersonInput(
        name="吴丽娟", gender="女", id_number=make_id_number(LUFENG_REGION_CODE, date(1980, 5, 6), 7, "女")))  # fmt: skip
    return town, village, stick


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
