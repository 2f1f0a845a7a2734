"""同步与交接 through the GUI: a town profile and a village laptop, temp folders as USB sticks, real services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from qt_wait import wait_idle

from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
from lufeng_desktop.gui.dialogs.first_start import PAGE_RECEIVE, FirstStartDialog
from lufeng_desktop.gui.models.handover_models import DIFF_BRUSH, ConflictFieldsModel
from lufeng_desktop.gui.pages.handover_page import HandoverPage
from lufeng_desktop.services import register
from lufeng_desktop.services.enrolment import town_init
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.database import Store, open_store
from lufeng_desktop.store.models import Person, Village
from lufeng_desktop.sync import keys

TOWN, VILLAGE, USER = "441581004", "441581004201", "测试文书"


def _add_person(store: Store, name: str, day: int) -> str:
    with store.sessions() as session:
        village_id = session.query(Village.id).filter(Village.code == VILLAGE).scalar()
    data = register.PersonInput(name=name, gender="男", id_number=make_id_number(LUFENG_REGION_CODE, date(1970, 1, day), day, "男"))
    return register.add_person(store, store.actor(USER), village_id=village_id, data=data)


def _rename(store: Store, person_id: str, name: str) -> None:
    with store.sessions() as session:
        p = session.get(Person, person_id)
        data = register.PersonInput(name=name, gender=p.gender, id_number=p.id_number or "")
    register.update_person(store, store.actor(USER), person_id=person_id, data=data)


def _page(qtbot, store: Store, stick: Path) -> HandoverPage:  # type: ignore[no-untyped-def]
    page = HandoverPage(store, USER)
    qtbot.addWidget(page)
    page.show()
    wait_idle()
    page.add_folder(stick)
    return page


@pytest.fixture
def town(tmp_path: Path):  # type: ignore[no-untyped-def]
    town_init(tmp_path / "town", town_code=TOWN, user_name=USER)
    store = open_store(tmp_path / "town")
    yield store
    store.dispose()


def _enrolled_village(qtbot, town: Store, tmp_path: Path, stick: Path) -> Store:  # type: ignore[no-untyped-def]
    """The town writes the enrolment file from its page; the village laptop's first-start wizard reads it."""
    town_page = _page(qtbot, town, stick)
    town_page.village_edit.setText(VILLAGE)
    qtbot.mouseClick(town_page.enrol_button, Qt.MouseButton.LeftButton)
    wait_idle()
    enrol_file = stick / f"enrol-{VILLAGE}.json"
    assert enrol_file.exists() and enrol_file.name in town_page.result_label.text()
    wizard = FirstStartDialog(tmp_path / "village", USER)
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.receive_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == PAGE_RECEIVE
    wizard.enrol_path.setText(str(enrol_file))
    assert wizard.preview_enrolment() and VILLAGE in wizard.enrol_preview.text()
    wizard.enrol_name.setText("新寮村")
    qtbot.mouseClick(wizard.receive_ok, Qt.MouseButton.LeftButton)
    wait_idle()
    assert wizard.store is not None, wizard.receive_error.text()
    return wizard.store


