"""Quorum and majority arithmetic for the 四议两公开 meetings (DOMAIN.md §1, §2.3–§2.5).

Integers only: a threshold is a fraction ``num/den`` compared by cross-multiplication,
so "三分之二以上" can never be lost to a rounded percentage. The rules themselves
(which fraction, which base) are data in ``resources/rules``; this module only counts.
Stdlib only, no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from lufeng_desktop.core.errors import ValidationError


class Comparison(StrEnum):
    """How a count is compared with ``base * num / den`` (民法典 第一千二百五十九条)."""

    AT_LEAST = "at_least"  # 以上：含本数 → count*den >= base*num
    MORE_THAN = "more_than"  # 超过/过半数：不含本数 → count*den > base*num


class BaseKind(StrEnum):
    """What a threshold counts against. Getting the base wrong is the most common error (§1.3)."""

    PRESENT = "present"  # 到会人员
    EXPECTED = "expected"  # 应到会（如有表决权的党员）
    ALL_MEMBERS = "all_members"  # 全体成员
    COMPOSITION = "composition"  # 组成人员（村民代表会议含村委会成员）
    HOUSEHOLDS = "households"  # 户


# Nouns for the decision sentence, per base kind and unit ("人" or "户").
_BASE_NOUN = {
    BaseKind.PRESENT: "实到{unit}数",
    BaseKind.EXPECTED: "应到{unit}数",
    BaseKind.ALL_MEMBERS: "全体成员",
    BaseKind.COMPOSITION: "全体组成人员",
    BaseKind.HOUSEHOLDS: "总户数",
}


@dataclass(frozen=True)
class Threshold:
    """An integer fraction with its comparison, e.g. 2/3 以上 or 超过 1/2."""

    num: int
    den: int
    comparison: Comparison

    def __post_init__(self) -> None:
        if self.den <= 0 or self.num <= 0 or self.num > self.den:
            raise ValidationError(
                f"门槛比例 {self.num}/{self.den} 无效，分子分母须为正整数且分子不大于分母",
                f"threshold {self.num}/{self.den} is invalid: need 0 < num <= den",
                field="threshold",
                code="bad_threshold",
            )
        if self.comparison is Comparison.MORE_THAN and self.num == self.den:
            raise ValidationError(
                "“超过全部”的门槛永远无法达到",
                "a 'more than all' threshold can never be met",
                field="threshold",
                code="bad_threshold",
            )

    def met(self, count: int, base: int) -> bool:
        if self.comparison is Comparison.AT_LEAST:
            return count * self.den >= base * self.num
        return count * self.den > base * self.num

    def minimum(self, base: int) -> int:
        """The smallest count that meets the threshold for ``base``."""
        if self.comparison is Comparison.AT_LEAST:
            return -(-base * self.num // self.den)
        return base * self.num // self.den + 1

    def phrase_zh(self, noun: str = "") -> tuple[str, str]:
        """("达到", " 2/3 以上") or ("超过", "实到人数的半数") — the statute's wording style."""
        half = self.num * 2 == self.den
        fraction = "半数" if half else f" {self.num}/{self.den} "
        of = f"{noun}的" if noun else ""
        if self.comparison is Comparison.AT_LEAST:
            return "达到", f"{of}{fraction}以上".rstrip()
        return "超过", f"{of}{fraction}".rstrip()


@dataclass(frozen=True)
class Requirement:
    """One threshold on one base, with the legal wording so the app can explain itself."""

    threshold: Threshold
    base: BaseKind
    wording: str = ""  # 法条原文（摘录）
    source: str = ""  # 如 "村民委员会组织法 第二十二条"
    marker: str = ""  # DOMAIN.md 标记：V / V2 / L / I
    note: str = ""


@dataclass(frozen=True)
class MeetingRule:
    """The quorum and decision rule of one decision body under one rule set."""

    body: str  # code, e.g. "representatives_meeting"
    name: str  # 中文名称
    quorum: Requirement
    decision: Requirement
    unit: str = "人"  # "人" or "户"
    base_label: str = ""  # what the clerk must count as 应到
    regime: str = "village"  # village / party / community / collective
    rule_set: str = "village_law"


@dataclass(frozen=True)
class Verdict:
    """The outcome of one vote, with the sentences shown to the clerk."""

    valid: bool  # 会议有效（达到法定人数）
    passed: bool  # 决议通过；会议无效时恒为 False
    quorum_needed: int
    yes_needed: int
    reasons: list[str] = field(default_factory=list)


def _check_counts(base: int, present: int, yes: int, no: int, abstain: int) -> None:
    for name, zh, value in (
        ("base", "应到", base),
        ("present", "实到", present),
        ("yes", "同意", yes),
        ("no", "反对", no),
        ("abstain", "弃权", abstain),
    ):
        if value < 0:
            raise ValidationError(f"{zh}人数不能为负数（{value}）", f"{name} must not be negative ({value})", field=name, code="negative")
    if base == 0:
        raise ValidationError("应到人数必须大于 0", "base must be greater than 0", field="base", code="empty_base")
    if present > base:
        raise ValidationError(
            f"实到 {present} 超过应到 {base}，请核对应到人数的口径",
            f"present ({present}) exceeds base ({base}); check what the base counts",
            field="present",
            code="present_exceeds_base",
        )
    if yes + no + abstain > present:
        raise ValidationError(
            f"同意、反对、弃权合计 {yes + no + abstain} 票，超过实到 {present} 人",
            f"yes+no+abstain ({yes + no + abstain}) exceeds present ({present})",
            field="yes",
            code="votes_exceed_present",
        )


