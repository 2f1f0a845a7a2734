"""Helpers for 四议两公开 tests: hold the due meeting with a chosen share of the real roster present."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lufeng_desktop.core.quorum import evaluate
from lufeng_desktop.services import matters as ms
from lufeng_desktop.services import meetings as mt
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Village

ROAD_ITEMS = (
    ms.LineItemInput("路面硬化", 32_600_000, "上级财政专项资金"),
    ms.LineItemInput("排水沟修缮", 8_450_000, "村集体经济收入"),
    ms.LineItemInput("太阳能路灯", 3_200_000, "一事一议筹资"),
)


def first_village_id(store: Store) -> str:
    with store.sessions() as session:
        return session.scalars(select(Village.id).order_by(Village.code)).first()  # type: ignore[return-value]


def new_matter(store: Store, opened_on: date, *, rule_set: str | None = None, body: str = "representatives_meeting",
               kind: str = "public_welfare", items: tuple[ms.LineItemInput, ...] = ROAD_ITEMS) -> str:  # fmt: skip
    data = ms.MatterInput(
        village_id=first_village_id(store), matter_type=kind, title="村道硬化及排水沟修缮工程", motion_source="村干部提议",
        opened_on=opened_on, items=items, rule_set=rule_set, deciding_body=body,
    )  # fmt: skip
    return ms.create_matter(store, store.actor("测试文书"), data)


def meeting_input(store: Store, matter_id: str, held_on: date, *, outcome: str = "pass", merge: bool = False,
                  notice_date: date | None = None, override: str = "") -> mt.MeetingInput:  # fmt: skip
    """A meeting with just enough present and voting for ``outcome``: "pass", "no_quorum" or "rejected"."""
    roster, rule = mt.preview_roster(store, matter_id, held_on, merge_steps_1_2=merge)
    counted = [m.key for m in roster.members if m.counted]
    probe = evaluate(rule, base=roster.base, present=roster.base, yes=0)
    present = probe.quorum_needed - 1 if outcome == "no_quorum" else roster.base
    needed = evaluate(rule, base=roster.base, present=present, yes=0).yes_needed
    yes = needed if outcome == "pass" else max(0, min(needed, present) - 1)
    return mt.MeetingInput(
        held_on=held_on, place="村委会会议室", chair="主持人", recorder="文书", attendees=frozenset(counted[:present]),
        yes=yes, no=present - yes, resolution="同意。", merge_steps_1_2=merge, notice_date=notice_date,
        notice_override_reason=override,
    )  # fmt: skip


def hold(store: Store, matter_id: str, held_on: date, outcome: str = "pass", **kwargs: object) -> mt.MeetingResult:
    data = meeting_input(store, matter_id, held_on, outcome=outcome, **kwargs)  # type: ignore[arg-type]
    return mt.record_meeting(store, store.actor("测试文书"), matter_id, data)
