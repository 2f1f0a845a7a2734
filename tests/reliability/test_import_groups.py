"""A town batch commits several bundles at once (sync/batch.py) and still gives every bundle the outcome it gets on
its own: the same reports, the same town, whether the files go one transaction each or a group at a time, with bad
files among them, a broken reference that a later bundle would repair, or the importer killed inside a group."""

from __future__ import annotations

from pathlib import Path

import pytest
from handover_kit import CN, VILLAGE_CODES, World, craft, import_killed, import_on_copy, open_genuine, town_counts
from nacl.signing import SigningKey

from lufeng_desktop.services import register
from lufeng_desktop.services.integrity import check_store
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.base import Base, syncable_tables
from lufeng_desktop.store.models import Grid
from lufeng_desktop.sync import apply, batch


def _add_grid(world: World, v: int, name: str, parent_id: str | None = None) -> str:
    with unit_of_work(world.villages[v], world.actor(world.villages[v]), "test.add_grid") as session:
        grid = Grid(village_id=world.village_id(v), level="中" if parent_id else "大", name=name, parent_id=parent_id,
                    village_code=VILLAGE_CODES[v])  # fmt: skip
        session.add(grid)
        session.flush()
        return grid.id


@pytest.fixture
def stick(world: World, tmp_path: Path) -> list[Path]:
    """Six bundles of two villages, interleaved; later ones rename people the earlier ones added, and add grids inside
    grids (a table that refers to itself) of the same bundle and of an earlier one."""
    files: list[Path] = []
    people = [world.add_person(v, f"甲{CN[v]}") for v in (0, 1)]
    grids = [_add_grid(world, v, f"大网格{CN[v]}") for v in (0, 1)]
    for n in range(3):
        for v in (0, 1):
            world.add_person(v, f"乙{CN[n]}{CN[v]}")
            world.rename(v, people[v], f"丙{CN[n]}{CN[v]}")
            _add_grid(world, v, f"中网格{CN[n]}{CN[v]}", grids[v])
            files.append(world.export(v, tmp_path / f"s{v}-{n}")[-1])
    return files


