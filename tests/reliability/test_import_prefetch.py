"""The town's decoding worker (sync/prefetch.py) saves time and nothing else: with it, without it, or killed half-way,
a batch ends in the same town database with the same report, whatever the stick holds."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from handover_kit import CN, World, craft, import_on_copy, open_genuine
from nacl.signing import SigningKey

from lufeng_desktop.services import bundle_import
from lufeng_desktop.sync import apply, prefetch

# Enough bundles that the worker is asked for several; small enough for a quick test.
BUNDLES = 6


@pytest.fixture
def stick(world: World, tmp_path: Path) -> list[Path]:
    """Two villages' bundles, interleaved: people added and renamed between exports, so later bundles update rows."""
    files: list[Path] = []
    people = [world.add_person(v, f"甲{CN[v]}") for v in (0, 1)]
    for n in range(BUNDLES // 2):
        for v in (0, 1):
            world.add_person(v, f"乙{CN[n]}{CN[v]}", phone=f"1390013{v}{n:03d}")
            world.rename(v, people[v], f"丙{CN[n]}{CN[v]}")
            files.append(world.export(v, tmp_path / f"s{v}-{n}")[-1])  # the new bundle (an export repeats unacknowledged ones)
    return files


class Recording(prefetch.Prefetch):
    """The importer's prefetch, kept for a look at its worker."""

    made: list[Recording] = []

    def __init__(self, data_dir: Path, files: list[Path]) -> None:
        super().__init__(data_dir, files)
        Recording.made.append(self)


@pytest.fixture
def with_worker(monkeypatch: pytest.MonkeyPatch) -> list[Recording]:
    """Every batch of two or more files gets the worker, waited for (a test batch is over before a cold worker is up)."""
    Recording.made = []
    monkeypatch.setenv(prefetch.SETTING, "always")
    monkeypatch.setattr(bundle_import, "Prefetch", Recording)
    return Recording.made


def _without_worker(world: World, files: list[Path], monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], dict[str, Any]]:
    monkeypatch.setenv(prefetch.SETTING, "off")
    report, town, done = import_on_copy(world, files, "alone")
    assert done.decoded_by_worker == 0
    return report, town


def test_the_worker_decodes_the_batch_and_the_town_ends_the_same(world: World, stick: list[Path], with_worker: list[Recording],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    report, town, done = import_on_copy(world, stick, "with")
    assert done.decoded_by_worker == len(stick) - 1  # all but the first, decoded while the worker started
    assert (report, town) == _without_worker(world, stick, monkeypatch)
    assert report["summary"]["bundles_applied"] == len(stick)
    assert len(town["person"]) == 2 + BUNDLES


def test_bad_files_get_the_same_answers_with_the_worker(world: World, stick: list[Path], tmp_path: Path, with_worker: list[Recording],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """A forged signer, a malformed but signed bundle and junk, between genuine files: the worker decodes none of them."""
    bad = tmp_path / "bad"
    bad.mkdir()
    manifest, document = open_genuine(world, stick[2])
    forged = bad / "forged.lfb"
    forged.write_bytes(craft(world, manifest, document, signer=SigningKey.generate()))
    manifest, document = open_genuine(world, stick[3])
    document["changes"][-1][7] = '{"id": 1}'
    malformed = bad / "malformed.lfb"
    malformed.write_bytes(craft(world, manifest, document, village=1))
    junk = bad / "junk.lfb"
    junk.write_bytes(b"junk" * 100)
    files = [*stick[:2], forged, malformed, junk, *stick[2:]]

    report, town, done = import_on_copy(world, files, "with")
    assert done.decoded_by_worker == len(stick) - 1  # the bad files are decoded (and refused) in-process
    assert (report, town) == _without_worker(world, files, monkeypatch)
    statuses = [f["status"] for f in report["files"]]
    assert statuses[2:5] == ["rejected"] * 3
    assert "person" in report["files"][3]["message"]  # the field that is wrong, as without the worker


def test_a_killed_worker_leaves_the_rest_to_the_importer(world: World, stick: list[Path], with_worker: list[Recording],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    killed: list[int] = []

    def kill_worker(done: int) -> None:
        pid = with_worker[0].worker_pid if with_worker else None
        if pid is not None and not killed:
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    monkeypatch.setattr(apply, "after_change", kill_worker)
    report, town, done = import_on_copy(world, stick, "with")
    assert killed, "the worker was never running"
    assert done.decoded_by_worker < len(stick) - 1
    monkeypatch.setattr(apply, "after_change", None)
    assert (report, town) == _without_worker(world, stick, monkeypatch)
    assert report["summary"]["bundles_applied"] == len(stick)


def test_small_batches_start_no_worker(world: World, stick: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(prefetch.SETTING, raising=False)
    monkeypatch.setattr(bundle_import, "Prefetch", Recording)
    Recording.made = []
    assert sum(f.stat().st_size for f in stick) < prefetch.MIN_BATCH_BYTES
    assert world.town_import(*stick).decoded_by_worker == 0
    assert not Recording.made[0].uses_worker
