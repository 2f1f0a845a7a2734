"""Driver-level statements for bulk applying: the SQL Core would emit, without Core's per-row work.

With Core, an ``executemany`` of a few hundred rows spent more time building
parameter dictionaries than SQLite spent writing them. These statements are
rendered once per table and connection dialect, and each value still passes
through the dialect's own bind processor (dates and booleans; for dates and
naive times the C ``isoformat`` where it is shown to give the same text) and
result processor, so the stored bytes and the values read back are exactly what
Core would have written and returned (tests/unit/sync/test_bulk_apply.py compares
against the village's own file).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.engine import Dialect

from lufeng_desktop.sync.rows import values_getter

_Processor = Callable[[Any], Any]


class TableStatements:
    """INSERT, UPDATE-by-id and SELECT-by-ids of one table, for one dialect."""

    def __init__(self, connection: Connection, table: Table, columns: Sequence[str] | None = None) -> None:
        self.connection = connection
        self.names, self._binders, self._readers, self.insert_sql, self.update_sql, self._select_sql = _compiled(
            connection.dialect, table, tuple(columns) if columns is not None else None
        )
        self._values = values_getter(self.names)

    def bind(self, name: str, value: Any) -> Any:
        """One value as the driver receives it."""
        i = self.names.index(name)
        return next((process(value) for j, process in self._binders if j == i), value)

    def params(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        return _bind(self._values, self._binders, row)

    def insert(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows bound by ``params`` (or ``row_binder``)."""
        batch = list(rows)
        if batch:
            self.connection.exec_driver_sql(self.insert_sql, batch)

    def update(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Every column of each bound row set by its id, in the given order (a row updated twice ends in its last state)."""
        where = self.names.index("id")
        batch = [(*row, row[where]) for row in rows]
        if batch:
            self.connection.exec_driver_sql(self.update_sql, batch)

    def select_by_ids(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The rows with these ids, typed as Core returns them."""
        if not ids:
            return {}
        sql = self._select_sql + f"({', '.join('?' * len(ids))})"
        found = {}
        for raw in self.connection.exec_driver_sql(sql, tuple(ids)):
            values = list(raw)
            for i, process in self._readers:
                values[i] = process(values[i])
            row = dict(zip(self.names, values, strict=True))
            found[row["id"]] = row
        return found


def row_binder(dialect: Dialect, table: Table) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """``TableStatements.params`` of ``table`` without a connection: the decoding worker binds rows ahead of the importer."""
    names, binders = _compiled(dialect, table, None)[:2]
    values = values_getter(names)
    return lambda row: _bind(values, binders, row)


def _bind(values: Callable[[Mapping[str, Any]], tuple[Any, ...]], binders: list[tuple[int, _Processor]], row: Mapping[str, Any]) -> tuple[Any, ...]:
    """The row's values in column order, each through its bind processor."""
    bound = list(values(row))
    for i, process in binders:
        bound[i] = process(bound[i])
    return tuple(bound)


_Compiled = tuple[list[str], list[tuple[int, _Processor]], list[tuple[int, _Processor]], str, str, str]
# Rendered statements and processors per dialect (one per open store), table and column list: an import of many
# small bundles made a new Applier per bundle, and rendering ~30 tables each time cost as much as a bundle's inserts.
_cache: weakref.WeakKeyDictionary[Dialect, dict[tuple[Table, tuple[str, ...] | None], _Compiled]] = weakref.WeakKeyDictionary()


def _compiled(dialect: Dialect, table: Table, columns: tuple[str, ...] | None) -> _Compiled:
    per_dialect = _cache.setdefault(dialect, {})
    found = per_dialect.get((table, columns))
    if found is None:
        found = per_dialect[(table, columns)] = _compile(dialect, table, columns)
    return found


def _compile(dialect: Dialect, table: Table, columns: tuple[str, ...] | None) -> _Compiled:
    quote = dialect.identifier_preparer.quote
    names = list(columns if columns is not None else (c.name for c in table.columns))
    impls = [table.c[name].type.dialect_impl(dialect) for name in names]
    binders = [(i, _quicker(p)) for i, impl in enumerate(impls) if (p := impl.bind_processor(dialect)) is not None]
    readers = [(i, p) for i, impl in enumerate(impls) if (p := impl.result_processor(dialect, None)) is not None]
    name, cols = quote(table.name), [quote(n) for n in names]
    return (
        names, binders, readers,
        f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
        f"UPDATE {name} SET {', '.join(f'{c} = ?' for c in cols)} WHERE {quote('id')} = ?",  # noqa: S608
        f"SELECT {', '.join(cols)} FROM {name} WHERE {quote('id')} IN ",  # noqa: S608
    )  # fmt: skip


_SAMPLE_TIMES = [datetime(2026, 11, 26, 8, 10, 14, 527331), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999), datetime(999, 5, 6, 7)]
_SAMPLE_DATES = [date(1976, 5, 24), date(1, 1, 1), date(9999, 12, 31)]


def _quicker(process: _Processor) -> _Processor:
    """The C ``isoformat`` in place of SQLite's DATETIME/DATE formatting, where it gives the same text (a third of the cost).

    Decided by comparing both on sample values; aware datetimes (which SQLite's format drops the zone of) keep the original.
    """
    try:
        if all(process(v) == v.isoformat(" ", "microseconds") for v in _SAMPLE_TIMES) and process(None) is None:

            def timestamp(value: Any) -> Any:
                if type(value) is datetime and value.tzinfo is None:
                    return value.isoformat(" ", "microseconds")
                return process(value)

            return timestamp
        if all(process(v) == v.isoformat() for v in _SAMPLE_DATES) and process(None) is None:

            def day(value: Any) -> Any:
                return value.isoformat() if type(value) is date else process(value)

            return day
    except (TypeError, ValueError, AttributeError):
        pass
    return process
