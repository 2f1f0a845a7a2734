"""RELIABILITY.md §6.2: every damaged, forged, replayed or hostile bundle gives one clear answer and changes nothing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from handover_kit import CN, craft, open_genuine, town_counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from lufeng_desktop.services.bundle_import import import_files
from lufeng_desktop.services.enrolment import revoke_device
from lufeng_desktop.services.integrity import check_store
from lufeng_desktop.sync import envelope, keys
from lufeng_desktop.sync.errors import BundleError


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _rejected(world, path: Path, pattern: str) -> str:
    before = town_counts(world)
    report = world.town_import(path)
    (result,) = report.files
    assert result.status == "rejected", result
    assert re.search(pattern, result.message), result.message
    after = town_counts(world)
    assert after == before
    return result.message


@pytest.fixture
def genuine(world) -> Path:
    world.add_person(0, "林阿明", phone="13900139000")
    (path,) = world.export(0)
    return path


def test_b1_truncated_bundle_is_damaged(world, genuine: Path, tmp_path: Path) -> None:
    data = genuine.read_bytes()
    for cut in (0, 10, 16, 100, len(data) // 2, len(data) - 1):
        _rejected(world, _write(tmp_path, f"cut{cut}.lfb", data[:cut]), "损坏|incomplete|damaged")


def test_b1_export_to_failing_stick_leaves_no_final_file(world, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    world.add_person(0, "甲")
    real_fsync = os.fsync

    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(envelope.os, "fsync", broken)
    with pytest.raises(OSError):
        world.export(0, tmp_path / "stick")
    assert not [p for p in (tmp_path / "stick").iterdir() if p.suffix == ".lfb"]
    monkeypatch.setattr(envelope.os, "fsync", real_fsync)
    files = world.export(0, tmp_path / "stick2")  # the bundle stays pending and is written again
    assert len(files) == 1 and world.town_import(*files).files[0].status == "applied"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_b2_any_bit_flip_is_refused(world, genuine: Path, tmp_path: Path, position: int, bit: int) -> None:
    data = bytearray(genuine.read_bytes())
    data[position % len(data)] ^= 1 << bit
    report = world.town_import(_write(tmp_path, "flip.lfb", bytes(data)))
    assert report.files[0].status == "rejected"
    assert town_counts(world)["person"] == 0


def test_b3_forged_signer_is_unknown(world, genuine: Path, tmp_path: Path) -> None:
    manifest, document = open_genuine(world, genuine)
    manifest.pop("enrolment_code", None)
    forged = craft(world, manifest, document, signer=SigningKey.generate())
    _rejected(world, _write(tmp_path, "forged.lfb", forged), "未登记|unknown")


def test_b3_edited_and_resealed_genuine_bundle_fails_signature(world, genuine: Path, tmp_path: Path) -> None:
    town_keys = keys.town_keys(world.town.data_dir)
    unsealed = envelope.unseal(genuine.read_bytes(), town_keys.box)
    plaintext = bytearray(unsealed.signer + unsealed.signed)
    plaintext[-5] ^= 0x01  # an attacker with the town's public key can re-encrypt, not re-sign
    from nacl.public import SealedBox

    resealed = envelope.MAGIC + keys.key_id(town_keys.box_public) + SealedBox(town_keys.box.public_key).encrypt(bytes(plaintext))
    _rejected(world, _write(tmp_path, "edited.lfb", resealed), "签名|signature")


def test_b4_bundle_for_another_town(world, genuine: Path, tmp_path: Path) -> None:
    manifest, document = open_genuine(world, genuine)
    other = craft(world, manifest, document, recipient=PrivateKey.generate().public_key)
    _rejected(world, _write(tmp_path, "other.lfb", other), "不是发给本单位|not addressed")


def test_b4_re_addressed_manifest_is_refused(world, genuine: Path, tmp_path: Path) -> None:
    manifest, document = open_genuine(world, genuine)
    manifest["recipient_key_id"] = "00" * 8
    _rejected(world, _write(tmp_path, "readdressed.lfb", craft(world, manifest, document)), "收件方|recipient")


def test_b5_revoked_device(world, genuine: Path) -> None:
    world.town_import(genuine)
    revoke_device(world.town, world.actor(world.town), world.villages[0].device().id)
    world.add_person(0, "乙")
    later = [f for f in world.export(0) if f.name.endswith("-2.lfb")]
    _rejected(world, later[0], "吊销|revoked")


def test_b6_b7_replay_and_rollback_are_no_ops(world) -> None:
    pid = world.add_person(0, "旧名")
    first = world.export(0, world.root / "s1")
    for n in range(2, 5):
        world.rename(0, pid, "名" + CN[n])
        world.export(0, world.root / f"s{n}")
    all_files = sorted((world.root / "s4").iterdir())
    world.town_import(*all_files)
    before = town_counts(world)
    replay = world.town_import(*first, all_files[1])
    assert {f.status for f in replay.files} == {"duplicate"} and town_counts(world) == before
    from lufeng_desktop.store.models import Person

    with world.town.sessions() as session:
        assert session.get(Person, pid).name == "名四"


def test_b9_missing_bundle_holds_later_ones_then_drains(world) -> None:
    pid = world.add_person(0, "甲")
    paths = []
    for n in range(4):
        world.rename(0, pid, "甲" + CN[n])
        paths.append(world.export(0, world.root / f"s{n}")[-1])
    report = world.town_import(paths[0], paths[1], paths[3])
    assert [f.status for f in report.files] == ["applied", "applied", "held"]
    assert "waiting for bundle 3" in report.files[2].message
    from lufeng_desktop.services.handover_status import handover_status

    (waiting,) = handover_status(world.town)["backlog"]
    assert waiting["waiting_for"] == 3 and "waiting for bundle 3" in waiting["message"]
    late = world.town_import(paths[2])
    assert late.files[0].status == "applied" and "held bundle 4" in late.files[0].message
    assert handover_status(world.town)["backlog"] == []
    assert check_store(world.town).ok


def test_b10_fork_is_quarantined(world, genuine: Path, tmp_path: Path) -> None:
    world.town_import(genuine)
    manifest, document = open_genuine(world, genuine)
    document["changes"] = document["changes"][:1]
    manifest["counts"] = {**manifest["counts"], "changes": 1}
    manifest["created_at"] = "2026-01-01T00:00:00"
    report = world.town_import(_write(tmp_path, "fork.lfb", craft(world, manifest, document)))
    assert report.files[0].status == "fork" and "FORK" in report.files[0].message
    from lufeng_desktop.services.handover_status import handover_status

    assert len(handover_status(world.town)["forks"]) == 1


def test_b11_manifest_device_differs_from_signer(world, genuine: Path, tmp_path: Path) -> None:
    world.town_import(genuine)
    world.add_person(1, "乙")
    (v1,) = world.export(1)
    world.town_import(v1)
    manifest, document = open_genuine(world, genuine)
    manifest["device_id"] = world.villages[1].device().id  # claims v1, signed by v0
    _rejected(world, _write(tmp_path, "b11.lfb", craft(world, manifest, document, village=0)), "签名者|signer")


def test_b12_changed_change_refuses_whole_bundle(world, genuine: Path, tmp_path: Path) -> None:
    world.town_import(genuine)
    manifest, document = open_genuine(world, genuine)
    world.add_person(0, "丙")
    m2, d2 = open_genuine(world, world.export(0)[-1])
    reused = list(document["changes"][-1])
    reused[7] = reused[7].replace("林阿明", "林阿亮")
    d2["changes"].append(reused)
    m2["counts"] = {**m2["counts"], "changes": len(d2["changes"])}
    _rejected(world, _write(tmp_path, "b12.lfb", craft(world, m2, d2)), "不同内容|different content|规范|canonical")


def test_b15_clock_skew_is_reported_not_trusted(world, genuine: Path, tmp_path: Path) -> None:
    manifest, document = open_genuine(world, genuine)
    manifest["created_at"] = "2031-05-01T08:00:00"
    report = world.town_import(_write(tmp_path, "skew.lfb", craft(world, manifest, document)))
    assert report.files[0].status == "applied"
    assert any("clock ahead" in w for w in report.files[0].warnings)


@pytest.mark.parametrize("version", [0, 2, 99])
def test_b16_unknown_format_version(world, genuine: Path, tmp_path: Path, version: int) -> None:
    manifest, document = open_genuine(world, genuine)
    data = craft(world, manifest, document, format_version=version)
    _rejected(world, _write(tmp_path, f"f{version}.lfb", data), "升级|update")


def test_b19_oversized_and_odd_files_are_refused_before_reading(world, tmp_path: Path) -> None:
    huge = tmp_path / "huge.lfb"
    with open(huge, "wb") as handle:
        handle.truncate(5 * 2**30)  # sparse: cheap
    _rejected(world, huge, "上限|limit")
    folder = tmp_path / "folder.lfb"
    folder.mkdir()
    _rejected(world, folder, "普通文件|regular file")
    _rejected(world, tmp_path / "missing.lfb", "无法读取|cannot read")


def _jump_version(item: list) -> None:  # type: ignore[type-arg]
    """The change skips a version (base → base + 2), its row saying so too."""
    item[5] = item[4] + 2
    item[7] = item[7].replace(f'"version":{item[4] + 1}', f'"version":{item[4] + 2}')


@pytest.mark.parametrize(
    "mutate, field",
    [
        (lambda m, d: d["changes"][-1].__setitem__(7, d["changes"][-1][7].replace('"phone":"13900139000"', '"phone":"139001390001"')), "phone"),
        (lambda m, d: d["changes"][-1].__setitem__(1, "app_user"), "entity"),
        (lambda m, d: d["changes"][-1].__setitem__(4, "1"), "base_version"),
        (lambda m, d: _jump_version(d["changes"][-1]), "new_version"),  # a jump that is not this town's own answer
        (lambda m, d: d.__setitem__("extra", 1), "extra"),
        (lambda m, d: d["changes"][-1].__setitem__(7, '{"id": 1}'), "person"),
        (lambda m, d: m.__setitem__("seq", -1), "seq"),
        (lambda m, d: m.__setitem__("counts", {"changes": 99, "attachments": 0}), "counts"),
    ],
)
def test_b20_malformed_content_names_the_field(world, genuine: Path, tmp_path: Path, mutate, field: str) -> None:  # type: ignore[no-untyped-def]
    manifest, document = open_genuine(world, genuine)
    mutate(manifest, document)
    message = _rejected(world, _write(tmp_path, "bad.lfb", craft(world, manifest, document)), "内容有误|malformed|不符|match")
    assert field in message


@pytest.mark.parametrize("payload", [b"{" * 100_000, b'{"a":NaN}', b'{"a":1,"a":2}', b"\xff\xfe", b"1" * 5000, b"\xef\xbb\xbf{}"])
def test_b20_hostile_json_is_one_bundle_error(world, genuine: Path, tmp_path: Path, payload: bytes) -> None:
    import zlib

    manifest, _ = open_genuine(world, genuine)
    _rejected(world, _write(tmp_path, "json.lfb", craft(world, manifest, zlib.compress(payload))), "内容有误|malformed")


def test_b21_no_personal_data_readable_in_exported_file(world) -> None:
    names = ["欧阳晓峰", "黄丽珍", "蔡秋月"]
    ids = [world.add_person(0, name, phone=f"1380013800{i}") for i, name in enumerate(names)]
    from lufeng_desktop.store.models import Person

    with world.villages[0].sessions() as session:
        secrets = [s for pid in ids for p in [session.get(Person, pid)] for s in (p.name, p.id_number, p.phone)]
    import base64
    import zlib

    for path in world.export(0):
        assert re.fullmatch(r"[0-9a-f-]{36}-\d+-\d+\.lfb", path.name)
        raw = path.read_bytes()
        views = [raw, base64.b64encode(raw)]
        try:
            views.append(zlib.decompress(raw[16:]))
        except zlib.error:
            pass
        for secret in secrets:
            for encoding in ("utf-8", "gb18030", "utf-16-le"):
                assert all(secret.encode(encoding) not in view for view in views), secret
        assert b"441581004201" not in raw


def test_b22_hostile_names_on_the_stick(world, genuine: Path, tmp_path: Path) -> None:
    data = genuine.read_bytes()
    names = ["CON.lfb", "x" * 250 + ".lfb", "\u202eblf.exe", "..lfb"]
    paths = [_write(tmp_path, name, data) for name in names]
    report = world.town_import(*paths)
    assert [f.status for f in report.files] == ["applied", "duplicate", "duplicate", "duplicate"]  # keyed by content, not name


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=400))
def test_f2_arbitrary_bytes_raise_only_bundle_errors(data: bytes) -> None:
    key = PrivateKey.generate()
    for blob in (data, envelope.MAGIC + keys.key_id(bytes(key.public_key)) + data):
        with pytest.raises(BundleError):
            envelope.unseal(blob, key)


def test_rejections_are_audited(world, tmp_path: Path) -> None:
    from lufeng_desktop.store import audit

    with world.town.sessions() as session:
        before = audit.verify_session(session).entries
    import_files(world.town, world.actor(world.town), [_write(tmp_path, "junk.lfb", b"junk" * 100)])
    with world.town.sessions() as session:
        assert audit.verify_session(session).entries == before + 1
