"""Change capture: every flush of syncable rows writes change-log entries in the same transaction.

``before_flush`` stamps the ids, versions, timestamps and device (so the UPDATE
carries the new version); ``after_flush`` then serialises the rows — by then
foreign keys set through relationships are filled in — and inserts one entry
per changed row through the session's own connection. A rollback takes the
entries with it, because they were never anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.store.base import Syncable, new_id, utcnow
from lufeng_desktop.store.models import ChangeLog
from lufeng_desktop.store.payload import row_payload

ACTOR_KEY = "lufeng.actor"
PENDING_KEY = "lufeng.pending_changes"
CHANGED_KEY = "lufeng.changed_rows"  # (entity, row_id, op) of the whole transaction, for the audit entry

INSERT, UPDATE, DELETE = "insert", "update", "delete"


def install(factory: sessionmaker[Session]) -> None:
    from sqlalchemy import event  # noqa: PLC0415

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_soft_rollback", _after_rollback)


def actor_of(session: Session) -> Actor:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("a session that writes syncable rows must carry an Actor (services.unit_of_work)")
    return actor


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending: list[tuple[Syncable, str, int]] = []
    session.info[PENDING_KEY] = pending
    syncable_deleted = [obj for obj in session.deleted if isinstance(obj, Syncable)]
    if syncable_deleted:
        raise StorageError(
            "记录不能直接删除，只能标记为已删除", "syncable rows are never hard-deleted; set a tombstone", code="hard_delete"
        )
    new = [obj for obj in session.new if isinstance(obj, Syncable)]
    dirty = [
        obj
        for obj in session.dirty
        if isinstance(obj, Syncable) and session.is_modified(obj, include_collections=False)
    ]
    if not new and not dirty:
        return
    actor = actor_of(session)
    now = utcnow()
    for obj in new:
        if obj.id is None:
            obj.id = new_id()
        obj.version, obj.created_at = 1, now
        _stamp(obj, actor, now)
        pending.append((obj, INSERT, 0))
    for obj in dirty:
        base = obj.version
        obj.version = base + 1
        _stamp(obj, actor, now)
        pending.append((obj, _update_kind(obj), base))


def _stamp(obj: Syncable, actor: Actor, now: Any) -> None:
    obj.updated_at = now
    obj.updated_by_device = actor.device_id


def _update_kind(obj: Syncable) -> str:
    history = inspect(obj).attrs.deleted_at.history
    now_deleted = bool(history.added) and history.added[0] is not None
    was_deleted = bool(history.deleted) and history.deleted[0] is not None
    return DELETE if now_deleted and not was_deleted else UPDATE


def _after_flush(session: Session, _context: Any) -> None:
    pending: list[tuple[Syncable, str, int]] = session.info.pop(PENDING_KEY, [])
    if not pending:
        return
    actor = actor_of(session)
    connection = session.connection()
    start = next_local_seq(connection, actor)
    entries = [
        change_entry(type(obj).__table__, _column_values(obj), op, base, actor, start + i)
        for i, (obj, op, base) in enumerate(pending)
    ]
    connection.execute(ChangeLog.__table__.insert(), entries)
    changed = session.info.setdefault(CHANGED_KEY, [])
    changed.extend((entry["entity"], entry["row_id"], entry["op"]) for entry in entries)


def _after_rollback(session: Session, _previous_transaction: Any) -> None:
    session.info.pop(PENDING_KEY, None)
    session.info.pop(CHANGED_KEY, None)


def _column_values(obj: Syncable) -> dict[str, Any]:
    mapper = inspect(type(obj))
    return {column.name: getattr(obj, attr.key) for attr in mapper.column_attrs for column in attr.columns}


def next_local_seq(connection: Any, actor: Actor) -> int:
    current = connection.execute(
        select(func.max(ChangeLog.local_seq)).where(
            ChangeLog.device_id == actor.device_id, ChangeLog.epoch == actor.epoch
        )
    ).scalar()
    return (current or 0) + 1


def change_entry(
    table: Any, values: Mapping[str, Any], op: str, base_version: int, actor: Actor, local_seq: int
) -> dict[str, Any]:
    """One change-log row; shared by ORM capture and bulk loads so both write the same shape."""
    return {
        "change_id": new_id(),
        "entity": table.name,
        "row_id": values["id"],
        "village_code": values["village_code"],
        "base_version": base_version,
        "new_version": values["version"],
        "op": op,
        "payload": row_payload(table, values),
        "device_id": actor.device_id,
        "epoch": actor.epoch,
        "local_seq": local_seq,
        "recorded_at": utcnow(),
    }


def bulk_insert_with_changes(connection: Any, table: Any, rows: Iterable[dict[str, Any]], actor: Actor) -> int:
    """Insert new rows (already stamped with id/version 1) plus their change-log entries, in one go."""
    rows = list(rows)
    if not rows:
        return 0
    start = next_local_seq(connection, actor)
    connection.execute(table.insert(), rows)
    connection.execute(
        ChangeLog.__table__.insert(),
        [change_entry(table, row, INSERT, 0, actor, start + i) for i, row in enumerate(rows)],
    )
    return len(rows)
