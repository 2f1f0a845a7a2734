"""The live database never opens from a USB stick or a network share (RELIABILITY.md S12)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.store import location
from lufeng_desktop.store.database import Store, open_store


def test_a_local_folder_is_local(tmp_path: Path) -> None:
    assert location.drive_kind(tmp_path) == "local"


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a file system needs root")
def test_a_stick_mounted_under_media_is_removable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    media = tmp_path / "media"
    stick = media / "U盘"
    stick.mkdir(parents=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(stick)], capture_output=True).returncode:
        pytest.skip("cannot mount here")
    try:
        monkeypatch.setattr(location, "REMOVABLE_ROOTS", (f"{media}/",))
        assert location.drive_kind(stick / "陆丰村务") == "removable"
        with pytest.raises(StorageError) as caught:
            open_store(stick / "data", create=True)
        assert caught.value.code == "removable_drive" and "复制到本机" in caught.value.zh
        assert not (stick / "data").exists()
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)


@pytest.mark.parametrize("kind", ["removable", "network"])
def test_an_existing_database_on_such_a_drive_is_refused(village_store: Store, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = village_store.data_dir
    village_store.dispose()
    monkeypatch.setattr(location, "drive_kind", lambda _path: kind)
    with pytest.raises(StorageError) as caught:
        open_store(data_dir)
    assert caught.value.code == f"{kind}_drive"
