"""The public 四议两公开 notices and the meeting sign-in sheet, as PDF bytes.

Why builders over plain DTOs: a notice is rebuilt identically from an archived snapshot,
and every string is checked before layout (:class:`~lufeng_desktop.printing.story.Story`),
so a character the font lacks or an unmasked ID/mobile number stops the print with a
message instead of reaching the 公开栏.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import KeepTogether, Spacer

from lufeng_desktop.printing.layout import SignOff, format_cn_date, format_fen, format_yuan
from lufeng_desktop.printing.model import (
    ImplementationDoc,
    MatterDoc,
    MeetingDoc,
    RosterEntry,
    StepRecord,
)
from lufeng_desktop.printing.story import BLANK, Story, ordinal, public_name, sentence

OPENING = "根据《中华人民共和国村民委员会组织法》及“四议两公开”工作要求，"
REVIEW_LABEL = "村务监督委员会审核："


def _count(value: int | None, unit: str, label: str) -> str | None:
    return None if value is None else f"{label}{value}{unit}"


def step_line(number: int, step: StepRecord) -> str:
    """One procedure line: date, body, 应到/实到 and votes, result."""
    head = f"（{ordinal(number)}）{step.kind_label}："
    parts = [f"{format_cn_date(step.held_on)}，{step.body_label}"]
    attendance = [s for s in (
        None if step.expected is None
        else f"应到{step.expected}{step.unit}" + (f"（{step.base_label}）" if step.base_label else ""),
        _count(step.present, step.unit, "实到"),
    ) if s]
    votes = [s for s in (_count(step.yes, "票", "同意"), _count(step.no, "票", "反对"),
                         _count(step.abstain, "票", "弃权")) if s]
    if attendance:
        parts.append("，".join(attendance))
    if votes:
        parts.append("，".join(votes))
    if step.result:
        parts.append(step.result)
    return head + "；".join(parts) + "。"


def posting_period(start: date, end: date) -> str:
    return f"自 {format_cn_date(start)} 至 {format_cn_date(end)}"


def _title_block(story: Story, title: str) -> None:
    story.title(title)
    story.p("全体村民：", story.styles.salutation)


def _closing(story: Story, doc: MatterDoc, start: date, end: date, section: int,
             signed_on: date) -> None:
    """公示期, objection channel, 监督电话, then issuers + seals + date and the review line."""
    s = story.styles
    story.p(f"{ordinal(section)}、公示期：{posting_period(start, end)}。")
    story.p(f"{ordinal(section + 1)}、异议方式：{sentence(doc.objection_channel)}")
    last = story.p(f"监督电话：{doc.supervision_phone}")
    story.flowables.pop()
    story.texts.extend(doc.issuers)
    sign = SignOff(doc.issuers, signed_on, story.spec)
    # GB/T 9704: the seal's top lies within one line of the body; never alone on a page.
    story.flowables.append(KeepTogether([last, Spacer(1, story.spec.leading * 0.5), sign]))
    story.space(0.5)
    story.p(REVIEW_LABEL + (doc.supervision_reviewer or BLANK), s.salutation)


def _items_table(story: Story, doc: MatterDoc) -> None:
    s = story.styles
    rows = [[story.cell(h, s.cell_center) for h in ("序号", "项目内容", "金额", "资金来源")]]
    for index, item in enumerate(doc.line_items, 1):
        rows.append([story.cell(str(index), s.cell_center), story.cell(item.description),
                     story.cell(format_fen(item.amount_fen), s.cell_right),
                     story.cell(item.funding_source)])
    total = sum(item.amount_fen for item in doc.line_items)
    rows.append([story.cell("合计", s.cell_center), story.cell(""),
                 story.cell(format_fen(total), s.cell_right), story.cell("")])
    story.table(rows, (0.08, 0.45, 0.24, 0.23))


def resolution_notice(doc: MatterDoc, paper: str = "A4") -> bytes:
    """决议公开 notice with every element of DOMAIN.md §4.7."""
    story = Story(paper)
    _title_block(story, f"{doc.village_name}关于{doc.title}的决议公示")
    story.p(f"{OPENING}现将{doc.title}的决议情况公开如下：")
    story.p(f"一、事项名称：{doc.title}（{doc.matter_type_label}）。动议事由：{sentence(doc.motion_source)}")
    story.p("二、决策程序：")
    for number, step in enumerate(doc.steps, 1):
        story.p(step_line(number, step))
    total = sum(item.amount_fen for item in doc.line_items)
    plan = "；".join(p for p in (doc.selection_method and f"承接方选定方式：{doc.selection_method}",
                                 doc.time_frame and f"实施期限：{doc.time_frame.rstrip('。')}") if p)
    story.p(f"三、决议内容：{sentence(doc.resolution_text)}" + (f"{plan}。" if plan else "") + (
        f"总金额{format_yuan(total)}，明细如下：" if doc.line_items else ""))
    if doc.line_items:
        _items_table(story, doc)
        story.space(0.3)
    _closing(story, doc, doc.posting_from, doc.posting_to, 4, doc.sign_date)
    return story.render(author=author_of(doc), audit_head=doc.audit_head,
                        official_phones=[doc.supervision_phone])


def result_notice(doc: MatterDoc, implementation: ImplementationDoc, paper: str = "A4") -> bytes:
    """实施结果公开 notice: implementation facts and the supervision opinion (§4.7)."""
    impl = implementation
    story = Story(paper)
    _title_block(story, f"{doc.village_name}关于{doc.title}实施结果的公示")
    story.p(f"{OPENING}现将{impl.resolution_ref}所定{doc.title}的实施结果公开如下：")
    story.p("一、实施情况")
    for number, fact in enumerate(_facts(impl), 1):
        story.p(f"（{ordinal(number)}）{fact}。")
    story.p(f"二、村务监督委员会意见：{sentence(impl.supervision_opinion) or '＿' * 12}")
    _closing(story, doc, impl.posting_from, impl.posting_to, 3, impl.sign_date)
    return story.render(author=author_of(doc), audit_head=impl.audit_head or doc.audit_head,
                        official_phones=[doc.supervision_phone])


def _facts(impl: ImplementationDoc) -> list[str]:
    """The implementation facts that were recorded, in the order of DOMAIN.md §4.7."""
    facts = [f"实施情况：{impl.summary.rstrip('。')}"] if impl.summary else []
    if impl.contractor:
        facts.append(f"承接方：{impl.contractor}")
    if impl.selection_method:
        when = f"（{format_cn_date(impl.selection_date)}）" if impl.selection_date else ""
        facts.append(f"选定方式：{impl.selection_method}{when}")
    if impl.contract_amount_fen is not None:
        facts.append(f"合同金额：{format_fen(impl.contract_amount_fen)}")
    if impl.spending:
        spent = sum(s.amount_fen for s in impl.spending)
        facts.append("实际支出：" + "；".join(f"{s.funding_source}{format_fen(s.amount_fen)}"
                                         for s in impl.spending) + f"，合计{format_fen(spent)}")
    if impl.started_on:
        facts.append("实施时间：" + (posting_period(impl.started_on, impl.finished_on) if impl.finished_on
                                else f"{format_cn_date(impl.started_on)}开工，尚未完工"))
    facts.append("验收情况：" + (f"{format_cn_date(impl.acceptance_date)}验收，{impl.acceptance_result}"
                              if impl.acceptance_date else impl.acceptance_result or "尚未验收"))
    paid = "；".join(f"{format_cn_date(p.paid_on)}支付{format_fen(p.amount_fen)}" + (f"（{p.note}）" if p.note else "")
                    for p in impl.payments)
    if impl.overpayment_note:
        paid += f"；超出合同金额的说明：{impl.overpayment_note.rstrip('。')}"
    facts.append("付款情况：" + (paid or "尚未付款"))
    facts.append("遗留事项：" + ("；".join(impl.outstanding) or "无"))
    if impl.asset_terms:
        facts.append(f"资产（资源）情况：{impl.asset_terms}")
    return facts


def sign_in_sheet(meeting: MeetingDoc, roster: Sequence[RosterEntry], paper: str = "A4") -> bytes:
    """Sign-in sheet pre-filled with the eligible roster (name and 村民小组 only)."""
    story = Story(paper)
    s = story.styles
    story.title(f"{meeting.village_name}{meeting.body_label}签到表")
    expected = len(roster) if meeting.expected is None else meeting.expected
    story.p(f"会议事项：{meeting.matter_title}", s.salutation)
    story.p(f"会议时间：{format_cn_date(meeting.held_on)}{meeting.starts_at}　　地点：{meeting.place}", s.salutation)
    story.p(f"应到{expected}人，实到＿＿＿人", s.salutation)
    story.space(0.3)
    rows = [[story.cell(h, s.cell_center) for h in ("序号", "姓名", "村民小组", "签名")]]
    for index, entry in enumerate(roster, 1):
        rows.append([story.cell(str(index), s.cell_center),
                     story.cell(public_name(entry.name, entry.birth_date, meeting.held_on)),
                     story.cell(entry.group), story.cell("")])
    story.table(rows, (0.12, 0.26, 0.26, 0.36), row_height=story.spec.mm(11))
    return story.render(author=meeting.village_name, audit_head=meeting.audit_head)


def author_of(doc: MatterDoc) -> str:
    return f"陆丰市{doc.town_name}{doc.village_name}"
