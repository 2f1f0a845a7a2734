"""RuledTable's direct drawing of paragraph cells and replayed rules, against reportlab.

Same pattern as test_fast_paths.py: the same table built as a plain reportlab
``Table`` and as a ``RuledTable`` must give byte-identical PDFs, here for multi-line
paragraph cells in every alignment, repeated on page after page, and for rule
commands beyond GRID (dashes, caps, coloured boxes) replayed on later pages.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from lufeng_desktop.printing.fonts import register_font
from lufeng_desktop.printing.layout import make_styles, page_spec, para
from lufeng_desktop.printing.tables import RuledTable, cell_style_class, cell_styles, shared_cell_styles

STYLES = make_styles(page_spec("A4"))
PARAGRAPH_STYLES = [STYLES.cell, STYLES.cell_center, STYLES.cell_right, STYLES.small]
TEXTS = ["参会人员签字", "村道硬底化及路灯安装项目，总投资十五万八千元（含路灯二十盏）。",
         "同意实施村道硬底化及路灯安装项目，采取比选方式确定施工单位。", "签", ""]


def _pdf(table: Table) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def _both(rows: list[list[object]], commands: list[tuple[object, ...]], *, valign: str,
          widths: list[float], heights: list[float | None] | None) -> tuple[bytes, bytes]:
    font, size, pad = register_font(), 14.0, 4.0
    plain = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    plain.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, size), ("VALIGN", (0, 0), (-1, -1), valign),
        *[(f"{side}PADDING", (0, 0), (-1, -1), pad) for side in ("TOP", "BOTTOM", "LEFT", "RIGHT")],
        *commands,
    ]))
    ruled = RuledTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1,
                       cellStyles=cell_styles(cell_style_class(font, size, valign, pad), len(rows), len(widths)))
    ruled.setStyle(TableStyle(commands))
    return _pdf(plain), _pdf(ruled)


@settings(max_examples=25, deadline=None)
@given(cells=st.lists(st.tuples(st.sampled_from(TEXTS), st.sampled_from(PARAGRAPH_STYLES)),
                      min_size=3, max_size=3),
       valign=st.sampled_from(["TOP", "MIDDLE", "BOTTOM"]),
       align=st.sampled_from(["LEFT", "CENTER", "RIGHT"]),
       fixed=st.booleans(), wrapped=st.booleans())
def test_paragraph_cells_draw_what_reportlab_draws(cells: list[tuple[str, object]], valign: str, align: str,
                                                   fixed: bool, wrapped: bool) -> None:
    """Rows of paragraphs over several pages, header repeated: the header paragraphs
    are drawn from the per-document cache from page 2 on."""
    header = [para("参会人员签字", STYLES.cell_center), para("姓名", STYLES.cell), "签名"]
    body = []
    for i in range(60):
        row: list[object] = [para(text, style) for text, style in cells]
        if wrapped:
            row[1] = [row[1]]  # a one-paragraph list, as reportlab's cell processing makes
        row[2] = f"{i}" if i % 3 else row[2]
        body.append(row)
    rows = [header, *body]
    heights = [None] + [60.0] * len(body) if fixed else None
    plain, ruled = _both(rows, [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                ("ALIGN", (0, 1), (-1, -1), align)],
                         valign=valign, widths=[90.0, 200.0, 110.0], heights=heights)
    assert ruled == plain


@pytest.mark.parametrize("commands", [
    [("BOX", (0, 0), (-1, -1), 1.2, colors.red), ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey)],
    [("LINEABOVE", (0, 1), (-1, 1), 1, colors.blue, 1, (2, 2)), ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
     ("LINEBEFORE", (1, 0), (1, -1), 0.5, colors.green, 2), ("GRID", (0, 0), (-1, 0), 0.8, colors.black)],
    [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (0, 0), (-1, 0)), ("SPAN", (1, 3), (2, 4))],
])
def test_rules_replayed_on_later_pages_are_reportlabs(commands: list[tuple[object, ...]]) -> None:
    # () for an empty cell, as the documents write it ("" would add an empty text object)
    rows: list[list[object]] = [[para("参会人员签字", STYLES.cell_center), (), ()]]
    rows += [[f"陈{i}", (), "签"] for i in range(90)]
    plain, ruled = _both(rows, commands, valign="MIDDLE", widths=[120.0, 120.0, 120.0],
                         heights=[None] + [28.0] * 90)
    assert ruled == plain


def test_shared_cell_styles_split_before_a_cell_command() -> None:
    """A per-cell command on a table built with one shared style object changes only
    the cells it names, as with reportlab's one object per cell."""
    font = register_font()
    rows: list[list[object]] = [["姓名", "签名", "备注"]] + [[f"陈{i}", "签", "无"] for i in range(40)]
    commands = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("SPAN", (1, 3), (2, 3))]
    later = [("ALIGN", (2, 1), (2, -1), "RIGHT"), ("FONT", (0, 0), (-1, 0), font, 18)]
    pdfs = []
    for make in (cell_styles, shared_cell_styles):
        table = RuledTable(rows, colWidths=[100.0, 100.0, 100.0], repeatRows=1,
                           cellStyles=make(cell_style_class(font, 14.0, "MIDDLE", 4.0), len(rows), 3))
        table.setStyle(TableStyle(commands))
        table.setStyle(TableStyle(later))
        pdfs.append(_pdf(table))
    assert pdfs[0] == pdfs[1]
    assert len(set(map(id, table._cellStyles[5]))) == 3  # noqa: SLF001 (each cell its own again)


def test_one_line_cells_follow_font_changes_between_cells() -> None:
    """Strings in cells of different fonts and sizes, with paragraph cells between them:
    each string is written in its own cell's font, as reportlab's drawString does."""
    font = register_font()
    rows: list[list[object]] = []
    for i in range(50):
        rows.append([f"陈{i}", para("说明：村道", STYLES.cell), f"{i}号", "Helvetica"])
    commands = [("FONT", (1, 0), (1, -1), font, 10), ("FONT", (2, 0), (2, -1), font, 18, 22),
                ("FONT", (3, 0), (3, -1), "Helvetica", 9), ("ALIGN", (2, 0), (2, -1), "CENTER"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    plain, ruled = _both(rows, commands, valign="BOTTOM", widths=[80.0, 120.0, 90.0, 90.0], heights=None)
    assert ruled == plain
