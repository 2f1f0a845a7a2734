"""RuledTable's span bookkeeping equals reportlab's, and so does what it draws."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Table, TableStyle

from lufeng_desktop.printing.grid import span_ranges, span_rects


@st.composite
def spanned_tables(draw: st.DrawFn) -> tuple[list[list[str]], list[tuple[object, ...]]]:
    rows, cols = draw(st.integers(1, 9)), draw(st.integers(1, 6))
    data = [[f"{r}{c}" for c in range(cols)] for r in range(rows)]
    spans = []
    for _ in range(draw(st.integers(1, 3))):
        c0, c1 = sorted(draw(st.lists(st.integers(0, cols - 1), min_size=2, max_size=2)))
        r0, r1 = sorted(draw(st.lists(st.integers(0, rows - 1), min_size=2, max_size=2)))
        if draw(st.booleans()):  # negative indices, as documents write (-1, 0)
            c1 -= cols
        spans.append(("SPAN", (c0, r0), (c1, r1)))
    return data, spans


def _table(data: list[list[str]], spans: list[tuple[object, ...]]) -> Table:
    table = Table(data, repeatRows=1)
    table.setStyle(TableStyle(spans))
    return table


@settings(max_examples=150, deadline=None)
@given(table=spanned_tables(), avail=st.sampled_from([40.0, 90.0, 1e6]))
def test_span_maps_equal_reportlabs(table: tuple[list[list[str]], list[tuple[object, ...]]],
                                     avail: float) -> None:
    """The first table of a shape is computed (by reportlab), later ones are copies."""
    data, spans = table
    theirs = _table(data, spans)
    try:
        theirs.wrap(400, avail)  # longTableOptimize: rows past the space are not measured
    except Exception:  # noqa: BLE001 (reportlab rejects some overlapping spans)
        return
    for _ in range(2):
        ours = _table(data, spans)
        ours.wrap(400, avail)
        for name in ("_spanRanges", "_colSpanCells", "_rowSpanCells", "_spanRects", "_vBlocks", "_hBlocks"):
            delattr(ours, name)
        span_ranges(ours)
        span_rects(ours)
        assert ours._spanRanges == theirs._spanRanges  # noqa: SLF001
        assert ours._colSpanCells == theirs._colSpanCells  # noqa: SLF001
        assert ours._rowSpanCells == theirs._rowSpanCells  # noqa: SLF001
        assert ours._spanRects == theirs._spanRects  # noqa: SLF001
        assert ours._vBlocks == theirs._vBlocks  # noqa: SLF001
        assert ours._hBlocks == theirs._hBlocks  # noqa: SLF001
        ours._spanRanges.clear()  # a table's own copy: changing it changes no other table
        for blocks in ours._vBlocks.values():
            blocks.clear()
