"""Every search plan finds exactly the people a plain reading of the rule finds, in pinyin order.

The query picks its plan by what was typed (pinyin letter block, sparse or dense ID prefix,
name substring); whatever the plan, the answer must be the same as filtering everyone by hand.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lufeng_desktop.services import queries as q
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m


def _everyone(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    with reading(store) as session:
        p = m.Person
        return list(session.execute(
            select(p.id, p.name, p.name_pinyin, p.name_initials, p.id_number, p.phone).where(p.deleted_at.is_(None))
        ))  # fmt: skip


def _expected(people: list[tuple], typed: str) -> list[str]:
    if typed.isascii() and typed.isalpha():
        hits = [r for r in people if r.name_initials.startswith(typed) or r.name_pinyin.startswith(typed)]
    elif typed.isascii():
        n = len(typed)
        hits = [r for r in people if (r.id_number or "").startswith(typed) or (n <= q.LONGEST_ID_TAIL and (r.id_number or "").endswith(typed))
                or (n == 11 and r.phone == typed)]  # fmt: skip
    else:
        hits = [r for r in people if typed in r.name]
    return [r.id for r in sorted(hits, key=lambda r: (r.name_pinyin, r.name, r.id))]


def _found(store, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    flt = q.RegisterFilter(search=typed)
    total = q.count_people(store, flt)
    rows = [r.id for off in range(0, max(total, 1), 150) for r in q.page_people(store, flt, off, 150)]
    assert len(rows) == total, typed
    return rows


@pytest.mark.parametrize("sparse_below", [0, 5000])  # force the ordered scan, then allow the narrow-index plans
def test_each_plan_agrees_with_filtering_by_hand(small_demo, monkeypatch, sparse_below: int) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(q, "_SPARSE", sparse_below)
    people = _everyone(small_demo)
    someone = people[17]
    with_phone = next(r for r in people if r.phone and len(r.phone) == 11)
    typed_ids = [someone.id_number[:n] for n in (2, 6, 7, 9, 10, 12, 17)] + [someone.id_number[-n:] for n in range(1, 7)]
    letters = [someone.name_initials[:k] for k in (1, 2, 3)] + [someone.name_pinyin[:k] for k in (2, 4, 6)]
    names = [someone.name, someone.name[:1], someone.name[1:], someone.name[-1:], "陈", "海", "彧", "陈勇海"]
    for typed in [*typed_ids, *letters, "z", "zs", "x", *names, with_phone.phone, "1234", "99X"]:
        assert _found(small_demo, typed) == _expected(people, typed), typed


def test_a_renamed_or_new_person_is_found_by_any_part_of_the_new_name_only(village_store) -> None:  # type: ignore[no-untyped-def]
    """The name grams follow every write (migration 0007's triggers): add, rename, delete."""
    from lufeng_desktop.services.register import PersonInput, add_person, delete_person, update_person  # noqa: PLC0415

    actor = village_store.actor("测试")
    with reading(village_store) as session:
        village_id = session.scalars(select(m.Village.id)).one()
    first = add_person(village_store, actor, village_id=village_id, data=PersonInput(name="陈勇海", gender="男"))
    add_person(village_store, actor, village_id=village_id, data=PersonInput(name="林海燕", gender="女"))
    assert [r.name for r in q.search_people(village_store, "勇海")] == ["陈勇海"]
    assert [r.name for r in q.search_people(village_store, "海")] == ["陈勇海", "林海燕"]
    update_person(village_store, actor, person_id=first, data=PersonInput(name="陈志强", gender="男"))
    assert q.search_people(village_store, "勇海") == []
    assert [r.name for r in q.search_people(village_store, "志强")] == ["陈志强"]
    assert [r.name for r in q.search_people(village_store, "海")] == ["林海燕"]
    delete_person(village_store, actor, person_id=first, reason="迁出")
    assert q.search_people(village_store, "志强") == []
