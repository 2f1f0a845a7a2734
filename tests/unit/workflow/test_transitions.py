"""The pure state machine: every allowed move succeeds, every other move is refused with its code."""

from __future__ import annotations

from datetime import date

import pytest

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.errors import ValidationError

ALL_PAIRS = [(a, b) for a in wf.Stage for b in wf.Stage if a is not b]
ALLOWED = {(a, b) for a, targets in wf.TRANSITIONS.items() for b in targets}


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transition_succeeds(current: wf.Stage, target: wf.Stage) -> None:
    wf.check_transition(current, target, merge_allowed=True)


@pytest.mark.parametrize(("current", "target"), [p for p in ALL_PAIRS if p not in ALLOWED])
def test_forbidden_transition_is_refused(current: wf.Stage, target: wf.Stage) -> None:
    with pytest.raises(ValidationError) as info:
        wf.check_transition(current, target, merge_allowed=True)
    assert info.value.code == "invalid_transition"
    assert wf.label(current) in info.value.zh


def test_lawful_order_is_the_only_forward_path() -> None:
    """Apart from ending and the merge shortcut, each stage leads exactly to the next one."""
    for current, following in zip(wf.ORDER, wf.ORDER[1:]):
        forward = wf.TRANSITIONS[current] - {wf.Stage.ENDED}
        if current is wf.Stage.PROPOSAL:
            assert forward == {wf.Stage.CONSULTATION, wf.Stage.REVIEW}
        else:
            assert forward == {following}


def test_skipping_consultation_needs_a_rule_set_that_allows_merging() -> None:
    with pytest.raises(ValidationError, match="不允许合并"):
        wf.check_transition(wf.Stage.PROPOSAL, wf.Stage.REVIEW, merge_allowed=False)
    wf.check_transition(wf.Stage.PROPOSAL, wf.Stage.REVIEW, merge_allowed=True)


def test_result_disclosure_cannot_be_ended_only_archived() -> None:
    with pytest.raises(ValidationError):
        wf.check_transition(wf.Stage.RESULT_DISCLOSURE, wf.Stage.ENDED)


@pytest.mark.parametrize("stage", wf.MEETING_STAGES)
def test_failed_meeting_stays_at_its_stage(stage: wf.Stage) -> None:
    assert wf.after_meeting(stage, passed=False) is stage


@pytest.mark.parametrize(("stage", "expected"), list(zip(wf.MEETING_STAGES, wf.ORDER[1:5])))
def test_passed_meeting_moves_one_stage_on(stage: wf.Stage, expected: wf.Stage) -> None:
    assert wf.after_meeting(stage, passed=True) is expected


def test_merged_proposal_moves_straight_to_review_and_only_step_one_merges() -> None:
    assert wf.after_meeting(wf.Stage.PROPOSAL, passed=True, merged=True) is wf.Stage.REVIEW
    with pytest.raises(ValidationError) as info:
        wf.after_meeting(wf.Stage.REVIEW, passed=True, merged=True)
    assert info.value.code == "invalid_merge"


@pytest.mark.parametrize("stage", [s for s in wf.Stage if s not in wf.MEETING_STAGES])
def test_no_meeting_outside_the_four_deliberations(stage: wf.Stage) -> None:
    with pytest.raises(ValidationError) as info:
        wf.after_meeting(stage, passed=True)
    assert info.value.code == "not_a_meeting_stage"


def test_step_may_share_the_previous_date_but_not_precede_it() -> None:
    wf.check_not_before(date(2026, 6, 1), date(2026, 6, 1), "党员大会审议")
    with pytest.raises(ValidationError) as info:
        wf.check_not_before(date(2026, 5, 31), date(2026, 6, 1), "党员大会审议")
    assert info.value.code == "step_before_previous"


@pytest.mark.parametrize(
    ("notice", "override", "code"),
    [(date(2026, 6, 1), "", None), (date(2026, 6, 2), "", "notice_too_short"), (None, "", "notice_missing"), (date(2026, 6, 5), "台风过后紧急抢修", None)],
)
def test_ten_days_notice_blocks_unless_overridden_with_a_reason(notice: date | None, override: str, code: str | None) -> None:
    held = date(2026, 6, 11)
    if code is None:
        warning = wf.check_notice(held, notice, 10, override)
        assert ("台风过后紧急抢修" in warning) == bool(override)
    else:
        with pytest.raises(ValidationError) as info:
            wf.check_notice(held, notice, 10, override)
        assert info.value.code == code


@pytest.mark.parametrize(
    ("ends_on", "open_objections", "on", "code"),
    [
        (None, 0, date(2026, 9, 1), "no_result_disclosure"),
        (date(2026, 8, 10), 0, date(2026, 8, 10), "disclosure_running"),
        (date(2026, 8, 10), 1, date(2026, 8, 11), "open_objection"),
        (date(2026, 8, 10), 0, date(2026, 8, 11), None),
    ],
)
def test_archive_needs_an_ended_result_notice_and_no_open_objection(ends_on: date | None, open_objections: int, on: date, code: str | None) -> None:
    facts = wf.ArchiveFacts(ends_on, open_objections)
    if code is None:
        wf.check_archive(facts, on)
    else:
        with pytest.raises(ValidationError) as info:
            wf.check_archive(facts, on)
        assert info.value.code == code
