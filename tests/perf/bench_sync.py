"""Handover benchmarks (issue #6): a whole village exported and imported, and a town taking 346 villages' bundles.

Rates are changes per second, beside raw sqlite3 executemany of the same entity
rows (every table the import wrote, the town's whole schema with its indexes and
triggers, one transaction)
measured in the same run; the goal is import ≥ 0.25× raw, decryption and
verification included. Each import runs on fresh copies of the town, RUNS times,
and medians are reported: the machine is shared and single runs wander.

* whole village: a real village database built with the demo builder (groups,
  households, ~1,000 people (four groups of the demo's 256), committees, grids, Party organisation, a demo site),
  ten 四议两公开 matters with steps, meetings, line items and disclosures, and a few
  photo/PDF attachments; exported with ``export_bundles``.
* town: 346 villages. Building 346 village databases would take longer than the
  imports, so one template village (TOWN_PEOPLE_PER_GROUP people per group, the
  same ten matters and attachments) is exported once and its bundles are made
  into 346 villages' bundles: every UUID given a village prefix, the village
  code replaced, each village with its own enrolment code and Ed25519 key,
  re-signed and sealed to the town — the import does all of its usual work.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from nacl.public import PublicKey
from nacl.signing import SigningKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "helpers"))

from handover_kit import USER  # noqa: E402

from lufeng_desktop.services import matter_attachments  # noqa: E402
from lufeng_desktop.services.admin import create_village_database  # noqa: E402
from lufeng_desktop.services.bundle_import import import_files  # noqa: E402
from lufeng_desktop.services.demo import generate as demo, matters as demo_matters  # noqa: E402
from lufeng_desktop.services.demo.people import PeopleFactory  # noqa: E402
from lufeng_desktop.services.demo.plan import Scale, VillagePlan  # noqa: E402
from lufeng_desktop.services.demo.rows import RowBatch  # noqa: E402
from lufeng_desktop.services.enrolment import enrol, town_init, write_enrolment_file  # noqa: E402
from lufeng_desktop.services.handover import bundle_name, export_bundles  # noqa: E402
from lufeng_desktop.services.uow import unit_of_work  # noqa: E402
from lufeng_desktop.store.base import syncable_tables, utcnow  # noqa: E402
from lufeng_desktop.store.changelog import bulk_insert_with_changes  # noqa: E402
from lufeng_desktop.store.database import Store, open_store  # noqa: E402
from lufeng_desktop.store.models import Village  # noqa: E402
from lufeng_desktop.sync import envelope, keys, manifest as manifests  # noqa: E402

TOWN = "441581004"
VILLAGES = 346
GROUPS = 4
VILLAGE_PEOPLE_PER_GROUP = 256  # the demo's Lufeng figure
# ~100 people per village at the town (~825 changes with the matters and organisation), so that the build and
# three imports of 346 villages fit in ~3–4 minutes on the shared 2-core machine.
TOWN_PEOPLE_PER_GROUP = 24
MATTERS = 10
RUNS = 3
TODAY = date(2026, 11, 26)
PNG = b"\x89PNG\r\n\x1a\n"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _IntoVillage(demo._VillageBuilder):  # noqa: SLF001
    """The demo's village builder, writing into an existing village (its code and Village row) instead of a new one."""

    def __init__(self, parent: Any, plan: VillagePlan, village_id: str, code: str) -> None:
        super().__init__(parent, plan, "")
        self.code, self.existing = code, village_id

    def build(self) -> None:
        self.village_id = self.existing
        self.fill()


