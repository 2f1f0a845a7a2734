"""A reportlab Table that writes byte-for-byte the same page, with less work.

Why: a 登记表 of a 村民会议 has thousands of ruled cells, and reportlab's Table spends
most of its time on bookkeeping around them: a PDFTextObject per one-line cell, a visit
to every empty cell, each uniform style command applied cell by cell, and the whole
table measured again each time a frame first wraps and then splits it. :class:`RuledTable` keeps reportlab's
layout code and its output (tests compare the PDF operators) and skips that work.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Table
from reportlab.platypus.tables import CellStyle

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


def _text_object(canvas: Any, font: Any, x: float, y: float, text: str) -> str:
    """What ``canvas.drawString(x, y, text)`` appends for a TrueType font, without
    building a PDFTextObject: the page gets byte-for-byte the same operators."""
    doc = canvas._doc  # noqa: SLF001
    escape = canvas._escape  # noqa: SLF001
    size = f"{fp_str(canvas._fontsize)} Tf {fp_str(canvas._leading)} TL"  # noqa: SLF001
    shown: list[str] = []
    current = -1
    for subset, chunk in font.splitString(text, doc):
        if subset != current:
            shown.append(f"{font.getSubsetInternalName(subset, doc)} {size}")
            current = subset
        shown.append(f"({escape(chunk)}) Tj")
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {' '.join(shown)} T* ET"


class RuledTable(Table):
    """``Table`` with the fast paths described in the module docstring.

    Everything else (measuring, splitting over pages, repeated header rows, spans,
    backgrounds) is reportlab's own code; split parts are ``RuledTable`` too.
    """

    def setStyle(self, tblstyle: Any) -> None:  # noqa: N802 (reportlab API)
        self.__dict__.pop("_calc_key", None)  # fonts or padding may change what rows need
        super().setStyle(tblstyle)

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
            super()._calcSpanRanges()
            self._span_key = key
            self.__dict__.pop("_rects_key", None)

    def _calcSpanRects(self) -> None:  # noqa: N802 (reportlab API)
        """The cell rectangles only depend on the span map and the grid positions."""
        key = (self.__dict__.get("_span_key"), tuple(self._rowpositions), tuple(self._colpositions))
        if self.__dict__.get("_rects_key") != key:
            super()._calcSpanRects()
            self._rects_key = key

    def _drawCell(self, cellval: Any, cellstyle: CellStyle, pos: Any, size: Any) -> None:  # noqa: N802 (reportlab API)
        plain = not (cellstyle.href or cellstyle.destination)
        if plain and isinstance(cellval, (str, tuple, list)) and not cellval:
            return  # nothing printed; reportlab would still emit an empty text object
        if not (plain and type(cellval) is str and "\n" not in cellval and not cellstyle.direction
                and not cellstyle.shaping and cellstyle.alignment in _ALIGNED):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canvas = self.canv
        if self._curcellstyle is not cellstyle:  # the same state changes as reportlab's
            current = self._curcellstyle
            if current is None or cellstyle.color != current.color:
                canvas.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading
                    or cellstyle.fontname != current.fontname or cellstyle.fontsize != current.fontsize):
                canvas.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        font = getFont(canvas._fontname)  # noqa: SLF001
        if not getattr(font, "_dynamicFont", False) or getattr(font, "shapable", False):
            super()._drawCell(cellval, cellstyle, pos, size)  # not a plain TrueType font
            return
        x, y = self._place(cellval, cellstyle, pos, size, canvas)
        canvas._code.append(_text_object(canvas, font, x, y, cellval))  # noqa: SLF001

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
