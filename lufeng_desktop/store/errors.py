"""Turn low-level failures (sqlite, OS) into one sentence a clerk can act on."""

from __future__ import annotations

import errno
import sqlite3

from lufeng_desktop.core.errors import StorageError


def from_os_error(exc: OSError) -> StorageError:
    where = exc.filename or ""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return StorageError("磁盘空间已满，本次操作没有保存任何内容", "the disk is full; nothing was saved", code="disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"没有写入权限：{where}", f"no permission to write to {where}", code="read_only")
    if exc.errno == errno.ENOENT:
        return StorageError(f"找不到文件或文件夹：{where}", f"file or folder not found: {where}", code="not_found")
    if exc.errno == errno.EISDIR:
        return StorageError(f"这是一个文件夹，不是文件：{where}", f"this is a folder, not a file: {where}", code="is_dir")
    return StorageError(f"无法读写文件：{where}（{exc.strerror}）", f"cannot read or write {where} ({exc.strerror})", code="os")


def from_sqlite_error(exc: BaseException) -> StorageError:
    """Map sqlite3 errors (raw or wrapped by SQLAlchemy) by their message, which is all sqlite3 exposes on 3.11."""
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageError("磁盘空间已满，本次操作没有保存任何内容", "the disk is full; nothing was saved", code="disk_full")
    if "readonly" in text or "read-only" in text:
        return StorageError("数据库所在文件夹只读，无法保存", "the database folder is read-only; nothing can be saved", code="read_only")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return StorageError(
            "数据库文件已损坏或不是本程序的数据库，请用 restore 从备份恢复",
            "the database file is damaged or not a lufeng database; restore it from a backup",
            code="corrupt",
        )
    if "unable to open" in text:
        return StorageError("无法打开数据库文件（文件夹不存在或没有权限）", "cannot open the database file (missing folder or no permission)", code="cannot_open")
    if "disk i/o error" in text:
        return StorageError(
            "磁盘读写出错（磁盘可能已满或已被拔出），本次操作没有保存", "disk I/O error (the disk may be full or removed); nothing was saved", code="io"
        )
    if "locked" in text or "busy" in text:
        return StorageError("数据库正被另一个程序使用，请稍后再试", "the database is in use by another program; try again", code="locked")
    return StorageError(f"数据库错误：{original}", f"database error: {original}", code="database")


def is_sqlite_error(exc: BaseException) -> bool:
    return isinstance(getattr(exc, "orig", exc), sqlite3.Error)
