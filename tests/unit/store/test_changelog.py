"""Change capture: one change-log entry per changed row, in the same transaction as the change."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import ChangeLog, Village, VillagerGroup


def _entries(store: Store) -> list[ChangeLog]:
    with store.sessions() as session:
        return list(session.scalars(select(ChangeLog).order_by(ChangeLog.seq)))


def _village(store: Store) -> Village:
    with store.sessions() as session:
        return session.scalars(select(Village)).one()


def test_insert_update_delete_each_write_exactly_one_entry(village_store: Store) -> None:
    actor = village_store.actor("文书")
    village = _village(village_store)
    before = len(_entries(village_store))

    with unit_of_work(village_store, actor, "test.insert") as session:
        group = VillagerGroup(village_id=village.id, number=1, name="第一组", village_code=village.code)
        session.add(group)
    inserted = _entries(village_store)[before:]
    assert [(e.entity, e.op, e.base_version, e.new_version) for e in inserted] == [("villager_group", "insert", 0, 1)]
    assert inserted[0].row_id == group.id
    assert json.loads(inserted[0].payload)["name"] == "第一组"

    with unit_of_work(village_store, actor, "test.update") as session:
        session.get(VillagerGroup, group.id).name = "东门组"
    updated = _entries(village_store)[before + 1 :]
    assert [(e.op, e.base_version, e.new_version) for e in updated] == [("update", 1, 2)]
    assert json.loads(updated[0].payload)["name"] == "东门组"

    with unit_of_work(village_store, actor, "test.delete") as session:
        from lufeng_desktop.store.base import utcnow

        session.get(VillagerGroup, group.id).deleted_at = utcnow()
    deleted = _entries(village_store)[before + 2 :]
    assert [(e.op, e.base_version, e.new_version) for e in deleted] == [("delete", 2, 3)]
    assert json.loads(deleted[0].payload)["deleted_at"] is not None

    with village_store.sessions() as session:
        row = session.get(VillagerGroup, group.id)
        assert row is not None and row.version == 3  # the tombstone keeps the row
    sequences = [e.local_seq for e in _entries(village_store)]
    assert sequences == list(range(1, len(sequences) + 1))


def test_rolled_back_transaction_leaves_no_entry(village_store: Store) -> None:
    actor = village_store.actor("文书")
    village = _village(village_store)
    before = len(_entries(village_store))
    with pytest.raises(RuntimeError), unit_of_work(village_store, actor, "test.rollback") as session:
        session.add(VillagerGroup(village_id=village.id, number=2, name="二组", village_code=village.code))
        session.flush()  # the entry was written inside the transaction …
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == before + 1
        raise RuntimeError("clerk cancelled")
    assert len(_entries(village_store)) == before  # … and left with it
    with village_store.sessions() as session:
        assert session.scalars(select(VillagerGroup)).all() == []


def test_unmodified_rows_write_nothing(village_store: Store) -> None:
    actor = village_store.actor("文书")
    before = len(_entries(village_store))
    with unit_of_work(village_store, actor, "test.noop") as session:
        village = session.scalars(select(Village)).one()
        village.name = village.name  # same value: not a change
    assert len(_entries(village_store)) == before


def test_hard_delete_of_a_syncable_row_is_refused(village_store: Store) -> None:
    actor = village_store.actor("文书")
    with pytest.raises(StorageError) as caught, unit_of_work(village_store, actor, "test.hard_delete") as session:
        session.delete(session.scalars(select(Village)).one())
    assert caught.value.code == "hard_delete"
    with village_store.sessions() as session:
        assert session.scalars(select(Village)).one() is not None


def test_each_flush_logs_its_own_version(village_store: Store) -> None:
    actor = village_store.actor("文书")
    with unit_of_work(village_store, actor, "test.two_flushes") as session:
        village = session.scalars(select(Village)).one()
        village.name = "新寮一村"
        session.flush()
        village.name = "新寮二村"
    versions = [(e.base_version, e.new_version) for e in _entries(village_store) if e.entity == "village"]
    assert versions[-2:] == [(1, 2), (2, 3)]


def test_writing_without_an_actor_is_a_bug_not_a_silent_change(village_store: Store) -> None:
    with pytest.raises(RuntimeError, match="Actor"), village_store.sessions.begin() as session:
        session.scalars(select(Village)).one().name = "无名"
