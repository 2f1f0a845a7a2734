"""Creating, backing up and restoring the database as a whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lufeng_desktop import paths
from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.store import audit, backup, migrate
from lufeng_desktop.store.database import Store, open_store
from lufeng_desktop.store.errors import from_os_error
from lufeng_desktop.store.models import Device
from lufeng_desktop.services import register


def create_village_database(data_dir: Path, *, village_code: str, village_name: str, user_name: str,
                            town_name: str | None = None, regime: str = "村委会") -> tuple[Store, str]:  # fmt: skip
    """A new, empty database for one village. Validation runs first, so a bad code leaves no file behind."""
    from lufeng_desktop.core import divisions  # noqa: PLC0415

    code = divisions.normalize_village_code(village_code)
    store = open_store(data_dir, create=True, device_name="村委会电脑", village_code=code)
    try:
        village_id = register.init_village(
            store, store.actor(user_name), village_code=code, village_name=village_name, town_name=town_name, regime=regime
        )
    except BaseException:
        discard_new_database(store)
        raise
    return store, village_id


def create_demo_database(data_dir: Path, *, user_name: str, scale: str, seed: int, progress=None):  # type: ignore[no-untyped-def]
    """A demonstration database; if generation fails (full disk …) the half-made file is removed again."""
    from lufeng_desktop.services.demo.generate import generate  # noqa: PLC0415

    store = open_store(data_dir, create=True, device_name="演示数据")
    try:
        summary = generate(store, store.actor(user_name), scale=scale, seed=seed, progress=progress)
        checkpoint(store)
    except BaseException:
        discard_new_database(store)
        raise
    return store, summary


def checkpoint(store: Store) -> None:
    """Fold the WAL back into the database after a bulk load, so the folder is not twice the data's size."""
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def discard_new_database(store: Store) -> None:
    """Remove a database this command itself just created and could not finish; never used on existing data."""
    store.dispose()
    for suffix in ("", "-wal", "-shm"):
        store.path.with_name(store.path.name + suffix).unlink(missing_ok=True)


def backup_to(store: Store, destination: Path) -> Path:
    try:
        return backup.copy_database(store.path, destination)
    except OSError as exc:
        raise from_os_error(exc) from exc


def restore_from(data_dir: Path, source: Path, *, user_name: str) -> tuple[Path | None, int]:
    """Replace the database with a verified backup; the device starts a new epoch.

    The current database is first saved to the backups folder, so a mistaken
    restore can itself be undone. Returns that safety copy and the new epoch.
    """
    try:
        backup.verify_database_file(source)
        _require_known_revision(source)
        target = paths.database_path(data_dir)
        safety = None
        if target.exists():
            safety = backup.backup_database(target, paths.backup_dir(data_dir), reason="before-restore")
        data_dir.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):  # stale companions of the file being replaced; no connection is open
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        backup.copy_database(source, target)
    except OSError as exc:
        raise from_os_error(exc) from exc
    store = open_store(data_dir)
    try:
        epoch = _start_new_epoch(store, user_name, source)
    finally:
        store.dispose()
    return safety, epoch


def _require_known_revision(path: Path) -> None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path.name} 不是本程序的备份", f"{path.name} is not a lufeng backup", code="foreign_database") from exc
    finally:
        connection.close()
    if row is None or row[0] not in migrate.known_revisions():
        raise StorageError(
            "这个备份来自更新版本的程序，请先升级本程序", "this backup was made by a newer version of the program", code="newer_database"
        )


def _start_new_epoch(store: Store, user_name: str, source: Path) -> int:
    """Changes made after a restore must never reuse sequence numbers already sent from the lost state."""
    device = store.device()
    with store.sessions.begin() as session:
        row = session.get(Device, device.id)
        assert row is not None
        row.epoch += 1
        session.flush()
        actor = Actor(user_name=user_name, device_id=row.id, epoch=row.epoch)
        audit.append(session, actor, "database.restore", {"source": source.name, "epoch": row.epoch})
        return row.epoch
