"""``lufeng-desktop matters list|show|implement|add-payment``: the 四议两公开 matters, their steps, votes and
deadlines, and recording the 组织实施 facts the 实施结果公开 notice prints (and payments made afterwards)."""

from __future__ import annotations

import argparse
import dataclasses
import re
from datetime import date
from decimal import Decimal
from typing import Any

from lufeng_desktop.cli import emit, opened_store
from lufeng_desktop.core.errors import NotFoundError, ValidationError


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("matters", parents=[common], help="四议两公开事项 / 4+2 matters", description="查看“四议两公开”事项。")
    actions = parser.add_subparsers(dest="matters_command", metavar="ACTION", required=True)
    dated = argparse.ArgumentParser(add_help=False)
    dated.add_argument("--today", type=_date, default=None, help="按此日期计算期限（默认今天） / compute deadlines as of this date")

    listing = actions.add_parser("list", parents=[common, dated], help="事项列表 / list matters")
    listing.add_argument("--stage", help="阶段代码，如 resolution_disclosure / stage code")
    listing.add_argument("--type", dest="matter_type", help="事项类型代码 / matter type code")
    listing.add_argument("--year", type=int, help="立项年份 / year opened")
    listing.add_argument("--overdue", action="store_true", help="只列逾期事项 / overdue only")
    listing.set_defaults(func=run_list)

    show = actions.add_parser("show", parents=[common, dated], help="事项详情 / one matter with its steps")
    show.add_argument("id", help="事项 ID（可用前 8 位） / matter id or a unique prefix of it")
    show.set_defaults(func=run_show)
    _register_implement(actions, common)
    _register_add_payment(actions, common)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{value}") from None



def _yuan(fen: int) -> str:
    return f"{fen // 100:,}.{fen % 100:02d} 元"


