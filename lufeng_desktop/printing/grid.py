"""reportlab's span bookkeeping for a table, remembered across tables of the same shape.

Why: a 登记表's signature grid is split into a part per page, and every part and every
remainder maps all its cells again (one dictionary entry and one rectangle per cell).
Parts of the same size have the same map: it depends only on the number of rows and
columns, the SPAN commands and the grid positions. So reportlab computes each distinct
map once and later tables get a copy. tests/unit/printing/test_grid.py compares the
results with reportlab's own on random spans.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Table

_LIMIT = 16  # distinct table shapes kept (a 登记表 has about a dozen); at most about 2 MB (measured)


class _Memo(OrderedDict[Any, Any]):
    """A small least-recently-used dictionary."""

    def remember(self, key: Any, value: Any) -> None:
        self[key] = value
        if len(self) > _LIMIT:
            self.popitem(last=False)

    def recall(self, key: Any) -> Any:
        value = self.get(key)
        if value is not None:
            self.move_to_end(key)
        return value


_ranges = _Memo()
_rects = _Memo()


def span_key(table: Any) -> tuple[Any, ...]:
    """What ``_calcSpanRanges`` depends on."""
    return (table._nrows, table._ncols, tuple(table._spanCmds))  # noqa: SLF001


def span_ranges(table: Any) -> None:
    """``Table._calcSpanRanges``: ``_spanRanges`` (cell -> its span, ``None`` when another
    cell's span covers it), ``_colSpanCells`` and ``_rowSpanCells``."""
    key = span_key(table)
    known = _ranges.recall(key)
    if known is None:
        Table._calcSpanRanges(table)  # noqa: SLF001
        known = (table._spanRanges.copy(), list(table._colSpanCells), list(table._rowSpanCells))  # noqa: SLF001
        _ranges.remember(key, known)
        return
    table._spanRanges = known[0].copy()  # noqa: SLF001
    table._colSpanCells = list(known[1])  # noqa: SLF001
    table._rowSpanCells = list(known[2])  # noqa: SLF001


def span_rects(table: Any) -> None:
    """``Table._calcSpanRects`` after :func:`span_ranges`: ``_spanRects`` (cell -> x, y,
    width, height, or ``None``) and the ``_vBlocks``/``_hBlocks`` that keep grid lines
    out of spanned cells."""
    rects = getattr(table, "_spanRects", {})
    hmax = getattr(table, "_hmax", None)
    long_table = table._longTableOptimize  # noqa: SLF001
    if rects and (long_table and hmax == table._hmax_spanRects or not long_table):  # noqa: SLF001
        return  # reportlab keeps what it has in this case
    key = (span_key(table), tuple(table._rowpositions), tuple(table._colpositions))  # noqa: SLF001
    known = _rects.recall(key)
    if known is None:
        table._spanRects = {}  # noqa: SLF001 (computed fresh, then merged as reportlab does)
        Table._calcSpanRects(table)  # noqa: SLF001
        known = (table._spanRects.copy(), _copy_blocks(table._vBlocks), _copy_blocks(table._hBlocks))  # noqa: SLF001
        _rects.remember(key, known)
    rects.update(known[0])
    table._spanRects = rects  # noqa: SLF001
    table._vBlocks = _copy_blocks(known[1])  # noqa: SLF001
    table._hBlocks = _copy_blocks(known[2])  # noqa: SLF001
    table._hmax_spanRects = hmax  # noqa: SLF001


def _copy_blocks(blocks: dict[float, list[tuple[float, float]]]) -> dict[float, list[tuple[float, float]]]:
    return {at: list(spans) for at, spans in blocks.items()}


_lines = _Memo()


def draw_lines(table: Any) -> None:
    """``Table._drawLines``: the rules (GRID, BOX, LINEABOVE…) of a table part.

    They only depend on the line commands, the grid positions and the span blocks, so a
    page part shaped like an earlier one gets the operators reportlab wrote for that one
    (page after page of a signature grid). Only for opaque RGB rules on an opaque page:
    anything else is drawn by reportlab every time.
    """
    canvas = table.canv
    commands = table._linecmds  # noqa: SLF001
    if (table._roundingRectDef or canvas._extgstate._d.get("CA", 1) != 1  # noqa: SLF001
            or not all(type(c[4]) is Color and c[4].alpha in (None, 1) for c in commands)):
        Table._drawLines(table)  # noqa: SLF001
        return
    key = (repr(commands), repr(table._curcolor), table._curweight, table._nrows, table._ncols,  # noqa: SLF001
           tuple(table._rowpositions), tuple(table._colpositions),  # noqa: SLF001
           repr(getattr(table, "_hBlocks", None)), repr(getattr(table, "_vBlocks", None)))
    known = _lines.recall(key)
    if known is None:
        start = len(canvas._code)  # noqa: SLF001
        Table._drawLines(table)  # noqa: SLF001
        _lines.remember(key, (canvas._code[start:], table._curweight))  # noqa: SLF001
        return
    if any(c[4].alpha is not None for c in commands):
        canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001 (what setStrokeColor does)
    canvas._code.extend(known[0])  # noqa: SLF001
    table._curweight = known[1]  # noqa: SLF001
    table._curcolor = None  # noqa: SLF001
