"""Opening the village database: refuse what is not ours, back up, migrate, then hand out sessions.

The rules (RELIABILITY.md §1): never create an empty database where one was
expected; refuse a file from a newer program; take a verified backup before
any migration; check the file quickly at every start.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from lufeng_desktop import paths
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.store import backup, changelog, location, migrate
from lufeng_desktop.store.engine import make_engine
from lufeng_desktop.store.errors import from_os_error, from_sqlite_error
from lufeng_desktop.store.models import Device, LocalState

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def damaged_error() -> StorageError:
    return StorageError("数据库文件已损坏，请用 restore 从备份恢复", "the database file is damaged; restore it from a backup", code="corrupt")


class IntegrityCheck:
    """``PRAGMA quick_check`` of the file, now or on its own thread and read-only connection.

    On the city-sized demo file the check takes ~0.75 s, a third of a cold start; the
    window can show and read while it runs. Writes wait for its verdict
    (``Store.require_sound``), so nothing is ever written to a file found damaged.
    """

    def __init__(self, db_path: Path | None = None, *, background: bool = False) -> None:
        self.error: StorageError | None = None
        self._done = threading.Event()
        if db_path is None:  # nothing to check (already checked)
            self._done.set()
        elif background:
            threading.Thread(target=self._run, args=(db_path,), name="lufeng-quick-check", daemon=True).start()
        else:
            self._run(db_path)

    def _run(self, db_path: Path) -> None:
        try:
            connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            try:
                if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    self.error = damaged_error()
            finally:
                connection.close()
        except sqlite3.Error as exc:
            self.error = from_sqlite_error(exc)
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> None:
        """Block until the verdict; raise the StorageError when the file is damaged."""
        self._done.wait()
        if self.error is not None:
            raise self.error


@dataclass
class Store:
    """An open database: its engine, a session factory with change capture, and this device."""

    data_dir: Path
    engine: Engine
    sessions: sessionmaker[Session]
    check: IntegrityCheck = field(default_factory=IntegrityCheck)

    def require_sound(self) -> None:
        """Wait for the start-up integrity check; refuse to write to a damaged file."""
        self.check.wait()

    @property
    def path(self) -> Path:
        return paths.database_path(self.data_dir)

    def state(self, key: str) -> str | None:
        with self.sessions() as session:
            row = session.get(LocalState, key)
            return row.value if row else None

    def device(self) -> Device:
        device_id = self.state("device_id")
        with self.sessions() as session:
            device = session.get(Device, device_id) if device_id else None
            if device is None:
                raise StorageError("数据库缺少本机设备记录", "the database has no record of this device", code="no_device")
            session.expunge(device)
            return device

    def actor(self, user_name: str) -> Actor:
        device = self.device()
        return Actor(user_name=user_name, device_id=device.id, epoch=device.epoch)

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(
    data_dir: Path, *, create: bool = False, device_name: str = "本机", village_code: str = "", check_in_background: bool = False
) -> Store:
    """Open (or, with ``create``, make) the database in ``data_dir``; see the module docstring.

    ``check_in_background`` lets the GUI show its window while the file is checked
    (see IntegrityCheck); a database that needs migrating is always checked first.
    """
    db_path = paths.database_path(data_dir)
    _require_local_drive(data_dir)
    try:
        if create:
            if db_path.exists():
                raise StorageError(f"这里已经有数据库：{db_path}", f"a database already exists at {db_path}", code="exists")
            data_dir.mkdir(parents=True, exist_ok=True)
        else:
            _check_is_our_file(db_path)
        engine = make_engine(db_path, create=create)
        try:
            check = _prepare(engine, db_path, data_dir, create=create, background=check_in_background)
            sessions = sessionmaker(engine, expire_on_commit=False)
            changelog.install(sessions)
            store = Store(data_dir, engine, sessions, check)
            if create:
                _create_device(store, device_name, village_code)
            return store
        except BaseException:
            engine.dispose()
            if create:  # the file did not exist before this call: remove what it half-made (full disk during migration)
                for suffix in ("", "-wal", "-shm"):
                    db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise from_os_error(exc) from exc
    except (DBAPIError, sqlite3.Error) as exc:
        raise from_sqlite_error(exc) from exc


def _require_local_drive(data_dir: Path) -> None:
    existing = next((p for p in (data_dir, *data_dir.parents) if p.exists()), None)
    kind = location.drive_kind(existing) if existing else "local"
    if kind != "local":
        where = "U 盘等可移动磁盘" if kind == "removable" else "网络共享盘"
        raise StorageError(
            f"数据库不能放在{where}上（拔出或断网会损坏数据）。请把数据文件夹复制到本机硬盘后再打开：{data_dir}",
            f"the database cannot live on a {kind} drive (removal or a dropped network corrupts it); copy the folder to this computer first: {data_dir}",
            code=f"{kind}_drive",
        )


def _check_is_our_file(db_path: Path) -> None:
    if not db_path.exists():
        raise StorageError(
            f"找不到数据库：{db_path}。请先运行 init 创建本村数据库，或用 restore 从备份恢复",
            f"no database at {db_path}; run init to create one or restore a backup",
            code="no_database",
        )
    if db_path.is_dir():
        raise StorageError(f"数据库路径是一个文件夹：{db_path}", f"the database path is a folder: {db_path}", code="is_dir")
    with db_path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(
            f"{db_path.name} 不是数据库文件（可能已损坏），请用 restore 从备份恢复",
            f"{db_path.name} is not a database file (it may be damaged); restore it from a backup",
            code="not_a_database",
        )


def _prepare(engine: Engine, db_path: Path, data_dir: Path, *, create: bool, background: bool) -> IntegrityCheck:
    """Check, refuse or migrate; the returned check may still be running (``background``)."""
    if background and not create and migrate.current_revision(engine) == migrate.head_revision():
        return IntegrityCheck(db_path, background=True)
    with engine.connect() as connection:
        if connection.exec_driver_sql("PRAGMA quick_check").scalar() != "ok":
            raise damaged_error()
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current is None and not create:
        with engine.connect() as connection:
            tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
        raise StorageError(
            "这个文件不是本程序的数据库" if tables else "数据库是空的，不是本程序创建的",
            "this file is not a lufeng database" if tables else "the database is empty and was not made by this program",
            code="foreign_database",
        )
    if current is not None and current not in migrate.known_revisions():
        raise StorageError(
            "这个数据库来自更新版本的程序，请先升级本程序再打开",
            "this database was written by a newer version of the program; upgrade the program first",
            code="newer_database",
        )
    if current != head:
        if current is not None:
            saved = backup.backup_database(db_path, paths.backup_dir(data_dir), reason=f"before-migrate-{current}")
            log.info("backed up to %s before migrating %s → %s", saved, current, head)
        migrate.upgrade(engine)
    return IntegrityCheck()


def _create_device(store: Store, device_name: str, village_code: str) -> None:
    with store.sessions.begin() as session:
        device = Device(name=device_name, village_code=village_code, epoch=1)
        session.add(device)
        session.flush()
        session.add(LocalState(key="device_id", value=device.id))
        session.add(LocalState(key="village_code", value=village_code))


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value