def run_list(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.matter_views import list_matters  # noqa: PLC0415

    today = args.today or date.today()
    with opened_store(args) as store:
        rows = list_matters(store, today=today, stage=args.stage, matter_type=args.matter_type, year=args.year, overdue=True if args.overdue else None)
    lines = [f"共 {len(rows)} 项（{today.isoformat()}）"]
    for r in rows:
        due = f"  期限 {r.due_on.isoformat()}{' 已逾期' if r.overdue else ''}" if r.due_on else ""
        lines.append(f"{r.id[:8]}  {r.village_name} {r.number}  {r.title}  [{r.stage_label}]  下一步：{r.next_action or '—'}{due}")
    emit(args, {"today": today, "matters": [dataclasses.asdict(r) for r in rows]}, "\n".join(lines))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from lufeng_desktop.services.matter_views import matter_detail  # noqa: PLC0415

    today = args.today or date.today()
    with opened_store(args) as store:
        detail = matter_detail(store, _resolve(store, args.id), today=today)
    emit(args, {"today": today, **dataclasses.asdict(detail)}, _human(detail))
    return 0


def _resolve(store: Any, given: str) -> str:
    from sqlalchemy import select  # noqa: PLC0415

    from lufeng_desktop.store.models import Matter  # noqa: PLC0415

    if len(given) < 4:
        raise ValidationError("事项 ID 至少输入 4 位", "give at least 4 characters of the matter id", field="id", code="id_too_short")
    with store.sessions() as session:
        ids = list(session.scalars(select(Matter.id).where(Matter.id.like(f"{given}%"), Matter.deleted_at.is_(None)).limit(2)))
    if not ids:
        raise NotFoundError(f"找不到事项 {given}", f"no matter with id {given}", code="matter_not_found")
    if len(ids) > 1:
        raise ValidationError(f"有多个事项以 {given} 开头，请多输入几位", f"'{given}' matches several matters", field="id", code="ambiguous_id")
    return ids[0]


def _human(d: Any) -> str:
    r = d.row
    lines = [f"{r.village_name} {r.number}  {r.title}", f"类型：{r.type_name}　规则集：{d.rule_set}　动议来源：{d.motion_source}", f"阶段：{r.stage_label}　下一步：{r.next_action or '—'}"]
    if r.emergency:
        lines.append(f"紧急事项：{d.emergency_note}")
    if d.end_reason:
        lines.append(f"终止理由：{d.end_reason}")
    for description, fen, source in d.items:
        lines.append(f"  明细：{description}  {_yuan(fen)}  （{source}）")
    if d.items:
        lines.append(f"  合计：{_yuan(r.total_fen)}")
    plan = "　".join(x for x in (d.selection_method and f"拟选定方式：{d.selection_method}", d.time_frame and f"实施期限：{d.time_frame}") if x)
    if plan:
        lines.append(plan)
    latest = {(s.kind, s.attempt): s.revision for s in d.steps}  # steps come sorted by revision
    for s in d.steps:
        superseded = "（已更正）" if s.revision < latest[(s.kind, s.attempt)] else "（已重新召开）"
        version = f"第{s.attempt}次" + (f"·更正{s.revision - 1}" if s.revision > 1 else "") + ("" if s.current else superseded)
        lines.append(f"[{s.held_on.isoformat()}] {s.label} {version}  {s.body_name or ''}  {'通过' if s.passed else '未通过'}")
        if s.body:
            lines.append(f"    应到 {s.base} {s.unit}，实到 {s.present}，同意 {s.yes}，反对 {s.no}，弃权 {s.abstain}")
            lines += [f"    {reason}" for reason in s.reasons]
        if s.correction_reason:
            lines.append(f"    更正理由：{s.correction_reason}")
        if s.notice_override_reason:
            lines.append(f"    通知期：{s.notice_override_reason}")
    if d.implementation is not None:
        lines += _implementation_lines(d.implementation)
    for n in d.disclosures:
        lines.append(f"[{n.posted_on.isoformat()}] {n.label} 第{n.revision}版{'' if n.current else '（已重新公示）'}  {n.period}  审核：{n.reviewed_by or '未审核'}")
        for o in n.objections:
            state = f"已答复（{o.outcome}）" if not o.open else ("未答复，已逾期" if o.overdue else f"未答复，{o.reply_due.isoformat()} 前答复")
            lines.append(f"    异议 {o.received_on.isoformat()}（{o.channel}）：{o.content}  {state}")
    for dl in d.deadlines:
        flag = "已完成" if dl.done else ("已逾期" if dl.overdue else "待办")
        lines.append(f"期限：{dl.label} {dl.due_on.isoformat()}  {flag}")
    return "\n".join(lines)


def _implementation_lines(v: Any) -> list[str]:
    """组织实施 facts, only those recorded (the JSON output carries every field)."""
    started = f"{v.started_on.isoformat()} 开工，" if v.started_on else ""
    lines = [f"组织实施：{started}{v.accepted_on.isoformat()} 验收" + "，".join(("", *(x for x in (v.acceptance_result, v.accepted_by and f"验收人：{v.accepted_by}") if x)))]
    when = f"（{v.selection_date.isoformat()}）" if v.selection_date else ""
    for label, value in (("实施情况", v.summary), ("选定方式", v.selection_method and v.selection_method + when), ("承接方", v.contractor),
                         ("合同金额", "" if v.contract_fen is None else _yuan(v.contract_fen))):  # fmt: skip
        if value:
            lines.append(f"    {label}：{value}")
    if v.unitemised_fen:
        lines.append(f"    付款：此前累计已付（未分项） {_yuan(v.unitemised_fen)}")
    for pay in v.payments:
        lines.append(f"    付款：{pay.paid_on.isoformat()}  {_yuan(pay.amount_fen)}  {pay.funding_source}" + (f"（{pay.note}）" if pay.note else ""))
    if v.payments or v.unitemised_fen:
        by_source = "；".join(f"{source} {_yuan(fen)}" for source, fen in v.spending)
        lines.append(f"    已付合计：{_yuan(v.paid_fen)}" + (f"（{by_source}）" if len(v.spending) > 1 else ""))
    for label, value in (("超付说明", v.overpayment_note), ("遗留事项", "；".join(v.outstanding)), ("租赁（承包）条件", v.asset_terms)):
        if value:
            lines.append(f"    {label}：{value}")
    return lines


# ── implement ─────────────────────────────────────────────────────────────────


def _register_implement(actions: Any, common: argparse.ArgumentParser) -> None:
    from lufeng_desktop.core.implementation import SELECTION_METHODS  # noqa: PLC0415

    p = actions.add_parser("implement", parents=[common], help="登记组织实施 / record the implementation",
                           description="登记组织实施情况（实施结果公开的内容）。金额以元为单位。")  # fmt: skip
    p.add_argument("id", help="事项 ID（可用前 8 位） / matter id or a unique prefix of it")
    p.add_argument("--started-on", type=_date, required=True, help="开工日期 / work started on")
    p.add_argument("--completed-on", type=_date, required=True, help="验收日期 / accepted on")
    p.add_argument("--summary", required=True, help="实施情况 / what was done")
    p.add_argument("--contractor", default="", help="承接方 / contractor or counterparty")
    p.add_argument("--selection-method", default="", help="选定方式 / selection method: " + "、".join(SELECTION_METHODS))
    p.add_argument("--selection-date", type=_date, help="选定日期 / date the contractor was chosen")
    p.add_argument("--contract-yuan", help="合同金额（元） / contract amount in yuan")
    p.add_argument("--payment", action="append", default=[], metavar="DATE:AMOUNT_YUAN:SOURCE[:NOTE]",
                   help="一笔付款，可重复 / one payment, repeatable: 2027-01-10:4740.00:村集体经济收入:预付款")  # fmt: skip
    p.add_argument("--overpayment-note", default="", help="付款超出合同金额的说明 / why payments exceed the contract")
    p.add_argument("--acceptance-result", default="", help="验收结果 / acceptance result, e.g. 验收合格")
    p.add_argument("--accepted-by", default="", help="验收人 / accepted by")
    p.add_argument("--outstanding", action="append", default=[], help="遗留事项，可重复 / outstanding item, repeatable")
    p.add_argument("--lessee", default="", help="承租（承包）方 / lessee (land or asset matters)")
    p.add_argument("--area", default="", help="面积，如 35.6亩 / area")
    p.add_argument("--term-from", type=_date, help="租期开始 / lease term from")
    p.add_argument("--term-to", type=_date, help="租期结束 / lease term to")
    p.add_argument("--rent", default="", help="租金 / rent")
    p.add_argument("--rent-schedule", default="", help="租金支付方式 / payment schedule")
    p.set_defaults(func=run_implement)


_YUAN = re.compile(r"\d+(\.\d{1,2})?")


def _fen(text: str, field: str) -> int:
    clean = text.strip().replace(",", "").removesuffix("元")
    if not _YUAN.fullmatch(clean):
        raise ValidationError(f"金额“{text}”无法识别，请写成 4740.00（元）", f"cannot read the amount {text!r}; write it as 4740.00 (yuan)",
                              field=field, code="bad_amount")  # fmt: skip
    return int(Decimal(clean) * 100)


def _payment(text: str) -> Any:
    from lufeng_desktop.services.matters import PaymentInput  # noqa: PLC0415

    parts = text.replace("：", ":").split(":", 3)
    if len(parts) < 3:
        raise ValidationError(f"付款“{text}”应写成 日期:金额(元):资金来源[:备注]", f"--payment {text!r}: use DATE:AMOUNT_YUAN:SOURCE[:NOTE]",
                              field="payments", code="bad_payment")  # fmt: skip
    try:
        paid_on = date.fromisoformat(parts[0].strip())
    except ValueError:
        raise ValidationError(f"付款日期格式应为 YYYY-MM-DD：{parts[0]}", f"payment date must be YYYY-MM-DD: {parts[0]!r}",
                              field="payments", code="bad_date") from None  # fmt: skip
    return PaymentInput(paid_on, _fen(parts[1], "payments"), parts[2], parts[3] if len(parts) > 3 else "")


def run_implement(args: argparse.Namespace) -> int:
    from lufeng_desktop.cli import user_name  # noqa: PLC0415
    from lufeng_desktop.services import matters as ms  # noqa: PLC0415

    asset = ms.AssetTermsInput(args.lessee, args.area, args.term_from, args.term_to, args.rent, args.rent_schedule)
    data = ms.ImplementationInput(
        started_on=args.started_on, completed_on=args.completed_on, summary=args.summary, contractor=args.contractor,
        contract_fen=_fen(args.contract_yuan, "contract_fen") if args.contract_yuan else None,
        accepted_by=args.accepted_by, selection_method=args.selection_method, selection_date=args.selection_date,
        acceptance_result=args.acceptance_result, payments=tuple(_payment(p) for p in args.payment),
        outstanding=tuple(args.outstanding), overpayment_note=args.overpayment_note,
        asset_terms=asset if asset != ms.AssetTermsInput() else None,
    )  # fmt: skip
    with opened_store(args) as store:
        matter_id = _resolve(store, args.id)
        step_id = ms.record_implementation(store, store.actor(user_name(args)), matter_id, data)
    paid = sum(p.amount_fen for p in data.payments)
    human = f"已登记组织实施：付款 {len(data.payments)} 笔，合计 {_yuan(paid)}；下一步：实施结果公开"
    emit(args, {"matter_id": matter_id, "step_id": step_id, "payments": len(data.payments), "paid_fen": paid}, human)
    return 0


# ── add-payment ───────────────────────────────────────────────────────────────


def _register_add_payment(actions: Any, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser("add-payment", parents=[common], help="补记付款 / add a payment after the implementation",
                           description="组织实施登记后补记一笔付款（如质保金、尾款）。事项须处于实施结果公开阶段（未归档）。")  # fmt: skip
    p.add_argument("id", help="事项 ID（可用前 8 位） / matter id or a unique prefix of it")
    p.add_argument("--payment", required=True, metavar="DATE:AMOUNT_YUAN:SOURCE[:NOTE]",
                   help="付款 / the payment: 2027-08-01:2190.00:村集体经济收入:质保金")  # fmt: skip
    p.add_argument("--overpayment-note", default="", help="付款超出合同金额的说明 / why payments exceed the contract")
    p.set_defaults(func=run_add_payment)


def run_add_payment(args: argparse.Namespace) -> int:
    from lufeng_desktop.cli import user_name  # noqa: PLC0415
    from lufeng_desktop.services.payments import add_payment  # noqa: PLC0415

    payment = _payment(args.payment)
    with opened_store(args) as store:
        matter_id = _resolve(store, args.id)
        added = add_payment(store, store.actor(user_name(args)), matter_id, payment, overpayment_note=args.overpayment_note)
    human = f"{added.sentence()}\n已付合计：{_yuan(added.paid_fen)}"
    emit(args, {"matter_id": matter_id, **dataclasses.asdict(added), "repost_needed": added.repost_needed}, human)
    return 0