def _fill(store: Store, village_id: str, code: str, people_per_group: int, seed: int) -> None:
    actor = store.actor(USER)
    rng = random.Random(seed)
    scale = Scale("bench", 1, 1, GROUPS, 1, 3 * GROUPS, 1, 6, 2, people_per_group)
    plan = VillagePlan(0, 0, GROUPS, 2, 1, 6, 2, True, False)
    batch = RowBatch(rng, actor.device_id, utcnow())
    _IntoVillage(demo._Builder(batch, rng, PeopleFactory(rng, TODAY), TODAY, scale), plan, village_id, code).build()  # noqa: SLF001
    with unit_of_work(store, actor, "bench.fill") as session:
        for table, rows in batch.tables():
            bulk_insert_with_changes(session.connection(), table, rows, actor)
    matter_ids: list[str] = []
    with unit_of_work(store, actor, "bench.matters") as session:
        village = session.get(Village, village_id)
        maker = demo_matters._Maker(session, random.Random(seed + 1), village, TODAY)  # noqa: SLF001
        for i in range(MATTERS):
            before = set(_matter_ids(session))
            demo_matters.SCENARIOS[i % len(demo_matters.SCENARIOS)](maker)
            matter_ids += sorted(set(_matter_ids(session)) - before)
    photo = random.Random(seed + 2)
    for i, matter_id in enumerate(matter_ids[:4]):  # a few photos (~150 KB each) and a scanned sign-in sheet
        data = PNG + photo.randbytes(150_000) if i < 3 else b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        matter_attachments.attach(store, actor, matter_id=matter_id, source=data, original_name=f"现场照片{i + 1}.png")


def _matter_ids(session: Any) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql("SELECT id FROM matter")]


def _village(root: Path, town: Store, code: str, people_per_group: int, seed: int) -> Path:
    folder = root / f"v{code}"
    write_enrolment_file(town, town.actor(USER), village_code=code, out=root / f"enrol-{code}.json")
    store, village_id = create_village_database(folder, village_code=code, village_name="新寮村", user_name=USER)
    try:
        enrol(store, store.actor(USER), root / f"enrol-{code}.json")
        _fill(store, village_id, code, people_per_group, seed)
    finally:
        store.dispose()
    return folder


def _export(folder: Path, stick: Path) -> tuple[list[Path], float]:
    store = open_store(folder)
    try:
        started = time.perf_counter()
        files = export_bundles(store, store.actor(USER), stick).files
        return files, time.perf_counter() - started
    finally:
        store.dispose()


def _villages_from(town: Store, template: list[Path], template_code: str, stick: Path) -> list[Path]:
    """The template village's bundles as VILLAGES villages' bundles, each village enrolled and signing with its own key."""
    # The template's code (…999) cannot occur inside an ID number (birth year 0049) or a phone number (11 digits).
    box = keys.town_keys(town.data_dir)
    opened = []
    for path in template:
        body = envelope.unseal(envelope.read_file(path), box.box).verify()
        raw_manifest, payload = envelope.split_body(body)
        opened.append((manifests.parse(raw_manifest), zlib.decompress(payload).decode("utf-8")))
    with town.sessions() as session:  # the town's own row has the same id everywhere (derived from its code)
        shared = {r[0] for r in session.connection().exec_driver_sql("SELECT id FROM town")}
    files = []
    for index in range(VILLAGES):
        code = f"{TOWN}{201 + index:03d}"
        enrolment = write_enrolment_file(town, town.actor(USER), village_code=code, out=stick.parent / "enrol-town")
        enrol_code = _read_code(Path(enrolment["file"]))
        prefix = f"{index:04x}"
        signer, prev = SigningKey.generate(), ""
        for m, text in opened:
            text = _UUID.sub(lambda u: u.group() if u.group() in shared else prefix + u.group()[4:], text).replace(template_code, code)  # noqa: B023
            payload = zlib.compress(text.encode("utf-8"), 6)
            m2 = dataclasses.replace(m, device_id=prefix + m.device_id[4:], village_code=code, prev_bundle_hash=prev or m.prev_bundle_hash,
                                     payload_sha256=hashlib.sha256(payload).hexdigest(), payload_bytes=len(payload),
                                     enrolment_code=enrol_code if m.enrolment_code is not None else None)  # fmt: skip
            body = envelope.make_body(m2.to_json(), payload)
            prev = envelope.body_hash(body)
            sealed = envelope.seal(body, signer, PublicKey(box.box_public))
            files.append(envelope.write_file(stick, bundle_name(m2.device_id, m2.epoch, m2.seq), sealed))
    return files


def _read_code(path: Path) -> str:
    import json  # noqa: PLC0415

    return str(json.loads(path.read_text(encoding="utf-8"))["code"])


