"""The conflict queue: both versions side by side, a person chooses local, remote or a merge.

The answer is written as a new change (version above both sides) after the
register's validation and derivations (services.conflict_checks), through the
same Core path as remote changes, logged under this device, and travels back
to the village in the next return bundle.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.services import conflict_checks
from lufeng_desktop.services.enrolment import transaction
from lufeng_desktop.store.base import new_id, utcnow
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import SyncConflict
from lufeng_desktop.store.payload import row_payload
from lufeng_desktop.sync.apply import META_COLUMNS, write_row
from lufeng_desktop.sync.changes import decode_row, tables_by_name
from lufeng_desktop.sync.errors import BundleError

CHOICES = ("local", "remote", "merged")
_NAME_COLUMNS = ("name", "title", "original_name", "description", "caption", "code")


def display_name(table_name: str, row: dict[str, Any] | None) -> str:
    """How a row is named for a person: a household by its number, a matter by number and title, else its name."""
    if not row:
        return ""
    if table_name == "household":
        return str(row.get("number") or "")
    if table_name == "matter":
        return f"{row.get('number') or ''} {row.get('title') or ''}".strip()
    if table_name == "matter_step":
        return f"{row.get('kind') or ''} {row.get('held_on') or ''}".strip()
    for column in _NAME_COLUMNS:
        if row.get(column):
            return str(row[column])
    return str(row.get("id", ""))[:8]


def list_conflicts(store: Store, *, status: str | None = "open") -> list[dict[str, Any]]:
    with store.sessions() as session:
        query = select(SyncConflict).order_by(SyncConflict.created_at)
        if status:
            query = query.where(SyncConflict.status == status)
        return [_summary(c) for c in session.scalars(query)]


def _summary(c: SyncConflict) -> dict[str, Any]:
    return {"id": c.id, "entity": c.entity, "row_id": c.row_id, "village_code": c.village_code, "reason": c.reason,
            "title": display_name(c.entity, json.loads(c.remote_payload)),
            "status": c.status, "local_version": c.local_version, "remote_base_version": c.remote_base_version,
            "remote_new_version": c.remote_new_version, "remote_device": c.remote_device_id,
            "created_at": c.created_at.isoformat(timespec="seconds"), "choice": c.choice}  # fmt: skip


def _find(session: Any, conflict_id: str) -> SyncConflict:
    rows = session.scalars(select(SyncConflict).where(SyncConflict.id.startswith(conflict_id.strip()))).all() if conflict_id.strip() else []
    if len(rows) != 1:
        raise NotFoundError(f"找不到冲突 {conflict_id}", f"no single conflict matches {conflict_id}")
    return rows[0]


def show_conflict(store: Store, conflict_id: str) -> dict[str, Any]:
    with store.sessions() as session:
        c = _find(session, conflict_id)
        local = json.loads(c.local_payload) if c.local_payload else None
        remote = json.loads(c.remote_payload)
        fields = sorted(set(remote) | set(local or {}))
        differing = [f for f in fields if f not in META_COLUMNS and (local or {}).get(f) != remote.get(f)]
        return {**_summary(c), "local": local, "remote": remote, "differing": differing,
                "resolution": json.loads(c.resolution_payload) if c.resolution_payload else None}  # fmt: skip


def resolve_conflict(store: Store, actor: Actor, conflict_id: str, *, choice: str, values: dict[str, str] | None = None) -> dict[str, Any]:
    if choice not in CHOICES:
        raise ValidationError("只能选择 local、remote 或 merged", "choose local, remote or merged", field="choice")
    if values and choice != "merged":
        raise ValidationError("只有合并（merged）时才能改字段", "field values can only be given with merged", field="set")
    detail: dict[str, Any] = {"choice": choice}
    with transaction(store, actor, "handover.resolve_conflict", detail) as session:
        c = _find(session, conflict_id)
        if c.status != "open":
            raise ValidationError("这个冲突已经处理过了", "this conflict is already resolved", field="conflict")
        table = tables_by_name()[c.entity]
        connection = session.connection()
        current = connection.execute(select(table).where(table.c.id == c.row_id)).mappings().first()
        remote = decode_row(table, c.remote_payload, where=c.entity)
        base: dict[str, Any] = dict(current) if (choice == "local" or choice == "merged" and current is not None) else dict(remote)
        if choice == "local" and current is None:
            raise ValidationError("本地没有这条记录，只能选择 remote 或 merged", "there is no local row; choose remote or merged", field="choice")
        derived = conflict_checks.DERIVED.get(c.entity, frozenset())
        for name, text in (values or {}).items():
            zh, en = conflict_checks.field_name(name)
            if name not in table.c:
                raise ValidationError(f"不能修改“{zh}”：没有这个字段", f"{en} cannot be set: there is no such field", field=name)
            if name in META_COLUMNS or name == "id" or name in derived:
                raise ValidationError(f"不能修改“{zh}”：由程序自动填写", f"{en} cannot be set: the program fills it in", field=name)
            base[name] = _parse_value(table.c[name], text)
        local_version = current["version"] if current is not None else 0
        version = max(local_version, c.remote_new_version) + 1
        row = {**base, "id": c.row_id, "version": version, "updated_at": utcnow(), "updated_by_device": actor.device_id,
               "village_code": current["village_code"] if current is not None else remote["village_code"]}  # fmt: skip
        row = conflict_checks.checked_row(session, table, row, changed=frozenset(values or ()))  # the register's validation, derived fields recomputed
        try:
            decode_row(table, row_payload(table, row), where=c.entity)  # the merged row must be one the town would accept
        except BundleError as exc:
            raise ValidationError(exc.zh, exc.en, field="set") from None
        change_id = new_id()
        op = "insert" if current is None else ("delete" if row["deleted_at"] is not None and current["deleted_at"] is None else "update")
        write_row(connection, actor, table, row, base_version=local_version, change_id=change_id, op=op)
        c.status, c.choice, c.resolved_at, c.resolved_by = "resolved", choice, utcnow(), actor.user_name
        c.resolution_change_id, c.resolution_version, c.resolution_payload = change_id, version, row_payload(table, row)
        detail.update({"conflict": c.id, "entity": c.entity, "row_id": c.row_id, "version": version})
    return {"id": c.id, "choice": choice, "version": version, "change_id": change_id}


def _parse_value(column: Any, text: str) -> Any:
    if text == "" and column.nullable:
        return None
    python_type = column.type.python_type
    try:
        if python_type is bool:
            return text.strip().lower() in ("1", "true", "yes", "是")
        if python_type is int:
            return int(text)
        if python_type is date:
            return date.fromisoformat(text)
        if python_type is datetime:
            return datetime.fromisoformat(text)
    except ValueError:
        zh, en = conflict_checks.field_name(column.name)
        raise ValidationError(f"“{zh}”的值无效：{text[:40]}", f"invalid value for {en}: {text[:40]}", field=column.name) from None
    return text
