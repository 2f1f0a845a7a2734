"""The audit log: every service action is recorded, the chain links, and the past cannot be rewritten."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select

from lufeng_desktop.services import register
from lufeng_desktop.store import audit
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import AuditEntry, Village


def _entries(store: Store) -> list[AuditEntry]:
    with store.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def test_each_service_action_appends_one_linked_entry_naming_its_rows(village_store: Store) -> None:
    actor = village_store.actor("陈文书")
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    group_id = register.add_group(village_store, actor, village_id=village_id, number=1)
    entries = _entries(village_store)
    assert [e.action for e in entries] == ["register.init_village", "register.add_group"]
    last = entries[-1]
    assert last.user_name == "陈文书" and last.device_id == actor.device_id
    assert json.loads(last.detail)["rows"] == [{"entity": "villager_group", "id": group_id, "op": "insert"}]
    assert last.prev_hash == entries[0].hash
    with village_store.sessions() as session:
        report = audit.verify_session(session)
        assert report.ok and report.entries == 2 and report.head == last.hash == audit.head(session)


def test_a_failed_action_leaves_no_audit_entry(village_store: Store) -> None:
    actor = village_store.actor("陈文书")
    with pytest.raises(Exception, match="小组编号"):
        register.add_group(village_store, actor, village_id="no-such-village", number=0)
    assert len(_entries(village_store)) == 1


def test_the_database_refuses_to_edit_or_delete_audit_entries(village_store: Store) -> None:
    connection = sqlite3.connect(village_store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_log SET user_name = '别人'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM audit_log")
    finally:
        connection.close()


def test_tampering_that_bypasses_the_triggers_is_detected(village_store: Store) -> None:
    actor = village_store.actor("陈文书")
    with village_store.sessions() as session:
        village_id = session.scalars(select(Village.id)).one()
    register.add_group(village_store, actor, village_id=village_id, number=1)
    register.add_group(village_store, actor, village_id=village_id, number=2)
    connection = sqlite3.connect(village_store.path)
    try:  # someone with a raw SQLite tool drops the trigger and rewrites who did it
        connection.execute("DROP TRIGGER audit_log_no_update")
        connection.execute("UPDATE audit_log SET user_name = '别人' WHERE seq = 2")
        connection.commit()
    finally:
        connection.close()
    with village_store.sessions() as session:
        report = audit.verify_session(session)
    assert not report.ok and report.broken_at == 2
