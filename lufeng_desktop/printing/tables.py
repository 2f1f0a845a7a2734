"""A reportlab Table that writes byte-for-byte the same page, with less work.

Why: a 登记表 of a 村民会议 has thousands of ruled cells, and reportlab's Table spends
most of its time on bookkeeping around them: a PDFTextObject per one-line cell, two
saved and restored graphics states per paragraph cell, a visit to every empty cell,
a style object per cell, the whole table measured again each time a frame first wraps
and then splits it, and the cell map and rules of every page part worked out afresh.
:class:`RuledTable` keeps reportlab's layout code and its output and skips that work:
one-line and paragraph cells are written as the operators reportlab would write (the
same header cells at the same place are written once per document, see
linebreak.document_cache), span maps and rules come from printing/grid.py, and a
uniform cell style is one shared object. Tests compare the PDF bytes with reportlab's
own Table: tests/unit/printing/test_fast_paths.py and test_table_cells.py.
"""

from __future__ import annotations

from copy import copy
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import asNative
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tables import CellStyle, _isLineCommand

from lufeng_desktop.printing.grid import draw_lines, span_ranges, span_rects
from lufeng_desktop.printing.linebreak import CJKParagraph, _para_text, document_cache, shown_text

_ALIGNED = frozenset(("LEFT", "CENTRE", "CENTER", "RIGHT"))


@lru_cache(maxsize=64)
def cell_style_class(fontname: str, fontsize: float, valign: str, padding: float) -> type[CellStyle]:
    """A CellStyle whose defaults are the uniform style of our ruled tables.

    Same result as the commands FONT (name, size), VALIGN and the four paddings over
    ``(0, 0), (-1, -1)``, including the leading FONT derives (1.2 × size), which
    decides where a one-line cell's baseline sits.
    """
    return type("RuledCellStyle", (CellStyle,), {
        "fontname": fontname, "fontsize": fontsize, "leading": fontsize * 1.2, "valign": valign,
        "leftPadding": padding, "rightPadding": padding,
        "topPadding": padding, "bottomPadding": padding,
    })


def cell_styles(style: type[CellStyle], rows: int, cols: int) -> list[list[CellStyle]]:
    """One style object per cell (reportlab mutates them in place for per-cell commands);
    the name is only for debugging, so all share one instead of reportlab's ``repr((i, j))``."""
    return [[style("cell") for _ in range(cols)] for _ in range(rows)]


def shared_cell_styles(style: type[CellStyle], rows: int, cols: int) -> list[list[CellStyle]]:
    """One style object for every cell, for a :class:`RuledTable` whose commands only
    rule, shade and span (a signature grid has thousands of cells): it gives each cell
    its own copy before any command that changes cell styles (FONT, ALIGN, …)."""
    shared = style("cell")
    return [[shared] * cols for _ in range(rows)]


_TABLE_LEVEL = frozenset(("BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT"))


def _changes_cells(command: tuple[Any, ...]) -> bool:
    """Would reportlab apply ``command`` to each cell's style object?"""
    return command[0] not in _TABLE_LEVEL and not _isLineCommand(command)


def _normal(cell: bytes | None) -> str:
    return "" if cell is None else asNative(cell)


def fill_colour(canvas: Any, colour: Any) -> tuple[str, bool] | None:
    """``(operator, sets alpha)`` for what ``canvas.setFillColor(colour)`` writes when it
    is a plain opaque RGB colour on an opaque page; ``None`` for anything else."""
    if (type(colour) is not Color or canvas._enforceColorSpace  # noqa: SLF001
            or canvas._extgstate._d.get("ca", 1) != 1 or colour.alpha not in (None, 1)):  # noqa: SLF001
        return None
    return f"{fp_str((colour.red, colour.green, colour.blue))} rg", colour.alpha is not None