def test_round_trip_and_conflict_resolved_in_the_dialog(qtbot, town, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    village = _enrolled_village(qtbot, town, tmp_path, stick)
    try:
        pid = _add_person(village, "林晓东", 3)
        _add_person(village, "陈美玲", 4)
        vpage = _page(qtbot, village, stick)
        from lufeng_desktop.services.handover_status import handover_status

        town_fp = handover_status(village)["town_fingerprint"]
        assert town_fp == keys.town_keys(town.data_dir).fingerprint and town_fp in vpage.status_label.text()
        waiting = vpage.tr("Waiting to be sent: {0} changes not yet exported; {1} bundles exported but not yet acknowledged")
        assert waiting.format(4, 0) in vpage.status_label.text()  # the town and village rows, two people
        assert vpage.export_button.isEnabled()
        qtbot.mouseClick(vpage.export_button, Qt.MouseButton.LeftButton)
        wait_idle()
        (bundle,) = vpage.last_export.files
        assert bundle.parent == stick and bundle.suffix == ".lfb"
        assert vpage.media_model.rows[vpage.media_view.currentIndex().row()].bundles == 1

        tpage = _page(qtbot, town, stick)
        (junk := stick / "junk.lfb").write_bytes(b"not a bundle" * 50)
        qtbot.mouseClick(tpage.import_button, Qt.MouseButton.LeftButton)
        wait_idle()
        s = tpage.last_report.summary()
        assert s["bundles_applied"] == 1 and s["new"] >= 3 and s["rejected"] == 1
        dialog = tpage.report_dialog
        assert dialog is not None and dialog.isVisible() and dialog.model.rowCount() == 2
        rejected_row = next(r for r, f in enumerate(dialog.model.rows) if f.status == "rejected")
        assert dialog.model.index(rejected_row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
        junk.unlink()
        assert [p["village_code"] for p in tpage.peers_model.rows] == [VILLAGE]
        with town.sessions() as session:
            assert session.get(Person, pid).name == "林晓东"

        qtbot.mouseClick(tpage.export_button, Qt.MouseButton.LeftButton)  # return bundle: the acknowledgement
        wait_idle()
        assert len(tpage.last_export.files) == 1
        vpage.refresh_media()
        qtbot.mouseClick(vpage.import_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert vpage.last_report.files[0].counts["acknowledged"] == 1 and vpage.last_report.rejected == 0
        assert waiting.format(0, 0) in vpage.status_label.text()
        assert vpage.status["last_ack"] and vpage.status["last_ack"].replace("T", " ") in vpage.status_label.text()
        vpage.report_dialog.close()

        # The same person edited on both sides: the village's change arrives on a stale base.
        _rename(village, pid, "林晓冬")
        with unit_of_work(town, town.actor(USER), "test.town_edit") as session:
            session.get(Person, pid).name = "林小东"
        qtbot.mouseClick(vpage.export_button, Qt.MouseButton.LeftButton)
        wait_idle()
        tpage.refresh_media()
        qtbot.mouseClick(tpage.import_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert tpage.last_report.summary()["conflicting"] == 1
        assert len(tpage.conflicts_model.rows) == 1
        conflict = tpage.open_conflict(0)
        qtbot.addWidget(conflict)
        fields = conflict.model
        name_row = next(r for r, f in enumerate(fields.rows) if f["field"] == "name")
        assert fields.index(name_row, 1).data() == "林小东" and fields.index(name_row, 2).data() == "林晓冬"
        assert fields.index(name_row, 0).data(Qt.ItemDataRole.BackgroundRole) == DIFF_BRUSH
        version_row = next(r for r, f in enumerate(fields.rows) if f["field"] == "version")
        assert not fields.flags(fields.index(version_row, ConflictFieldsModel.MERGED)) & Qt.ItemFlag.ItemIsEditable
        conflict.set_merged("name", "林晓东")
        assert conflict.choice() == "merged"
        qtbot.mouseClick(conflict.save_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert not conflict.isVisible() and tpage.conflicts_model.rows == []
        with town.sessions() as session:
            assert session.get(Person, pid).name == "林晓东"

        qtbot.mouseClick(tpage.export_button, Qt.MouseButton.LeftButton)  # the answer travels back
        wait_idle()
        vpage.refresh_media()
        qtbot.mouseClick(vpage.import_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert vpage.last_report.files[-1].counts["resolved_applied"] == 1
        with village.sessions() as session:
            assert session.get(Person, pid).name == "林晓东"
    finally:
        wait_idle()
        village.dispose()


def test_conflict_dialog_refuses_a_bad_merged_value_and_keeps_the_conflict(qtbot, town, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    village = _enrolled_village(qtbot, town, tmp_path, stick)
    try:
        pid = _add_person(village, "林晓东", 3)
        from lufeng_desktop.services.bundle_import import import_files
        from lufeng_desktop.services.handover import export_bundles

        import_files(town, town.actor(USER), export_bundles(village, village.actor(USER), stick).files)
        _rename(village, pid, "林晓冬")
        with unit_of_work(town, town.actor(USER), "test.town_edit") as session:
            session.get(Person, pid).name = "林小东"
        import_files(town, town.actor(USER), export_bundles(village, village.actor(USER), stick).files)
        page = _page(qtbot, town, stick)
        dialog = page.open_conflict(0)
        qtbot.addWidget(dialog)
        dialog.set_merged("birth_date", "not a date")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert dialog.isVisible() and dialog.error.isVisible() and "出生日期" in dialog.error.text()
        assert dialog.view.currentIndex().row() == dialog.model.row_of("birth_date")
        dialog.remote_radio.setChecked(True)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        wait_idle()
        assert not dialog.isVisible()
        with town.sessions() as session:
            assert session.get(Person, pid).name == "林晓冬"
    finally:
        wait_idle()
        village.dispose()


def test_village_page_without_enrolment_cannot_export(qtbot, village_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, village_store, tmp_path)
    assert page.tr("not enrolled: ask the town for an enrolment file") in page.status_label.text()
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()


def test_enrolment_file_for_another_town_is_refused_on_the_page(qtbot, town, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, town, tmp_path)
    page.write_enrolment("441581001202")
    wait_idle()
    assert "441581001202" in page.result_label.text() and "b3261e" in page.result_label.styleSheet()
    assert not list(tmp_path.glob("enrol-*.json"))
