"""``lufeng-desktop quorum``: check a meeting's quorum and majority without a database.

Exit status is 0 whenever the check ran, whatever the verdict — a failed vote is a
result, not an error; read ``valid``/``passed``. A non-zero status (2) means the check
could not run: unknown body or rule set, or impossible numbers.
"""

from __future__ import annotations

import argparse
from typing import Any

from lufeng_desktop.cli import emit
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.quorum import Requirement, evaluate
from lufeng_desktop.core.rules import DEFAULT_RULE_SET, body_aliases, load_bodies, load_rule_sets, rule_for

_EPILOG = (
    "退出码：检查完成即为 0（无论会议是否有效、决议是否通过，请看输出的 valid/passed）；"
    "机构或规则集未知、人数不可能时为 2。"
    " Exit status: 0 when the check ran, whatever the verdict; 2 when it could not run."
)


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "quorum",
        parents=[common],
        help="核算法定人数与表决结果 / check quorum and majority",
        description="按会议机构与规则集核算会议是否有效、决议是否通过（整数运算）。",
        epilog=_EPILOG,
    )
    parser.add_argument("--body", help="会议机构代码或中文名，见 --list-bodies / decision body code or Chinese name")
    parser.add_argument("--base", type=int, help="应到人数（按户计的会议为户数） / expected count (households for per-household bodies)")
    parser.add_argument("--present", type=int, help="实到人数 / number present")
    parser.add_argument("--yes", type=int, help="同意票 / votes in favour")
    parser.add_argument("--no", type=int, default=0, help="反对票 / votes against")
    parser.add_argument("--abstain", type=int, default=0, help="弃权票 / abstentions")
    parser.add_argument("--rule-set", default=DEFAULT_RULE_SET, help=f"规则集（默认 {DEFAULT_RULE_SET}） / rule set")
    parser.add_argument("--list-bodies", action="store_true", help="列出会议机构与规则集 / list bodies and rule sets")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list_bodies:
        return _list(args)
    missing = [flag for flag, value in (("--body", args.body), ("--base", args.base), ("--present", args.present), ("--yes", args.yes)) if value is None]
    if missing:
        raise ValidationError(f"缺少参数 {'、'.join(missing)}", f"missing {', '.join(missing)}", field=missing[0].lstrip("-"), code="missing_argument")
    body = body_aliases().get(args.body, args.body)
    rule = rule_for(body, args.rule_set)
    verdict = evaluate(rule, base=args.base, present=args.present, yes=args.yes, no=args.no, abstain=args.abstain)
    data = {
        "body": rule.body,
        "body_name": rule.name,
        "rule_set": rule.rule_set,
        "unit": rule.unit,
        "base": args.base,
        "present": args.present,
        "yes": args.yes,
        "no": args.no,
        "abstain": args.abstain,
        "valid": verdict.valid,
        "passed": verdict.passed,
        "quorum_needed": verdict.quorum_needed,
        "yes_needed": verdict.yes_needed,
        "reasons": verdict.reasons,
        "quorum_rule": _describe(rule.quorum),
        "decision_rule": _describe(rule.decision),
    }
    sources = "；".join(dict.fromkeys(r.source for r in (rule.quorum, rule.decision) if r.source))
    human = "\n".join([f"{rule.name}（规则集：{rule.rule_set}）", *verdict.reasons, f"依据：{sources}"])
    emit(args, data, human)
    return 0


def _describe(requirement: Requirement) -> dict[str, Any]:
    t = requirement.threshold
    return {
        "num": t.num,
        "den": t.den,
        "comparison": t.comparison.value,
        "base": requirement.base.value,
        "wording": requirement.wording,
        "source": requirement.source,
    }


def _list(args: argparse.Namespace) -> int:
    bodies = load_bodies()
    rule_sets = load_rule_sets(bodies=bodies)
    data = {
        "bodies": [{"code": r.body, "name": r.name, "unit": r.unit, "base_label": r.base_label, "regime": r.regime} for r in bodies.values()],
        "rule_sets": [{"code": s.code, "name": s.name, "allow_merge_steps_1_2": s.allow_merge_steps_1_2} for s in rule_sets.values()],
    }
    lines = ["会议机构 / bodies:"]
    lines += [f"  {r.body:<36} {r.name}（应到：{r.base_label}）" for r in bodies.values()]
    lines.append("规则集 / rule sets:")
    lines += [f"  {s.code:<36} {s.name}" for s in rule_sets.values()]
    emit(args, data, "\n".join(lines))
    return 0
