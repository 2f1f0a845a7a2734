"""Each table and tree model passes Qt's model tester and shows what the register holds."""

from __future__ import annotations

import pytest
from qt_wait import wait_idle

from lufeng_desktop.services import queries

pytestmark = pytest.mark.gui


def _loaded(qtbot, model) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(queries.ALL)


def test_org_tree_model(qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.org_tree_model import OrgTreeModel

    model = OrgTreeModel()
    model.set_tree(queries.org_tree(small_demo))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    town = model.index(0, 0)
    assert model.rowCount(town) == 3
    village = model.index(0, 0, town)
    assert model.parent(village) == town
    group = model.index(0, 0, village)
    flt = model.filter_for(group)
    assert flt.group_id and flt.village_id
    assert "人" in model.data(village)


def test_people_model_pages_and_sorts(qtbot, qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.paged import PAGE_SIZE, make_proxy
    from lufeng_desktop.gui.models.people_model import PeopleModel

    model = PeopleModel(small_demo)
    _loaded(qtbot, model)
    total = queries.count_people(small_demo)
    assert model.rowCount() == total > PAGE_SIZE
    assert model.record(0) is not None and model.record(total - 1) is None  # only the first page so far
    model.data(model.index(total - 1, 0))
    wait_idle(qtbot)
    assert model.record(total - 1) is not None
    qtmodeltester.check(model)
    wait_idle(qtbot)
    names = [model.data(model.index(r, PeopleModel.COL_NAME)) for r in range(20)]
    assert names == sorted(names)
    proxy = make_proxy(model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        proxy.sort(PeopleModel.COL_AGE, Qt_descending())
    ages = [model.record(r).age for r in range(20)]
    assert ages == sorted(ages, reverse=True)
    qtmodeltester.check(proxy)


def Qt_descending():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder
