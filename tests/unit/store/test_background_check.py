"""The start-up check may run behind the window, but nothing is written to a file it finds damaged."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from damage import scribble_over_table

from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.services import queries, register
from lufeng_desktop.services.query_common import RegisterFilter
from lufeng_desktop.store.database import open_store
from lufeng_desktop.store.models import VillagerGroup


def _damaged_copy(template: Path, folder: Path) -> Path:
    shutil.copytree(template, folder)
    scribble_over_table(folder / "lufeng.db", "person")
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_wait_for_the_check_and_a_damaged_file_is_never_written(small_demo_template: Path, tmp_path: Path) -> None:
    folder = _damaged_copy(small_demo_template, tmp_path / "data")
    before = _digest(folder / "lufeng.db")
    store = open_store(folder, check_in_background=True)  # opens: the damage is found behind the window
    try:
        with pytest.raises(StorageError) as caught:
            store.require_sound()
        assert caught.value.code == "corrupt" and "损坏" in caught.value.zh
        with store.sessions() as session:  # reading goes on: the clerk can still look
            group_id = session.query(VillagerGroup.id).limit(1).scalar()
        with pytest.raises(StorageError, match="损坏"):
            register.add_household(store, store.actor("文书"), group_id=group_id, number="999")
    finally:
        store.dispose()
    assert _digest(folder / "lufeng.db") == before


def test_a_sound_file_opens_in_the_background_and_accepts_writes(small_demo_template: Path, tmp_path: Path) -> None:
    shutil.copytree(small_demo_template, tmp_path / "data")
    store = open_store(tmp_path / "data", check_in_background=True)
    try:
        before = queries.count_households(store, RegisterFilter())
        with store.sessions() as session:
            group_id = session.query(VillagerGroup.id).limit(1).scalar()
        register.add_household(store, store.actor("文书"), group_id=group_id, number="999")
        assert store.check.done() and store.check.error is None
        assert queries.count_households(store, RegisterFilter()) == before + 1
    finally:
        store.dispose()


def test_without_the_background_option_a_damaged_file_is_refused_at_open(small_demo_template: Path, tmp_path: Path) -> None:
    folder = _damaged_copy(small_demo_template, tmp_path / "data")
    with pytest.raises(StorageError) as caught:
        open_store(folder)
    assert caught.value.code == "corrupt"
