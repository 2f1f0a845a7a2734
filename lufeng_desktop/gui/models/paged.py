"""A table model over a paged read service: the first page, the row count, then pages as the view needs them.

The full ``lufeng`` register has 300,000 people; nothing here ever loads them
all. ``data()`` for a row whose page is not loaded yet returns a placeholder and
asks the database thread for that page; when it arrives, ``dataChanged`` repaints
just those rows. A bounded cache keeps memory flat however far the clerk scrolls.
Sorting is done by the database (ORDER BY on an indexed column), never in Qt.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal,
)  # fmt: skip

from lufeng_desktop.gui import ops
from lufeng_desktop.gui.i18n import translate

if TYPE_CHECKING:
    from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_CACHED_PAGES = 40  # 8,000 rows: a few screens in either direction
LOADING = "…"


@dataclass(frozen=True)
class Column:
    """One column: header (marked with QT_TRANSLATE_NOOP in context "columns"), how to read the
    value from a row, and the service's order key (None: not sortable)."""

    header: str
    value: Callable[[Any], Any]
    order: str | None = None
    align_right: bool = False
    width: int = 0  # initial width in pixels; 0 = the view's default


class PagedTableModel(QAbstractTableModel):
    """Subclasses set ``columns`` and implement ``count`` and ``fetch`` (both run on the database thread)."""

    SortRole = Qt.ItemDataRole.UserRole
    RecordRole = Qt.ItemDataRole.UserRole + 1

    columns: Sequence[Column] = ()
    default_order = ""
    first_rows = Signal()  # the first page is on screen (the count may still follow)
    loaded = Signal()  # the exact row count (and so the shape of the table) is known

    def __init__(self, store: Store | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.filter: Any = None
        self.order = self.default_order
        self._total = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.ready = False

    # -- to implement ---------------------------------------------------------------------------
    def count(self, flt: Any) -> int:
        raise NotImplementedError

    def fetch(self, flt: Any, order: str, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    # -- public API -----------------------------------------------------------------------------
    def first_page(self, flt: Any, order: str) -> tuple[int | None, list[Any]]:
        """The first page and, when that page is short, the total it already tells (database thread).

        A full first page leaves the total to ``count``, which ``reload`` runs as a job of its own
        after the rows are on screen: counting 50,000 matches of a city-wide search scans the
        whole index, and the clerk should see the first matches without waiting for it.
        """
        first = self.fetch(flt, order, 0, PAGE_SIZE)
        return (len(first) if len(first) < PAGE_SIZE else None), first

    def show_first(self, rows: list[Any]) -> None:
        """Show rows already read for the current filter and order (the start-up preview,
        services/quick_start.py); a reload queued before confirms or replaces them."""
        self._reset_to(rows, None)
        self.first_rows.emit()

    def set_filter(self, flt: Any) -> None:
        """Show another part of the register (tree selection, search text)."""
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Drop every cached page and show the first one, then the exact count (after a change,
        or a new filter or order)."""
        self._generation += 1
        generation, flt, order = self._generation, self.filter, self.order
        self.ready = False

        def work(_p: ops.Progress) -> tuple[int | None, list[Any]]:
            return self.first_page(flt, order)

        ops.DbOp(None, work).success(lambda result: self._first_loaded(generation, flt, *result)).run_in_background()

    def _first_loaded(self, generation: int, flt: Any, total: int | None, first: list[Any]) -> None:
        if generation != self._generation:
            return
        self._reset_to(first, total)
        self.first_rows.emit()
        if total is not None:
            self._known(total)
            return

        def work(_p: ops.Progress) -> int | None:
            # Typed on since? Then a newer search is queued behind this job: don't make it wait.
            return None if generation != self._generation else self.count(flt)

        ops.DbOp(None, work).success(lambda count: self._counted(generation, count)).run_in_background()

    def _reset_to(self, first: list[Any], total: int | None) -> None:
        """The table holds ``first`` as its first page (and ``total`` rows, or as many as ``first`` until counted)."""
        self.beginResetModel()
        self._total = len(first) if total is None else total
        self._pages.clear()
        self._requested.clear()
        if first:
            self._pages[0] = first
        self.endResetModel()

    def _counted(self, generation: int, total: int | None) -> None:
        if generation != self._generation or total is None:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:  # rows deleted meanwhile: start again rather than show gaps
            self.reload()
            return
        self._known(total)

    def _known(self, total: int) -> None:
        self._total = total
        self.ready = True
        self.loaded.emit()

    def record(self, row: int) -> Any:
        """The row's DTO, or None while its page is loading."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def total(self) -> int:
        return self._total

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return translate("columns", self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total or index.column() >= len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, self.SortRole, self.RecordRole, Qt.ItemDataRole.ToolTipRole):
            return None
        record = self._record_or_request(index.row())
        if record is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == self.RecordRole:
            return record
        try:
            value = column.value(record)
        except Exception:  # data() must never raise (STYLE.md §10.5): show the row as broken instead
            log.exception("cannot show column %s", column.header)
            return "?"
        if role == self.SortRole:
            return value
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].order is None:
            return
        key = self.columns[column].order or ""
        self.order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()

    # -- paging ---------------------------------------------------------------------------------
    def _record_or_request(self, row: int) -> Any:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _request(self, number: int) -> None:
        if number in self._requested:
            return
        self._requested.add(number)
        generation, flt, order = self._generation, self.filter, self.order
        op = ops.DbOp(None, lambda _p: self.fetch(flt, order, number * PAGE_SIZE, PAGE_SIZE))
        op.success(lambda rows: self._page_loaded(generation, number, rows)).run_in_background()

    def _page_loaded(self, generation: int, number: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(number)
        self._pages[number] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))


class ServerSortProxy(QSortFilterProxyModel):
    """Sorting goes to the source model (the database); Qt never sorts 300,000 rows itself."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


def make_proxy(model: PagedTableModel) -> ServerSortProxy:
    proxy = ServerSortProxy(model)
    proxy.setSourceModel(model)
    proxy.setDynamicSortFilter(False)
    return proxy
