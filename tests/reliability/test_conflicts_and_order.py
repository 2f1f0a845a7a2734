"""B8 any order with duplicates, B13 importer killed mid-apply, B14 conflicts kept and answered back."""

from __future__ import annotations

from pathlib import Path

import pytest
from handover_kit import CN, World, copy_world, import_killed, town_counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lufeng_desktop.services.conflicts import list_conflicts, resolve_conflict, show_conflict
from lufeng_desktop.services.integrity import check_store
from lufeng_desktop.store.models import Person


def _bundles(world: World, count: int) -> tuple[str, list[Path]]:
    pid = world.add_person(0, "起")
    paths = [world.export(0, world.root / "s0")[-1]]
    for n in range(1, count):
        world.rename(0, pid, "改" + CN[n])
        paths.append(world.export(0, world.root / f"s{n}")[-1])
    return pid, paths


@pytest.fixture(scope="module")
def five_bundles(world_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    root = tmp_path_factory.mktemp("five") / "w"
    world = copy_world(world_template, root)
    pid, paths = _bundles(world, 5)
    world.close()
    return root, pid, [p.name for p in paths]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_b8_any_order_with_replays_converges(five_bundles, tmp_path_factory, data) -> None:  # type: ignore[no-untyped-def]
    template, pid, names = five_bundles
    world = copy_world(template, tmp_path_factory.mktemp("b8") / "w")
    try:
        stick = world.root / "s4"
        order = data.draw(st.permutations(names)) + data.draw(st.lists(st.sampled_from(names), max_size=4))
        before = town_counts(world)
        for name in order:
            world.town_import(stick / name)
        with world.town.sessions() as session:
            assert session.get(Person, pid).name == "改四"
        counts = town_counts(world)
        # Village, town, person + 4 renames, each recorded once: applied ones in the change log, the town's own record
        # (already here) as a duplicate in sync_change_seen.
        assert counts["change_log"] - before["change_log"] == 6 and counts["sync_change_seen"] - before["sync_change_seen"] == 1
        assert counts["sync_conflict"] == 0
        assert counts["sync_bundle_in"] == 5
    finally:
        world.close()


def test_b13_importer_killed_mid_apply_leaves_nothing_half_done(world) -> None:
    for name in ("甲", "乙", "丙", "丁"):
        world.add_person(0, name)
    files = world.export(0)
    before = town_counts(world)
    import_killed(world, files, chunks=1)
    assert town_counts(world) == before
    report = world.town_import(*files)
    assert report.files[0].status == "applied" and report.total("new") == 5
    assert check_store(world.town).ok


def test_b14_stale_base_becomes_conflict_answer_travels_back(world) -> None:
    pid = world.add_person(0, "原名")
    world.town_import(*world.export(0))
    world.village_import(0, *world.town_return())
    # The town answers an earlier conflict by changing the row, while the village edits the same row.
    world.rename(0, pid, "村改名")
    village_files = world.export(0)
    from sqlalchemy import update

    from lufeng_desktop.store.models import Person as P
    from lufeng_desktop.services.uow import unit_of_work

    with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
        person = session.get(P, pid)
        person.name = "镇改名"
    report = world.town_import(*village_files)
    assert report.total("conflicting") == 1
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "镇改名"  # never last-writer-wins
    (conflict,) = list_conflicts(world.town)
    shown = show_conflict(world.town, conflict["id"][:8])
    assert shown["local"]["name"] == "镇改名" and shown["remote"]["name"] == "村改名" and "name" in shown["differing"]
    resolve_conflict(world.town, world.actor(world.town), conflict["id"], choice="merged", values={"name": "合并名"})
    assert list_conflicts(world.town) == [] and check_store(world.town).ok
    back = world.village_import(0, *world.town_return())
    assert back.files[0].counts["resolved_applied"] == 1
    with world.villages[0].sessions() as session:
        assert session.get(Person, pid).name == "合并名"
    assert check_store(world.villages[0]).ok
    echo = world.town_import(*world.export(0))  # the answer comes back from the village as a known change
    assert echo.rejected == 0 and echo.total("conflicting") == 0 and echo.total("updated") == 0
    assert check_store(world.town).ok
    del update


def test_own_answer_logged_by_the_village_with_its_base_comes_back_as_a_duplicate(world) -> None:
    """The town answers from version 3, the village applies the answer on its version 2: the echo differs in base only."""
    from lufeng_desktop.services.uow import unit_of_work

    pid = world.add_person(0, "原名")
    world.town_import(*world.export(0))
    world.rename(0, pid, "村改名")
    village_files = world.export(0)
    for name in ("镇改一", "镇改二"):
        with unit_of_work(world.town, world.actor(world.town), "test.town_edit") as session:
            session.get(Person, pid).name = name
    assert world.town_import(*village_files).total("conflicting") == 1
    (conflict,) = list_conflicts(world.town)
    resolve_conflict(world.town, world.actor(world.town), conflict["id"], choice="merged", values={"name": "合并名"})
    assert world.village_import(0, *world.town_return()).files[0].counts["resolved_applied"] == 1
    echo = world.town_import(*world.export(0))
    assert echo.rejected == 0 and echo.total("duplicate") == 1 and echo.total("updated") == 0, echo.as_dict()
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "合并名"
    assert check_store(world.town).ok
