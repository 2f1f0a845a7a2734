"""A conflict as a person reads it: fields in the table's order, references shown by name, bookkeeping apart.

Rows refer to others by UUID; the town clerk needs "第3村民小组" or household "0012",
so each reference is looked up (in either version) and shown by its name, with the
name → id map kept so a merged value may be typed as either. Derived and
bookkeeping columns come last and cannot be edited. No value is logged.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select

from lufeng_desktop.services.conflict_checks import DERIVED
from lufeng_desktop.services.conflicts import display_name, show_conflict
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Village
from lufeng_desktop.sync.apply import META_COLUMNS
from lufeng_desktop.sync.changes import tables_by_name

DATA, DERIVED_KIND, META = "data", "derived", "meta"


def conflict_fields(store: Store, conflict_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The conflict (with ``title`` and ``village_name``) and one row per field: the town's, the village's, the merge."""
    info = show_conflict(store, conflict_id)
    table = tables_by_name()[info["entity"]]
    local, remote = info["local"] or {}, info["remote"]
    start = local if info["local"] is not None else remote
    derived = DERIVED.get(table.name, frozenset())
    with store.sessions() as session:
        names = _reference_names(session, table, (local, remote))
        village = session.scalars(select(Village.name).where(Village.code == info["village_code"])).first()
    rows = []
    for column in table.columns:
        name = column.name
        kind = META if name in META_COLUMNS or name == "id" else DERIVED_KIND if name in derived else DATA
        refs = {names[v]: v for v in {local.get(name), remote.get(name)} if v in names} if column.foreign_keys else {}

        def shown(values: dict[str, Any], name: str = name) -> str:
            value = values.get(name)
            return names.get(value, _text(value)) if column.foreign_keys else _text(value)  # noqa: B023

        rows.append({"field": name, "kind": kind, "local": shown(local) if info["local"] is not None else "—",
                     "remote": shown(remote), "start": shown(start), "merged": shown(start), "refs": refs,
                     "differs": name in info["differing"], "editable": kind == DATA})  # fmt: skip
    rows.sort(key=lambda r: (r["kind"] != DATA, r["kind"] == META))
    info["title"] = display_name(table.name, remote if remote.get("deleted_at") is None or not local else local)
    info["village_name"] = village or ""
    return info, rows


def _reference_names(session: Any, table: Table, versions: tuple[dict[str, Any], ...]) -> dict[str, str]:
    """id → display name of every row either version refers to; the same name for two rows gets the ids' starts."""
    names: dict[str, str] = {}
    for column in table.columns:
        if not column.foreign_keys or column.name == "id":
            continue
        target = next(iter(column.foreign_keys)).column.table
        wanted = {v[column.name] for v in versions if v.get(column.name)}
        if wanted:
            for found in session.execute(select(target).where(target.c.id.in_(wanted))).mappings():
                names[found["id"]] = display_name(target.name, dict(found)) or found["id"][:8]
    seen: dict[str, list[str]] = {}
    for row_id, text in names.items():
        seen.setdefault(text, []).append(row_id)
    for text, ids in seen.items():
        if len(ids) > 1:
            for row_id in ids:
                names[row_id] = f"{text} ({row_id[:8]})"
    return names


def _text(value: Any) -> str:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
