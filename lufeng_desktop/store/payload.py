"""Canonical JSON of a row: the one serialisation used by change capture, bulk loads and sync."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def row_payload(table: Table, values: Mapping[str, Any]) -> str:
    """Every column of ``table`` in sorted order, compact, UTF-8 kept readable for the town."""
    row = {column.name: _jsonable(values.get(column.name)) for column in table.columns}
    return json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
