"""The start-up preview: the register's first page read with sqlite3 alone, before SQLAlchemy is imported."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from lufeng_desktop.services import queries
from lufeng_desktop.services.quick_start import first_people
from lufeng_desktop.store.database import Store


def test_the_preview_is_exactly_the_register_first_page(small_demo: Store) -> None:
    expected = queries.page_people(small_demo, queries.ALL, 0, 200)
    assert len(expected) == 200
    assert first_people(small_demo.path, 200) == expected  # every column, roles and ages included
    assert first_people(small_demo.path, 7) == expected[:7]


def test_anything_unreadable_gives_no_preview_and_is_left_alone(tmp_path: Path) -> None:
    assert first_people(tmp_path / "missing.db", 200) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 300)
    assert first_people(junk, 200) is None
    assert junk.read_bytes() == b"this is not sqlite" * 300
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()  # a database, but not ours (or not yet migrated)
    assert first_people(empty, 200) is None


def test_the_window_and_its_preview_load_without_sqlalchemy() -> None:
    """What start-up imports before the window shows must not pull in SQLAlchemy (about 0.4 s)."""
    code = (
        "import sys\n"
        "import lufeng_desktop.app, lufeng_desktop.gui.app_setup, lufeng_desktop.gui.startup, lufeng_desktop.gui.errors\n"
        "import lufeng_desktop.gui.main_window, lufeng_desktop.gui.pages.register_preview, lufeng_desktop.services.quick_start\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
