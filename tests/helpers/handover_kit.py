"""A town and enrolled villages on real databases, for the handover tests (built once, copied per test)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number
from lufeng_desktop.services import register
from lufeng_desktop.services.admin import create_village_database
from lufeng_desktop.services.bundle_import import ImportReport, import_files
from lufeng_desktop.services.enrolment import enrol, town_init, write_enrolment_file
from lufeng_desktop.services.handover import export_bundles
from lufeng_desktop.store.database import Store, open_store
from lufeng_desktop.sync import changes, envelope, keys, manifest as manifests, strictjson

TOWN_CODE = "441581004"
VILLAGE_CODES = ("441581004201", "441581004202")
USER = "测试文书"
CN = "零一二三四五六七八九"  # names may not contain digits


@dataclass
class World:
    root: Path
    town: Store
    villages: list[Store]
    stick: Path
    _people: int = field(default=0)

    @classmethod
    def open(cls, root: Path) -> World:
        town = open_store(root / "town")
        villages = [open_store(root / f"v{i}") for i in range(len(VILLAGE_CODES))]
        stick = root / "stick"
        stick.mkdir(exist_ok=True)
        return cls(root, town, villages, stick)

    def close(self) -> None:
        for store in (self.town, *self.villages):
            store.dispose()

    def actor(self, store: Store) -> Any:
        return store.actor(USER)

    def export(self, i: int, out: Path | None = None) -> list[Path]:
        folder = out or self.stick
        folder.mkdir(parents=True, exist_ok=True)
        return export_bundles(self.villages[i], self.actor(self.villages[i]), folder).files

    def town_import(self, *files: Path) -> ImportReport:
        return import_files(self.town, self.actor(self.town), list(files))

    def town_return(self, out: Path | None = None) -> list[Path]:
        folder = out or self.root / "return"
        folder.mkdir(parents=True, exist_ok=True)
        return export_bundles(self.town, self.actor(self.town), folder).files

    def village_import(self, i: int, *files: Path) -> ImportReport:
        return import_files(self.villages[i], self.actor(self.villages[i]), list(files))

    def village_id(self, i: int) -> str:
        from lufeng_desktop.store.models import Village  # noqa: PLC0415

        with self.villages[i].sessions() as session:
            return session.query(Village.id).filter(Village.code == VILLAGE_CODES[i]).scalar()

    def add_person(self, i: int, name: str, *, phone: str = "", serial: int | None = None) -> str:
        self._people += 1
        number = make_id_number(LUFENG_REGION_CODE, date(1970, 1, 1 + self._people % 27), (serial or self._people) % 500, "男")
        data = register.PersonInput(name=name, gender="男", id_number=number, phone=phone)
        return register.add_person(self.villages[i], self.actor(self.villages[i]), village_id=self.village_id(i), data=data)

    def rename(self, i: int, person_id: str, name: str) -> None:
        from lufeng_desktop.store.models import Person  # noqa: PLC0415

        with self.villages[i].sessions() as session:
            person = session.get(Person, person_id)
            data = register.PersonInput(name=name, gender=person.gender, id_number=person.id_number or "", phone=person.phone or "")
        register.update_person(self.villages[i], self.actor(self.villages[i]), person_id=person_id, data=data)


def build_world(root: Path) -> None:
    """Town profile + two villages, each enrolled; all databases closed afterwards."""
    town_init(root / "town", town_code=TOWN_CODE, user_name=USER)
    town = open_store(root / "town")
    try:
        for i, code in enumerate(VILLAGE_CODES):
            write_enrolment_file(town, town.actor(USER), village_code=code, out=root / f"enrol-{i}.json")
            store, _ = create_village_database(root / f"v{i}", village_code=code, village_name=f"第{i + 1}村", user_name=USER)
            try:
                enrol(store, store.actor(USER), root / f"enrol-{i}.json")
            finally:
                store.dispose()
    finally:
        town.dispose()


def copy_world(template: Path, target: Path) -> World:
    shutil.copytree(template, target)
    return World.open(target)


# Crafting bundles the way an attacker (or a buggy sender) could ---------------------------------------------------


def open_genuine(world: World, path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Decrypt a genuine bundle with the town's key: (manifest, payload document)."""
    town_keys = keys.town_keys(world.town.data_dir)
    body = envelope.unseal(path.read_bytes(), town_keys.box).verify()
    raw_manifest, payload = envelope.split_body(body)
    return strictjson.loads(raw_manifest, what="m", limit=10**6), strictjson.loads(changes.decompress(payload), what="p", limit=10**9)


