"""Damage one table of a closed SQLite file the way a bad sector would: its schema stays readable."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def scribble_over_table(path: Path, table: str) -> None:
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
    finally:
        connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * 4)
