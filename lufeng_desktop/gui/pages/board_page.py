"""公开栏: what is on the notice board today, what comes down within three days (ready to archive or to
re-post), and every disclosure or reply that is overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.gui import ops
from lufeng_desktop.gui.models.board_model import BoardModel
from lufeng_desktop.gui.widgets.print_buttons import open_print
from lufeng_desktop.services.matter_views import Board, BoardItem, board_view, matter_detail
from lufeng_desktop.store.database import Store


def _table(model: BoardModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in ((BoardModel.COL_VILLAGE, 80), (BoardModel.COL_MATTER, 240), (BoardModel.COL_WHAT, 330),
                          (BoardModel.COL_POSTED, 95), (BoardModel.COL_ENDS, 95)):  # fmt: skip
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    return view


class BoardPage(QWidget):
    open_matter_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.store, self._today = store, today
        self.board: Board | None = None
        self.last_print: Any = None
        self.posted, self.ending, self.overdue = BoardModel(self), BoardModel(self), BoardModel(self)
        self.views: dict[str, QTableView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 3)
        self.heading.setFont(font)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.open_button = QPushButton(self.tr("Open matter"))
        self.print_button = QPushButton(self.tr("Print notice"))
        self.refresh_button.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.refresh_button)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        for key, model, stretch in (("overdue", self.overdue, 2), ("ending", self.ending, 2), ("posted", self.posted, 3)):
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            view = _table(model)
            view.doubleClicked.connect(lambda index, m=model: self._open_index(m, index))
            view.clicked.connect(lambda _i, k=key: self._focus(k))
            box_layout.addWidget(view)
            self.views[key], self.boxes[key] = view, box
            layout.addWidget(box, stretch)
        self.overdue_style = "QGroupBox { color: #b3261e; font-weight: bold; }"
        self._last = "posted"
        self.reload()

    def today(self) -> date:
        return self._today()

    def set_today(self, day: date) -> None:
        self._today = lambda: day
        self.reload()

    def reload(self) -> None:
        store, today = self.store, self.today()
        ops.DbOp(self, lambda _p: board_view(store, today=today)).success(self._loaded).run_in_background()

    def _loaded(self, board: Board) -> None:
        self.board = board
        self.posted.set_rows(board.posted_now)
        self.ending.set_rows(board.ends_soon)
        self.overdue.set_rows(board.overdue)
        self.heading.setText(self.tr("Notice board on {0}").format(board.today.isoformat()))
        self.boxes["posted"].setTitle(self.tr("Posted now ({0})").format(len(board.posted_now)))
        self.boxes["ending"].setTitle(self.tr("Coming down within 3 days ({0})").format(len(board.ends_soon)))
        self.boxes["overdue"].setTitle(self.tr("Overdue ({0})").format(len(board.overdue)))
        self.boxes["overdue"].setStyleSheet(self.overdue_style if board.overdue else "")
        for key, rows in (("overdue", board.overdue), ("ending", board.ends_soon), ("posted", board.posted_now)):
            self._layout.setStretchFactor(self.boxes[key], 2 + min(len(rows), 12))  # room where the rows are

    # -- actions ----------------------------------------------------------------------------------
    def _focus(self, key: str) -> None:
        self._last = key

    def selected(self) -> BoardItem | None:
        view = self.views[self._last]
        return view.currentIndex().data(BoardModel.RecordRole)  # type: ignore[no-any-return]

    def _open_index(self, model: BoardModel, index: QModelIndex) -> None:
        item = index.data(BoardModel.RecordRole)
        if item is not None:
            self.open_matter_requested.emit(item.matter_id)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_matter_requested.emit(item.matter_id)

    def print_selected(self) -> Any:
        """Print the notice the selected row is about (a posted notice; for a deadline row, the matter's latest notice)."""
        item = self.selected()
        if item is None:
            return None
        store, today = self.store, self.today()

        def work(_p: ops.Progress) -> tuple[str, int | None]:
            detail = matter_detail(store, item.matter_id, today=today)
            notice = next((d for d in detail.disclosures if d.current and d.title == item.what), None)
            notice = notice or next((d for d in reversed(detail.disclosures) if d.current), None)
            if notice is None:
                return "dossier", None
            return ("resolution-notice" if notice.kind == wf.DisclosureKind.RESOLUTION else "result-notice"), notice.revision

        def show(found: tuple[str, int | None]) -> None:
            kind, version = found
            extra = {"version": version} if version is not None else {}
            self.last_print = open_print(self, store, kind, matter_id=item.matter_id, today=today, **extra)

        ops.DbOp(self, work).success(show).run_in_background()
        return None
