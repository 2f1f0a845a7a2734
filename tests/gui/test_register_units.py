"""The register page: households and villager groups edited and deleted through their dialogs and menus,
refusals shown to the clerk, and people listed in pinyin order across pages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from qt_wait import press_save, wait_idle
from sqlalchemy import select

from lufeng_desktop.services import queries, register
from lufeng_desktop.services.register import PersonInput
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import AuditEntry, Household, Village, VillagerGroup

pytestmark = pytest.mark.gui



@pytest.fixture
def register_village(village_store: Store) -> tuple[Store, str, str, str, str]:
    """Groups 1 and 2; household 010001 in group 1 with 陈红 (户主) and 陈明."""
    actor = village_store.actor("文书")
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    g1 = register.add_group(village_store, actor, village_id=village_id, number=1)
    g2 = register.add_group(village_store, actor, village_id=village_id, number=2)
    household = register.add_household(village_store, actor, group_id=g1, number="010001", address="1组1号")
    for name, relation in (("陈红", "户主"), ("陈明", "子")):
        register.add_person(village_store, actor, village_id=village_id, data=PersonInput(
            name=name, gender="男", birth_date=date(1970, 1, 1), group_id=g1, household_id=household,
            relation_to_head=relation))  # fmt: skip
    return village_store, village_id, g1, g2, household


@pytest.fixture
def page(qtbot, register_village):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.pages.register_page import RegisterPage

    store = register_village[0]
    widget = RegisterPage(store, "文书")
    qtbot.addWidget(widget)
    widget.show()
    wait_idle()
    return widget


def _select_household(page) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(list(page.models).index("households"))
    wait_idle()
    view = page.views["households"]
    view.setCurrentIndex(view.model().index(0, 0))


def test_a_household_is_edited_and_moved_through_its_dialog(page, register_village) -> None:  # type: ignore[no-untyped-def]
    store, _village_id, _g1, g2, household = register_village
    _select_household(page)
    assert page.edit_person_button.isEnabled()  # the Edit button follows the table shown
    dialog = page.edit_selected()
    assert dialog.windowTitle() == "编辑户" and dialog.number.text() == "010001"
    dialog.number.setText("020009")
    dialog.address.setText("2组9号")
    dialog.group.setCurrentIndex(dialog.group.findData(g2))
    assert press_save(dialog)
    row = page.models["households"].record(0)
    assert (row.number, row.address, row.group_id, row.members) == ("020009", "2组9号", g2, 2)
    assert {p.group_id for p in queries.page_people(store)} == {g2}  # the members moved with their household


def test_a_household_number_clash_is_shown_under_the_field(page, register_village) -> None:  # type: ignore[no-untyped-def]
    store, _village_id, g1, _g2, _household = register_village
    register.add_household(store, store.actor("文书"), group_id=g1, number="010002")
    page.refresh_after_change()
    wait_idle()
    _select_household(page)
    dialog = page.edit_household()
    dialog.number.setText("010002")
    assert not press_save(dialog)
    assert "本小组已有户号 010002" in dialog.errors.text("number")
    dialog.reject()


def test_deleting_a_household_with_members_is_refused_until_the_clerk_keeps_them(page, register_village) -> None:  # type: ignore[no-untyped-def]
    store, _village_id, _g1, _g2, household = register_village
    _select_household(page)
    menu = page.table_menu("households")
    assert [a.text() for a in menu.actions()] == ["编辑…", "删除…"]
    dialog = page.delete_selected()
    assert dialog.detach.isVisible() and dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "删除"
    assert not press_save(dialog)  # no reason
    assert "删除原因" in dialog.errors.text("reason")
    dialog.reason.setText("分户")
    assert not press_save(dialog)
    assert "2 名成员" in dialog.general_error.text() and dialog.isVisible()
    dialog.detach.setChecked(True)
    assert press_save(dialog)
    with store.sessions() as session:
        assert session.get(Household, household).deleted_at is not None  # type: ignore[union-attr]
    assert page.models["households"].rowCount() == 0
    assert [p.household_id for p in queries.page_people(store)] == [None, None]


def test_a_group_is_edited_from_the_tree_menu(page, register_village) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.group_dialog import GroupDialog

    store, _village_id, g1, _g2, _household = register_village
    page.select_scope("group", g1)
    actions = {a.text(): a for a in page.tree_menu().actions()}
    assert set(actions) == {"编辑小组…", "删除小组…"}
    actions["编辑小组…"].trigger()
    dialog = page.findChild(GroupDialog)
    assert dialog is not None and dialog.number.value() == 1 and dialog.name.text() == ""
    dialog.number.setValue(7)
    dialog.name.setText("东头村民小组")
    assert press_save(dialog)
    assert [g.name for g in page.villages()[0].groups] == ["第2村民小组", "东头村民小组"]
    with store.sessions() as session:
        assert session.get(VillagerGroup, g1).number == 7  # type: ignore[union-attr]


def test_a_group_in_use_is_not_deleted_and_an_empty_one_is(page, register_village) -> None:  # type: ignore[no-untyped-def]
    store, village_id, g1, g2, _household = register_village
    page.select_scope("group", g1)
    dialog = page.delete_group()
    dialog.reason.setText("并组")
    assert not press_save(dialog)
    assert "1 户、2 人" in dialog.general_error.text()
    dialog.reject()
    page.select_scope("group", g2)
    dialog = page.delete_group()
    dialog.reason.setText("重复登记")
    assert press_save(dialog)
    wait_idle()
    assert [g.id for g in page.villages()[0].groups] == [g1]
    assert page.scope.village_id == village_id and page.scope.group_id is None  # the tree shows the village
    with store.sessions() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert entry.action == "register.delete_group" and "重复登记" in entry.detail


def test_people_are_in_pinyin_order_across_pages(qtbot, qtmodeltester, village_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models import paged
    from lufeng_desktop.gui.models.people_model import PeopleModel

    monkeypatch.setattr(paged, "PAGE_SIZE", 3)  # a page boundary every three rows
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    typed = ["林海", "黄兰", "陈红", "林一", "黄大", "陈明", "陈阿", "黄小"]  # code points: 林 < 陈 < 黄
    for name in typed:
        register.add_person(village_store, village_store.actor("文书"), village_id=village_id,
                            data=PersonInput(name=name, gender="女", birth_date=date(1990, 1, 1)))  # fmt: skip
    model = PeopleModel(village_store)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(queries.RegisterFilter(village_id=village_id))
    assert model.rowCount() == len(typed)
    for row in range(len(typed)):
        model.data(model.index(row, PeopleModel.COL_NAME))  # asks for the later pages
    wait_idle(qtbot)
    names = [model.data(model.index(row, PeopleModel.COL_NAME)) for row in range(len(typed))]
    assert names == ["陈阿", "陈红", "陈明", "黄大", "黄兰", "黄小", "林海", "林一"]
    qtmodeltester.check(model)
    wait_idle(qtbot)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(PeopleModel.COL_NAME, paged.Qt.SortOrder.DescendingOrder)
    for row in range(len(typed)):
        model.data(model.index(row, PeopleModel.COL_NAME))
    wait_idle(qtbot)
    assert [model.record(row).name for row in range(len(typed))] == list(reversed(names))
