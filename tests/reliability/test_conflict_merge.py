"""A conflict's answer is validated like a register edit and its derived fields are recomputed (issue #6, gap 1)."""

from __future__ import annotations

from datetime import date

import pytest
from handover_kit import World

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
from lufeng_desktop.services import register
from lufeng_desktop.services.conflicts import list_conflicts, resolve_conflict
from lufeng_desktop.services.integrity import check_store
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.models import Household, Person, VillagerGroup


def _person_conflict(world: World) -> tuple[str, str]:
    """The same person renamed at the village and at the town: (person id, conflict id)."""
    pid = world.add_person(0, "林晓东")
    world.town_import(*world.export(0, world.root / "a"))
    world.rename(0, pid, "林晓冬")
    with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
        session.get(Person, pid).name = "林小东"
    assert world.town_import(*world.export(0, world.root / "b")).total("conflicting") == 1
    (conflict,) = list_conflicts(world.town)
    return pid, conflict["id"]


def _resolve(world: World, conflict_id: str, choice: str = "merged", **values: str) -> dict:  # type: ignore[type-arg]
    return resolve_conflict(world.town, world.actor(world.town), conflict_id, choice=choice, values=values or None)


def test_a_merged_name_gets_its_pinyin_recomputed_here_and_at_the_village(world) -> None:  # type: ignore[no-untyped-def]
    pid, cid = _person_conflict(world)
    _resolve(world, cid, name="  陈  美玲 ")
    with world.town.sessions() as session:
        person = session.get(Person, pid)
        assert (person.name, person.name_initials, person.name_pinyin) == ("陈美玲", "cml", "chenmeiling")
    assert check_store(world.town).ok
    assert world.village_import(0, *world.town_return()).files[0].counts["resolved_applied"] == 1
    with world.villages[0].sessions() as session:
        assert session.get(Person, pid).name_initials == "cml"


def test_a_merged_id_number_brings_its_sex_and_birth_date(world) -> None:  # type: ignore[no-untyped-def]
    pid, cid = _person_conflict(world)
    number = make_id_number(LUFENG_REGION_CODE, date(1988, 6, 15), 123, "女")
    _resolve(world, cid, id_number=number)
    with world.town.sessions() as session:
        person = session.get(Person, pid)
        assert (person.id_number, person.gender, person.birth_date) == (number, "女", date(1988, 6, 15))


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"id_number": "441581198806151234"}, "id_number", "身份证"),
        ({"phone": "12345"}, "phone", "号"),
        ({"gender": "女"}, "gender", "性别"),
        ({"name": "  "}, "name", "姓名"),
        ({"birth_date": "1990-13-01"}, "birth_date", "出生日期"),
        ({"group_id": "0" * 32}, "group_id", "村民小组"),
        ({"name_pinyin": "abc"}, "name_pinyin", "不能修改"),
        ({"no_such_field": "x"}, "no_such_field", "不能修改"),
    ],
    ids=["bad-id-check-digit", "bad-phone", "sex-against-id", "empty-name", "bad-date", "unknown-group", "derived", "unknown"],
)
def test_a_bad_merged_value_is_refused_at_its_field_and_the_conflict_stays(world, values, field, words) -> None:  # type: ignore[no-untyped-def]
    pid, cid = _person_conflict(world)
    with pytest.raises(ValidationError) as caught:
        _resolve(world, cid, **values)
    assert caught.value.field == field and words in caught.value.zh and caught.value.en
    assert [c["id"] for c in list_conflicts(world.town)] == [cid]
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "林小东"


def test_choosing_the_village_version_still_recomputes_derived_fields(world) -> None:  # type: ignore[no-untyped-def]
    pid, cid = _person_conflict(world)
    _resolve(world, cid, choice="remote")
    with world.town.sessions() as session:
        person = session.get(Person, pid)
        assert (person.name, person.name_initials) == ("林晓冬", "lxd")


def test_households_and_groups_are_checked_like_register_edits(world) -> None:  # type: ignore[no-untyped-def]
    village, actor = world.villages[0], world.actor(world.villages[0])
    group = register.add_group(village, actor, village_id=world.village_id(0), number=1)
    register.add_group(village, actor, village_id=world.village_id(0), number=2)
    household = register.add_household(village, actor, group_id=group, number="0001")
    world.town_import(*world.export(0, world.root / "a"))
    with unit_of_work(village, actor, "test.village_edit") as session:
        session.get(Household, household).address = "村东"
        session.get(VillagerGroup, group).name = "东村组"
    with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
        session.get(Household, household).address = "村西"
        session.get(VillagerGroup, group).name = "东组"
    assert world.town_import(*world.export(0, world.root / "b")).total("conflicting") == 2
    by_entity = {c["entity"]: c["id"] for c in list_conflicts(world.town)}
    with pytest.raises(ValidationError) as caught:
        _resolve(world, by_entity["household"], number="   ")
    assert caught.value.field == "number"
    with pytest.raises(ValidationError) as caught:
        _resolve(world, by_entity["villager_group"], number="2")
    assert caught.value.field == "number" and "第 2 村民小组已存在" in caught.value.zh
    _resolve(world, by_entity["household"], number=" 0009 ")
    _resolve(world, by_entity["villager_group"], name=" ")
    with world.town.sessions() as session:
        assert session.get(Household, household).number == "0009"
        assert session.get(VillagerGroup, group).name == "第1村民小组"
    assert check_store(world.town).ok
