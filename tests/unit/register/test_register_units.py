"""Editing and deleting villager groups and households: checked, explained, soft, logged and audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.services import queries, register
from lufeng_desktop.services.register import PersonInput
from lufeng_desktop.services.register_units import delete_group, delete_household, update_group, update_household
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import AuditEntry, ChangeLog, Grid, GridGroup, Household, Person, Village, VillagerGroup

TODAY = date(2026, 11, 26)


@pytest.fixture
def village(village_store: Store) -> tuple[Store, str, str, str]:
    """A village with groups 1 and 2, and household 010001 in group 1."""
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    actor = village_store.actor("文书")
    g1 = register.add_group(village_store, actor, village_id=village_id, number=1)
    g2 = register.add_group(village_store, actor, village_id=village_id, number=2)
    return village_store, village_id, g1, g2


def _person(store: Store, village_id: str, name: str, group_id: str | None, household_id: str | None = None) -> str:
    data = PersonInput(name=name, gender="女", birth_date=date(1980, 1, 1), group_id=group_id, household_id=household_id,
                       relation_to_head="户主" if household_id else "")  # fmt: skip
    return register.add_person(store, store.actor("文书"), village_id=village_id, data=data, today=TODAY)


def _changes(store: Store, entity: str, row_id: str) -> list[ChangeLog]:
    with store.sessions() as session:
        query = select(ChangeLog).where(ChangeLog.entity == entity, ChangeLog.row_id == row_id).order_by(ChangeLog.seq)
        return list(session.scalars(query))


def _last_audit(store: Store) -> AuditEntry:
    with store.sessions() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


def test_a_group_is_renumbered_and_renamed_with_its_change_logged(village: tuple[Store, str, str, str]) -> None:
    store, _village_id, g1, _g2 = village
    update_group(store, store.actor("文书"), group_id=g1, number=5, name=" 东村 ")
    with store.sessions() as session:
        group = session.get(VillagerGroup, g1)
        assert group is not None and (group.number, group.name, group.version) == (5, "东村", 2)
    assert [c.new_version for c in _changes(store, "villager_group", g1)] == [1, 2]
    assert _last_audit(store).action == "register.update_group"
    update_group(store, store.actor("文书"), group_id=g1, number=6, name="")
    assert [g.name for g in queries.org_tree(store)[0].villages[0].groups] == ["第2村民小组", "第6村民小组"]


def test_a_group_number_cannot_clash_with_another_group_even_a_deleted_one(village: tuple[Store, str, str, str]) -> None:
    store, village_id, g1, g2 = village
    with pytest.raises(ValidationError, match="第 2 村民小组已存在") as caught:
        update_group(store, store.actor("文书"), group_id=g1, number=2)
    assert caught.value.field == "number"
    delete_group(store, store.actor("文书"), group_id=g2, reason="重复录入")
    with pytest.raises(ValidationError, match="已删除") as caught:
        update_group(store, store.actor("文书"), group_id=g1, number=2)
    assert "deleted" in caught.value.en
    with pytest.raises(ValidationError, match="已删除"):  # adding does not crash on the database's unique constraint
        register.add_group(store, store.actor("文书"), village_id=village_id, number=2)


def test_deleting_a_group_is_refused_while_anything_lives_in_it(village: tuple[Store, str, str, str]) -> None:
    store, village_id, g1, _g2 = village
    household = register.add_household(store, store.actor("文书"), group_id=g1, number="010001")
    _person(store, village_id, "陈红", g1, household)
    _person(store, village_id, "黄兰", g1)
    with pytest.raises(ValidationError) as caught:
        delete_group(store, store.actor("文书"), group_id=g1, reason="并组")
    assert caught.value.code == "group_in_use"
    assert "1 户" in caught.value.zh and "2 人" in caught.value.zh
    assert "1 households, 2 people" in caught.value.en
    with store.sessions() as session:
        assert session.get(VillagerGroup, g1).deleted_at is None  # type: ignore[union-attr]


def test_a_group_covered_by_a_grid_names_the_grid(small_demo: Store) -> None:
    group = queries.org_tree(small_demo)[0].villages[0].groups[0]
    with small_demo.sessions() as session:
        grids = session.scalars(
            select(GridGroup.grid_id).join(Grid, Grid.id == GridGroup.grid_id)
            .where(GridGroup.group_id == group.id, GridGroup.deleted_at.is_(None), Grid.deleted_at.is_(None)).distinct()
        ).all()  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        delete_group(small_demo, small_demo.actor("文书"), group_id=group.id, reason="并组")
    assert f"{len(grids)} 个网格" in caught.value.zh and f"{group.people} 人" in caught.value.zh


def test_an_empty_group_is_soft_deleted_with_its_reason_audited(village: tuple[Store, str, str, str]) -> None:
    store, _village_id, _g1, g2 = village
    with pytest.raises(ValidationError, match="删除原因"):
        delete_group(store, store.actor("文书"), group_id=g2, reason=" ")
    delete_group(store, store.actor("文书"), group_id=g2, reason="重复录入")
    with store.sessions() as session:
        assert session.get(VillagerGroup, g2).deleted_at is not None  # type: ignore[union-attr]  # kept, tombstoned
    entry = _last_audit(store)
    assert entry.action == "register.delete_group" and "重复录入" in entry.detail
    assert [g.number for g in queries.org_tree(store)[0].villages[0].groups] == [1]
    assert _changes(store, "villager_group", g2)[-1].new_version == 2
    with pytest.raises(NotFoundError):
        update_group(store, store.actor("文书"), group_id=g2, number=9)


def test_a_household_is_renumbered_and_moved_with_its_members(village: tuple[Store, str, str, str]) -> None:
    store, village_id, g1, g2 = village
    household = register.add_household(store, store.actor("文书"), group_id=g1, number="010001", address="1组1号")
    head = _person(store, village_id, "林海", g1, household)
    update_household(store, store.actor("文书"), household_id=household, number="020007", address=" 2组7号 ", group_id=g2)
    rows = queries.page_households(store, queries.RegisterFilter(group_id=g2))
    assert [(r.number, r.address, r.head_name, r.members) for r in rows] == [("020007", "2组7号", "林海", 1)]
    assert queries.page_households(store, queries.RegisterFilter(group_id=g1)) == []
    assert queries.get_person(store, head).group_id == g2  # type: ignore[union-attr]
    assert [c.new_version for c in _changes(store, "person", head)] == [1, 2]  # the member's move syncs too
    assert _last_audit(store).action == "register.update_household"


def test_household_numbers_are_unique_within_a_group_and_moves_stay_in_the_village(
    village: tuple[Store, str, str, str],
) -> None:
    store, _village_id, g1, g2 = village
    first = register.add_household(store, store.actor("文书"), group_id=g1, number="0001")
    second = register.add_household(store, store.actor("文书"), group_id=g2, number="0001")  # other group: fine
    with pytest.raises(ValidationError, match="本小组已有户号 0001") as caught:
        register.add_household(store, store.actor("文书"), group_id=g1, number="0001")
    assert caught.value.field == "number"
    with pytest.raises(ValidationError, match="本小组已有户号 0001"):
        update_household(store, store.actor("文书"), household_id=second, number="0001", group_id=g1)
    with pytest.raises(ValidationError, match="请填写户号"):
        update_household(store, store.actor("文书"), household_id=first, number=" ")
    other_village = register.init_village(store, store.actor("文书"), village_code="441581004202", village_name="东坑村")
    elsewhere = register.add_group(store, store.actor("文书"), village_id=other_village, number=1)
    with pytest.raises(ValidationError, match="只能迁到本村") as caught:
        update_household(store, store.actor("文书"), household_id=first, number="0002", group_id=elsewhere)
    assert caught.value.field == "group_id"


def test_a_household_with_members_is_kept_unless_the_clerk_detaches_them(village: tuple[Store, str, str, str]) -> None:
    store, village_id, g1, _g2 = village
    household = register.add_household(store, store.actor("文书"), group_id=g1, number="010001")
    members = [_person(store, village_id, name, g1, household) for name in ("陈红", "陈明")]
    with pytest.raises(ValidationError) as caught:
        delete_household(store, store.actor("文书"), household_id=household, reason="分户")
    assert caught.value.code == "household_in_use" and "2 名成员" in caught.value.zh and "2 members" in caught.value.en
    assert delete_household(store, store.actor("文书"), household_id=household, reason="分户", detach_members=True) == 2
    with store.sessions() as session:
        assert session.get(Household, household).deleted_at is not None  # type: ignore[union-attr]
        people = [session.get(Person, pid) for pid in members]
        assert [(p.household_id, p.relation_to_head, p.group_id, p.deleted_at) for p in people] == [(None, "", g1, None)] * 2  # type: ignore[union-attr]
    assert queries.count_households(store) == 0 and queries.count_people(store) == 2
    assert "分户" in _last_audit(store).detail


def test_an_empty_household_is_deleted_and_its_number_can_be_reused(village: tuple[Store, str, str, str]) -> None:
    store, _village_id, g1, _g2 = village
    household = register.add_household(store, store.actor("文书"), group_id=g1, number="010001")
    assert delete_household(store, store.actor("文书"), household_id=household, reason="录错") == 0
    assert [c.new_version for c in _changes(store, "household", household)] == [1, 2]
    register.add_household(store, store.actor("文书"), group_id=g1, number="010001")
    assert queries.count_households(store) == 1
