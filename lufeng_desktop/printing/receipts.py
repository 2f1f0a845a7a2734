"""The 异议受理回执: a stub kept by the supervision committee and a receipt for the villager.

Why a receipt at all: the reply deadline (DOMAIN.md §4.6, default 10 days) only protects
the villager if they hold a dated paper that names it. The complainant's phone is masked
(138****5678) on both halves; the committee's supervision telephone is printed in full.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from lufeng_desktop.core import masking
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.printing.layout import SignOff, format_cn_date, para
from lufeng_desktop.printing.model import ObjectionDoc
from lufeng_desktop.printing.story import CUT_LINE, LABEL_GREY, Story, sentence

def masked_contact(raw: str) -> str:
    """The complainant's phone as printed; a number that does not parse is left out."""
    if not raw.strip():
        return ""
    try:
        return masking.mask_phone(raw)
    except ValidationError:
        return ""


def _half(story: Story, doc: ObjectionDoc, title: str) -> None:
    c, spec = story.cell, story.spec
    contact = masked_contact(doc.complainant_phone)
    who = (doc.complainant or "匿名") + (f"（联系电话：{contact}）" if contact else "")
    rows: list[list[object]] = [
        [c("编号"), c(doc.receipt_no), c("收到日期"), c(format_cn_date(doc.received_on))],
        [c("异议人"), c(who), c("反映方式"), c(doc.channel)],
        [c("公示事项"), c(doc.notice_title), "", ""],
        [c("异议内容"), c(sentence(doc.content)), "", ""],
        [c("受理人"), c(doc.handled_by), c("答复期限"), c(f"{format_cn_date(doc.reply_due)}前")],
    ]
    head = ParagraphStyle("receipt-title", parent=story.styles.title, fontSize=spec.pt(18),
                          leading=spec.pt(24), spaceAfter=spec.pt(6))
    story.texts.append(title)
    story.add(para(title, head))
    story.table(rows, (0.16, 0.34, 0.16, 0.34), header_rows=0,
                min_heights=[spec.mm(10)] * 3 + [spec.mm(16), spec.mm(10)],
                extra=[("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)),
                       ("BACKGROUND", (0, 0), (0, -1), LABEL_GREY),
                       ("BACKGROUND", (2, 0), (2, 1), LABEL_GREY),
                       ("BACKGROUND", (2, 4), (2, 4), LABEL_GREY)])


def objection_receipt(doc: ObjectionDoc, paper: str = "A4") -> bytes:
    """Stub and receipt on one page, separated by a cut line."""
    story = Story(paper)
    title = f"{doc.village_name}村务公开异议受理回执"
    _half(story, doc, title + "（存根）")
    story.space(0.4)
    story.add(story.cell(CUT_LINE, story.styles.cell_center))
    story.space(0.4)
    _half(story, doc, title)
    story.space(0.2)
    reply = (f"您反映的异议已于{format_cn_date(doc.received_on)}收到。{doc.receiver}将于"
             f"{format_cn_date(doc.reply_due)}前作出答复；对答复不满意的，可以向镇（街道）反映。"
             f"监督电话：{doc.supervision_phone}。")
    story.texts.extend([reply, doc.receiver])
    # Reply promise beside the seal: stacked, the two halves would not fit on one A4 page.
    width = story.spec.frame_width
    side = Table([[para(reply, story.styles.cell), SignOff([doc.receiver], doc.received_on, story.spec)]],
                 colWidths=[width * 0.5, width * 0.5])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONT", (0, 0), (-1, -1), story.styles.cell.fontName, story.styles.cell.fontSize),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.add(side)
    return story.render(author=doc.village_name, audit_head=doc.audit_head,
                        official_phones=[doc.supervision_phone])
