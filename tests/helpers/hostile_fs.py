"""Real read-only folders and full disks for failure tests.

As root (CI), a small tmpfs mount gives a genuine read-only file system or a
genuine ENOSPC; otherwise chmod and RLIMIT_FSIZE stand in for them.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(target: Path, options: str) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True)
    return done.returncode == 0


@contextlib.contextmanager
def read_only_folder(base: Path, populate: Callable[[Path], None] | None = None) -> Iterator[Path]:
    folder = base / "read-only"
    folder.mkdir()
    if populate:
        populate(folder)
    if os.geteuid() == 0:
        if populate:  # copy what we made onto the mount, then make it read-only
            staging = base / "staging"
            folder.rename(staging)
            folder.mkdir()
        if not _mount(folder, "size=64m,mode=0755"):
            pytest.skip("cannot mount a tmpfs here")
        try:
            if populate:
                subprocess.run(["cp", "-a", f"{staging}/.", str(folder)], check=True)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


@contextlib.contextmanager
def full_disk(base: Path, size_kb: int = 400) -> Iterator[tuple[Path, Callable[[], None] | None]]:
    """A folder that fills up after ``size_kb``; yields it and a preexec_fn for the subprocess."""
    folder = base / "small-disk"
    folder.mkdir()
    if os.geteuid() == 0 and _mount(folder, f"size={size_kb}k,mode=0755"):
        try:
            yield folder, None
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        return

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size_kb * 1024, resource.RLIM_INFINITY))

    yield folder, limit
