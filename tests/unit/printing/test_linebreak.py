from __future__ import annotations

import reportlab.lib.textsplit as textsplit
import reportlab.platypus.paragraph as rl_paragraph
from reportlab.lib.styles import ParagraphStyle

from lufeng_desktop.printing.fonts import register_font
from lufeng_desktop.printing.layout import make_styles, page_spec, para
from lufeng_desktop.printing.linebreak import (
    CANNOT_END,
    CANNOT_START,
    CJKParagraph,
    paragraph_lines,
    patch_reportlab_kinsoku,
    split_lines,
)

NO_START = "，。；：！？、》）」』】"
NO_END = "（《「『【"

PARAGRAPHS = [
    "根据《中华人民共和国村民委员会组织法》及“四议两公开”工作要求，经村党组织提议、村“两委”商议、"
    "党员大会审议、村民代表会议决议，现将《关于修缮村道的决议》公开如下：（一）项目名称：东海村主干道"
    "修缮；（二）资金来源：村集体经济收入（¥12,345.00元）、镇财政补助！？是否同意？同意。",
    "公示期自2026年11月26日至2026年12月3日。公示期内，村民如有异议，可以书面、口头或电话方式向村务"
    "监督委员会反映（地址：村委会一楼办公室；电话：0660-8888888）。监督电话：13800138000、0660-8123456。",
    "经审核：「程序合规」、『资金到位』、【公示及时】；《村规民约》》、（二）（三）项均已落实！！"
    "请各位村民互相转告：：本公告张贴于村务公开栏、各村民小组公告栏及村民微信群。。",
    "（一）党员大会审议：2026年11月12日，村党员大会；应到47人（有表决权的党员），实到41人；"
    "同意39票，反对1票，弃权1票；审议通过。（二）村民代表会议决议：应到35人（组成人员），实到31人。",
]


def _violations(lines: list[str]) -> list[str]:
    found = []
    for index, line in enumerate(lines):
        if index > 0 and line[:1] in NO_START:
            found.append(f"starts: {line}")
        if index < len(lines) - 1 and line[-1:] in NO_END:
            found.append(f"ends: {line}")
    return found


def test_reportlab_lists_are_patched_in_both_modules() -> None:
    patch_reportlab_kinsoku()
    patch_reportlab_kinsoku()  # idempotent
    for module in (textsplit, rl_paragraph):
        for char in NO_START:
            assert module.ALL_CANNOT_START.count(char) >= 1, char
    assert set(NO_START) <= set(CANNOT_START) and set(NO_END) <= set(CANNOT_END)


def test_no_forbidden_line_start_or_end_at_many_widths() -> None:
    style = make_styles(page_spec("A4")).body
    checked = 0
    for text in PARAGRAPHS:
        for width in range(60, 460, 13):  # 31 widths
            lines = paragraph_lines(para(text, style), width)
            assert "".join(lines) == text  # nothing lost or duplicated
            assert _violations(lines) == [], (width, lines)
            checked += len(lines)
    assert checked > 1000


def test_table_cell_style_and_a3_also_obey() -> None:
    for paper in ("A4", "A3"):
        styles = make_styles(page_spec(paper))
        for style in (styles.cell, styles.body, styles.title):
            for text in PARAGRAPHS:
                for width in range(50, 700, 37):
                    assert _violations(paragraph_lines(para(text, style), width)) == []


def test_double_closing_mark_pushes_a_character_down() -> None:
    # 10-wide characters, 5 per line: "》；" would leave "；" at a line start if hung.
    text = "甲乙丙丁《书》；戊己"
    lines = [line for _, line in split_lines(text, [10.0] * len(text), [50.0])]
    assert _violations(lines) == []
    assert "".join(lines) == text


def test_opening_bracket_moves_to_next_line() -> None:
    text = "甲乙丙丁（戊）己庚"
    lines = [line for _, line in split_lines(text, [10.0] * len(text), [50.0])]
    assert lines[0] == "甲乙丙丁"
    assert lines[1].startswith("（")


def test_number_run_is_not_split_when_avoidable() -> None:
    text = "金额为12345元整"
    widths = [10.0 if ord(c) > 0x3000 else 5.0 for c in text]
    lines = [line for _, line in split_lines(text, widths, [45.0])]
    assert any("12345" in line for line in lines)


def test_plain_reportlab_paragraph_still_fails_which_is_why_we_subclass() -> None:
    """Documents the reportlab limitation (double closing marks, CANNOT_END ignored)."""
    font = register_font()
    style = ParagraphStyle("b", fontName=font, fontSize=16, leading=29, wordWrap="CJK")
    bad = 0
    for text in PARAGRAPHS:
        for width in range(60, 460, 13):
            bad += len(_violations(paragraph_lines(rl_paragraph.Paragraph(text, style), width)))
    assert bad > 0
    assert issubclass(CJKParagraph, rl_paragraph.Paragraph)
