"""The 组织实施 facts on the matter page: what the clerk recorded, as the 实施结果公开 notice will say it.

The facts are the clerk's own Chinese words and figures, so they are shown in Chinese whatever the UI
language (like the step labels); only what was recorded appears.
"""

from __future__ import annotations

from html import escape

from lufeng_desktop.gui.models.line_items_model import yuan_text
from lufeng_desktop.services.implementation_view import ImplementationView


def implementation_html(v: ImplementationView) -> str:
    lines: list[str] = []
    when = f"（{v.selection_date.isoformat()}）" if v.selection_date else ""
    contract = "" if v.contract_fen is None else f"{yuan_text(v.contract_fen)} 元"
    head = "　".join(f"{k}：{escape(x)}" for k, x in (("选定方式", v.selection_method and v.selection_method + when),
                                                    ("承接方", v.contractor), ("合同金额", contract)) if x)  # fmt: skip
    if head:
        lines.append(head)
    if v.started_on:
        lines.append(f"{v.started_on.isoformat()} 开工，{v.accepted_on.isoformat()} 验收"
                     + (f"：{escape(v.acceptance_result)}" if v.acceptance_result else ""))  # fmt: skip
    rows = [f"<tr><td>{p.paid_on.isoformat()}</td><td align='right'>{yuan_text(p.amount_fen)}</td>"
            f"<td>{escape(p.funding_source)}</td><td>{escape(p.note)}</td></tr>" for p in v.payments]  # fmt: skip
    if v.unitemised_fen:
        rows.insert(0, f"<tr><td>此前累计（未分项）</td><td align='right'>{yuan_text(v.unitemised_fen)}</td><td></td><td></td></tr>")
    if rows:
        total = f"<tr><td><b>已付合计</b></td><td align='right'><b>{yuan_text(v.paid_fen)}</b></td><td></td><td></td></tr>"
        lines.append(f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}{total}</table>")
    for label, value in (("超付说明", v.overpayment_note), ("遗留事项", "；".join(v.outstanding)), ("租赁（承包）条件", v.asset_terms)):
        if value:
            lines.append(f"{label}：{escape(value)}")
    return "<br>".join(lines).replace("<br><table", "<table").replace("</table><br>", "</table>")  # a table is its own block
