"""Verified backups with SQLite's online backup API; never a plain file copy of a live WAL database.

A backup is written under a temporary name, checked with ``integrity_check``,
switched to rollback-journal mode (a self-contained single file), fsynced and
only then renamed into place, so a half-written file never carries a final name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from lufeng_desktop.core.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"


def backup_database(source: Path, folder: Path, *, reason: str = "manual") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_database(source, folder / f"lufeng-{stamp}-{reason}.db")


def copy_database(source: Path, destination: Path) -> Path:
    """Copy a (possibly live) database to ``destination`` and verify the copy."""
    if destination.exists() and destination.is_dir():
        raise StorageError(f"目标是一个文件夹：{destination}", f"the destination is a folder: {destination}", code="is_dir")
    temporary = destination.with_name(destination.name + ".tmp")
    _remove_with_journal(temporary)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            _require_intact(dst, temporary)
        finally:
            dst.close()
    except BaseException:
        _remove_with_journal(temporary)
        raise
    finally:
        src.close()
    _fsync(temporary)
    os.replace(temporary, destination)
    _fsync_dir(destination.parent)
    return destination


def _remove_with_journal(path: Path) -> None:
    """A failed copy leaves its rollback journal (or WAL) beside it; neither may outlive the attempt."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def verify_database_file(path: Path) -> None:
    """Raise StorageError unless ``path`` is an intact SQLite database."""
    if not path.exists():
        raise StorageError(f"找不到备份文件：{path}", f"backup file not found: {path}", code="not_found")
    if path.is_dir():
        raise StorageError(f"这是一个文件夹，不是备份文件：{path}", f"this is a folder, not a backup file: {path}", code="is_dir")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StorageError(f"{path.name} 不是数据库备份文件", f"{path.name} is not a database backup", code="not_a_database")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        _require_intact(connection, path)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"备份文件已损坏：{path.name}", f"the backup file is damaged: {path.name}", code="corrupt") from exc
    finally:
        connection.close()


def _require_intact(connection: sqlite3.Connection, path: Path) -> None:
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise StorageError(f"备份校验失败：{path.name}（{result}）", f"backup verification failed: {path.name} ({result})", code="corrupt")


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; the rename is still ordered after the data fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
