"""Attachments (photos of posted notices, 五有 evidence, scans), stored once by content hash.

The bytes live under ``<data_dir>/attachments/ab/cdef…`` (SHA-256, first two hex
digits as the folder); the database holds one ``Attachment`` row per village and
hash. The file is written and flushed to disk *before* the row commits, so a row
never points at missing bytes; a crash in between leaves at most an unreferenced
file, which is harmless. The type is decided by the file's first bytes, never by
its name, and the size is limited so a village laptop's disk and the USB bundle
stay small.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core.errors import NotFoundError, StorageError, ValidationError
from lufeng_desktop.fileio import write_atomic
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Attachment

MAX_BYTES = 10 * 1024 * 1024
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp")
DOCUMENT_TYPES = (*IMAGE_TYPES, "application/pdf")


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    path: Path


def sniff_media_type(data: bytes) -> str | None:
    """The media type from the magic bytes, or None if it is not a type we accept."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"BM" and len(data) > 26:
        return "image/bmp"
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def blob_path(data_dir: Path, sha256: str) -> Path:
    return data_dir / "attachments" / sha256[:2] / sha256[2:]


def check_content(data: bytes, name: str, *, accept: tuple[str, ...] = IMAGE_TYPES) -> str:
    """Size and type checks with messages the clerk can act on; returns the media type."""
    if not data:
        raise ValidationError(f"文件“{name}”是空的", f"the file {name!r} is empty", field="file")
    check_size(len(data), name)
    media_type = sniff_media_type(data)
    if media_type not in accept:
        kinds = "照片（JPEG、PNG、GIF、WebP、BMP）" + ("或 PDF" if "application/pdf" in accept else "")
        raise ValidationError(
            f"文件“{name}”不是可用的{kinds}", f"the file {name!r} is not an accepted type ({', '.join(accept)})",
            field="file", code="bad_type",
        )  # fmt: skip
    return media_type


def check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise ValidationError(
            f"文件“{name}”有 {size / 1048576:.1f} MB，超过 {MAX_BYTES // 1048576} MB 的上限，请压缩后再添加",
            f"the file {name!r} is {size / 1048576:.1f} MB, over the {MAX_BYTES // 1048576} MB limit; please make it smaller",
            field="file", code="too_large",
        )  # fmt: skip


def write_blob(data_dir: Path, data: bytes) -> str:
    """Store the bytes once (atomic rename after fsync); returns their SHA-256."""
    sha = hashlib.sha256(data).hexdigest()
    target = blob_path(data_dir, sha)
    if target.exists() and target.stat().st_size == len(data):
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data, prefix=".incoming-")
    return sha


def add_in_session(
    session: Session, data_dir: Path, *, village_code: str, data: bytes, original_name: str,
    accept: tuple[str, ...] = IMAGE_TYPES,
) -> Attachment:  # fmt: skip
    """Check, store the bytes, and return this village's Attachment row for them (reused if present).

    For services that link the attachment to something in the same unit of work.
    """
    media_type = check_content(data, original_name, accept=accept)
    sha = write_blob(data_dir, data)
    row = session.scalars(
        select(Attachment).where(Attachment.village_code == village_code, Attachment.sha256 == sha)
    ).first()
    if row is None:
        row = Attachment(sha256=sha, size=len(data), media_type=media_type, original_name=original_name[:200],
                         village_code=village_code)  # fmt: skip
        session.add(row)
        session.flush()
    elif row.deleted_at is not None:
        row.deleted_at = None
    return row


def read_file(path: Path) -> bytes:
    """Read a file the clerk picked, refusing big files before reading them into memory."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise NotFoundError(f"找不到文件：{path}", f"file not found: {path}") from exc
    check_size(size, path.name)
    return path.read_bytes()


def info(store: Store, attachment_id: str) -> AttachmentInfo:
    """Where an attachment's bytes are, after checking they are present and unaltered."""
    with reading(store) as session:
        row = session.get(Attachment, attachment_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("找不到该附件", "attachment not found", code="not_found")
        path = blob_path(store.data_dir, row.sha256)
        result = AttachmentInfo(row.id, row.sha256, row.size, row.media_type, row.original_name, path)
    if not path.exists():
        raise StorageError(
            f"附件“{result.original_name}”的文件缺失（{path}）", f"the file of attachment {result.original_name!r} is missing",
            code="attachment_missing",
        )  # fmt: skip
    return result


def read_bytes(store: Store, attachment_id: str) -> bytes:
    """The attachment's bytes, verified against their hash (a damaged file is reported, not shown)."""
    meta = info(store, attachment_id)
    data = meta.path.read_bytes()
    if hashlib.sha256(data).hexdigest() != meta.sha256:
        raise StorageError(
            f"附件“{meta.original_name}”的文件已损坏", f"the file of attachment {meta.original_name!r} is damaged",
            code="attachment_damaged",
        )  # fmt: skip
    return data