def _one_at_a_time(world: World, files: list[Path], monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:  # type: ignore[type-arg]
    """The files imported as without groups: every group given up before it starts, so each file goes in a
    transaction of its own, with SQLite enforcing the foreign keys."""
    with monkeypatch.context() as m:
        m.setattr(batch.Batch, "together", lambda self, work: None)
        report, town, done = import_on_copy(world, files, "alone")
    assert done.redone == len(files)
    return report, town


def _check_store_at(world: World, name: str) -> bool:
    from lufeng_desktop.store.database import open_store  # noqa: PLC0415

    store = open_store(world.root.parent / name / "town")
    try:
        return check_store(store).ok
    finally:
        store.dispose()


def test_groups_end_the_same_as_one_bundle_at_a_time(world: World, stick: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "GROUP_FILES", 4)  # two groups: four files, then two
    report, town, done = import_on_copy(world, stick, "grouped")
    assert done.redone == 0  # both groups committed as groups
    assert (report, town) == _one_at_a_time(world, stick, monkeypatch)
    assert report["summary"]["bundles_applied"] == len(stick) and len(town["person"]) == 8 and len(town["grid"]) == 8
    assert _check_store_at(world, "grouped")


def test_a_bad_file_undoes_only_its_group_and_gets_the_answer_it_gets_alone(world: World, stick: list[Path], tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    manifest, document = open_genuine(world, stick[4])
    forged = tmp_path / "forged.lfb"
    forged.write_bytes(craft(world, manifest, document, signer=SigningKey.generate()))
    junk = tmp_path / "junk.lfb"
    junk.write_bytes(b"junk" * 100)
    files = [*stick[:4], forged, *stick[4:], junk]
    monkeypatch.setattr(batch, "GROUP_FILES", 3)  # the first group is sound; the second has the forgery, the third the junk
    report, town, done = import_on_copy(world, files, "grouped")
    assert done.redone == 3 + 2
    assert (report, town) == _one_at_a_time(world, files, monkeypatch)
    assert [f["status"] for f in report["files"]] == ["applied"] * 4 + ["rejected"] + ["applied"] * 2 + ["rejected"]


@pytest.fixture
def dangling_then_repaired(world: World, tmp_path: Path) -> list[Path]:
    """Village 1's first bundle, edited (and signed again with its own key) so that its person is in a villager group
    of village 2; then village 2's two bundles, the second of which creates that group. Alone, the edited one is
    refused (the group is not at the town yet) and village 2's are applied."""
    world.add_person(0, "甲")
    first = world.export(0, tmp_path / "v1")[-1]
    world.add_person(1, "乙")
    good = world.export(1, tmp_path / "v2-1")[-1]
    group_id = register.add_group(world.villages[1], world.actor(world.villages[1]), village_id=world.village_id(1), number=1)
    repair = world.export(1, tmp_path / "v2-2")[-1]
    manifest, document = open_genuine(world, first)
    (change,) = (c for c in document["changes"] if c[1] == "person")
    assert '"group_id":null' in change[7]
    change[7] = change[7].replace('"group_id":null', f'"group_id":"{group_id}"')
    edited = tmp_path / "edited" / first.name
    edited.parent.mkdir()
    edited.write_bytes(craft(world, manifest, document))
    return [edited, good, repair]


def test_a_reference_a_later_bundle_would_repair_still_refuses_the_bundle(world: World, dangling_then_repaired: list[Path],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """By the group's commit the reference is no longer broken (village 2's bundle creates the group); the edited
    bundle's own check (Applier.broken_references) finds it, and the group is redone file by file."""
    report, town, done = import_on_copy(world, dangling_then_repaired, "grouped")
    assert done.redone == 3
    assert (report, town) == _one_at_a_time(world, dangling_then_repaired, monkeypatch)
    assert [f["status"] for f in report["files"]] == ["rejected", "applied", "applied"]
    assert "引用了不存在的记录" in report["files"][0]["message"]
    assert [p[3] for p in town["person"]] == ["乙"]  # name is the fourth column


def test_a_reference_nobody_repairs_is_refused_as_alone(world: World, dangling_then_repaired: list[Path],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """The referred group is looked up in the database (not among the rows the bundle touched) and is missing."""
    edited, good, _ = dangling_then_repaired
    report, town, done = import_on_copy(world, [good, edited], "grouped")
    assert done.redone == 2
    assert (report, town) == _one_at_a_time(world, [good, edited], monkeypatch)
    assert [f["status"] for f in report["files"]] == ["applied", "rejected"]
    assert _check_store_at(world, "grouped")


def test_every_foreign_key_is_one_the_reference_check_is_exact_for() -> None:
    """broken_references stands in for SQLite's enforcement inside a group: exact only while every foreign key is a
    single column referring to an id with no action on delete, and only syncable tables (the rows a bundle writes)
    have foreign keys."""
    syncable = {table.name for table in syncable_tables()}
    with_keys = {table.name for table in Base.metadata.tables.values() if table.foreign_keys}
    assert with_keys <= syncable and len(with_keys) > 10
    assert sum(len(apply.references(Base.metadata.tables[name])) for name in with_keys) == sum(
        len(Base.metadata.tables[name].foreign_keys) for name in with_keys)  # fmt: skip


def test_an_importer_killed_inside_a_group_leaves_every_bundle_of_it_unapplied(world: World, stick: list[Path]) -> None:
    before = town_counts(world)
    import_killed(world, stick, chunks=3)  # during the third bundle (each is one chunk)
    assert town_counts(world) == before  # two bundles had gone through, but their group never committed
    report = world.town_import(*stick)
    assert report.summary()["bundles_applied"] == len(stick) and report.redone == 0
    assert check_store(world.town).ok


def test_groups_are_cut_by_count_and_by_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = [10, 10, 10, 50, 10, 100, 10]
    files = []
    for i, size in enumerate(sizes):
        files.append(tmp_path / f"{i}.lfb")
        files[-1].write_bytes(b"x" * size)
    files.insert(2, tmp_path / "gone.lfb")  # vanished from the stick: counted as empty, reported by the importer
    monkeypatch.setattr(batch, "GROUP_FILES", 3)
    monkeypatch.setattr(batch, "GROUP_BYTES", 60)
    assert list(batch.groups(files)) == [[0, 1, 2], [3, 4], [5], [6], [7]]  # a file over the size goes alone
