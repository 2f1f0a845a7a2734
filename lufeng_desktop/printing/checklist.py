"""The 村民小组示范点“五有” checklist: each criterion with status and date, service
functions and inspection notes, as the town's inspectors and the 公开栏 expect to see it.

Why the overall line counts items instead of trusting a stored flag: the sheet then
cannot say 达标 while one criterion is still 整改中.
"""

from __future__ import annotations

from lufeng_desktop.core.roles import ChecklistStatus
from lufeng_desktop.printing.layout import format_cn_date
from lufeng_desktop.printing.model import DemoSiteDoc
from lufeng_desktop.printing.story import Story, ordinal


def overall(doc: DemoSiteDoc) -> str:
    """达标 when every criterion is met; otherwise how many are not."""
    counts = {status: sum(item.status == status for item in doc.items) for status in ChecklistStatus}
    if doc.items and counts[ChecklistStatus.MET] == len(doc.items):
        return f"{len(doc.items)}项全部达标"
    parts = [f"{counts[status]}项{status.value}" for status in ChecklistStatus if counts[status]]
    return "未全部达标（" + "，".join(parts) + "）"


def demo_site_checklist(doc: DemoSiteDoc, paper: str = "A4") -> bytes:
    story = Story(paper)
    c = story.cell
    story.title(f"{doc.village_name}{doc.group_name}示范点“五有”建设情况表")
    story.line(f"所属镇（街道）：{doc.town_name}")
    story.line("确定为示范点：" + (format_cn_date(doc.designated_on) if doc.designated_on else "＿＿＿＿"))
    story.line(f"总体情况：{overall(doc)}")
    story.space(0.3)
    left, centre = story.compact()
    rows: list[list[object]] = [[c(h, centre) for h in
                                 ("项目", "佐证材料要求", "状态", "检查日期", "备注")]]
    for item in doc.items:
        rows.append([
            c(item.label, left), c(item.evidence, left), c(item.status, centre),
            c(format_cn_date(item.checked_on) if item.checked_on else "", centre), c(item.note, left),
        ])
    story.table(rows, (0.16, 0.35, 0.11, 0.19, 0.19))
    story.space(0.5)
    story.line("服务功能：")
    for number, function in enumerate(doc.service_functions, 1):
        story.p(f"（{ordinal(number)}）{function}")
    if not doc.service_functions:
        story.p("尚未登记。")
    story.space(0.3)
    heading = story.line("检查记录：")
    heading.keepWithNext = True
    inspections: list[list[object]] = [[c(h, centre) for h in ("检查日期", "检查人（单位）", "检查意见")]]
    for note in doc.inspections:
        inspections.append([c(format_cn_date(note.inspected_on), centre), c(note.inspector, left),
                            c(note.notes, left)])
    if not doc.inspections:
        inspections.append([c(""), c(""), c("")])
    story.table(inspections, (0.2, 0.22, 0.58))
    if doc.notes:
        story.space(0.3)
        story.line(f"说明：{doc.notes}")
    story.space(0.5)
    story.line(f"打印日期：{format_cn_date(doc.printed_on)}　　检查人签字：＿＿＿＿")
    return story.render(author=f"陆丰市{doc.town_name}{doc.village_name}", audit_head=doc.audit_head)
