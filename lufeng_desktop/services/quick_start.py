"""The register's first page for the window's first paint, read with the standard library's sqlite3 alone.

Importing SQLAlchemy and mapping the models takes about 0.4 s, several times what
Python and Qt need to put a window on screen. So at start-up the window shows the
first people (the register's default view: everyone, in pinyin order) from this
read while the database worker imports SQLAlchemy and opens the store properly
(migration, checks); the real register page takes over with the same rows.

Read-only and best-effort: any problem (no file, an older schema, a damaged page)
gives None and the start-up simply waits for the store, as before.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from lufeng_desktop.services import people_rows
from lufeng_desktop.services.people_rows import PersonRow

# services.queries.page_people(ALL, 0, limit, "name") from the same pieces (tests/unit/services/test_quick_start.py).
FIRST_PAGE_SQL = (
    f"SELECT p.id FROM person AS p {people_rows.LIVE_PEOPLE_INDEX} WHERE p.deleted_at IS NULL "
    f"ORDER BY {', '.join(f'{column} ASC' for column in (*people_rows.NAME_ORDER, 'p.id'))} LIMIT ?"
)


def first_people(db_path: Path, limit: int, day: date | None = None) -> list[PersonRow] | None:
    """The first ``limit`` live people in pinyin order with their table columns, or None if they cannot be read."""
    if not db_path.is_file():
        return None
    try:
        connection = sqlite3.connect(db_path, timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only = ON")  # this connection never writes, whatever happens
        ids = [row[0] for row in connection.execute(FIRST_PAGE_SQL, (limit,))]
        return people_rows.hydrate(connection.execute, ids, day or date.today())
    except (sqlite3.Error, ValueError):  # not (yet) our schema, damaged, busy: the store's own open will say
        return None
    finally:
        connection.close()
