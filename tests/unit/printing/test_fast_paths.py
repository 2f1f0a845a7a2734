"""The printing fast paths print exactly what reportlab's own code prints.

Each shortcut (RuledTable, the parser-free paragraph, the cached line breaking, the
one-pass personal-data check) is compared with the slow path it replaces, on the
PDF bytes or the paragraph fragments, so a reportlab upgrade that changes either
side shows up here instead of on the notice board.
"""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.core.idcard import make_id_number
from lufeng_desktop.printing.fonts import register_font
from lufeng_desktop.printing.layout import _IDEOGRAPHIC_SPACE, make_styles, page_spec, para
from lufeng_desktop.printing.linebreak import CJKParagraph, paragraph_lines
from lufeng_desktop.printing.story import Story
from lufeng_desktop.printing.tables import RuledTable, cell_style_class, cell_styles

STYLES = make_styles(page_spec("A4"))
# Empty cells are () as in the documents: reportlab writes an invisible empty text
# object for "", which RuledTable leaves out.
NAMES = ["陈国强", "林志明", "黄秀英（代）", "Zhang Wei", "李丽娟", ""]


def _rows() -> list[list[object]]:
    header = [para("参会人员签字", STYLES.cell_center), "", "", ""]
    sub = ["姓名", "签名", "姓名", "签名"]
    body: list[list[object]] = []
    for i in range(120):  # several pages, so the table is split with its header repeated
        body.append([NAMES[i % len(NAMES)] or (), (), para(f"第{i}行，说明：“村道”", STYLES.cell), "签"])
    return [header, sub, *body]


_COMMANDS = [
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.9, 0.9, 0.9)),
    ("SPAN", (0, 0), (-1, 0)),
    ("ALIGN", (0, 1), (-1, 1), "CENTER"),
    ("ALIGN", (3, 2), (3, -1), "RIGHT"),
]


def _pdf(table: Table) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def test_ruled_table_writes_the_same_pdf_as_reportlab() -> None:
    font, size, pad = register_font(), 14.0, 4.0
    widths = [100.0, 120.0, 140.0, 80.0]
    plain = Table(_rows(), colWidths=widths, repeatRows=2)
    plain.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, size), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *[(f"{side}PADDING", (0, 0), (-1, -1), pad) for side in ("TOP", "BOTTOM", "LEFT", "RIGHT")],
        *_COMMANDS,
    ]))
    rows = _rows()
    ruled = RuledTable(rows, colWidths=widths, repeatRows=2,
                       cellStyles=cell_styles(cell_style_class(font, size, "MIDDLE", pad), len(rows), 4))
    ruled.setStyle(TableStyle(_COMMANDS))
    expected = _pdf(plain)
    assert len(pypdf.PdfReader(io.BytesIO(expected)).pages) >= 3  # split, header repeated
    assert _pdf(ruled) == expected


def test_restyling_a_measured_table_measures_it_again() -> None:
    table = RuledTable([["陈国强"]], colWidths=[100.0])
    _, small = table.wrap(400, 1000)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_font(), 30)]))
    _, large = table.wrap(400, 1000)
    assert large > small


_TEXT = st.text(alphabet=st.sampled_from(list("村道硬底化，。（）《》ab1 \xa0\u3000\n\t&<>;")), max_size=30)


def _parsed(text: str, style: object) -> CJKParagraph:
    """``para`` as it was: escape, then reportlab's XML parser."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return CJKParagraph(escaped.replace("\u3000", _IDEOGRAPHIC_SPACE), style)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, style=st.sampled_from([STYLES.cell, STYLES.title, STYLES.body, STYLES.small]))
def test_plain_paragraphs_get_the_parsers_fragments(text: str, style: object) -> None:
    fast, slow = para(text, style), _parsed(text, style)
    assert [vars(f) for f in fast.frags] == [vars(f) for f in slow.frags]
    assert fast.style is slow.style
    assert paragraph_lines(fast, 120) == paragraph_lines(slow, 120)


def test_line_breaking_follows_the_width_asked_for() -> None:
    paragraph = para("村道硬底化及路灯安装项目，总投资十五万八千元（含路灯二十盏）。", STYLES.cell)
    wide, narrow = paragraph_lines(paragraph, 400), paragraph_lines(paragraph, 90)
    assert len(narrow) > len(wide)
    assert paragraph_lines(paragraph, 400) == wide
    assert paragraph_lines(paragraph, 90) == narrow == paragraph_lines(para(paragraph.text, STYLES.cell), 90)


@pytest.mark.parametrize("pieces", [["13812", "345678"], ["44158119900101", "1234"]])
def test_numbers_split_over_two_strings_are_not_personal_data(pieces: list[str]) -> None:
    """The check runs over all strings joined by line breaks: no false alarm across them."""
    story = Story("A4")
    for piece in pieces:
        story.line(piece)
    story.check()


@pytest.mark.parametrize("text", ["联系电话13812345678",
                                  "身份证" + make_id_number("441581", date(1990, 1, 1), 7, "男")])
def test_personal_data_in_any_one_string_still_stops_printing(text: str) -> None:
    story = Story("A4")
    story.line("东海村关于村道硬底化的决议公示")
    story.line(text)
    story.line("监督电话：13800138000")
    with pytest.raises(LufengError):
        story.check(official_phones=["13800138000"])


def _paragraph_pdf(texts: list[str], style: object, width: float) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Table([[para(t, style)] for t in texts], colWidths=[width])])
    return buffer.getvalue()


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(_TEXT.filter(str.strip), min_size=1, max_size=4),
       style=st.sampled_from([STYLES.body, STYLES.title, STYLES.cell_center, STYLES.cell_right]),
       width=st.floats(min_value=60, max_value=440))
def test_paragraphs_draw_the_same_operators_as_reportlab(texts: list[str], style: object,
                                                        width: float) -> None:
    fast = _paragraph_pdf(texts, style, width)
    original = CJKParagraph._simple_lines
    CJKParagraph._simple_lines = lambda self, debug: None  # type: ignore[method-assign]
    try:
        slow = _paragraph_pdf(texts, style, width)
    finally:
        CJKParagraph._simple_lines = original  # type: ignore[method-assign]
    assert fast == slow
