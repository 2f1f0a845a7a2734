"""Demonstration sites: the 五有 checklist, photo evidence stored once by hash, inspections, the summary."""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import attachments, sites
from lufeng_desktop.services.query_common import RegisterFilter
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m


def png(colour: int = 0) -> bytes:
    """A real 1×1 PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"\x00" + bytes([colour, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_summary_counts_sites_meeting_all_five(small_demo) -> None:
    summary = sites.site_summary(small_demo)
    listed = sites.list_sites(small_demo)
    assert summary.sites == len(listed) > 0
    assert summary.complete == sum(1 for s in listed if s.met == s.total == 5)
    assert sum(t.sites for t in summary.by_town) == summary.sites == sum(v.sites for v in summary.by_village)
    assert sum(v.complete for v in summary.by_village) == summary.complete


def test_mark_items_attach_photo_and_inspect(small_demo) -> None:
    actor = small_demo.actor("测试")
    site = next(s for s in sites.list_sites(small_demo))
    for item in sites.site_detail(small_demo, site.id).items:
        sites.set_item(small_demo, actor, site_id=site.id, criterion_code=item.criterion_code, status="未达标")
    assert not sites.list_sites(small_demo, RegisterFilter(village_id=site.village_id))[0].all_met
    before = sites.site_summary(small_demo).complete
    for item in sites.site_detail(small_demo, site.id).items:
        sites.set_item(small_demo, actor, site_id=site.id, criterion_code=item.criterion_code, status="达标",
                       checked_on=date(2026, 11, 20), note="已核实")
    assert sites.site_summary(small_demo).complete == before + 1
    attachment_id = sites.attach_photo(small_demo, actor, site_id=site.id, criterion_code="board", photo=png(), original_name="公开栏.png")
    again = sites.attach_photo(small_demo, actor, site_id=site.id, criterion_code="sign", photo=png(), original_name="同一张.png")
    assert again == attachment_id  # same bytes, same village: one row, one file
    blob = attachments.blob_path(small_demo.data_dir, hashlib.sha256(png()).hexdigest())
    assert blob.read_bytes() == png() and blob.parent.name == blob.parent.name[:2]
    assert attachments.read_bytes(small_demo, attachment_id) == png()
    sites.add_inspection(small_demo, actor, site_id=site.id, inspected_on=date(2026, 11, 21), inspector="镇组织办", notes="整改到位")
    sites.set_service_functions(small_demo, actor, site_id=site.id, functions=["政务服务", " 党群活动 ", "政务服务"])
    detail = sites.site_detail(small_demo, site.id)
    board = next(i for i in detail.items if i.criterion_code == "board")
    assert board.attachment_id == attachment_id and board.photo_name == "公开栏.png" and board.note == "已核实"
    assert detail.inspections[0].notes == "整改到位" and detail.site.service_functions == ("政务服务", "党群活动")
    with reading(small_demo) as session:
        assert session.scalar(select(func.count()).select_from(m.Attachment)) == 1


def test_damaged_photo_is_reported(small_demo) -> None:
    site = sites.list_sites(small_demo)[0]
    attachment_id = sites.attach_photo(small_demo, small_demo.actor("测试"), site_id=site.id, criterion_code="flag", photo=png(7))
    attachments.info(small_demo, attachment_id).path.write_bytes(png(8))
    with pytest.raises(Exception, match="损坏"):
        attachments.read_bytes(small_demo, attachment_id)


def test_photo_checks_explain_themselves(small_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actor = small_demo.actor("测试")
    site = sites.list_sites(small_demo)[0]
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo")
    with pytest.raises(ValidationError, match="不是可用的照片"):
        sites.attach_photo(small_demo, actor, site_id=site.id, criterion_code="flag", photo=fake)
    monkeypatch.setattr(attachments, "MAX_BYTES", 1024)
    big = tmp_path / "big.png"
    big.write_bytes(png() + b"\x00" * 2048)
    with pytest.raises(ValidationError, match="超过") as too_big:
        sites.attach_photo(small_demo, actor, site_id=site.id, criterion_code="flag", photo=big)
    assert too_big.value.code == "too_large"
    with pytest.raises(ValidationError):
        sites.set_item(small_demo, actor, site_id=site.id, criterion_code="flag", status="优秀")
    with pytest.raises(ValidationError):
        sites.set_item(small_demo, actor, site_id=site.id, criterion_code="unicorn", status="达标")
    assert not (small_demo.data_dir / "attachments").exists()


def test_new_site_starts_not_met(village_store) -> None:
    from lufeng_desktop.services import register

    actor = village_store.actor("测试")
    with reading(village_store) as session:
        village_id = session.scalars(select(m.Village.id)).one()
    group = register.add_group(village_store, actor, village_id=village_id, number=3)
    site_id = sites.create_site(village_store, actor, group_id=group, designated_on=date(2026, 1, 5), service_functions=["协商议事"])
    detail = sites.site_detail(village_store, site_id)
    assert [i.status for i in detail.items] == ["未达标"] * 5 and detail.site.met == 0
    with pytest.raises(ValidationError):
        sites.create_site(village_store, actor, group_id=group)
    summary = sites.site_summary(village_store)
    assert (summary.sites, summary.complete, summary.by_village[0].name) == (1, 0, "新寮村")
