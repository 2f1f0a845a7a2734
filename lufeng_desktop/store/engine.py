"""The SQLite engine: WAL, synchronous=FULL, foreign keys, busy timeout, transactional DDL.

pysqlite on Python 3.11 neither emits BEGIN before DDL nor honours SAVEPOINTs, so
a migration could half-apply; SQLAlchemy's documented fix is to switch the driver
to autocommit and emit BEGIN ourselves on every transaction start.
The database is opened with ``mode=rw`` unless creation was asked for, so a
missing file is an error instead of a silently created empty database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA temp_store=MEMORY",
)


def make_engine(path: Path, *, create: bool = False, echo: bool = False) -> Engine:
    mode = "rwc" if create else "rw"
    url = f"sqlite+pysqlite:///file:{quote(str(path))}?mode={mode}&uri=true"
    engine = create_engine(url, echo=echo)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _on_error(context: ExceptionContext) -> None:
    """A COMMIT that SQLite refuses (a deferred foreign key, sync/apply.py) leaves its transaction open, while
    SQLAlchemy counts it as ended: roll it back, or the next BEGIN on this connection fails. A pooled connection is
    rolled back when it goes back to the pool anyway; a held one (a town batch, sync/batch.py) is not."""
    raw = context.connection.connection.driver_connection if context.connection is not None else None
    if context.statement is None and isinstance(raw, sqlite3.Connection) and raw.in_transaction:
        raw.rollback()
