"""The town's side of 同步与交接: conflicts a person can read (labels, names, not ids) and revoking a lost laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from qt_wait import wait_idle

from lufeng_desktop.gui.i18n import translate
from lufeng_desktop.gui.models.handover_models import DIFF_BRUSH, GREY_BRUSH, ConflictFieldsModel
from lufeng_desktop.gui.pages.handover_page import HandoverPage
from lufeng_desktop.services import register
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.models import Person
from lufeng_desktop.sync import keys


def _town_page(qtbot, world, stick: Path) -> HandoverPage:  # type: ignore[no-untyped-def]
    page = HandoverPage(world.town, "测试文书")
    qtbot.addWidget(page)
    page.show()
    wait_idle()
    page.add_folder(stick)
    return page


def test_a_conflict_shows_labels_and_names_and_a_merge_can_pick_a_group_by_name(qtbot, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    village, actor = world.villages[0], world.actor(world.villages[0])
    groups = {n: register.add_group(village, actor, village_id=world.village_id(0), number=n) for n in (2, 3)}
    household = register.add_household(village, actor, group_id=groups[3], number="0012")
    pid = world.add_person(0, "林晓东")
    with unit_of_work(village, actor, "test.place") as session:
        person = session.get(Person, pid)
        person.group_id, person.household_id = groups[3], household
    world.town_import(*world.export(0, tmp_path / "a"))
    with unit_of_work(village, actor, "test.village_edit") as session:
        session.get(Person, pid).group_id = groups[2]  # the village moves the person to group 2 …
    with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
        session.get(Person, pid).name = "林小东"  # … while the town corrects the name
    assert world.town_import(*world.export(0, tmp_path / "b")).total("conflicting") == 1

    page = _town_page(qtbot, world, tmp_path)
    table = translate("fields", "Person")
    assert page.conflicts_model.index(0, 1).data() == table and page.conflicts_model.index(0, 2).data() == "林晓东"
    dialog = page.open_conflict(0)
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert "group_id" not in shown and "name_pinyin" not in shown  # labels, not column names
    group_row = shown[translate("fields", "Villager group")]
    assert (model.index(group_row, 1).data(), model.index(group_row, 2).data()) == ("第3村民小组", "第2村民小组")
    assert model.index(group_row, 0).data(Qt.ItemDataRole.BackgroundRole) == DIFF_BRUSH
    assert model.index(shown[translate("fields", "Household")], 1).data() == "0012"
    pinyin_row = shown[translate("fields", "Name in pinyin (automatic)")]
    assert model.index(pinyin_row, 0).data(Qt.ItemDataRole.ForegroundRole) == GREY_BRUSH
    assert not model.flags(model.index(pinyin_row, ConflictFieldsModel.MERGED)) & Qt.ItemFlag.ItemIsEditable
    assert not any(groups[2] in model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 2, 3))
    assert table in dialog.findChild(type(page.status_label)).text() and "林晓东" in dialog.findChild(type(page.status_label)).text()

    dialog.set_merged("group_id", "第2村民小组")  # the village's move, the town's name
    dialog.set_merged("name", "林小冬")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert not dialog.isVisible()
    with world.town.sessions() as session:
        person = session.get(Person, pid)
        assert (person.group_id, person.name, person.name_pinyin) == (groups[2], "林小冬", "linxiaodong")


def test_a_bad_merged_value_is_reported_at_its_field(qtbot, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pid = world.add_person(0, "林晓东")
    world.town_import(*world.export(0, tmp_path / "a"))
    world.rename(0, pid, "林晓冬")
    with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
        session.get(Person, pid).name = "林小东"
    world.town_import(*world.export(0, tmp_path / "b"))
    page = _town_page(qtbot, world, tmp_path)
    dialog = page.open_conflict(0)
    qtbot.addWidget(dialog)
    dialog.set_merged("id_number", "441581198806151234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert dialog.isVisible() and "身份证" in dialog.error.text()
    assert dialog.view.currentIndex().row() == dialog.model.row_of("id_number")
    assert len(page.conflicts_model.rows) == 1


def test_revoking_a_device_from_the_page_then_its_bundles_are_refused(qtbot, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    world.add_person(0, "林晓东")
    assert world.town_import(*world.export(0, tmp_path / "a")).files[0].status == "applied"
    page = _town_page(qtbot, world, tmp_path)
    (peer,) = page.peers_model.rows
    assert page.selected_peer() is None and not page.revoke_button.isEnabled()
    page.peers_view.selectRow(0)
    assert page.revoke_button.isEnabled()

    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    box = page.revoke_box
    assert box is not None and box.isVisible()
    fingerprint = keys.fingerprint(bytes(keys.device_key(world.villages[0].data_dir).verify_key))
    assert peer["key"] == fingerprint and fingerprint in box.text() and "第1村" in box.text() and "441581004201" in box.text()
    qtbot.mouseClick(box.button(box.StandardButton.Cancel), Qt.MouseButton.LeftButton)  # changing one's mind changes nothing
    wait_idle()
    assert page.peers_model.rows[0]["status"] == "active"

    page.peers_view.selectRow(0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.revoke_box.revoke, Qt.MouseButton.LeftButton)
    wait_idle()
    assert page.peers_model.rows[0]["status"] == "revoked" and peer["device_id"][:8] in page.result_label.text()
    page.peers_view.selectRow(0)
    assert not page.revoke_button.isEnabled()

    world.add_person(0, "陈美玲")
    report = world.town_import(*world.export(0, tmp_path / "b"))  # the unacknowledged first bundle and the new one
    assert report.files and all(f.status == "rejected" and "吊销" in f.message for f in report.files)
    with world.town.sessions() as session:
        assert session.query(Person).filter(Person.name == "陈美玲").count() == 0
