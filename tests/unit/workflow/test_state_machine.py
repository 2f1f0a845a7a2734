"""Hypothesis drives random sequences of service calls; whatever the clerk does, three things never happen:
a disclosed resolution without a valid meeting and passed vote, a closed matter without a result
disclosure, a step dated before its predecessor."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule, run_state_machine_as_test
from matter_helpers import new_matter
from sqlalchemy import select

from lufeng_desktop.core import workflow as wf
from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.core.quorum import evaluate
from lufeng_desktop.core.rules import rule_for
from lufeng_desktop.services import disclosures as ds
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import meetings as mt
from lufeng_desktop.services.matters import load_state
from lufeng_desktop.store.database import Store, open_store
from lufeng_desktop.store.models import MatterRosterEntry

D0 = date(2026, 6, 1)
days = st.integers(min_value=-3, max_value=9)  # relative to the matter's latest date: sometimes backdated on purpose
shares = st.one_of(st.just(100), st.sampled_from([90, 67, 60, 51, 50, 34]), st.integers(0, 100))


class MatterMachine(RuleBasedStateMachine):
    template: Path

    @initialize()
    def open(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="matters-sm-"))
        shutil.copytree(self.template, self.folder / "data")
        self.store: Store = open_store(self.folder / "data")
        self.actor = self.store.actor("测试文书")
        self.matters = [new_matter(self.store, D0), new_matter(self.store, D0, rule_set="village_law_merge_1_2")]

    def _day(self, which: int, offset: int) -> date:
        with self.store.sessions() as session:
            return load_state(session, self.matters[which]).latest_date() + timedelta(days=offset)

    def teardown(self) -> None:
        if hasattr(self, "store"):
            self.store.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _try(self, call: object, *args: object, **kwargs: object) -> None:
        try:
            call(*args, **kwargs)  # type: ignore[operator]
        except LufengError:
            pass  # refusing is always allowed; the invariants say what must never be accepted

    @rule(which=st.integers(0, 1), offset=days, share=shares, yes_share=shares, merge=st.booleans())
    def meeting(self, which: int, offset: int, share: int, yes_share: int, merge: bool) -> None:
        matter, held = self.matters[which], self._day(which, offset)
        try:
            roster, _rule = mt.preview_roster(self.store, matter, held, merge_steps_1_2=merge)
        except LufengError:
            return
        counted = sorted(roster.counted_keys())
        present = len(counted) * share // 100
        yes = present * yes_share // 100
        self._try(mt.record_meeting, self.store, self.actor, matter, mt.MeetingInput(
            held_on=held, place="会议室", chair="主持人", recorder="文书", attendees=frozenset(counted[:present]),
            yes=yes, no=present - yes, merge_steps_1_2=merge, notice_date=held - timedelta(days=10),
        ))  # fmt: skip

    @rule(which=st.integers(0, 1), gap=st.integers(0, 4), merge=st.booleans())
    def advance(self, which: int, gap: int, merge: bool) -> None:
        """Do what is due next, lawfully — so random noise meets matters in every stage."""
        matter = self.matters[which]
        with self.store.sessions() as session:
            state = load_state(session, matter)
            stage, on = wf.Stage(state.matter.stage), state.latest_date() + timedelta(days=gap)
            result = state.notice(wf.DisclosureKind.RESULT)
        if stage in wf.MEETING_STAGES:
            self.meeting(which, gap, 100, 100, merge)
        elif stage is wf.Stage.RESOLUTION_DISCLOSURE:
            self._try(ds.post_disclosure, self.store, self.actor, matter, ds.DisclosureInput("resolution", on, "决议公开", period_value=3))
        elif stage is wf.Stage.IMPLEMENTATION:
            self._try(ms.record_implementation, self.store, self.actor, matter, ms.ImplementationInput(on, on + timedelta(days=gap), "完工"))
        elif stage is wf.Stage.RESULT_DISCLOSURE and result is None:
            self._try(ds.post_disclosure, self.store, self.actor, matter, ds.DisclosureInput("result", on, "实施结果公开", period_value=3))
        elif stage is wf.Stage.RESULT_DISCLOSURE and result is not None:
            self._try(ms.archive_matter, self.store, self.actor, matter, on=max(on, result.ends_on + timedelta(days=gap - 1)))

    @rule(which=st.integers(0, 1), offset=days, yes_share=shares)
    def correct_latest(self, which: int, offset: int, yes_share: int) -> None:
        with self.store.sessions() as session:
            state = load_state(session, self.matters[which])
            steps = [state.current(k) for k in wf.MEETING_STAGES if state.current(k) is not None]
            if not steps:
                return
            step = steps[-1]
            here = [e.person_id or e.household_id or "" for e in session.scalars(select(MatterRosterEntry).where(MatterRosterEntry.step_id == step.id, MatterRosterEntry.present.is_(True)))]
        yes = len(here) * yes_share // 100
        self._try(mt.correct_step, self.store, self.actor, step.id, mt.MeetingInput(
            held_on=step.held_on + timedelta(days=offset // 3), place="会议室", chair="主持人", recorder="文书", attendees=frozenset(here),
            yes=yes, no=len(here) - yes, notice_date=D0 - timedelta(days=30),
        ), reason="更正")  # fmt: skip

    @rule(which=st.integers(0, 1), offset=days, kind=st.sampled_from(["resolution", "result"]), repost=st.booleans())
    def post(self, which: int, offset: int, kind: str, repost: bool) -> None:
        matter = self.matters[which]
        replaces = None
        if repost:
            with self.store.sessions() as session:
                current = load_state(session, matter).notice(wf.DisclosureKind(kind))
                replaces = current.id if current else None
        data = ds.DisclosureInput(kind, self._day(which, offset), "公告", period_value=3)
        self._try(ds.post_disclosure, self.store, self.actor, matter, data, replaces_id=replaces, reason="更正")

    @rule(which=st.integers(0, 1), offset=days, answer=st.booleans())
    def objection(self, which: int, offset: int, answer: bool) -> None:
        with self.store.sessions() as session:
            state = load_state(session, self.matters[which])
            notices = [d.id for d in state.disclosures]
            open_ = [o.id for o in state.open_objections()]
        if answer and open_:
            self._try(ds.answer_objection, self.store, self.actor, open_[0], replied_on=self._day(which, offset), reply="已答复", outcome="维持", handled_by="文书")
        elif notices:
            self._try(ds.add_objection, self.store, self.actor, notices[-1], ds.ObjectionInput(self._day(which, offset), "口头", "有异议"))

    @rule(which=st.integers(0, 1), start=days, length=st.integers(0, 10))
    def implement(self, which: int, start: int, length: int) -> None:
        begin = self._day(which, start)
        self._try(ms.record_implementation, self.store, self.actor, self.matters[which], ms.ImplementationInput(begin, begin + timedelta(days=length), "完工"))

    @rule(which=st.integers(0, 1), offset=st.integers(-2, 12), end=st.integers(0, 15))
    def close(self, which: int, offset: int, end: int) -> None:
        on = self._day(which, offset)
        if end == 0:
            self._try(ms.end_matter, self.store, self.actor, self.matters[which], on=on, reason="终止")
        else:
            self._try(ms.archive_matter, self.store, self.actor, self.matters[which], on=on)

    @invariant()
    @precondition(lambda self: hasattr(self, "store"))
    def lawful(self) -> None:
        with self.store.sessions() as session:
            for matter_id in self.matters:
                _check(session, matter_id)


def _check(session: object, matter_id: str) -> None:
    state = load_state(session, matter_id)  # type: ignore[arg-type]
    stage = wf.Stage(state.matter.stage)
    chain = [state.current(k) for k in wf.ORDER[:4]]
    resolution_notice = state.notice(wf.DisclosureKind.RESOLUTION)
    if resolution_notice is not None:
        step4 = state.current(wf.Stage.RESOLUTION)
        assert step4 is not None and step4.valid and step4.passed
        assert evaluate(rule_for(step4.body, step4.rule_set), base=step4.base_count, present=step4.present, yes=step4.yes, no=step4.no, abstain=step4.abstain).passed
        merged = chain[0] is not None and chain[0].merged_steps
        required = [chain[0], chain[2], chain[3]] + ([] if merged else [chain[1]])
        assert all(s is not None and s.passed for s in required)
        assert min(d.posted_on for d in state.disclosures if d.kind == "resolution") >= step4.held_on
    if stage is wf.Stage.ARCHIVED:
        result = state.notice(wf.DisclosureKind.RESULT)
        assert result is not None and state.matter.closed_on is not None and state.matter.closed_on > result.ends_on
    present = [s for s in chain if s is not None and s.passed]
    for earlier, later in zip(present, present[1:]):
        assert later.held_on >= earlier.held_on, (earlier.kind, later.kind)
    implementation = state.current(wf.Stage.IMPLEMENTATION)
    if implementation is not None:
        assert resolution_notice is not None and implementation.started_on is not None
        assert implementation.started_on >= min(d.posted_on for d in state.disclosures if d.kind == "resolution")
    for kind, step in zip(wf.ORDER[:4], chain):
        before = wf.previous_meeting_stage(kind)
        anchor = state.passed_step(before) if before else None
        if step is not None and anchor is not None:
            assert step.held_on >= anchor.held_on, (kind, step.held_on, anchor.held_on)


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_no_sequence_of_operations_breaks_the_law(small_demo_template: Path) -> None:
    MatterMachine.template = small_demo_template
    run_state_machine_as_test(
        MatterMachine, settings=settings(max_examples=20, stateful_step_count=60, deadline=None, suppress_health_check=list(HealthCheck))
    )
