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


@pytest.mark.parametrize("sparse_below", [0, 5000])  # force the pinyin-ordered scan, then allow the ID-number-index plan
def test_each_plan_agrees_with_filtering_by_hand(small_demo, monkeypatch, sparse_below: int) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(q, "_SPARSE", sparse_below)
    people = _everyone(small_demo)
    someone = people[17]
    typed_ids = [someone.id_number[:n] for n in (2, 6, 7, 9, 10, 12, 17)] + [someone.id_number[-4:], someone.id_number[-6:]]
    letters = [someone.name_initials[:k] for k in (1, 2, 3)] + [someone.name_pinyin[:k] for k in (2, 4, 6)]
    for typed in [*typed_ids, *letters, "z", "zs", "x", someone.name[:1], someone.name[1:]]:
        assert _found(small_demo, typed) == _expected(people, typed), typed
