"""Attachment bytes on disk, content-addressed: ``<data dir>/attachments/ab/cdef…`` (SHA-256, lower-case hex).

The same layout as services/attachments.py (``blob_path`` there); sync reads and verifies, and writes
what a bundle brings, checking each file against its hash.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from lufeng_desktop import paths

_SHA = re.compile(r"^[0-9a-f]{64}$")


def blob_path(data_dir: Path, sha256: str) -> Path:
    if not _SHA.match(sha256):
        raise ValueError("not a SHA-256 hex digest")
    return paths.attachments_dir(data_dir) / sha256[:2] / sha256[2:]


def read_blob(data_dir: Path, sha256: str) -> bytes | None:
    """The bytes, or None when missing or not matching their hash (a damaged file is never sent)."""
    try:
        data = blob_path(data_dir, sha256).read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def has_blob(data_dir: Path, sha256: str) -> bool:
    return read_blob(data_dir, sha256) is not None


def write_blob(data_dir: Path, data: bytes) -> str:
    """Store bytes under their hash (idempotent); returns the hash."""
    sha256 = hashlib.sha256(data).hexdigest()
    target = blob_path(data_dir, sha256)
    if read_blob(data_dir, sha256) is not None:
        return sha256
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return sha256
