"""A batch of bundles at the town: one transaction each, NORMAL commits, the last file's commit FULL (sync/batch.py).

What a clerk relies on: the report comes back only after a FULL commit (so a power cut cannot take back
what it lists), and no other transaction of the program ever runs with the weaker setting (RELIABILITY S16).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from handover_kit import CN, World
from sqlalchemy import event, select

from lufeng_desktop.store.models import SyncBundleIn
from lufeng_desktop.sync import apply

FULL, NORMAL = 2, 1


def _three_bundles(world: World) -> list[Path]:
    pid = world.add_person(0, "起")
    paths = [world.export(0, world.root / "s0")[-1]]
    for n in (1, 2):
        world.rename(0, pid, "改" + CN[n])
        paths.append(world.export(0, world.root / f"s{n}")[-1])
    return paths


def _commit_settings(world: World) -> Iterator[list[int]]:
    """``synchronous`` of the connection at each commit of the town's engine."""
    seen: list[int] = []

    def on_commit(connection: Any) -> None:
        seen.append(connection.connection.driver_connection.execute("PRAGMA synchronous").fetchone()[0])

    event.listen(world.town.engine, "commit", on_commit)
    try:
        yield seen
    finally:
        event.remove(world.town.engine, "commit", on_commit)


def _pooled_settings(world: World, count: int = 6) -> set[tuple[int, int]]:
    """(synchronous, wal_autocheckpoint) of several connections held at once, so the pool hands out each it keeps."""
    with ExitStack() as stack:
        connections = [stack.enter_context(world.town.engine.connect()) for _ in range(count)]
        return {(c.exec_driver_sql("PRAGMA synchronous").scalar(), c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar())
                for c in connections}  # fmt: skip


def test_batch_commits_normal_then_the_last_file_full(world: World) -> None:
    files = _three_bundles(world)
    watch = _commit_settings(world)
    seen = next(watch)
    report = world.town_import(*files)
    watch.close()
    assert [f.status for f in report.files] == ["applied"] * 3
    assert seen == [NORMAL, NORMAL, FULL]  # one commit per bundle; the report is returned after the FULL one
    assert _pooled_settings(world) == {(FULL, 1000)}


def test_one_file_is_full_as_always(world: World) -> None:
    files = _three_bundles(world)
    watch = _commit_settings(world)
    seen = next(watch)
    world.town_import(files[0])
    watch.close()
    assert seen == [FULL]


def test_rejected_last_file_still_makes_the_batch_durable(world: World, tmp_path: Path) -> None:
    files = _three_bundles(world)
    junk = tmp_path / "junk.lfb"
    junk.write_bytes(b"junk" * 100)
    watch = _commit_settings(world)
    seen = next(watch)
    report = world.town_import(*files, junk)
    watch.close()
    assert [f.status for f in report.files] == ["applied", "applied", "applied", "rejected"]
    assert seen == [NORMAL, NORMAL, NORMAL, FULL]  # the rejection's audit entry is the FULL commit


def test_failure_mid_batch_keeps_earlier_bundles_and_leaves_no_connection_normal(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _three_bundles(world)
    calls = []

    def crash_in_second_bundle(done: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise RuntimeError("disk unplugged")

    monkeypatch.setattr(apply, "after_change", crash_in_second_bundle)
    with pytest.raises(RuntimeError):
        world.town_import(*files)
    assert _pooled_settings(world) == {(FULL, 1000)}
    with world.town.sessions() as session:
        applied = session.scalars(select(SyncBundleIn.seq).where(SyncBundleIn.status == "applied")).all()
    assert applied == [1]  # the first bundle committed whole, the second not at all
    monkeypatch.setattr(apply, "after_change", None)
    report = world.town_import(*files)
    assert [f.status for f in report.files] == ["duplicate", "applied", "applied"]
