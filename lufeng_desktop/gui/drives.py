"""Where bundles can go: mounted removable-looking volumes, plus any folder the clerk picked.

Qt cannot tell a USB stick from a fixed disk (QStorageInfo has no "removable"
flag, ECOSYSTEM.md §6), so a volume is offered when it is mounted where
desktops put sticks (/media, /run/media, /mnt, /Volumes, a non-system drive
letter) and a sync medium is recognised by its content: ``*.lfb`` files.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

BUNDLE_SUFFIX = ".lfb"
_STICK_ROOTS = ("/media/", "/run/media/", "/Volumes/")  # where desktops auto-mount sticks
_MAYBE_ROOTS = ("/mnt/",)  # fixed disks live here too: offered only when they already hold bundles
MAX_LISTED = 2000  # a hostile stick with millions of files must not freeze the page


@dataclass(frozen=True)
class Medium:
    path: Path
    name: str
    picked: bool  # chosen by the clerk rather than found mounted
    bundles: int  # *.lfb files at the top of the folder
    free_bytes: int
    read_only: bool

    @property
    def is_sync_medium(self) -> bool:
        return self.bundles > 0


def bundle_files(folder: Path) -> list[Path]:
    """The ``*.lfb`` files directly in ``folder`` (sorted; temporary ``.part`` files are not bundles)."""
    found: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(BUNDLE_SUFFIX) and not entry.name.startswith(".") and entry.is_file(follow_symlinks=False):
                    found.append(Path(entry.path))
                    if len(found) >= MAX_LISTED:
                        break
    except OSError:
        return []
    return sorted(found)


def looks_removable(root: str) -> bool:
    if sys.platform == "win32":
        system = os.environ.get("SystemDrive", "C:").upper()
        return not root.upper().startswith(system)
    return root.startswith(_STICK_ROOTS)


def _offered(root: str, medium: Medium) -> bool:
    """A stick-like mount that can take bundles, or any mount that already holds some."""
    if medium.is_sync_medium:
        return True
    return looks_removable(root) and not medium.read_only


def _medium(path: Path, name: str, *, picked: bool, free: int | None = None, read_only: bool | None = None) -> Medium:
    if free is None or read_only is None:
        info = QStorageInfo(str(path))
        free = info.bytesAvailable() if info.isValid() else 0
        read_only = info.isReadOnly() if info.isValid() else not os.access(path, os.W_OK)
    return Medium(path, name, picked, len(bundle_files(path)), max(free, 0), bool(read_only))


def list_media(picked: list[Path] | tuple[Path, ...] = ()) -> list[Medium]:
    """Mounted stick-like volumes first, then the clerk's folders that still exist; no duplicates."""
    media: list[Medium] = []
    seen: set[Path] = set()
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()):
            continue
        root = volume.rootPath()
        slashed = root + ("/" if not root.endswith(("/", "\\")) else "")
        if not (looks_removable(slashed) or slashed.startswith(_MAYBE_ROOTS)):
            continue  # never scan the system disk
        path = Path(root)
        medium = _medium(path, volume.displayName() or path.name, picked=False,
                         free=volume.bytesAvailable(), read_only=volume.isReadOnly())  # fmt: skip
        if _offered(slashed, medium):
            seen.add(path)
            media.append(medium)
    for folder in picked:
        path = Path(folder)
        if path in seen or not path.is_dir():
            continue
        seen.add(path)
        media.append(_medium(path, path.name or str(path), picked=True))
    return media
