"""Row dictionaries for bulk loading, complete with every column so the change-log payload equals the row."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Table

from lufeng_desktop.store.base import Base

SYNC_COLUMNS = ("id", "village_code", "version", "created_at", "updated_at", "updated_by_device", "deleted_at")


class RowBatch:
    """Collects rows per table; ``tables()`` yields them parents-first for insertion."""

    def __init__(self, rng: random.Random, device_id: str, now: datetime) -> None:
        self.rng = rng
        self.device_id = device_id
        self.now = now
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: Table, village_code: str, **values: Any) -> str:
        row_id = values.pop("id", None) or self.new_id()
        row: dict[str, Any] = {
            "id": row_id,
            "village_code": village_code,
            "version": 1,
            "created_at": self.now,
            "updated_at": self.now,
            "updated_by_device": self.device_id,
            "deleted_at": None,
        }
        for column in table.columns:
            if column.name in row:
                continue
            if column.name in values:
                row[column.name] = values.pop(column.name)
            elif column.default is not None and column.default.is_scalar:
                row[column.name] = column.default.arg
            elif column.nullable:
                row[column.name] = None
            else:
                raise KeyError(f"{table.name}.{column.name} needs a value")
        if values:
            raise KeyError(f"unknown columns for {table.name}: {sorted(values)}")
        self.rows[table.name].append(row)
        return row_id

    def tables(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [(table, self.rows[table.name]) for table in Base.metadata.sorted_tables if self.rows.get(table.name)]

    def count(self, table: Table) -> int:
        return len(self.rows.get(table.name, ()))