def _raw_rate(town_db: Path, codes: set[str]) -> tuple[float, int]:
    """The imported villages' rows of every table inserted again with plain sqlite3 into the same schema and indexes."""
    src = sqlite3.connect(town_db)
    names = [t.name for t in syncable_tables()]
    marks = ",".join("?" * len(codes))
    data = {n: src.execute(f"SELECT * FROM {n} WHERE village_code IN ({marks}) ORDER BY rowid", tuple(codes)).fetchall() for n in names}  # noqa: S608
    data = {n: rows for n, rows in data.items() if rows}
    # The whole schema (tables, then indexes, then triggers: a trigger on person writes its name grams), so the raw side
    # pays for every index and trigger the import pays for.
    schema = [sql for (sql,) in src.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                                            "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END")]  # fmt: skip
    src.close()
    with tempfile.TemporaryDirectory() as tmp:
        dst = sqlite3.connect(Path(tmp) / "raw.db")
        dst.execute("PRAGMA journal_mode=WAL")
        dst.execute("PRAGMA synchronous=FULL")
        for sql in schema:
            dst.execute(sql)
        dst.execute("PRAGMA foreign_keys=OFF")
        started = time.perf_counter()
        for name, rows in data.items():
            dst.executemany(f"INSERT INTO {name} VALUES ({','.join('?' * len(rows[0]))})", rows)  # noqa: S608
        dst.commit()
        seconds = time.perf_counter() - started
        dst.close()
    count = sum(map(len, data.values()))
    return count / seconds, count


def _imports(root: Path, label: str, files: list[Path], codes: set[str]) -> tuple[float, float, int]:
    rates, raws = [], []
    for attempt in range(RUNS):
        copy = root / f"town-{label}-{attempt}"
        shutil.copytree(root / "town", copy)
        town = open_store(copy)
        started = time.perf_counter()
        report = import_files(town, town.actor(USER), files)
        seconds = time.perf_counter() - started
        town.dispose()
        applied = report.total("new") + report.total("updated")
        assert report.rejected == 0 and report.summary()["bundles_applied"] == len(files), report.summary()
        rates.append(applied / seconds)
        raws.append(_raw_rate(copy / "lufeng.db", codes)[0])
        shutil.rmtree(copy)
    return statistics.median(rates), statistics.median(raws), applied


def run() -> list[dict]:
    out: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        town_init(root / "town", town_code=TOWN, user_name=USER)
        town = open_store(root / "town")
        whole = _village(root, town, f"{TOWN}201", VILLAGE_PEOPLE_PER_GROUP, seed=1)
        template = _village(root, town, f"{TOWN}999", TOWN_PEOPLE_PER_GROUP, seed=2)
        (root / "stick").mkdir()
        files, export_seconds = _export(whole, root / "stick")
        (root / "template").mkdir()
        template_files, _ = _export(template, root / "template")
        (root / "town-stick").mkdir()
        town_files = _villages_from(town, template_files, f"{TOWN}999", root / "town-stick")
        town.dispose()

        rate, raw, applied = _imports(root, "village", files, {f"{TOWN}201"})
        out.append({"name": f"export of a whole village ({applied:,} changes, {len(files)} bundles)",
                    "value": applied / export_seconds, "unit": "changes/s"})  # fmt: skip
        out.append({"name": f"town import of a whole village ({applied:,} changes), median of {RUNS}", "value": rate,
                    "unit": "changes/s", "baseline": raw,
                    "note": f"baseline: sqlite3 executemany of the same rows; goal ≥ 0.25×, now {rate / raw:.2f}×"})  # fmt: skip
        codes = {f"{TOWN}{201 + i:03d}" for i in range(VILLAGES)}
        rate, raw, applied = _imports(root, "town", town_files, codes)
        out.append({"name": f"town import of {VILLAGES} villages' bundles ({applied:,} changes), median of {RUNS}", "value": rate,
                    "unit": "changes/s", "baseline": raw,
                    "note": f"baseline: sqlite3 executemany of the same rows; goal ≥ 0.25×, now {rate / raw:.2f}×"})  # fmt: skip
    return out


if __name__ == "__main__":
    for row in run():
        print(row)