def craft(world: World, manifest: dict[str, Any], document: dict[str, Any] | bytes, *, signer: Any = None,
          village: int = 0, recipient: Any = None, format_version: int = envelope.FORMAT, fix_hash: bool = True) -> bytes:  # fmt: skip
    payload = document if isinstance(document, bytes) else changes.compress(document)
    manifest = dict(manifest)
    if fix_hash:
        import hashlib  # noqa: PLC0415

        manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        manifest["payload_bytes"] = len(payload)
    body = envelope.make_body(strictjson.dumps(manifest), payload, format_version=format_version)
    signer = signer or keys.device_key(world.villages[village].data_dir)
    recipient = recipient or keys.town_keys(world.town.data_dir).box.public_key
    return envelope.seal(body, signer, recipient)


def town_snapshot(town_dir: Path) -> dict[str, Any]:
    """What the town holds, without the moments it was written at (recorded_at, applied_at)."""
    import sqlite3  # noqa: PLC0415

    from lufeng_desktop.store.base import syncable_tables  # noqa: PLC0415

    db = sqlite3.connect(town_dir / "lufeng.db")
    try:
        return {
            **{table.name: db.execute(f"SELECT * FROM {table.name} ORDER BY id").fetchall() for table in syncable_tables()},  # noqa: S608
            "log": db.execute("SELECT seq, change_id, entity, row_id, village_code, base_version, new_version, op, payload, device_id, "
                              "epoch, local_seq FROM change_log ORDER BY seq").fetchall(),
            "bundles": db.execute("SELECT device_id, epoch, seq, status, bundle_hash, report FROM sync_bundle_in ORDER BY id").fetchall(),
            "seen": db.execute("SELECT * FROM sync_change_seen ORDER BY change_id").fetchall(),
            "conflicts": db.execute("SELECT entity, row_id, reason, remote_change_id FROM sync_conflict ORDER BY remote_change_id").fetchall(),
            "audit": db.execute("SELECT action, detail FROM audit_log ORDER BY seq").fetchall(),
        }  # fmt: skip
    finally:
        db.close()


def import_on_copy(world: World, files: list[Path], name: str) -> tuple[dict[str, Any], dict[str, Any], ImportReport]:
    """Import ``files`` into a copy of the world's town: (what the report says, the town's snapshot, the report)."""
    other = copy_world(world.root, world.root.parent / name)
    try:
        report = other.town_import(*files)
    finally:
        other.close()
    return {"summary": report.summary(), "files": report.as_dict()["files"]}, town_snapshot(other.root / "town"), report


_KILLER = """
import os, signal, sys
from lufeng_desktop.sync import apply
calls = []
def boom(done):
    calls.append(done)
    if len(calls) == {chunks}:  # that chunk is written, nothing after it (its commit never comes)
        os.kill(os.getpid(), signal.SIGKILL)
apply.after_change = boom
from lufeng_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1], "import-bundle", *sys.argv[2:]]))
"""


def import_killed(world: World, files: list[Path], *, chunks: int) -> None:
    """``import-bundle`` of ``files`` at the town in another process, killed (SIGKILL) once ``chunks`` chunks of changes
    are written; the town's store is closed first."""
    import signal  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    world.town.dispose()
    done = subprocess.run([sys.executable, "-c", _KILLER.format(chunks=chunks), str(world.town.data_dir), *map(str, files)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr


def town_counts(world: World) -> dict[str, int]:
    from sqlalchemy import text  # noqa: PLC0415

    with world.town.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in  # noqa: S608
                ("person", "village", "change_log", "sync_change_seen", "sync_conflict", "sync_bundle_in", "sync_peer")}  # fmt: skip


__all__ = ["World", "build_world", "copy_world", "craft", "import_killed", "import_on_copy", "manifests", "open_genuine", "town_counts", "town_snapshot"]
