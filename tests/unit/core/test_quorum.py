"""Quorum and majority arithmetic: every DOMAIN.md §2.4 vector on both sides of its boundary."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.quorum import (
    BaseKind,
    Comparison,
    MeetingRule,
    PartyMember,
    Requirement,
    Threshold,
    evaluate,
    party_voting_base,
)
from lufeng_desktop.core.rules import load_bodies, load_rule_sets, rule_for

AT_LEAST, MORE_THAN = Comparison.AT_LEAST, Comparison.MORE_THAN

# (id, body, rule set, base, present, yes, valid, passed) — DOMAIN.md §2.4.
VECTORS = [
    # 村民会议 mode A: 1,000 villagers aged 18+.
    ("villagers_A_quorum_501", "villagers_meeting_persons", "village_law", 1000, 501, 0, True, False),
    ("villagers_A_quorum_500", "villagers_meeting_persons", "village_law", 1000, 500, 500, False, False),
    ("villagers_A_yes_251", "villagers_meeting_persons", "village_law", 1000, 501, 251, True, True),
    ("villagers_A_yes_250", "villagers_meeting_persons", "village_law", 1000, 501, 250, True, False),
    # 村民会议 mode B: 300 households.
    ("villagers_B_quorum_200", "villagers_meeting_households", "village_law", 300, 200, 0, True, False),
    ("villagers_B_quorum_199", "villagers_meeting_households", "village_law", 300, 199, 199, False, False),
    ("villagers_B_yes_101", "villagers_meeting_households", "village_law", 300, 200, 101, True, True),
    ("villagers_B_yes_100", "villagers_meeting_households", "village_law", 300, 200, 100, True, False),
    # 村民代表会议: composition 5 村委 + 40 代表 = 45.
    ("reps_quorum_30", "representatives_meeting", "village_law", 45, 30, 0, True, False),
    ("reps_quorum_29", "representatives_meeting", "village_law", 45, 29, 29, False, False),
    ("reps_yes_16", "representatives_meeting", "village_law", 45, 30, 16, True, True),
    ("reps_yes_15", "representatives_meeting", "village_law", 45, 30, 15, True, False),
    # 村民小组会议: 60 adults.
    ("group_quorum_40", "villagers_group_meeting_persons", "village_law", 60, 40, 0, True, False),
    ("group_quorum_39", "villagers_group_meeting_persons", "village_law", 60, 39, 39, False, False),
    ("group_yes_21", "villagers_group_meeting_persons", "village_law", 60, 40, 21, True, True),
    ("group_yes_20", "villagers_group_meeting_persons", "village_law", 60, 40, 20, True, False),
    # 村民小组会议 by households (same 2/3 rule, Art 28).
    ("group_households_quorum_40", "villagers_group_meeting_households", "village_law", 60, 40, 21, True, True),
    ("group_households_quorum_39", "villagers_group_meeting_households", "village_law", 60, 39, 39, False, False),
    # 党员大会: 40 正式党员 with 表决权 expected.
    ("party_quorum_21", "party_congress", "village_law", 40, 21, 21, True, True),
    ("party_quorum_20", "party_congress", "village_law", 40, 20, 20, False, False),
    ("party_all_attend_yes_21", "party_congress", "village_law", 40, 40, 21, True, True),
    ("party_all_attend_yes_20", "party_congress", "village_law", 40, 40, 20, True, False),
    ("party_30_present_yes_21", "party_congress", "village_law", 40, 30, 21, True, True),
    ("party_30_present_yes_20", "party_congress", "village_law", 40, 30, 20, True, False),
    # Local rule set: attendance ≥ 2/3.
    ("party_2_3_quorum_27", "party_congress", "party_two_thirds_attendance", 40, 27, 21, True, True),
    ("party_2_3_quorum_26", "party_congress", "party_two_thirds_attendance", 40, 26, 26, False, False),
    # 党员大会 with 2 approved exclusions: base 38.
    ("party_excl_quorum_20", "party_congress", "village_law", 38, 20, 0, True, False),
    ("party_excl_quorum_19", "party_congress", "village_law", 38, 19, 19, False, False),
    ("party_excl_yes_20", "party_congress", "village_law", 38, 38, 20, True, True),
    ("party_excl_yes_19", "party_congress", "village_law", 38, 38, 19, True, False),
    # 成员大会: 900 members; pass needs 600 yes regardless of attendance.
    ("collective_quorum_600", "collective_members_meeting", "collective_economy_2025", 900, 600, 0, True, False),
    ("collective_quorum_599", "collective_members_meeting", "collective_economy_2025", 900, 599, 599, False, False),
    ("collective_yes_600_of_600", "collective_members_meeting", "collective_economy_2025", 900, 600, 600, True, True),
    ("collective_yes_600_of_900", "collective_members_meeting", "collective_economy_2025", 900, 900, 600, True, True),
    ("collective_yes_599_of_900", "collective_members_meeting", "collective_economy_2025", 900, 900, 599, True, False),
    ("collective_yes_599_of_750", "collective_members_meeting", "collective_economy_2025", 900, 750, 599, True, False),
    ("collective_default_set_same", "collective_members_meeting", "village_law", 900, 900, 599, True, False),
    # 成员代表大会: 30 representatives.
    ("collective_reps_yes_20", "collective_representatives_meeting", "collective_economy_2025", 30, 30, 20, True, True),
    ("collective_reps_yes_19", "collective_representatives_meeting", "collective_economy_2025", 30, 30, 19, True, False),
    # Land adjustment by 村民代表 (45): 2/3 of all representatives, not of attendees.
    ("land_reps_yes_30", "representatives_meeting", "land_contract_two_thirds", 45, 45, 30, True, True),
    ("land_reps_yes_29", "representatives_meeting", "land_contract_two_thirds", 45, 45, 29, True, False),
    ("land_reps_yes_29_of_30", "representatives_meeting", "land_contract_two_thirds", 45, 30, 29, True, False),
    ("land_villagers_yes_667", "villagers_meeting_persons", "land_contract_two_thirds", 1000, 1000, 667, True, True),
    ("land_villagers_yes_666", "villagers_meeting_persons", "land_contract_two_thirds", 1000, 1000, 666, True, False),
    # 居民会议 (社区): more than half of the base attends, more than half of those present agree.
    ("residents_quorum_51", "residents_meeting", "village_law", 100, 51, 26, True, True),
    ("residents_quorum_50", "residents_meeting", "village_law", 100, 50, 50, False, False),
    ("residents_yes_25", "residents_meeting", "village_law", 100, 51, 25, True, False),
    # 支委会 (7 members) and 两委 (9): more than half attend, more than half of those present agree.
    ("party_committee_4_of_7", "party_committee", "village_law", 7, 4, 3, True, True),
    ("party_committee_3_of_7", "party_committee", "village_law", 7, 3, 3, False, False),
    ("joint_committees_yes_half_fails", "joint_committees", "village_law", 9, 6, 3, True, False),
]


@pytest.mark.parametrize(
    ("body", "rule_set", "base", "present", "yes", "valid", "passed"),
    [pytest.param(*v[1:], id=v[0]) for v in VECTORS],
)
def test_domain_vectors(body: str, rule_set: str, base: int, present: int, yes: int, valid: bool, passed: bool) -> None:
    verdict = evaluate(rule_for(body, rule_set), base=base, present=present, yes=yes)
    assert (verdict.valid, verdict.passed) == (valid, passed)
    assert len(verdict.reasons) == 2


@pytest.mark.parametrize(
    ("body", "rule_set", "base", "present", "quorum_needed", "yes_needed"),
    [
        ("villagers_meeting_persons", "village_law", 1000, 501, 501, 251),
        ("villagers_meeting_households", "village_law", 300, 200, 200, 101),
        ("representatives_meeting", "village_law", 45, 30, 30, 16),
        ("villagers_group_meeting_persons", "village_law", 60, 40, 40, 21),
        ("party_congress", "village_law", 40, 40, 21, 21),
        ("party_congress", "village_law", 40, 30, 21, 21),
        ("party_congress", "party_two_thirds_attendance", 40, 30, 27, 21),
        ("party_congress", "village_law", 38, 38, 20, 20),
        ("collective_members_meeting", "collective_economy_2025", 900, 900, 600, 600),
        ("collective_representatives_meeting", "collective_economy_2025", 30, 25, 20, 20),
        ("representatives_meeting", "land_contract_two_thirds", 45, 40, 30, 30),
    ],
)
def test_minimum_numbers(body: str, rule_set: str, base: int, present: int, quorum_needed: int, yes_needed: int) -> None:
    verdict = evaluate(rule_for(body, rule_set), base=base, present=present, yes=0)
    assert (verdict.quorum_needed, verdict.yes_needed) == (quorum_needed, yes_needed)


def test_reason_sentences_match_the_clerk_wording() -> None:
    rule = rule_for("representatives_meeting")
    assert evaluate(rule, base=45, present=30, yes=16).reasons == [
        "应到 45 人，实到 30 人，达到 2/3 以上（至少 30 人），会议有效",
        "同意 16 票，超过实到人数的半数（至少 16 票），决议通过",
    ]
    failed = evaluate(rule, base=45, present=29, yes=29)
    assert failed.reasons[0] == "应到 45 人，实到 29 人，未达到 2/3 以上（至少 30 人），会议无效"
    assert "决议未通过" in failed.reasons[1]


def test_reason_sentences_name_the_base() -> None:
    party = evaluate(rule_for("party_congress"), base=40, present=40, yes=20).reasons[1]
    assert party == "同意 20 票，未超过应到人数的半数（至少 21 票），决议未通过"
    collective = evaluate(rule_for("collective_members_meeting", "collective_economy_2025"), base=900, present=900, yes=600)
    assert collective.reasons[1] == "同意 600 票，达到全体成员的 2/3 以上（至少 600 票），决议通过"
    households = evaluate(rule_for("villagers_meeting_households"), base=300, present=200, yes=101)
    assert households.reasons[0] == "应到 300 户，实到 200 户，达到 2/3 以上（至少 200 户），会议有效"
    assert households.reasons[1] == "同意 101 票，超过实到户数的半数（至少 101 票），决议通过"


# ── Exact-half and exact-two-thirds edges: 以上 includes, 超过 excludes (民法典 1259) ──


@pytest.mark.parametrize(
    ("threshold", "count", "base", "met"),
    [
        (Threshold(1, 2, AT_LEAST), 5, 10, True),  # 半数以上 includes exactly half
        (Threshold(1, 2, MORE_THAN), 5, 10, False),  # 过半数 excludes exactly half
        (Threshold(1, 2, MORE_THAN), 6, 10, True),
        (Threshold(1, 2, MORE_THAN), 5, 9, True),  # 5 > 4.5
        (Threshold(1, 2, MORE_THAN), 4, 9, False),
        (Threshold(2, 3, AT_LEAST), 30, 45, True),  # exactly 2/3
        (Threshold(2, 3, AT_LEAST), 29, 45, False),
        (Threshold(2, 3, MORE_THAN), 30, 45, False),
        (Threshold(2, 3, MORE_THAN), 31, 45, True),
        (Threshold(2, 3, AT_LEAST), 667, 1000, True),  # no rounding: 666.67 needs 667
        (Threshold(2, 3, AT_LEAST), 666, 1000, False),
    ],
)
def test_threshold_edges(threshold: Threshold, count: int, base: int, met: bool) -> None:
    assert threshold.met(count, base) is met
    assert (count >= threshold.minimum(base)) is met


def test_exact_half_in_a_meeting() -> None:
    # 30 present at a 村民代表会议: 15 is exactly half and fails (过半数), 16 passes.
    rule = rule_for("representatives_meeting")
    assert not evaluate(rule, base=45, present=30, yes=15, no=15).passed
    assert evaluate(rule, base=45, present=30, yes=16, no=14).passed


@pytest.mark.parametrize(("num", "den", "comparison"), [(0, 2, AT_LEAST), (1, 0, AT_LEAST), (3, 2, AT_LEAST), (-1, 2, MORE_THAN), (2, 2, MORE_THAN)])
def test_impossible_thresholds_are_rejected(num: int, den: int, comparison: Comparison) -> None:
    with pytest.raises(ValidationError) as info:
        Threshold(num, den, comparison)
    assert info.value.code == "bad_threshold"


# ── Input validation ──


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"base": -1, "present": 0, "yes": 0}, "base", "negative"),
        ({"base": 45, "present": -1, "yes": 0}, "present", "negative"),
        ({"base": 45, "present": 30, "yes": -1}, "yes", "negative"),
        ({"base": 45, "present": 30, "yes": 1, "no": -1}, "no", "negative"),
        ({"base": 45, "present": 30, "yes": 1, "abstain": -2}, "abstain", "negative"),
        ({"base": 0, "present": 0, "yes": 0}, "base", "empty_base"),
        ({"base": 45, "present": 46, "yes": 0}, "present", "present_exceeds_base"),
        ({"base": 45, "present": 30, "yes": 31}, "yes", "votes_exceed_present"),
        ({"base": 45, "present": 30, "yes": 16, "no": 10, "abstain": 5}, "yes", "votes_exceed_present"),
    ],
)
def test_impossible_numbers_raise(kwargs: dict[str, int], field: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        evaluate(rule_for("representatives_meeting"), **kwargs)
    assert (info.value.field, info.value.code) == (field, code)
    assert info.value.zh and info.value.en


def test_votes_may_equal_present() -> None:
    verdict = evaluate(rule_for("representatives_meeting"), base=45, present=30, yes=16, no=10, abstain=4)
    assert verdict.passed


# ── Party voting base (DOMAIN.md §2.5) ──


def test_party_base_from_counts() -> None:
    assert party_voting_base(40) == 40
    assert party_voting_base(40, probationary=3) == 40  # 预备党员 are never in the base
    assert party_voting_base(40, under_probation=1) == 39  # 留党察看
    assert party_voting_base(40, approved_exclusions=2) == 38
    assert party_voting_base(40, probationary=5, under_probation=1, approved_exclusions=2) == 37


@pytest.mark.parametrize(
    ("args", "kwargs", "code"),
    [
        ((-1,), {}, "negative"),
        ((40,), {"probationary": -1}, "negative"),
        ((40,), {"approved_exclusions": -2}, "negative"),
        ((3,), {"under_probation": 2, "approved_exclusions": 2}, "exclusions_exceed_members"),
    ],
)
def test_party_base_rejects_impossible_counts(args: tuple[int, ...], kwargs: dict[str, int], code: str) -> None:
    with pytest.raises(ValidationError) as info:
        party_voting_base(*args, **kwargs)
    assert info.value.code == code


def _roster() -> list[PartyMember]:
    members = [PartyMember(f"党员{i}") for i in range(38)]
    members += [
        PartyMember("外出甲", exclusion_reason="自费出国半年以上", exclusion_approval="镇党委〔2025〕3号"),
        PartyMember("卧床乙", exclusion_reason="长期卧床、生活不能自理", exclusion_approval="镇党委〔2025〕3号"),
        PartyMember("预备丙", probationary=True),
        PartyMember("预备丁", probationary=True),
        PartyMember("察看戊", under_probation=True),
        PartyMember("察看且不计入", under_probation=True, exclusion_reason="服刑", exclusion_approval="镇党委〔2025〕4号"),
    ]
    return members


def test_party_base_from_records() -> None:
    assert party_voting_base(_roster()) == 38
    assert party_voting_base(iter(_roster())) == 38


def test_party_records_feed_the_vector_with_two_exclusions() -> None:
    base = party_voting_base(_roster())
    rule = rule_for("party_congress")
    assert evaluate(rule, base=base, present=20, yes=20).passed
    assert not evaluate(rule, base=base, present=19, yes=19).valid


@pytest.mark.parametrize(
    ("member", "code"),
    [
        (PartyMember("甲", exclusion_reason="服刑"), "exclusion_unapproved"),
        (PartyMember("乙", exclusion_approval="镇党委〔2025〕3号"), "exclusion_without_reason"),
    ],
)
def test_party_exclusion_needs_reason_and_approval(member: PartyMember, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        party_voting_base([PartyMember("丙"), member])
    assert info.value.code == code


def test_party_base_refuses_records_and_counts_together() -> None:
    with pytest.raises(ValidationError):
        party_voting_base(_roster(), approved_exclusions=2)


# ── Properties ──


def _all_rules() -> list[MeetingRule]:
    bodies = load_bodies()
    rule_sets = load_rule_sets(bodies=bodies)
    return [
        rule_for(body, code, bodies=bodies, rule_sets=rule_sets)
        for code, rule_set in rule_sets.items()
        for body in bodies
        if body not in rule_set.unsupported_bodies
    ]


ALL_RULES = _all_rules()

@st.composite
def threshold_strategy(draw: st.DrawFn) -> Threshold:
    den = draw(st.integers(1, 12))
    comparison = draw(st.sampled_from(Comparison))
    top = den - 1 if comparison is MORE_THAN else den
    if top < 1:
        den, top = den + 1, den
    return Threshold(draw(st.integers(1, top)), den, comparison)


@st.composite
def meeting(draw: st.DrawFn) -> tuple[MeetingRule, int, int, int]:
    rule = draw(st.sampled_from(ALL_RULES))
    base = draw(st.integers(1, 2000))
    present = draw(st.integers(0, base))
    yes = draw(st.integers(0, present))
    return rule, base, present, yes


@given(meeting())
def test_passed_implies_valid(case: tuple[MeetingRule, int, int, int]) -> None:
    rule, base, present, yes = case
    verdict = evaluate(rule, base=base, present=present, yes=yes)
    assert not verdict.passed or verdict.valid


@given(meeting())
def test_monotone_in_yes(case: tuple[MeetingRule, int, int, int]) -> None:
    rule, base, present, yes = case
    if yes < present and evaluate(rule, base=base, present=present, yes=yes).passed:
        assert evaluate(rule, base=base, present=present, yes=yes + 1).passed


@given(meeting())
def test_monotone_in_present(case: tuple[MeetingRule, int, int, int]) -> None:
    rule, base, present, yes = case
    if present == base:
        return
    before = evaluate(rule, base=base, present=present, yes=yes)
    after = evaluate(rule, base=base, present=present + 1, yes=yes)
    assert after.valid >= before.valid  # more attendees never break the quorum
    if rule.decision.base is not BaseKind.PRESENT:
        # A fixed base (应到会, 全体成员): an extra attendee who does not vote yes changes nothing.
        assert after.passed >= before.passed


@given(meeting())
def test_needed_numbers_agree_with_the_verdict(case: tuple[MeetingRule, int, int, int]) -> None:
    rule, base, present, yes = case
    verdict = evaluate(rule, base=base, present=present, yes=yes)
    assert verdict.valid == (present >= verdict.quorum_needed)
    assert verdict.passed == (verdict.valid and yes >= verdict.yes_needed)


@given(threshold_strategy(), st.integers(0, 5000), st.integers(0, 5000))
def test_threshold_agrees_with_exact_fractions(threshold: Threshold, count: int, base: int) -> None:
    share, bar = Fraction(count), Fraction(base * threshold.num, threshold.den)
    expected = share >= bar if threshold.comparison is AT_LEAST else share > bar
    assert threshold.met(count, base) is expected
    minimum = threshold.minimum(base)
    assert threshold.met(minimum, base)
    assert minimum == 0 or not threshold.met(minimum - 1, base)


def test_requirement_defaults_are_explainable() -> None:
    requirement = Requirement(Threshold(1, 2, MORE_THAN), BaseKind.PRESENT)
    assert requirement.wording == "" and requirement.source == ""
