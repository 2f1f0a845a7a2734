"""The engine's promises: pragmas on every connection, no silent empty databases, transactional DDL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from lufeng_desktop.store.engine import make_engine


def test_every_pooled_connection_has_the_safety_pragmas(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db", create=True)
    connections = [engine.connect() for _ in range(5)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert connection.exec_driver_sql("PRAGMA temp_store").scalar() == 2
    finally:
        for connection in connections:
            connection.close()
        engine.dispose()


def test_opening_a_missing_file_fails_instead_of_creating_it(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    engine = make_engine(path)
    with pytest.raises(OperationalError):
        engine.connect()
    assert not path.exists()


def test_schema_changes_roll_back_with_the_transaction(tmp_path: Path) -> None:
    """Without the BEGIN fix pysqlite autocommits DDL and a failed migration half-applies."""
    engine = make_engine(tmp_path / "ddl.db", create=True)
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE half (id INTEGER)"))
        raise RuntimeError("migration step failed")
    with engine.connect() as connection:
        tables = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE name='half'").all()
    engine.dispose()
    assert tables == []


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "fk.db", create=True)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
        connection.execute(text("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id))"))
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as connection:
        connection.execute(text("INSERT INTO child VALUES (42)"))
    engine.dispose()
