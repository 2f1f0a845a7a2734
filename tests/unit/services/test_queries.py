"""Register read models on the small demo: the tree, paging, search the way a clerk types it, role tables."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.names import full_pinyin, pinyin_initials
from lufeng_desktop.services import queries as q
from lufeng_desktop.services import register
from lufeng_desktop.services.stats import register_counts
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m

DAY = date(2026, 11, 26)


def test_tree_matches_the_register_counts(small_demo) -> None:
    tree = q.org_tree(small_demo)
    with reading(small_demo) as session:
        counts = register_counts(session)
    villages = [v for t in tree for v in t.villages]
    assert len(tree) == counts["towns"] and len(villages) == counts["villages"]
    assert sum(len(v.groups) for v in villages) == counts["groups"]
    assert sum(t.people for t in tree) == counts["people"] == q.count_people(small_demo)
    assert [g.number for g in villages[0].groups] == sorted(g.number for g in villages[0].groups)


def test_pages_cover_the_table_once_in_name_order(small_demo) -> None:
    village = q.org_tree(small_demo)[0].villages[0]
    flt = q.RegisterFilter(village_id=village.id, on=DAY)
    total = q.count_people(small_demo, flt)
    assert total == village.people
    rows = [r for off in range(0, total, 70) for r in q.page_people(small_demo, flt, off, 70)]
    assert len(rows) == total and len({r.id for r in rows}) == total
    assert [r.name for r in rows] == sorted((r.name for r in rows), key=lambda n: (full_pinyin(n), n))  # pinyin order
    assert all(r.village_name == village.name for r in rows)
    backwards = q.page_people(small_demo, flt, 0, 5, "-name")
    assert [r.id for r in backwards] == [r.id for r in reversed(rows[-5:])]
    youngest = q.page_people(small_demo, flt, 0, 1, "age")[0]
    assert youngest.age == min(r.age for r in rows if r.age is not None)


def test_group_filter_and_bad_paging(small_demo) -> None:
    group = q.org_tree(small_demo)[0].villages[0].groups[1]
    rows = q.page_people(small_demo, q.RegisterFilter(group_id=group.id), 0, 1000)
    assert len(rows) == group.people and {r.group_name for r in rows} == {group.name}
    with pytest.raises(ValidationError):
        q.page_people(small_demo, q.ALL, -1, 10)
    with pytest.raises(ValidationError):
        q.page_people(small_demo, q.ALL, 0, 10, "shoe_size")


@pytest.fixture
def someone(small_demo) -> q.PersonRow:
    rows = q.page_people(small_demo, q.ALL, 200, 1)
    return rows[0]


def test_search_by_pinyin_initials_name_and_id(small_demo, someone: q.PersonRow) -> None:
    initials = pinyin_initials(someone.name)
    by_initials = q.search_people(small_demo, initials, limit=500)
    assert someone.id in {r.id for r in by_initials}
    assert all(pinyin_initials(r.name).startswith(initials) or full_pinyin(r.name).startswith(initials) for r in by_initials)
    assert someone.id in {r.id for r in q.search_people(small_demo, initials.upper(), limit=500)}  # caps lock
    assert someone.id in {r.id for r in q.search_people(small_demo, someone.name[1:], limit=500)}  # substring
    assert [r.id for r in q.search_people(small_demo, someone.id_number)] == [someone.id]
    tail = q.search_people(small_demo, someone.id_number[-6:], limit=500)
    assert someone.id in {r.id for r in tail} and all(r.id_number.endswith(someone.id_number[-6:]) or
                                                      r.id_number.startswith(someone.id_number[-6:]) for r in tail)
    fullwidth = someone.id_number[-4:].translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    assert someone.id in {r.id for r in q.search_people(small_demo, fullwidth, limit=5000)}
    assert q.search_people(small_demo, "qqqqqq") == []
    assert q.count_people(small_demo, q.RegisterFilter(search=initials)) == len(by_initials)


def test_search_zs_finds_zhang_san(village_store) -> None:
    actor = village_store.actor("测试")
    village_id = q.org_tree(village_store)[0].villages[0].id
    for name in ("张三", "赵顺", "张小三", "李四"):
        register.add_person(village_store, actor, village_id=village_id, data=register.PersonInput(name=name, gender="男"))
    assert [r.name for r in q.search_people(village_store, "zs")] == ["张三", "赵顺"]
    assert [r.name for r in q.search_people(village_store, "zhangs")] == ["张三"]
    assert {r.name for r in q.search_people(village_store, "三")} == {"张三", "张小三"}
    assert q.search_people(village_store, "％") == []  # LIKE wildcards are literal


def test_people_search_reads_only_the_index(small_demo) -> None:
    """The city-wide search plan scans the covering index, never the table (the 300,000-people budget)."""
    where, params, index = q._people_where(q.RegisterFilter(search="zs"))
    with reading(small_demo) as session:
        plan = " ".join(r[3] for r in session.execute(text(f"EXPLAIN QUERY PLAN SELECT count(*) FROM person AS p {index} WHERE {where}"), params))
    assert "USING INDEX ix_person_live_search" in plan or "USING COVERING INDEX ix_person_live_search" in plan


def test_deleted_people_disappear(small_demo, someone: q.PersonRow) -> None:
    before = q.count_people(small_demo)
    register.delete_person(small_demo, small_demo.actor("测试"), person_id=someone.id, reason="录入重复")
    assert q.count_people(small_demo) == before - 1
    assert q.get_person(small_demo, someone.id) is None
    assert q.search_people(small_demo, someone.id_number) == []


def test_roles_summary_and_committee_tables(small_demo) -> None:
    village = q.org_tree(small_demo)[0].villages[0]
    flt = q.RegisterFilter(village_id=village.id, on=DAY)
    committee = q.page_committee_members(small_demo, flt, 0, 100)
    assert q.count_committee_members(small_demo, flt) == len(committee) == 10  # 5 村委会 + 5 支委
    assert [r.post for r in committee if r.role == "village_committee"][0] == "主任"
    chair = next(r for r in committee if r.post == "主任")
    assert "村委会主任" in q.get_person(small_demo, chair.person_id, DAY).roles
    past = q.count_committee_members(small_demo, q.RegisterFilter(village_id=village.id, on=date(2025, 1, 1)))
    assert past == 5  # only the previous 村委会 was recorded for the last term
    assert len(q.page_supervisors(small_demo, flt, 0, 10)) == 3
    reps = q.page_representatives(small_demo, flt, 0, 1000)
    assert len(reps) == q.count_representatives(small_demo, flt) >= 20
    history = q.person_roles(small_demo, chair.person_id, DAY)
    assert {r.role for r in history} >= {"village_committee", "party_committee"}


def test_party_grid_and_central_household_tables(small_demo) -> None:
    village = q.org_tree(small_demo)[0].villages[0]
    flt = q.RegisterFilter(village_id=village.id, on=DAY)
    members = q.page_party_members(small_demo, flt, 0, 5000)
    assert len(members) == q.count_party_members(small_demo, flt) > 0
    for row in members:
        assert row.has_vote == (row.status == "正式" and row.voting_status == "normal")
    grids = q.page_grids(small_demo, flt, 0, 500)
    assert len(grids) == q.count_grids(small_demo, flt) and grids[0].level == "大"
    assert all(g.groups for g in grids) and any(g.worker_name for g in grids)
    households = q.page_central_households(small_demo, flt, 0, 100)
    assert households and all(h.members == 10 and not h.over_limit for h in households)
    homes = q.page_households(small_demo, flt, 0, 5)
    assert q.count_households(small_demo, flt) >= 5 and all(h.members >= 1 and h.head_name for h in homes)


def test_central_household_over_the_soft_limit_is_flagged(small_demo) -> None:
    with reading(small_demo) as session:
        household = session.scalars(select(m.CentralHousehold)).first()
        extra = session.scalars(select(m.Person.id).where(m.Person.village_id == household.village_id).limit(1)).one()
    from lufeng_desktop.services.uow import unit_of_work

    with unit_of_work(small_demo, small_demo.actor("测试"), "test.link") as session:
        session.add(m.CentralHouseholdMember(central_household_id=household.id, person_id=extra, village_code=household.village_code))
    rows = q.page_central_households(small_demo, q.RegisterFilter(village_id=household.village_id), 0, 100)
    flagged = [r for r in rows if r.id == household.id][0]
    assert flagged.members == 11 and flagged.over_limit and "超过" in flagged.warning
