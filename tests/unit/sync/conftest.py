from __future__ import annotations

from pathlib import Path

import pytest
from handover_kit import World, build_world, copy_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("world") / "w"
    root.mkdir()
    build_world(root)
    return root


@pytest.fixture
def world(world_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    w: World = copy_world(world_template, tmp_path / "w")
    yield w
    w.close()
