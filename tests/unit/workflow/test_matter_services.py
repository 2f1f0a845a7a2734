"""The services a clerk's screens call, on the small demo register: order, dates, notice, corrections, deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from matter_helpers import hold, meeting_input, new_matter
from sqlalchemy import func, select

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import meetings as mt
from lufeng_desktop.services.matter_views import board_view, list_matters, matter_detail
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import MatterStep

D0 = date(2026, 6, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def _stage(store: Store, matter_id: str) -> str:
    return matter_detail(store, matter_id, today=day(0)).row.stage


def test_road_repair_runs_from_proposal_to_archive(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    assert hold(small_demo, matter, day(1)).stage == wf.Stage.CONSULTATION
    hold(small_demo, matter, day(3))
    failed = hold(small_demo, matter, day(5), "no_quorum")
    assert not failed.verdict.valid and failed.stage == wf.Stage.REVIEW
    assert [r for r in list_matters(small_demo, today=day(6)) if r.id == matter][0].next_action.startswith("重新召开")
    hold(small_demo, matter, day(8))
    assert hold(small_demo, matter, day(10)).stage == wf.Stage.RESOLUTION_DISCLOSURE
    notice = ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(12), "关于村道硬化的决议公开"))
    ds.review_disclosure(small_demo, actor, notice, reviewer="监委会主任", reviewed_on=day(12))
    objection = ds.add_objection(small_demo, actor, notice, ds.ObjectionInput(day(14), "电话", "排水沟走向是否经过我家门口？"))
    with pytest.raises(ValidationError) as info:
        ms.record_implementation(small_demo, actor, matter, ms.ImplementationInput(day(20), day(60), "完工"))
    assert info.value.code == "open_objection"
    ds.answer_objection(small_demo, actor, objection, replied_on=day(16), reply="走向已按图纸公示。", outcome="维持", handled_by="文书")
    ms.record_implementation(small_demo, actor, matter, ms.ImplementationInput(day(20), day(60), "完工验收合格", contract_fen=44_250_000))
    result = ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("result", day(62), "实施结果公开"))
    with pytest.raises(ValidationError) as info:
        ms.archive_matter(small_demo, actor, matter, on=day(69))  # 7 calendar days: up until day 69 inclusive
    assert info.value.code == "disclosure_running"
    ms.archive_matter(small_demo, actor, matter, on=day(70))
    detail = matter_detail(small_demo, matter, today=day(70))
    assert detail.row.stage == wf.Stage.ARCHIVED and detail.row.total_fen == 44_250_000 and len(detail.items) == 3
    assert [s.kind for s in detail.steps].count("review") == 2
    assert [d.id for d in detail.disclosures] == [notice, result]
    assert detail.disclosures[0].objections[0].outcome == "维持"


def test_step_cannot_be_dated_before_its_predecessor(small_demo: Store) -> None:
    matter = new_matter(small_demo, day(0))
    hold(small_demo, matter, day(5))
    with pytest.raises(ValidationError) as info:
        hold(small_demo, matter, day(4))
    assert info.value.code == "step_before_previous"
    hold(small_demo, matter, day(5))  # the same day is fine


def test_nothing_but_the_due_meeting_can_be_recorded(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    with pytest.raises(ValidationError) as info:
        ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(3), "决议公开"))
    assert info.value.code == "invalid_transition"
    with pytest.raises(ValidationError):
        ms.archive_matter(small_demo, actor, matter, on=day(3))
    with pytest.raises(ValidationError) as info:
        hold(small_demo, matter, day(1), merge=True)
    assert info.value.code == "merge_not_allowed"


def test_steps_one_and_two_merge_where_the_rule_set_allows(small_demo: Store) -> None:
    matter = new_matter(small_demo, day(0), rule_set="village_law_merge_1_2")
    result = hold(small_demo, matter, day(1), merge=True)
    assert result.stage == wf.Stage.REVIEW
    detail = matter_detail(small_demo, matter, today=day(1))
    assert detail.steps[0].merged_steps and detail.steps[0].body == "joint_committees"


def test_villagers_meeting_needs_ten_days_notice_or_a_reason(small_demo: Store) -> None:
    matter = new_matter(small_demo, day(0), body="villagers_meeting_persons")
    for n in (1, 2, 3):
        hold(small_demo, matter, day(n))
    with pytest.raises(ValidationError) as info:
        hold(small_demo, matter, day(10), notice_date=day(3))
    assert info.value.code == "notice_too_short"
    hold(small_demo, matter, day(13), notice_date=day(3))
    detail = matter_detail(small_demo, matter, today=day(13))
    assert detail.row.stage == wf.Stage.RESOLUTION_DISCLOSURE
    assert detail.steps[-1].base > 100  # every villager aged 18+, not a typed number


def test_short_notice_with_a_reason_is_recorded_as_such(small_demo: Store) -> None:
    matter = new_matter(small_demo, day(0), body="villagers_meeting_persons")
    for n in (1, 2, 3):
        hold(small_demo, matter, day(n))
    hold(small_demo, matter, day(6), notice_date=day(3), override="台风损毁道路，须紧急决定")
    assert "台风" in matter_detail(small_demo, matter, today=day(6)).steps[-1].notice_override_reason


def test_correction_adds_a_version_and_keeps_the_old_one(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    hold(small_demo, matter, day(1))
    failed = hold(small_demo, matter, day(2), "rejected")
    assert _stage(small_demo, matter) == wf.Stage.CONSULTATION
    passing = meeting_input(small_demo, matter, day(2))
    corrected = mt.correct_step(small_demo, actor, failed.step_id, passing, reason="计票时漏记三张同意票")
    assert corrected.stage == wf.Stage.REVIEW and corrected.verdict.passed
    with pytest.raises(ValidationError) as info:
        mt.correct_step(small_demo, actor, failed.step_id, passing, reason="再改")
    assert info.value.code == "not_current_version"
    hold(small_demo, matter, day(4))
    with pytest.raises(ValidationError) as info:  # would un-pass a step that later steps rely on
        mt.correct_step(small_demo, actor, corrected.step_id, replace(passing, yes=0, no=len(passing.attendees)), reason="x")
    assert info.value.code == "correction_breaks_order"
    with small_demo.sessions() as session:
        versions = session.scalars(select(MatterStep.revision).where(MatterStep.matter_id == matter, MatterStep.kind == "consultation")).all()
    assert sorted(versions) == [1, 2]
    steps = matter_detail(small_demo, matter, today=day(4)).steps
    assert [(s.revision, s.current, s.correction_reason) for s in steps if s.kind == "consultation"] == [
        (1, False, ""), (2, True, "计票时漏记三张同意票"),
    ]  # fmt: skip


def test_attendees_must_be_on_the_roster_and_probationers_do_not_count(small_demo: Store) -> None:
    matter = new_matter(small_demo, day(0))
    hold(small_demo, matter, day(1))
    hold(small_demo, matter, day(2))
    roster, _rule = mt.preview_roster(small_demo, matter, day(3))
    outside = [m for m in roster.members if not m.counted]
    assert outside, "the demo has 预备党员 or exclusions in every village"
    data = meeting_input(small_demo, matter, day(3))
    with_outsiders = mt.MeetingInput(**{**data.__dict__, "attendees": data.attendees | {m.key for m in outside}})
    result = mt.record_meeting(small_demo, small_demo.actor("t"), matter, with_outsiders)
    assert matter_detail(small_demo, matter, today=day(3)).steps[-1].present == len(data.attendees)
    assert result.verdict.passed
    bogus = mt.MeetingInput(**{**data.__dict__, "held_on": day(4), "attendees": frozenset({"not-a-person"})})
    with pytest.raises(ValidationError):
        mt.record_meeting(small_demo, small_demo.actor("t"), matter, bogus)


def test_objection_reply_is_due_ten_days_after_receipt(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    for n in range(1, 5):
        hold(small_demo, matter, day(n))
    notice = ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(5), "决议公开", period_value=5, period_unit="working"))
    ds.add_objection(small_demo, actor, notice, ds.ObjectionInput(day(6), "口头", "请公开预算明细"))
    view = matter_detail(small_demo, matter, today=day(20)).disclosures[0]
    assert view.objections[0].reply_due == day(16)
    assert view.objections[0].overdue and view.ends_on == date(2026, 6, 12)  # Sat 6 Jun posted → 5 working days
    with pytest.raises(ValidationError):
        ds.add_objection(small_demo, actor, notice, ds.ObjectionInput(day(6), "微信", "x"))


def test_resolution_disclosure_is_due_within_five_days_and_flagged_when_late(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    for n in range(1, 5):
        hold(small_demo, matter, day(n))
    on_time = [r for r in list_matters(small_demo, today=day(9)) if r.id == matter][0]
    assert (on_time.due_on, on_time.overdue) == (day(9), False)
    late = [r for r in list_matters(small_demo, today=day(10), overdue=True) if r.id == matter]
    assert late and late[0].next_action == "张贴决议公开"
    assert any(i.matter_id == matter for i in board_view(small_demo, today=day(10)).overdue)
    ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(10), "决议公开"))
    board = board_view(small_demo, today=day(16))
    assert any(i.matter_id == matter for i in board.posted_now) and any(i.matter_id == matter for i in board.ends_soon)
    assert not any(i.matter_id == matter and i.what == "决议公开" for i in board.overdue)


def test_reposting_after_correction_is_a_new_version_with_a_new_period(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    for n in range(1, 5):
        hold(small_demo, matter, day(n))
    first = ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(5), "决议公开"))
    with pytest.raises(ValidationError) as info:
        ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(7), "决议公开"))
    assert info.value.code == "already_posted"
    ds.post_disclosure(small_demo, actor, matter, ds.DisclosureInput("resolution", day(8), "决议公开（更正）"), replaces_id=first, reason="金额笔误")
    views = matter_detail(small_demo, matter, today=day(8)).disclosures
    assert [(v.revision, v.current, v.ends_on) for v in views] == [(1, False, day(12)), (2, True, day(15))]


def test_ending_needs_a_reason_and_closes_the_matter(small_demo: Store) -> None:
    actor = small_demo.actor("测试文书")
    matter = new_matter(small_demo, day(0))
    hold(small_demo, matter, day(1), "rejected")
    with pytest.raises(ValidationError):
        ms.end_matter(small_demo, actor, matter, on=day(2), reason="  ")
    ms.end_matter(small_demo, actor, matter, on=day(2), reason="支委会未通过，不再提议")
    with pytest.raises(ValidationError) as info:
        hold(small_demo, matter, day(3))
    assert info.value.code == "not_a_meeting_stage"


def test_amounts_are_integer_fen(small_demo: Store) -> None:
    with pytest.raises(ValidationError) as info:
        new_matter(small_demo, day(0), items=(ms.LineItemInput("路灯", 12.5, "筹资"),))  # type: ignore[arg-type]
    assert info.value.code == "bad_amount"


def test_every_mutation_is_audited_and_change_logged(small_demo: Store) -> None:
    from lufeng_desktop.store.models import AuditEntry, ChangeLog

    with small_demo.sessions() as session:
        before = session.scalar(select(func.count()).select_from(AuditEntry))
    matter = new_matter(small_demo, day(0))
    hold(small_demo, matter, day(1))
    with small_demo.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == before + 2
        entities = set(session.scalars(select(ChangeLog.entity).where(ChangeLog.entity.like("matter%"))))
    assert {"matter", "matter_item", "matter_step", "matter_roster_entry"} <= entities


def test_explain_meeting_gives_the_dialog_sentence() -> None:
    sentence = mt.explain_meeting("representatives_meeting", "village_law", base=45, present=30, yes=16).sentence
    assert sentence == "应到 45 人，实到 30 人 ≥ 2/3，会议有效；同意 16 票 > 实到半数 15，通过"
    party = mt.explain_meeting("party_congress", "village_law", base=40, present=40, yes=20)
    assert not party.passed and party.sentence.endswith("同意 20 票 ≤ 应到半数 20，未通过")