class RuledTable(Table):
    """``Table`` with the fast paths described in the module docstring.

    Everything else (measuring, splitting over pages, repeated header rows, spans,
    backgrounds) is reportlab's own code; split parts are ``RuledTable`` too.
    """

    _line_font: tuple[Any, ...] | None = None  # one-line cells: font state, operators, cache, style

    def normalizeData(self, data: Any) -> list[list[Any]]:  # noqa: N802 (reportlab API)
        """reportlab's cleanup (``None`` -> ``""``, bytes decoded) without a call per cell."""
        return [[cell if cell is not None and not isinstance(cell, bytes) else _normal(cell) for cell in row]
                for row in data]

    def setStyle(self, tblstyle: Any) -> None:  # noqa: N802 (reportlab API)
        self.__dict__.pop("_calc_key", None)  # fonts or padding may change what rows need
        if not isinstance(tblstyle, TableStyle):
            tblstyle = TableStyle(tblstyle)
        if any(_changes_cells(command) for command in tblstyle.getCommands()):
            self._own_cell_styles()
        super().setStyle(tblstyle)

    def _own_cell_styles(self) -> None:
        """Give every cell its own style object (see :func:`shared_cell_styles`)."""
        seen: set[int] = set()
        rows = []
        for row in self._cellStyles:
            own = []
            for style in row:
                if id(style) in seen:
                    style = copy(style)
                seen.add(id(style))
                own.append(style)
            rows.append(own)
        self._cellStyles = rows

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 (reportlab API)
        """Measure once per available size: a frame wraps a table and then, when it does
        not fit, splits it, and reportlab measures every cell again for the same space."""
        key = (availWidth, availHeight, tuple(self._argW), tuple(self._argH), self._nrows)
        if self.__dict__.get("_calc_key") != key:
            super()._calc(availWidth, availHeight)
            self._calc_key = key

    def _calcSpanRanges(self) -> None:  # noqa: N802 (reportlab API)
        """The span map covers every cell and only depends on the cells and spans."""
        key = (self._nrows, self._ncols, tuple(self._spanCmds))
        if self.__dict__.get("_span_key") != key:
            span_ranges(self)
            self._span_key = key
            self.__dict__.pop("_rects_key", None)

    def _calcSpanRects(self) -> None:  # noqa: N802 (reportlab API)
        """Deferred to drawing: only drawing needs the cell rectangles (and the blocks
        that keep rules out of spans), and a long table is measured whole, then as each
        remainder, to be split page by page; only the page parts are drawn."""
        self._rects_pending = True
        if self.splitInRow:  # splitting inside a row reads them
            self._span_rects_now()

    def _span_rects_now(self) -> None:
        """The rectangles as of the last measuring, once (they only depend on the span
        map and the grid positions)."""
        if self.__dict__.pop("_rects_pending", False):
            key = (self.__dict__.get("_span_key"), tuple(self._rowpositions), tuple(self._colpositions))
            if self.__dict__.get("_rects_key") != key:
                span_rects(self)
                self._rects_key = key

    def _drawLines(self) -> None:  # noqa: N802 (reportlab API)
        draw_lines(self)

    def draw(self) -> None:
        """reportlab's ``Table.draw`` without its per-cell detours: empty cells are
        skipped before any call, as :meth:`_drawCell` would skip them."""
        self._line_font = None  # font state of the last one-line cell (per drawing)
        self._span_rects_now()
        if getattr(self, "_renderCB", None) or getattr(self, "_shadow", None) or getattr(self, "_cornerRadii", None):
            super().draw()
            return
        canvas = self.canv
        canvas.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._makeShadow()
        self._makeRoundedCornersClip()
        self._drawBkgrnd()
        draw_cell, draw_line = self._drawCell, self._draw_line  # a plain string: straight to its fast path
        values, styles = self._cellvalues, self._cellStyles
        if not self._spanCmds:
            columns = list(zip(self._colpositions[:-1], self._colWidths))
            for row, rowstyle, rowpos, rowheight in zip(values, styles, self._rowpositions[1:], self._rowHeights):
                for cellval, cellstyle, (colpos, colwidth) in zip(row, rowstyle, columns):
                    if (type(cellval) is str and cellval and cellstyle.alignment in _ALIGNED
                            and not (cellstyle.href or cellstyle.destination)):
                        draw_line(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
                    elif cellval or not isinstance(cellval, (str, tuple, list)) or cellstyle.href or cellstyle.destination:
                        draw_cell(cellval, cellstyle, (colpos, rowpos), (colwidth, rowheight))
        else:
            rects, ncols = self._spanRects, self._ncols
            for row_no, (row, rowstyle) in enumerate(zip(values, styles)):
                for col_no in range(ncols):
                    rect = rects[col_no, row_no]
                    if rect is None:
                        continue
                    cellval, cellstyle = row[col_no], rowstyle[col_no]
                    if (type(cellval) is str and cellval and cellstyle.alignment in _ALIGNED
                            and not (cellstyle.href or cellstyle.destination)):
                        draw_line(cellval, cellstyle, (rect[0], rect[1]), (rect[2], rect[3]))
                    elif cellval or not isinstance(cellval, (str, tuple, list)) or cellstyle.href or cellstyle.destination:
                        draw_cell(cellval, cellstyle, (rect[0], rect[1]), (rect[2], rect[3]))
        self._drawLines()
        canvas.restoreState()
        if self._roundingRectDef:
            self._restoreRoundingObscuredLines()

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: Any, size: Any) -> None:  # noqa: N802 (reportlab API)
        plain = not (cellstyle.href or cellstyle.destination)
        if plain and isinstance(cellval, (str, tuple, list)) and not cellval:
            return  # nothing printed; reportlab would still emit an empty text object
        if not plain or cellstyle.alignment not in _ALIGNED:
            super()._drawCell(cellval, cellstyle, pos, size)
        elif type(cellval) is str:
            self._draw_line(cellval, cellstyle, pos, size)
        else:
            paragraph = cellval[0] if isinstance(cellval, (tuple, list)) and len(cellval) == 1 else cellval
            if not (isinstance(paragraph, CJKParagraph) and self._draw_paragraph(paragraph, cellstyle, pos, size)):
                super()._drawCell(cellval, cellstyle, pos, size)

    def _use_style(self, cellstyle: CellStyle) -> None:
        """The fill colour and font changes reportlab's ``_drawCell`` makes first."""
        if self._curcellstyle is not cellstyle:
            canvas, current = self.canv, self._curcellstyle
            if current is None or cellstyle.color != current.color:
                canvas.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading
                    or cellstyle.fontname != current.fontname or cellstyle.fontsize != current.fontsize):
                canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle

    def _draw_line(self, text: str, cellstyle: CellStyle, pos: Any, size: Any) -> None:
        """A one-line string cell: the text object ``canvas.drawString`` writes for a
        TrueType font, without building a PDFTextObject (the same bytes)."""
        if "\n" in text or cellstyle.direction or cellstyle.shaping:
            super()._drawCell(text, cellstyle, pos, size)
            return
        canvas = self.canv
        self._use_style(cellstyle)  # after it the canvas font is this style's
        known = self._line_font
        if known is None or known[4] is not cellstyle:
            state = (canvas._fontname, canvas._fontsize, canvas._leading)  # noqa: SLF001
            if known is None or known[0] != state:  # the font, its size operators, the text cache
                font = getFont(state[0])
                plain = getattr(font, "_dynamicFont", False) and not getattr(font, "shapable", False)
                known = (state, font if plain else None, f"{fp_str(state[1])} Tf {fp_str(state[2])} TL",
                         document_cache(canvas), cellstyle)
            else:
                known = (*known[:4], cellstyle)
            self._line_font = known
        font = known[1]
        if font is None:
            super()._drawCell(text, cellstyle, pos, size)  # not a plain TrueType font
            return
        x, y = self._place(text, cellstyle, pos, size, canvas)
        hit = known[3].get((font.fontName, known[2], -1, text))  # shown_text's key
        shown = hit[0] if hit is not None else shown_text(canvas, font, text, known[2], -1)[0]
        canvas._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} T* ET")  # noqa: SLF001

    def _draw_paragraph(self, paragraph: CJKParagraph, cellstyle: CellStyle, pos: Any, size: Any) -> bool:
        """A paragraph cell without reportlab's per-cell graphics-state bookkeeping.

        reportlab wraps the paragraph again, saves the state, translates, lets the
        paragraph save the state again to set its colour, and restores both; here the
        same operators (``q``, ``cm``, ``q``, ``rg``, the text object, ``Q``, ``Q``) are
        written directly. False (nothing drawn) when the paragraph is not the plain case.
        """
        canvas = self.canv
        # The same header cells are drawn at the same place on page after page: the
        # operators of a plain paragraph (its text and style) are kept per document, with
        # the style, so its id cannot be reused.
        key = None
        if (type(paragraph) is CJKParagraph and not paragraph.bulletText
                and not hasattr(paragraph, "_offsets") and not hasattr(paragraph, "autoLeading")):
            key = (paragraph.text, id(paragraph.style), pos, size, cellstyle.alignment, cellstyle.valign,
                   cellstyle.leftPadding, cellstyle.rightPadding, cellstyle.topPadding, cellstyle.bottomPadding)
        cache = document_cache(canvas)
        hit = cache.get(key) if key else None
        if hit is not None and hit[0] is paragraph.style and fill_colour(canvas, hit[1]) == hit[2]:
            self._use_style(cellstyle)
            if hit[2][1]:
                canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001
            canvas._code.append(hit[3])  # noqa: SLF001
            return True
        colpos, rowpos = pos
        colwidth, rowheight = size
        avail_w = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        avail_h = rowheight - cellstyle.topPadding - cellstyle.bottomPadding
        if avail_w < 1e-6 or paragraph.debug or getattr(paragraph, "_showBoundary", False):
            return False
        self._use_style(cellstyle)  # what reportlab does first, so falling back stays exact
        wide, high = paragraph.wrap(avail_w, avail_h)
        lines = paragraph._simple_lines(0)  # noqa: SLF001
        colour = fill_colour(self.canv, paragraph.blPara.textColor)
        if lines is None or colour is None:
            return False
        before, after = paragraph.getSpaceBefore(), paragraph.getSpaceAfter()
        # reportlab's _listCellGeom and _drawCell arithmetic, in the same order
        total = 0
        total += high + after + before
        height = total - before - after
        wide = max(0, wide)
        valign, just = cellstyle.valign, cellstyle.alignment
        if valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding
        elif valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + height
        else:
            y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding + height) / 2.0
        y += before
        if just == "LEFT":
            x = colpos + cellstyle.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - cellstyle.rightPadding - wide
        else:
            x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - wide) / 2.0
        y -= before
        y -= high
        style, frag = paragraph.style, paragraph.blPara
        if colour[1]:
            canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001 (as setFillAlpha does)
        text = _para_text(canvas, getFont(frag.fontName), frag.fontSize, style.leading,
                          style.leftIndent, paragraph.height - frag.fontSize, lines)
        ops = f"q\n{fp_str(1, 0, 0, 1, x, y)} cm\nq\n{colour[0]}\n{text}\nQ\nQ"
        if key:
            cache[key] = (style, frag.textColor, colour, ops)
        canvas._code.append(ops)  # noqa: SLF001
        return True

    @staticmethod
    def _place(text: str, style: CellStyle, pos: Any, size: Any, canvas: Any) -> tuple[float, float]:
        """Where reportlab's ``_drawCell`` and ``drawString`` put a one-line string
        (the same arithmetic in the same order, so the same coordinates to the last bit)."""
        colpos, rowpos = pos
        colwidth, rowheight = size
        just, valign = style.alignment, style.valign
        if just == "LEFT":
            x = colpos + style.leftPadding
        elif just == "RIGHT":
            x = colpos + colwidth - style.rightPadding
            x = x - stringWidth(text, canvas._fontname, canvas._fontsize)  # noqa: SLF001
        else:
            x = colpos + (colwidth + style.leftPadding - style.rightPadding) * 0.5
            x = x - 0.5 * stringWidth(text, canvas._fontname, canvas._fontsize)  # noqa: SLF001
        leading, fontsize = style.leading, style.fontsize
        if valign == "BOTTOM":
            y = rowpos + style.bottomPadding + 1 * leading - fontsize
        elif valign == "TOP":
            y = rowpos + rowheight - style.topPadding - fontsize
        elif valign == "MIDDLE":
            y = rowpos + (style.bottomPadding + rowheight - style.topPadding + 1 * leading) / 2.0 - fontsize
        else:
            raise ValueError(f"Bad valign: {valign!a}")
        return x, y
