"""Register services: what a clerk types is normalised, checked and explained, then saved with its audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.core.idcard import make_id_number
from lufeng_desktop.services import register
from lufeng_desktop.services.register import PersonInput
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import ChangeLog, Person, Village

TODAY = date(2026, 11, 26)
ZHANG_ID = make_id_number("441581", date(1985, 3, 2), 12, "男")


@pytest.fixture
def village(village_store: Store) -> tuple[Store, str, str]:
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    group_id = register.add_group(village_store, village_store.actor("文书"), village_id=village_id, number=1)
    return village_store, village_id, group_id


def test_a_person_typed_the_messy_way_is_stored_clean(village: tuple[Store, str, str]) -> None:
    store, village_id, group_id = village
    household_id = register.add_household(store, store.actor("文书"), group_id=group_id, number="010001")
    typed_id = ZHANG_ID[:-1].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + ZHANG_ID[-1].lower()
    person_id = register.add_person(
        store, store.actor("文书"), village_id=village_id, today=TODAY,
        data=PersonInput(name=" 张  三 ", id_number=f" {typed_id} ", phone="138-1234-5678", group_id=group_id,
                         household_id=household_id, relation_to_head="户主"),
    )  # fmt: skip
    with store.sessions() as session:
        person = session.get(Person, person_id)
    assert person is not None
    assert (person.name, person.id_number, person.phone) == ("张三", ZHANG_ID, "13812345678")
    assert (person.gender, person.birth_date) == ("男", date(1985, 3, 2))  # derived from the ID number
    assert (person.name_initials, person.name_pinyin) == ("zs", "zhangsan")


def test_names_outside_the_basic_plane_are_kept_whole(village: tuple[Store, str, str]) -> None:
    store, village_id, _group = village
    person_id = register.add_person(store, store.actor("文书"), village_id=village_id, today=TODAY,
                                    data=PersonInput(name="陈𬱖", gender="女", birth_date=date(1990, 5, 6)))  # fmt: skip
    with store.sessions() as session:
        assert session.get(Person, person_id).name == "陈𬱖"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("data", "field", "phrase"),
    [
        (PersonInput(name="张三", id_number=ZHANG_ID[:-1] + ("0" if ZHANG_ID[-1] != "0" else "1")), "id_number", "校验码"),
        (PersonInput(name="张三", id_number=ZHANG_ID, gender="女"), "gender", "性别与身份证号不符"),
        (PersonInput(name="张三", id_number=ZHANG_ID, birth_date=date(1985, 3, 3)), "birth_date", "出生日期与身份证号不符"),
        (PersonInput(name="张三", gender="男", phone="1381234567"), "phone", ""),
        (PersonInput(name="张三"), "gender", "性别"),
        (PersonInput(name="张三3", gender="男"), "name", ""),
        (PersonInput(name="李四", gender="男", birth_date=date(2027, 1, 1)), "birth_date", "晚于今天"),
    ],
)
def test_bad_input_is_refused_with_the_field_named(village: tuple[Store, str, str], data: PersonInput, field: str, phrase: str) -> None:
    store, village_id, _group = village
    with pytest.raises(ValidationError) as caught:
        register.add_person(store, store.actor("文书"), village_id=village_id, data=data, today=TODAY)
    assert caught.value.field == field
    assert phrase in caught.value.zh
    with store.sessions() as session:
        assert session.scalars(select(Person)).all() == []


def test_the_same_id_number_cannot_be_registered_twice(village: tuple[Store, str, str]) -> None:
    store, village_id, _group = village
    register.add_person(store, store.actor("文书"), village_id=village_id, today=TODAY, data=PersonInput(name="张三", id_number=ZHANG_ID))
    with pytest.raises(ValidationError, match="已登记在 张三 名下"):
        register.add_person(store, store.actor("文书"), village_id=village_id, today=TODAY, data=PersonInput(name="张叁", id_number=ZHANG_ID))


def test_update_and_soft_delete_keep_history(village: tuple[Store, str, str]) -> None:
    store, village_id, _group = village
    actor = store.actor("文书")
    person_id = register.add_person(store, actor, village_id=village_id, today=TODAY, data=PersonInput(name="张三", id_number=ZHANG_ID))
    register.update_person(store, actor, person_id=person_id, today=TODAY,
                           data=PersonInput(name="张三丰", id_number=ZHANG_ID, phone="13912345678"))  # fmt: skip
    register.delete_person(store, actor, person_id=person_id, reason="户籍迁出")
    with store.sessions() as session:
        person = session.get(Person, person_id)
        ops = [(c.op, c.new_version) for c in session.scalars(select(ChangeLog).where(ChangeLog.row_id == person_id).order_by(ChangeLog.seq))]
    assert person is not None and person.deleted_at is not None and person.name == "张三丰"
    assert ops == [("insert", 1), ("update", 2), ("delete", 3)]
    with pytest.raises(NotFoundError):
        register.update_person(store, actor, person_id=person_id, data=PersonInput(name="张三", id_number=ZHANG_ID), today=TODAY)
    # the number is free again once its holder is deleted
    register.add_person(store, actor, village_id=village_id, today=TODAY, data=PersonInput(name="张三", id_number=ZHANG_ID))


def test_deleting_needs_a_reason(village: tuple[Store, str, str]) -> None:
    store, village_id, _group = village
    person_id = register.add_person(store, store.actor("文书"), village_id=village_id, today=TODAY, data=PersonInput(name="张三", gender="男"))
    with pytest.raises(ValidationError, match="删除原因"):
        register.delete_person(store, store.actor("文书"), person_id=person_id, reason="  ")


def test_duplicate_group_numbers_are_refused(village: tuple[Store, str, str]) -> None:
    store, village_id, _group = village
    with pytest.raises(ValidationError, match="第 1 村民小组已存在"):
        register.add_group(store, store.actor("文书"), village_id=village_id, number=1)