def evaluate(rule: MeetingRule, *, base: int, present: int, yes: int, no: int = 0, abstain: int = 0) -> Verdict:
    """Check quorum, then majority. ``base`` is the body's 应到 count in the rule's unit.

    The quorum always counts against ``base``; the decision counts against ``present``
    when its base kind is "present", otherwise against ``base`` (e.g. 党员大会 uses 应到会,
    成员大会 uses 全体成员 — so full attendance does not lower the bar).
    """
    _check_counts(base, present, yes, no, abstain)
    unit = rule.unit
    q = rule.quorum.threshold
    valid = q.met(present, base)
    quorum_needed = q.minimum(base)
    verb, bar = q.phrase_zh()
    outcome = f"{verb}{bar}（至少 {quorum_needed} {unit}），会议有效" if valid else f"未{verb}{bar}（至少 {quorum_needed} {unit}），会议无效"
    quorum_reason = f"应到 {base} {unit}，实到 {present} {unit}，{outcome}"

    d = rule.decision.threshold
    decision_base = present if rule.decision.base is BaseKind.PRESENT else base
    yes_needed = d.minimum(decision_base)
    reached = d.met(yes, decision_base)
    verb, bar = d.phrase_zh(_BASE_NOUN[rule.decision.base].format(unit="户" if unit == "户" else "人"))
    if not valid:
        decision_reason = f"同意 {yes} 票，但会议未达到法定人数，表决无效，决议未通过"
    elif reached:
        decision_reason = f"同意 {yes} 票，{verb}{bar}（至少 {yes_needed} 票），决议通过"
    else:
        decision_reason = f"同意 {yes} 票，未{verb}{bar}（至少 {yes_needed} 票），决议未通过"
    return Verdict(
        valid=valid,
        passed=valid and reached,
        quorum_needed=quorum_needed,
        yes_needed=yes_needed,
        reasons=[quorum_reason, decision_reason],
    )


@dataclass(frozen=True)
class PartyMember:
    """One Party member as far as the voting base is concerned (DOMAIN.md §2.5)."""

    name: str
    probationary: bool = False  # 预备党员：可列席，无表决权
    under_probation: bool = False  # 留党察看期间：无表决权
    exclusion_reason: str = ""  # 经批准不计入应到会人数的原因
    exclusion_approval: str = ""  # 上级党组织同意的文号/记录


def party_voting_base(
    formal_members: int | Iterable[PartyMember],
    *,
    probationary: int = 0,
    under_probation: int = 0,
    approved_exclusions: int = 0,
) -> int:
    """应到会有表决权的党员人数.

    Pass counts — ``formal_members`` are 正式党员 (including those under 留党察看 or
    excluded); ``probationary`` is only checked, since 预备党员 are never in the base —
    or pass member records, in which case the keyword counts must stay 0. A member
    both excluded and under 留党察看 is subtracted once.
    """
    if not isinstance(formal_members, int):
        if probationary or under_probation or approved_exclusions:
            raise ValidationError(
                "传入党员名单时不能再另填人数",
                "pass either member records or counts, not both",
                field="formal_members",
                code="mixed_party_input",
            )
        return _base_from_records(list(formal_members))
    for name, zh, value in (
        ("formal_members", "正式党员", formal_members),
        ("probationary", "预备党员", probationary),
        ("under_probation", "留党察看", under_probation),
        ("approved_exclusions", "经批准不计入", approved_exclusions),
    ):
        if value < 0:
            raise ValidationError(f"{zh}人数不能为负数（{value}）", f"{name} must not be negative ({value})", field=name, code="negative")
    if under_probation + approved_exclusions > formal_members:
        raise ValidationError(
            f"留党察看 {under_probation} 人与经批准不计入 {approved_exclusions} 人之和超过正式党员 {formal_members} 人",
            "members under probation plus approved exclusions exceed the formal members",
            field="approved_exclusions",
            code="exclusions_exceed_members",
        )
    return formal_members - under_probation - approved_exclusions


def _base_from_records(members: list[PartyMember]) -> int:
    count = 0
    for member in members:
        if member.exclusion_reason and not member.exclusion_approval:
            raise ValidationError(
                f"{member.name}：不计入应到会人数须经上级党组织同意，请填写批准记录",
                f"{member.name}: an exclusion needs the higher Party organisation's approval reference",
                field="exclusion_approval",
                code="exclusion_unapproved",
            )
        if member.exclusion_approval and not member.exclusion_reason:
            raise ValidationError(
                f"{member.name}：请填写不计入应到会人数的原因",
                f"{member.name}: an exclusion needs a reason",
                field="exclusion_reason",
                code="exclusion_without_reason",
            )
        if not (member.probationary or member.under_probation or member.exclusion_reason):
            count += 1
    return count
