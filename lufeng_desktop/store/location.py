"""Where the live database may be: never on a USB stick or a network share (RELIABILITY.md §1.3).

Sticks lie about fsync and get pulled out; WAL does not work over network file
systems. Both corrupt databases, so the application refuses to open one there
and the clerk copies it to the computer first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.rclone", "afs"}
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


def drive_kind(path: Path) -> str:
    """``"local"``, ``"removable"`` or ``"network"`` for the folder holding ``path``."""
    folder = path if path.is_dir() else path.parent
    if sys.platform == "win32":
        return _windows_kind(folder)
    return _posix_kind(folder)


def _windows_kind(folder: Path) -> str:
    import ctypes  # noqa: PLC0415

    if str(folder).startswith("\\\\"):
        return "network"
    kind = ctypes.windll.kernel32.GetDriveTypeW(f"{folder.drive}\\")  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(kind, "local")


def _posix_kind(folder: Path) -> str:
    resolved = str(folder.resolve()) + "/"
    mount, fstype, device = "/", "", ""
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) < 3:
                    continue
                point = parts[1].replace("\\040", " ")
                if resolved.startswith(point.rstrip("/") + "/") and len(point) >= len(mount):
                    mount, fstype, device = point, parts[2], parts[0]
    except OSError:
        return "local"
    if fstype in NETWORK_FS:
        return "network"
    if (mount.rstrip("/") + "/").startswith(REMOVABLE_ROOTS) or _removable_block_device(device):
        return "removable"
    return "local"


def _removable_block_device(device: str) -> bool:
    name = os.path.basename(device)
    if not device.startswith("/dev/") or not name:
        return False
    base = name.rstrip("0123456789")
    if base.endswith("p") and base[:-1].rstrip("0123456789") != base[:-1]:  # nvme0n1p1 → nvme0n1
        base = base[:-1]
    flag = Path("/sys/block") / base / "removable"
    try:
        return flag.read_text().strip() == "1"
    except OSError:
        return False
