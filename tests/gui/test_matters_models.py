"""The 四议两公开 table models pass Qt's model tester and show what a clerk must notice (overdue in red,
non-voting members not counted, amounts kept as exact fen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lufeng_desktop.core.errors import ValidationError

pytestmark = pytest.mark.gui
TODAY = date(2026, 11, 26)


def test_matters_model_marks_overdue_rows_red(qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.matters_model import OVERDUE_COLOR, MattersModel
    from lufeng_desktop.services.matter_views import list_matters

    rows = list_matters(small_demo, today=TODAY)
    model = MattersModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) == 27  # nine scenarios in each of the three villages
    late = next(r for r, row in enumerate(rows) if row.overdue)
    on_time = next(r for r, row in enumerate(rows) if not row.overdue and row.stage == "proposal")
    assert model.data(model.index(late, MattersModel.COL_DUE), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert model.data(model.index(on_time, MattersModel.COL_DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert "逾期" in model.data(model.index(late, 0), Qt.ItemDataRole.ToolTipRole)
    road = next(r for r, row in enumerate(rows) if row.title == "村道硬化及排水沟修缮工程")
    assert model.data(model.index(road, MattersModel.COL_AMOUNT)) == "442,500.00"
    assert model.data(model.index(road, MattersModel.COL_STAGE)) == "实施结果公开"


def test_board_model(qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.board_model import BoardModel
    from lufeng_desktop.services.matter_views import board_view

    board = board_view(small_demo, today=TODAY)
    model = BoardModel()
    model.set_rows(board.posted_now + board.overdue)
    qtmodeltester.check(model)
    first = board.posted_now[0]
    assert model.data(model.index(0, BoardModel.COL_ENDS)) == first.ends_on.isoformat()


def test_roster_model_ticks_but_counts_only_voting_members(qtmodeltester, small_demo) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.roster_model import RosterModel
    from lufeng_desktop.services.roster import Roster, RosterMember

    roster = Roster("party_congress", TODAY, "人", (
        RosterMember("a", "林一", "正式党员"), RosterMember("b", "林二", "正式党员"),
        RosterMember("c", "林三", "预备党员", False, "预备党员可列席，无表决权"),
    ))  # fmt: skip
    model = RosterModel()
    changes: list[int] = []
    model.attendance_changed.connect(lambda: changes.append(1))
    model.set_roster(roster)
    qtmodeltester.check(model)
    assert model.base() == 2
    model.set_present(0, True)
    model.set_present(2, True)
    assert model.attendees() == {"a", "c"} and model.present_counted() == 1
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(2, RosterModel.COL_NOTE)) == "预备党员可列席，无表决权"
    assert model.data(model.index(2, 1), Qt.ItemDataRole.ForegroundRole) is not None
    model.set_all(True)
    assert model.attendees() == {"a", "b"}
    model.set_roster(Roster("party_congress", TODAY, "人", roster.members[1:]), model.attendees())
    assert model.attendees() == {"b"}  # ticks survive a new date for members still on the roster
    assert len(changes) >= 5


def test_line_items_model_keeps_exact_fen(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui.models.line_items_model import LineItemsModel, parse_yuan

    model = LineItemsModel()
    model.add_row("路面硬化", "326,000.10", "上级财政专项资金")
    model.add_row("排水沟", "0.29 元", "")
    qtmodeltester.check(model)
    assert model.items() == [("路面硬化", 32_600_010, "上级财政专项资金"), ("排水沟", 29, "")]
    assert model.total_fen() == 32_600_039
    assert model.setData(model.index(1, LineItemsModel.COL_AMOUNT), "12.345")
    assert model.total_fen() is None
    with pytest.raises(ValidationError, match="第 2 项"):
        model.items()
    for bad in ("-5", "1e3", "abc", ""):
        with pytest.raises(ValidationError):
            parse_yuan(bad)
