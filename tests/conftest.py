"""Shared fixtures: every test gets its own data folder; nothing touches a real clerk's database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("LUFENG_DATA_DIR", str(folder))
    monkeypatch.setenv("LUFENG_USER", "测试文书")
    return folder


def pytest_runtest_setup(item: pytest.Item) -> None:
    """The GUI tests hand garbage collection to the GUI thread (gui/gc_main_thread.py); other tests get it back."""
    import gc

    if "gui" not in Path(str(item.fspath)).parts and not gc.isenabled():
        gc.enable()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("RUN_SLOW"):
        return
    skip = pytest.mark.skip(reason="slow: set RUN_SLOW=1 (make test-all)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated `small` demo database per test session; tests get copies of it."""
    from lufeng_desktop.services.demo.generate import generate
    from lufeng_desktop.store.database import open_store

    folder = tmp_path_factory.mktemp("small-demo")
    store = open_store(folder, create=True, device_name="演示数据")
    try:
        generate(store, store.actor("演示"), scale="small", seed=1)
    finally:
        store.dispose()
    return folder


@pytest.fixture
def small_demo(small_demo_template: Path, isolated_data_dir: Path):  # type: ignore[no-untyped-def]
    from lufeng_desktop.store.database import open_store

    shutil.copytree(small_demo_template, isolated_data_dir)
    store = open_store(isolated_data_dir)
    yield store
    store.dispose()


@pytest.fixture
def village_store(isolated_data_dir: Path):  # type: ignore[no-untyped-def]
    """A fresh database for one village, as `init` makes it."""
    from lufeng_desktop.services.admin import create_village_database

    store, _village_id = create_village_database(
        isolated_data_dir, village_code="441581004201", village_name="新寮村", user_name="测试文书"
    )
    yield store
    store.dispose()


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A town profile and two enrolled villages (tests/helpers/handover_kit.py), built once per session."""
    from handover_kit import build_world

    root = tmp_path_factory.mktemp("world") / "w"
    root.mkdir()
    build_world(root)
    return root


@pytest.fixture
def world(world_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A private copy of the handover world for one test."""
    from handover_kit import copy_world

    w = copy_world(world_template, tmp_path / "w")
    yield w
    w.close()
