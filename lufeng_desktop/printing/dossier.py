"""The 村级重大事务“四议两公开”决策实施登记表: one sheet per step, for the archive (台账).

Layout after the 中和村 form (DOMAIN.md §2.2, S15): a ruled form per step with 动议事由
tick boxes, 事项, 时间, 会议形式, 应到/实到/比例, the step's content and signatures;
town officials sign sheets 3 and 4; sheets 5 and 6 record 公开情况 and 监督意见.
The signature grid is its own table so a 村民会议 of hundreds flows over pages with
its header repeated, which one giant table cell could not do.
"""

from __future__ import annotations

from reportlab.platypus import PageBreak

from lufeng_desktop.printing.layout import format_cn_date
from lufeng_desktop.printing.model import MOTION_KINDS, DossierDoc, DossierSheet
from lufeng_desktop.printing.story import LABEL_GREY, Story, ordinal, ratio_text

SHEETS = 6
_FIELDS = (0.18, 0.32, 0.18, 0.32)
_PAIRS = 3  # name + signature pairs per row of the signature grid
_BLANK_SIGNATURE_ROWS = 4
_EMPTY: tuple[()] = ()  # an empty cell reportlab skips; "" would still emit a text object


def _attendance(sheet: DossierSheet) -> str:
    expected = "＿＿" if sheet.expected is None else str(sheet.expected)
    present = "＿＿" if sheet.present is None else str(sheet.present)
    ratio = ratio_text(sheet.present, sheet.expected) or "＿＿"
    return f"应到 {expected} 人　　实到 {present} 人　　比例 {ratio}"


def _is_meeting(number: int, sheet: DossierSheet) -> bool:
    return number <= 4 or sheet.expected is not None or bool(sheet.attendees)


def _head_table(story: Story, doc: DossierDoc, number: int, sheet: DossierSheet) -> None:
    c, spec = story.cell, story.spec
    motion: list[object] = [story.ticks(MOTION_KINDS, [doc.motion_kind])]
    if doc.motion_source:
        motion.append(c(doc.motion_source))
    rows: list[list[object]] = [
        [c("动议事由"), motion, "", ""],
        [c("事项"), c(doc.title), "", ""],
        [c("时间"), c(format_cn_date(sheet.held_on) if sheet.held_on else ""),
         c("会议形式" if number <= 4 else "公开形式"), c(sheet.form)],
    ]
    heights: list[float | None] = [None, None, spec.mm(12)]
    if _is_meeting(number, sheet):
        rows.append([c("参会人员"), c(_attendance(sheet)), "", ""])
        heights.append(spec.mm(12))
    rows.append([c(sheet.content_label), c(sheet.content), "", ""])
    heights.append(spec.mm((18 if sheet.facts else 30) if sheet.content else 45))
    compact = story.compact()[0] if sheet.facts else None
    for label, lines in sheet.facts:  # only what was recorded: no blank 合同金额 row on a 投工投劳 matter
        style = compact if len(lines) > 1 else None  # a list (payments) keeps one entry per line
        rows.append([c(label), [c(line, style) for line in lines], "", ""])
        heights.append(None)
    if sheet.result or number <= 4:
        rows.append([c("表决结果"), c(sheet.result), "", ""])
        heights.append(spec.mm(12))
    spans = [("SPAN", (1, r), (3, r)) for r in range(len(rows)) if r != 2]
    story.table(rows, _FIELDS, min_heights=heights, header_rows=0,
                extra=[*spans, ("BACKGROUND", (0, 0), (0, -1), LABEL_GREY)])


def _signature_table(story: Story, sheet: DossierSheet) -> None:
    """参会人员签字: pre-printed names beside blank cells, header repeated on each page."""
    c, s, spec = story.cell, story.styles, story.spec
    header = [c("参会人员签字", s.cell_center)] + [""] * (2 * _PAIRS - 1)
    sub = [c(label, s.cell_center) for _ in range(_PAIRS) for label in ("姓名", "签名")]
    names = list(sheet.attendees)
    blank_rows = 0 if names else max(_BLANK_SIGNATURE_ROWS, -(-(sheet.present or 0) // _PAIRS))
    # Plain strings, not paragraphs: a 村民会议 has hundreds of names and each paragraph
    # costs a line-breaking pass (the strings are still checked with the other texts).
    story.texts.extend(names)
    body: list[list[object]] = []
    for start in range(0, len(names), _PAIRS):
        chunk = names[start:start + _PAIRS] + [""] * (_PAIRS - len(names[start:start + _PAIRS]))
        body.append([cell for name in chunk for cell in (name or _EMPTY, _EMPTY)])
    body += [[_EMPTY] * (2 * _PAIRS) for _ in range(blank_rows)]
    fractions = [0.13, 0.2033] * _PAIRS
    story.table([header, sub, *body], fractions, row_height=spec.mm(10), header_rows=2,
                extra=[("SPAN", (0, 0), (-1, 0))])


def _tail_table(story: Story, number: int, sheet: DossierSheet) -> None:
    c, spec = story.cell, story.spec
    rows: list[list[object]] = []
    heights: list[float | None] = []
    if number in (3, 4) or sheet.town_attendees:
        rows.append([c("乡镇参会人员签字（含职务）"), c("、".join(sheet.town_attendees))])
        heights.append(spec.mm(20))
    if number >= 5:
        rows.append([c("公开情况"), c(sheet.disclosure)])
        heights.append(spec.mm(25))
        rows.append([c("监督意见"), c(sheet.supervision)])
        heights.append(spec.mm(25))
    rows.append([c("经办人签字"), c("")])
    heights.append(spec.mm(14))
    story.table(rows, (0.18, 0.82), min_heights=heights, header_rows=0,
                extra=[("BACKGROUND", (0, 0), (0, -1), LABEL_GREY)])


def _sheet(story: Story, doc: DossierDoc, number: int, sheet: DossierSheet) -> None:
    story.title(f"{doc.village_name}重大事务“四议两公开”决策实施登记表")
    story.line(f"（{ordinal(number)}）{sheet.step_label}　　　第{number}张，共{SHEETS}张")
    story.space(0.2)
    _head_table(story, doc, number, sheet)
    if _is_meeting(number, sheet):
        _signature_table(story, sheet)
    _tail_table(story, number, sheet)


def dossier(doc: DossierDoc, paper: str = "A4") -> bytes:
    """All six sheets, each starting on a new page; missing steps print as blank sheets."""
    story = Story(paper)
    sheets = list(doc.sheets[:SHEETS])
    blanks = ("村党组织提议", "村“两委”商议", "党员大会审议", "村民（代表）会议决议",
              "决议公开", "组织实施及实施结果公开")
    contents = ("提议内容", "商议内容", "审议内容", "决议内容", "公开内容", "实施情况")
    while len(sheets) < SHEETS:
        sheets.append(DossierSheet(blanks[len(sheets)], contents[len(sheets)]))
    for number, sheet in enumerate(sheets, 1):
        if number > 1:
            story.add(PageBreak())
        _sheet(story, doc, number, sheet)
    return story.render(author=f"陆丰市{doc.town_name}{doc.village_name}", audit_head=doc.audit_head)
