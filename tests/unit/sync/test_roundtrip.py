"""Village → town → village: changes arrive once, acknowledgements release the bundles, check agrees on both sides."""

from __future__ import annotations

import os
import stat

from handover_kit import town_counts
from lufeng_desktop.services.handover_status import handover_status
from lufeng_desktop.services.integrity import check_store
from lufeng_desktop.store.models import Person
from lufeng_desktop.sync import keys


def test_round_trip_applies_once_and_ack_releases(world) -> None:
    pid = world.add_person(0, "陈大文", phone="13800138000")
    files = world.export(0)
    assert [f.name for f in files] == [f"{world.villages[0].device().id}-1-1.lfb"]
    report = world.town_import(*files)
    assert report.summary()["bundles_applied"] == 1 and report.total("new") == 2 and report.total("duplicate") == 1  # village, person; town row shared
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "陈大文"
    assert check_store(world.town).ok, check_store(world.town).problems

    # Nothing acknowledged yet: the bundle is written again on the next export.
    assert [f.name for f in world.export(0)] == [files[0].name]
    again = world.town_import(*world.export(0))
    assert again.files[0].status == "duplicate" and town_counts(world)["person"] == 1

    back = world.village_import(0, *world.town_return())
    assert back.files[0].status == "applied" and back.files[0].counts["acknowledged"] == 1
    assert handover_status(world.villages[0])["waiting_for_ack"] == []
    assert world.export(0) == []  # acknowledged: nothing left to carry
    assert check_store(world.villages[0]).ok


def test_second_village_shares_the_town_row(world) -> None:
    world.add_person(0, "甲")
    world.add_person(1, "乙")
    report = world.town_import(*world.export(0), *world.export(1))
    assert report.rejected == 0 and report.summary()["conflicting"] == 0
    assert town_counts(world)["village"] == 2
    assert check_store(world.town).ok


def test_device_key_is_private_file(world) -> None:
    path = keys.key_dir(world.villages[0].data_dir) / keys.DEVICE_KEY
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert keys.device_key(world.villages[0].data_dir).verify_key  # loads
    assert bytes(keys.device_key(world.villages[0].data_dir)).hex().encode() not in world.villages[0].path.read_bytes()


def test_small_chunks_keep_each_rows_history(world, monkeypatch) -> None:
    """Inserts and later updates of the same row in one bundle, split across write chunks, end in the final state."""
    from lufeng_desktop.sync import apply

    monkeypatch.setattr(apply, "CHUNK", 2)
    pid = world.add_person(0, "一")
    for name in ("二", "三", "四", "五"):
        world.rename(0, pid, name)
    report = world.town_import(*world.export(0))
    assert report.total("new") == 2 and report.total("updated") == 4
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "五"
    assert check_store(world.town).ok


def test_new_epoch_waits_for_the_old_epochs_bundle_from_a_lost_stick(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After a restore the new epoch's first bundle names the old epoch's last one; until that arrives it is held, not applied
    (applying it broke the import on a foreign key at commit, found by the long state machine)."""
    from lufeng_desktop.services.admin import backup_to, restore_from
    from lufeng_desktop.store.database import open_store

    lost = world.export(0, tmp_path / "lost")  # epoch 1, bundle 1: the village's own rows
    pid = world.add_person(0, "陈一")
    backup = backup_to(world.villages[0], tmp_path / "backup.db")
    store = world.villages[0]
    store.dispose()
    restore_from(store.data_dir, backup, user_name="测试文书")
    world.villages[0] = open_store(store.data_dir)
    newer = [f for f in world.export(0, tmp_path / "new") if "-2-" in f.name]
    assert len(newer) == 1

    held = world.town_import(*newer)
    assert held.rejected == 0 and held.files[0].status == "held" and "previous epoch" in held.files[0].message
    found = world.town_import(*lost)  # the stick turns up
    assert found.files[0].status == "applied" and "held bundle" in found.files[0].message
    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "陈一"
    assert check_store(world.town).ok, check_store(world.town).problems
