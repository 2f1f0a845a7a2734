"""Each table and tree model passes Qt's model tester and shows what the register holds."""

from __future__ import annotations

from datetime import date

import pytest
from qt_wait import wait_idle

from lufeng_desktop.core.names import full_pinyin
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
    assert names == sorted(names, key=lambda n: (full_pinyin(n), n))  # pinyin order: 陈 < 黄 < 林
    proxy = make_proxy(model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        proxy.sort(PeopleModel.COL_AGE, Qt_descending())
    ages = [model.record(r).age for r in range(20)]
    assert ages == sorted(ages, reverse=True)
    qtmodeltester.check(proxy)


def Qt_descending():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.SortOrder.DescendingOrder


def test_first_rows_come_before_the_count_and_a_superseded_count_never_runs(qtbot, qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    """A broad search shows its first page at once; the exact count follows (the scroll bar grows).
    Typing on before that count ran drops it: the newer search does not wait behind it."""
    from lufeng_desktop.gui.models.paged import PAGE_SIZE
    from lufeng_desktop.gui.models.people_model import PeopleModel

    model = PeopleModel(small_demo)
    qtmodeltester.check(model)
    counted: list[object] = []
    original = model.count
    model.count = lambda flt: (counted.append(flt.on), original(flt))[1]  # type: ignore[method-assign]
    total = queries.count_people(small_demo)
    shapes: list[tuple[str, int]] = []
    model.first_rows.connect(lambda: shapes.append(("first rows", model.rowCount())))
    model.loaded.connect(lambda: shapes.append(("counted", model.rowCount())))
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(queries.ALL)
    assert shapes == [("first rows", PAGE_SIZE), ("counted", total)]
    assert model.ready and counted == [None]

    counted.clear()
    earlier, later = queries.RegisterFilter(on=date(2026, 1, 1)), queries.RegisterFilter(on=date(2026, 2, 1))
    typed_on = lambda: model.filter is earlier and model.set_filter(later)  # noqa: E731
    model.first_rows.connect(typed_on)  # the first rows are shown and the count is queued; then the clerk types
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_filter(earlier)
    wait_idle(qtbot)
    assert counted == [later.on]
    assert model.rowCount() == total
