"""Handover benchmarks: a whole village through export and town import, and a town taking many villages' bundles.

Rates are changes per second, beside raw sqlite3 executemany of the same rows
into a table with the same schema and indexes, measured in the same run
(issue #6 goal: import at least a quarter of the raw rate, decryption and
verification included). The import runs on three fresh copies of the town and
the medians are reported: the machine is shared and single runs wander.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from handover_kit import USER  # noqa: E402

from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number  # noqa: E402
from lufeng_desktop.services import register  # noqa: E402
from lufeng_desktop.services.admin import create_village_database  # noqa: E402
from lufeng_desktop.services.bundle_import import import_files  # noqa: E402
from lufeng_desktop.services.enrolment import enrol, town_init, write_enrolment_file  # noqa: E402
from lufeng_desktop.services.handover import export_bundles  # noqa: E402
from lufeng_desktop.store.database import open_store  # noqa: E402

TOWN = "441581004"
PEOPLE_PER_VILLAGE = 800
VILLAGES = 12
RUNS = 3
SURNAMES = "陈林黄蔡郑彭吴李张王"
GIVEN = "伟强明华建国志勇丽娟秀英燕玲芳婷"


def _village(root: Path, town: object, index: int) -> Path:
    code = f"{TOWN}{201 + index:03d}"
    folder = root / f"v{index}"
    write_enrolment_file(town, town.actor(USER), village_code=code, out=root / f"enrol-{index}.json")  # type: ignore[attr-defined]
    store, village_id = create_village_database(folder, village_code=code, village_name=f"第{index + 1}村", user_name=USER)
    try:
        actor = store.actor(USER)
        enrol(store, actor, root / f"enrol-{index}.json")
        group_id = register.add_group(store, actor, village_id=village_id, number=1)
        for n in range(PEOPLE_PER_VILLAGE):
            birth = date(1950, 1, 1) + timedelta(days=(n * 37 + index * 11) % 20000)
            gender = "男" if n % 2 else "女"
            name = SURNAMES[n % 10] + GIVEN[(n // 10) % 16] + GIVEN[(n // 160) % 16]
            register.add_person(store, actor, village_id=village_id, data=register.PersonInput(
                name=name, id_number=make_id_number(LUFENG_REGION_CODE, birth, n % 500, gender), group_id=group_id))  # fmt: skip
    finally:
        store.dispose()
    return folder


def _raw_rate(town_db: Path) -> float:
    """The town's person rows inserted again with plain sqlite3 into the same schema and indexes."""
    src = sqlite3.connect(town_db)
    schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE tbl_name='person' AND sql IS NOT NULL")]
    rows = src.execute("SELECT * FROM person").fetchall()
    src.close()
    with tempfile.TemporaryDirectory() as tmp:
        dst = sqlite3.connect(Path(tmp) / "raw.db")
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("PRAGMA synchronous=FULL")
        for sql in schema:
            dst.execute(sql)
        dst.execute("PRAGMA foreign_keys=OFF")
        marks = ",".join("?" * len(rows[0]))
        started = time.perf_counter()
        dst.executemany(f"INSERT INTO person VALUES ({marks})", rows)  # noqa: S608
        dst.commit()
        seconds = time.perf_counter() - started
        dst.close()
    return len(rows) / seconds


def run() -> list[dict]:
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        town_init(root / "town", town_code=TOWN, user_name=USER)
        town = open_store(root / "town")
        folders = [_village(root, town, i) for i in range(VILLAGES)]
        town.dispose()
        stick = root / "stick"
        stick.mkdir()
        started, files = time.perf_counter(), []
        for folder in folders:
            store = open_store(folder)
            files += export_bundles(store, store.actor(USER), stick).files
            store.dispose()
        export_seconds = time.perf_counter() - started
        rates, raws = [], []
        for attempt in range(RUNS):
            copy = root / f"town-{attempt}"
            shutil.copytree(root / "town", copy)
            town = open_store(copy)
            started = time.perf_counter()
            report = import_files(town, town.actor(USER), files)
            import_seconds = time.perf_counter() - started
            town.dispose()
            applied = report.total("new") + report.total("updated")
            assert report.rejected == 0 and applied > VILLAGES * PEOPLE_PER_VILLAGE, report.summary()
            rates.append(applied / import_seconds)
            raws.append(_raw_rate(copy / "lufeng.db"))
        out.append({"name": f"export {VILLAGES} villages × {PEOPLE_PER_VILLAGE} people ({len(files)} bundles)",
                    "value": applied / export_seconds, "unit": "changes/s"})  # fmt: skip
        rate, raw = statistics.median(rates), statistics.median(raws)
        out.append({"name": f"town import of {len(files)} bundles ({applied:,} changes), median of {RUNS}", "value": rate,
                    "unit": "changes/s", "baseline": raw,
                    "note": f"baseline: sqlite3 executemany into person; goal ≥ 0.25×, now {rate / raw:.2f}×"})  # fmt: skip
    return out


if __name__ == "__main__":
    for row in run():
        print(row)
