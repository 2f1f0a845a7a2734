"""Composition warnings: silent on the demo (built to the law), explicit on deliberately broken registers."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import register
from lufeng_desktop.services.composition import check_composition
from lufeng_desktop.services.query_common import RegisterFilter
from lufeng_desktop.services.uow import reading, unit_of_work
from lufeng_desktop.store import models as m

DAY = date(2026, 11, 26)
START = date(2026, 4, 18)


def test_the_demo_register_meets_the_law(small_demo) -> None:
    assert check_composition(small_demo, RegisterFilter(on=DAY)) == []


@pytest.fixture
def village(village_store):  # type: ignore[no-untyped-def]
    """A village with one group, one household and people to appoint: (store, people ids by name, household)."""
    actor = village_store.actor("测试")
    with reading(village_store) as session:
        village_id = session.scalars(select(m.Village.id)).one()
    group = register.add_group(village_store, actor, village_id=village_id, number=1)
    household = register.add_household(village_store, actor, group_id=group, number="0101")
    people = {}
    for i in range(12):
        name, gender = f"陈{'甲乙丙丁戊己庚辛壬癸子丑'[i]}", "女" if i % 4 == 0 else "男"
        people[name] = register.add_person(
            village_store, actor, village_id=village_id,
            data=register.PersonInput(name=name, gender=gender, group_id=group, household_id=household if i == 0 else None),
        )
    return village_store, people, household


def _appoint(store, person_id: str, role: str, post: str = "", start: date = START, end: date | None = None) -> str:  # type: ignore[no-untyped-def]
    return register.add_role(store, store.actor("测试"), person_id=person_id, role=role, post=post, term_start=start, term_end=end)


def _codes(store) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(w.code for w in check_composition(store, RegisterFilter(on=DAY)))


def test_small_committee_and_few_representatives(village) -> None:
    store, people, _ = village
    ids = list(people.values())
    for person_id, post in zip(ids[:2], ("主任", "委员")):
        _appoint(store, person_id, "village_committee", post)
    for person_id in ids[2:5]:  # 3 men
        _appoint(store, person_id, "villager_representative")
    warnings = {w.code: w for w in check_composition(store, RegisterFilter(on=DAY))}
    assert set(warnings) == {"committee_size", "representatives_share", "women_share"}
    assert "2 人" in warnings["committee_size"].zh and "3 至 7" in warnings["committee_size"].zh
    assert "新寮村" in warnings["committee_size"].zh
    # composition 2 + 3 = 5: 4/5 needs 4 representatives; 1/3 needs 2 women representatives
    assert "至少 4 人" in warnings["representatives_share"].zh
    assert "妇女村民代表 1 人" in warnings["women_share"].zh and "至少 2 人" in warnings["women_share"].zh
    assert len(warnings["representatives_share"].rows) == 3


def test_supervisor_in_the_committee_or_its_household(village) -> None:
    store, people, _ = village
    ids = list(people.values())
    for person_id in ids[1:4]:
        _appoint(store, person_id, "village_committee")
    _appoint(store, ids[0], "village_committee", "主任")  # lives in the household
    _appoint(store, ids[1], "supervision_committee", "主任")  # a committee member
    assert _codes(store) == ["supervisor_is_committee"]
    with unit_of_work(store, store.actor("测试"), "test.move") as session:
        session.get(m.Person, ids[5]).household_id = session.get(m.Person, ids[0]).household_id
    _appoint(store, ids[5], "supervision_committee")
    warnings = check_composition(store, RegisterFilter(on=DAY))
    relative = next(w for w in warnings if w.code == "supervisor_relative")
    assert "同户" in relative.zh and "陈甲" in relative.zh and "same household" in relative.en


def test_overlapping_terms_are_refused_and_flagged(village) -> None:
    store, people, _ = village
    person = list(people.values())[3]
    _appoint(store, person, "villager_representative", start=date(2021, 4, 1), end=date(2026, 4, 17))
    _appoint(store, person, "villager_representative", start=date(2026, 4, 18))  # back to back: fine
    with pytest.raises(ValidationError) as refused:
        _appoint(store, person, "villager_representative", start=date(2024, 1, 1), end=date(2025, 1, 1))
    assert refused.value.code == "term_overlap"
    assert "term_overlap" not in _codes(store)
    with unit_of_work(store, store.actor("测试"), "test.sync") as session:  # e.g. arrived by a bundle
        row = session.scalars(select(m.RoleAssignment).where(m.RoleAssignment.term_end.is_not(None))).one()
        row.term_end = date(2026, 6, 30)
    assert "term_overlap" in _codes(store)
