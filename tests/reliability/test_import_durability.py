"""A batch of bundles at the town: groups of bundles per commit, NORMAL commits, the last one FULL (sync/batch.py).

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

from lufeng_desktop.services import bundle_import
from lufeng_desktop.store.models import SyncBundleIn
from lufeng_desktop.sync import batch

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


def _pooled_settings(world: World, count: int = 6) -> set[tuple[int, int, int]]:
    """(synchronous, wal_autocheckpoint, foreign_keys) of several connections held at once, so the pool hands out
    each it keeps (a group of bundles runs without foreign keys: sync/batch.py)."""
    with ExitStack() as stack:
        connections = [stack.enter_context(world.town.engine.connect()) for _ in range(count)]
        return {tuple(c.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("synchronous", "wal_autocheckpoint", "foreign_keys"))
                for c in connections}  # fmt: skip


@pytest.mark.parametrize(("group_files", "commits"), [(1, [NORMAL, NORMAL, FULL]), (2, [NORMAL, FULL]), (16, [FULL])])
def test_batch_commits_normal_then_the_last_group_full(world: World, monkeypatch: pytest.MonkeyPatch, group_files: int,
                                                      commits: list[int]) -> None:  # fmt: skip
    files = _three_bundles(world)
    monkeypatch.setattr(batch, "GROUP_FILES", group_files)
    watch = _commit_settings(world)
    seen = next(watch)
    report = world.town_import(*files)
    watch.close()
    assert [f.status for f in report.files] == ["applied"] * 3 and report.redone == 0
    assert seen == commits  # one commit per group of bundles; the report is returned after the FULL one
    assert _pooled_settings(world) == {(FULL, 1000, 1)}


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
    assert report.redone == 4  # the group failed, so each file went again on its own
    assert seen == [NORMAL, NORMAL, NORMAL, FULL]  # the rejection's audit entry is the FULL commit


def test_failure_mid_batch_keeps_earlier_bundles_and_leaves_no_connection_normal(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """An error that is not a bundle's fault (the disk) in the second bundle: its group is undone and redone file by
    file, the first bundle commits whole, the second fails again and stops the batch, not half applied."""
    files = _three_bundles(world)
    real_apply = bundle_import._apply  # noqa: SLF001

    def disk_unplugged_in_second_bundle(*args: Any, **kwargs: Any) -> dict[str, int]:
        counts = real_apply(*args, **kwargs)
        if args[3].manifest.seq == 2:  # its changes are written; the commit never comes
            raise RuntimeError("disk unplugged")
        return counts

    monkeypatch.setattr(bundle_import, "_apply", disk_unplugged_in_second_bundle)
    with pytest.raises(RuntimeError):
        world.town_import(*files)
    assert _pooled_settings(world) == {(FULL, 1000, 1)}
    with world.town.sessions() as session:
        applied = session.scalars(select(SyncBundleIn.seq).where(SyncBundleIn.status == "applied")).all()
    assert applied == [1]  # the first bundle committed whole, the second not at all
    monkeypatch.setattr(bundle_import, "_apply", real_apply)
    report = world.town_import(*files)
    assert [f.status for f in report.files] == ["duplicate", "applied", "applied"]
