"""The handover tables pass Qt's model tester; the drive list recognises a sync medium by its *.lfb files."""

from __future__ import annotations

from pathlib import Path

from lufeng_desktop.gui import drives
from lufeng_desktop.gui.models.handover_models import (
    ConflictFieldsModel, ConflictsModel, ImportFilesModel, MediaModel, PeersModel,
)  # fmt: skip
from lufeng_desktop.services.bundle_import import FileResult


def test_picked_folder_is_listed_with_its_bundles(tmp_path: Path) -> None:
    stick, empty = tmp_path / "stick", tmp_path / "empty"
    stick.mkdir()
    empty.mkdir()
    for name in ("a-1-1.lfb", "a-1-2.lfb", ".hidden.lfb", "a-1-3.lfb.part", "notes.txt"):
        (stick / name).write_bytes(b"x")
    (stick / "folder.lfb").mkdir()
    assert [p.name for p in drives.bundle_files(stick)] == ["a-1-1.lfb", "a-1-2.lfb"]
    media = {m.path: m for m in drives.list_media([stick, empty, tmp_path / "gone", stick])}
    assert media[stick].bundles == 2 and media[stick].is_sync_medium and media[stick].picked
    assert not media[empty].is_sync_medium and tmp_path / "gone" not in media
    assert drives.bundle_files(tmp_path / "gone") == []


def test_only_stick_like_mounts_are_offered_without_bundles() -> None:
    assert drives.looks_removable("/media/wen/KINGSTON/") and drives.looks_removable("/run/media/wen/U盘/")
    assert not drives.looks_removable("/") and not drives.looks_removable("/home/") and not drives.looks_removable("/mnt/data/")


def test_models_pass_the_model_tester(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x.lfb").write_bytes(b"x")
    media = MediaModel()
    media.set_rows(drives.list_media([tmp_path]))
    qtmodeltester.check(media)
    peers = PeersModel()
    peers.set_rows([{"device_id": "d" * 32, "village_code": "441581004201", "status": "active",
                     "enrolled_at": "2026-11-26T08:00:00", "key": "AB12-CD34"}])  # fmt: skip
    qtmodeltester.check(peers)
    conflicts = ConflictsModel()
    conflicts.set_rows([{"id": "c1", "village_code": "441581004201", "entity": "person", "row_id": "r" * 32, "local_version": 3,
                         "remote_base_version": 2, "remote_new_version": 3, "created_at": "2026-11-26T08:00:00"}])  # fmt: skip
    qtmodeltester.check(conflicts)
    report = ImportFilesModel()
    report.set_rows([FileResult("a.lfb", "applied", "ok", counts={"new": 2}), FileResult("b.lfb", "rejected", "坏的")])
    qtmodeltester.check(report)
    fields = ConflictFieldsModel()
    fields.set_rows([{"field": "name", "local": "甲", "remote": "乙", "start": "甲", "merged": "甲", "differs": True, "editable": True},
                     {"field": "version", "local": "3", "remote": "3", "start": "3", "merged": "3", "differs": False,
                      "editable": False}])  # fmt: skip
    qtmodeltester.check(fields)
    assert fields.setData(fields.index(0, ConflictFieldsModel.MERGED), "丙")
    assert not fields.setData(fields.index(1, ConflictFieldsModel.MERGED), "9")
    assert fields.merged_values() == {"name": "丙"}
