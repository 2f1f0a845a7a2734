"""Foundation benchmarks: demo generation at Lufeng scale vs raw sqlite3, and counting/paging 300,000 people."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, tuple_

from lufeng_desktop.services.admin import checkpoint
from lufeng_desktop.services.demo.generate import generate
from lufeng_desktop.store.database import open_store
from lufeng_desktop.store.models import Person

PAGE = 500


def _raw_baseline(source: Path, target: Path) -> tuple[float, int]:
    """The same rows (every table, change log included) inserted with plain sqlite3 executemany."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA synchronous=FULL")
    tables = src.execute("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall()
    for _name, sql in tables:
        dst.execute(sql)
    indexes = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")]
    for sql in indexes:
        dst.execute(sql)
    dst.commit()
    data = {name: src.execute(f'SELECT * FROM "{name}"').fetchall() for name, _sql in tables}  # noqa: S608
    src.close()
    rows = 0
    started = time.perf_counter()
    dst.execute("BEGIN")
    for name, values in data.items():
        if values:
            marks = ",".join("?" * len(values[0]))
            dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)  # noqa: S608
            rows += len(values)
    dst.commit()
    seconds = time.perf_counter() - started
    dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    dst.close()
    return seconds, rows


def run() -> list[dict]:
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        # `make bench` names an empty folder here so the GUI benchmark reuses this generation (saves ~70 s).
        shared = os.environ.get("LUFENG_BENCH_LUFENG_DIR")
        folder = Path(shared) if shared and not Path(shared).exists() else Path(tmp) / "lufeng"
        store = open_store(folder, create=True)
        started = time.perf_counter()
        summary = generate(store, store.actor("bench"), scale="lufeng", seed=1)
        generation = time.perf_counter() - started
        raw_seconds, raw_rows = _raw_baseline(store.path, Path(tmp) / "raw.db")
        checkpoint(store)
        rows.append({"name": f"demo --scale lufeng ({raw_rows:,} rows incl. change log)", "value": generation,
                     "unit": "s", "baseline": raw_seconds, "note": "baseline: sqlite3 executemany of the same rows"})  # fmt: skip
        size = store.path.stat().st_size
        rows.append({"name": "database size at lufeng scale", "value": round(size / 2**20, 1), "unit": "MiB",
                     "baseline": round((Path(tmp) / "raw.db").stat().st_size / 2**20, 1),
                     "note": f"{summary.counts['person']:,} people"})  # fmt: skip

        with store.sessions() as session:
            started = time.perf_counter()
            total = session.scalar(select(func.count()).select_from(Person).where(Person.deleted_at.is_(None)))
            rows.append({"name": f"count {total:,} people", "value": (time.perf_counter() - started) * 1000, "unit": "ms"})
            started, last, pages, seen = time.perf_counter(), ("", ""), 0, 0
            while True:  # keyset paging in name order, as a table view scrolls
                page = session.execute(
                    select(Person.name, Person.id).where(Person.deleted_at.is_(None), tuple_(Person.name, Person.id) > tuple_(*last))
                    .order_by(Person.name, Person.id).limit(PAGE)
                ).all()  # fmt: skip
                if not page:
                    break
                last, pages, seen = (page[-1][0], page[-1][1]), pages + 1, seen + len(page)
            elapsed = time.perf_counter() - started
        assert seen == total
        rows.append({"name": f"page through {seen:,} people ({pages} pages of {PAGE})", "value": elapsed, "unit": "s",
                     "note": f"{elapsed / pages * 1000:.2f} ms per page"})  # fmt: skip
        store.dispose()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
