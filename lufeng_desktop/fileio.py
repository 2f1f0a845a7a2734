"""Writing a file so that a crash, a full disk or a pulled stick never leaves half of it under its real name."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(target: Path, data: bytes, *, prefix: str = ".lufeng-") -> None:
    """Write to a temporary file beside ``target``, fsync, then rename over it; on failure remove the temporary."""
    fd, temporary = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
