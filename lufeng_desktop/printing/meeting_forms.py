"""The paper a meeting needs: its notice, ballots and the minutes form.

Why the notice checks its own dates: a 村民会议 or 成员大会 called on less than the
legal notice (10 days, DOMAIN.md §2.7) can be challenged afterwards, so the notice
refuses to print unless the workflow recorded why a shorter notice was accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.layout import SignOff, format_cn_date, para
from lufeng_desktop.printing.model import MeetingDoc, MinutesDoc
from lufeng_desktop.printing.story import BOX, CUT_LINE, LABEL_GREY, Story, ordinal, sentence

BALLOT_OPTIONS = ("同意", "反对", "弃权")
BALLOT_RULE = "请在选定意见下的方框内划“√”，每项只能选一种意见；多选、不选或无法辨认的，该项视为弃权。"
_CHINESE_DIGITS = "零一二三四五六七八九十"


def _cn_days(days: int) -> str:
    """10 → 十日 (statute wording); larger numbers stay Arabic."""
    return (_CHINESE_DIGITS[days] if 0 <= days <= 10 else str(days)) + "日"


def when(meeting: MeetingDoc) -> str:
    return format_cn_date(meeting.held_on) + meeting.starts_at


def _notice_period_line(meeting: MeetingDoc) -> str | None:
    """The sentence stating the legal notice period, or an error if it is not met."""
    if meeting.notice_days is None or meeting.notice_on is None:
        return None
    given = (meeting.held_on - meeting.notice_on).days
    if given < meeting.notice_days and not meeting.notice_override:
        raise LufengError(
            f"{meeting.body_label}须提前{meeting.notice_days}日通知：通知日期"
            f"{format_cn_date(meeting.notice_on)}距会议召开只有{max(given, 0)}日，请改期或在流程中记录理由。",
            f"A {meeting.body_label} needs {meeting.notice_days} days' notice; "
            f"this notice gives {max(given, 0)}. Reschedule or record the reason in the workflow.",
            code="notice_period",
        )
    if given < meeting.notice_days:
        return None
    basis = f"根据{meeting.notice_basis}，" if meeting.notice_basis else ""
    return (f"{basis}召开{meeting.body_label}应当提前{_cn_days(meeting.notice_days)}通知。"
            f"本通知于{format_cn_date(meeting.notice_on)}发出，距会议召开{given}日。")


def default_convener(village_name: str) -> str:
    """东海村 → 东海村民委员会; 东海社区 → 东海社区居民委员会."""
    return village_name + ("民委员会" if village_name.endswith("村") else "居民委员会")


def meeting_notice(meeting: MeetingDoc, paper: str = "A4") -> bytes:
    """会议通知 for the 公开栏: time, place, who attends, agenda, legal notice period."""
    story = Story(paper)
    s = story.styles
    story.title(f"{meeting.village_name}关于召开{meeting.body_label}的通知")
    story.p(f"{meeting.attendees_label or '全体村民'}：", s.salutation)
    legal = _notice_period_line(meeting)
    story.p(f"经研究，定于{when(meeting)}在{meeting.place}召开{meeting.body_label}，"
            "现将有关事项通知如下：")
    story.p(f"一、会议时间：{when(meeting)}。")
    story.p(f"二、会议地点：{meeting.place}。")
    story.p(f"三、参加人员：{meeting.attendees_label or '全体村民'}"
            + (f"（应到{meeting.expected}人）" if meeting.expected else "") + "。")
    story.p("四、会议议题：")
    for number, topic in enumerate(meeting.topics, 1):
        story.p(f"（{ordinal(number)}）{sentence(topic)}")
    story.p("五、请准时参加。因故不能参加的，请于会前向村民委员会请假"
            + (f"（联系电话：{meeting.contact}）" if meeting.contact else "") + "。")
    if legal:
        story.p(legal)
    issuer = meeting.convener or default_convener(meeting.village_name)
    story.texts.append(issuer)
    signed = meeting.notice_on or meeting.held_on
    story.add(KeepTogether([Spacer(1, story.spec.leading * 0.5),
                            SignOff([issuer], signed, story.spec)]))
    return story.render(author=meeting.village_name, audit_head=meeting.audit_head,
                        official_phones=[meeting.contact])


def _ballot_block(story: Story, meeting: MeetingDoc, motions: Sequence[str]) -> list[Flowable]:
    """One ballot: heading, motions with 同意/反对/弃权 boxes, the rule; never a voter's name
    or a serial number (a numbered ballot handed to a known person is not secret)."""
    s, spec = story.styles, story.spec
    head = ParagraphStyle("ballot-title", parent=s.title, spaceAfter=spec.pt(6),
                          fontSize=spec.pt(18), leading=spec.pt(24))
    title = f"{meeting.village_name}{meeting.body_label}表决票"
    story.texts.append(title)
    info = f"会议时间：{format_cn_date(meeting.held_on)}　　（不记名）"
    box = ParagraphStyle("ballot-box", parent=s.cell_center, fontSize=spec.pt(22),
                         leading=spec.pt(24))
    rows: list[list[object]] = [[story.cell("序号", s.cell_center), story.cell("表决事项", s.cell_center),
                                 *(story.cell(o, s.cell_center) for o in BALLOT_OPTIONS)]]
    for number, motion in enumerate(motions, 1):
        rows.append([story.cell(str(number), s.cell_center), story.cell(motion),
                     *(story.cell(BOX, box) for _ in BALLOT_OPTIONS)])
    table = Table(rows, colWidths=[spec.frame_width * f for f in (0.1, 0.54, 0.12, 0.12, 0.12)],
                  rowHeights=[None] + [spec.mm(16)] * len(motions))
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), spec.pt(0.6), colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_GREY),
        ("FONT", (0, 0), (-1, -1), s.cell.fontName, s.cell.fontSize),  # else Helvetica is referenced
    ]))
    return [para(title, head), story.cell(info, s.cell_center), Spacer(1, spec.pt(6)),
            table, Spacer(1, spec.pt(4)), story.cell(BALLOT_RULE, s.cell)]


def _height(flowables: Sequence[Flowable], width: float) -> float:
    return sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def ballot(meeting: MeetingDoc, motions: Sequence[str] = (), *, copies: int = 2,
           paper: str = "A4") -> bytes:
    """Anonymous ballots (表决票), two to a page, the cut line across the middle."""
    if copies < 1:
        raise LufengError("份数至少为1", "copies must be at least 1", code="copies")
    story = Story(paper)
    spec = story.spec
    topics = tuple(motions) or meeting.topics
    cut = story.cell(CUT_LINE, story.styles.cell_center)
    for serial in range(1, copies + 1):
        block = _ballot_block(story, meeting, topics)
        story.add(KeepTogether(block))
        if serial == copies:
            break
        if serial % 2:
            used, cut_h = _height(block, spec.frame_width), _height([cut], spec.frame_width)
            gap = max(spec.leading * 0.6, spec.frame_height / 2 - used - cut_h / 2)
            story.add(Spacer(1, gap))
            story.add(cut)
            story.add(Spacer(1, spec.leading * 0.6))
        else:
            story.add(PageBreak())
    return story.render(author=meeting.village_name, audit_head=meeting.audit_head)


def _votes(minutes: MinutesDoc) -> str:
    record = minutes.record
    if record is None or record.yes is None:
        return "同意＿＿票，反对＿＿票，弃权＿＿票"
    text = f"同意{record.yes}票，反对{record.no or 0}票，弃权{record.abstain or 0}票"
    return text + (f"。{sentence(minutes.verdict)}" if minutes.verdict else "。")


def minutes(doc: MinutesDoc, paper: str = "A4") -> bytes:
    """会议记录 form: what is known is printed, the rest is left to be written by hand."""
    meeting, record = doc.meeting, doc.record
    story = Story(paper)
    spec, c = story.spec, story.cell
    story.title(f"{meeting.village_name}{meeting.body_label}记录")
    expected = record.expected if record and record.expected is not None else meeting.expected
    present = record.present if record else None
    rows: list[list[object]] = [
        [c("会议时间"), c(when(meeting)), c("会议地点"), c(meeting.place)],
        [c("主持人"), c(meeting.chair), c("记录人"), c(meeting.recorder)],
        [c("应到人数"), c("" if expected is None else f"{expected}人"),
         c("实到人数"), c("" if present is None else f"{present}人")],
        [c("乡镇参会人员"), c("、".join(doc.town_attendees)), "", ""],
        [c("会议议题"), [c(f"{ordinal(n)}、{t}") for n, t in enumerate(meeting.topics, 1)], "", ""],
        [c("讨论情况"), c(doc.discussion), "", ""],
        [c("表决结果"), c(_votes(doc)), "", ""],
        [c("决议内容"), c(doc.resolution), "", ""],
        [c("主持人签字"), c(""), c("记录人签字"), c("")],
        [c("参会人员签字"), c(""), "", ""],
    ]
    line = spec.mm(12)
    heights = [line, line, line, line, line, spec.mm(45), line, spec.mm(18), spec.mm(14), spec.mm(28)]
    spans = [("SPAN", (1, r), (3, r)) for r in (3, 4, 5, 6, 7, 9)]
    story.table(rows, (0.21, 0.29, 0.21, 0.29), min_heights=heights, header_rows=0,
                extra=[*spans, ("VALIGN", (1, 5), (1, 5), "TOP"), ("VALIGN", (1, 9), (1, 9), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), LABEL_GREY),
                       ("BACKGROUND", (2, 0), (2, 2), LABEL_GREY), ("BACKGROUND", (2, 8), (2, 8), LABEL_GREY)])
    return story.render(author=meeting.village_name, audit_head=meeting.audit_head)
