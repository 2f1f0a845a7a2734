"""The new-matter dialog records the planned contractor selection method and time frame, which the
决议公开 notice prints in its 决议内容; leaving them out records nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from qt_wait import wait_idle
from sqlalchemy import select

from lufeng_desktop.core.implementation import SELECTION_METHODS
from lufeng_desktop.services import queries
from lufeng_desktop.store.models import Matter

pytestmark = pytest.mark.gui


def _dialog(qtbot, store):  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.dialogs.matter_dialog import MatterDialog

    villages = [v for town in queries.org_tree(store) for v in town.villages]
    dialog = MatterDialog(store, "测试文书", villages, today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.matter_type.setCurrentIndex(dialog.matter_type.findData("public_welfare"))
    dialog.items.setData(dialog.items.index(0, 0), "路面硬化")
    dialog.items.setData(dialog.items.index(0, 1), "120000")
    dialog.items.setData(dialog.items.index(0, 2), "上级财政专项资金")
    return dialog


def _save(dialog) -> list[object]:  # type: ignore[no-untyped-def]
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle()
    return saved


def test_planned_method_and_time_frame_are_saved(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, small_demo)
    methods = [dialog.selection_method.itemData(i) for i in range(dialog.selection_method.count())]
    assert methods == ["", *SELECTION_METHODS]  # optional: "not decided" first
    dialog.title.setText("新村路灯安装工程")
    dialog.selection_method.setCurrentIndex(dialog.selection_method.findData("比选"))
    dialog.time_frame.setText("2027年3月底前完工")
    saved = _save(dialog)
    assert len(saved) == 1
    with small_demo.sessions() as session:
        matter = session.get(Matter, saved[0])
        assert (matter.title, matter.selection_method, matter.time_frame) == ("新村路灯安装工程", "比选", "2027年3月底前完工")


def test_left_out_they_stay_empty(qtbot, small_demo) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, small_demo)
    dialog.title.setText("村委会办公楼修缮")
    dialog.time_frame.setText("   ")
    saved = _save(dialog)
    assert len(saved) == 1
    with small_demo.sessions() as session:
        row = session.execute(select(Matter.selection_method, Matter.time_frame).where(Matter.id == saved[0])).one()
        assert tuple(row) == ("", "")
