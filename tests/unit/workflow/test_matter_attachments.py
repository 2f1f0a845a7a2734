"""Matter attachments: a scan or photo is stored once, linked to the right step, and checked by its content."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import attachments, matter_attachments
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Attachment, ChangeLog, Matter, MatterStep

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _matter_and_step(store: Store) -> tuple[str, str, str]:
    with store.sessions() as session:
        step = session.scalars(select(MatterStep)).first()
        other = session.scalars(select(Matter).where(Matter.id != step.matter_id)).first()
        return step.matter_id, step.id, other.id


def test_a_signed_sheet_is_linked_to_its_meeting_and_stored_once(small_demo: Store) -> None:
    actor = small_demo.actor("文书")
    matter_id, step_id, _other = _matter_and_step(small_demo)
    first = matter_attachments.attach(small_demo, actor, matter_id=matter_id, step_id=step_id, source=PDF,
                                      original_name="签到表.pdf", caption="党员大会签到表")  # fmt: skip
    second = matter_attachments.attach(small_demo, actor, matter_id=matter_id, source=PNG, original_name="公示照片.png")
    again = matter_attachments.attach(small_demo, actor, matter_id=matter_id, source=PDF, original_name="签到表副本.pdf")
    rows = matter_attachments.list_attachments(small_demo, matter_id)
    assert [r.id for r in rows] == [first, second, again]
    assert rows[0].step_id == step_id and rows[0].caption == "党员大会签到表" and rows[0].media_type == "application/pdf"
    assert rows[0].attachment_id == rows[2].attachment_id  # same bytes, one stored file
    assert attachments.read_bytes(small_demo, rows[1].attachment_id) == PNG
    with small_demo.sessions() as session:
        assert session.scalars(select(ChangeLog).where(ChangeLog.entity == "matter_attachment")).all()  # it syncs
        assert len(session.scalars(select(Attachment)).all()) == 2

    matter_attachments.detach(small_demo, actor, link_id=second, reason="拍错了")
    assert [r.id for r in matter_attachments.list_attachments(small_demo, matter_id)] == [first, again]


def test_a_step_of_another_matter_or_a_disguised_file_is_refused(small_demo: Store) -> None:
    actor = small_demo.actor("文书")
    matter_id, step_id, other = _matter_and_step(small_demo)
    with pytest.raises(ValidationError, match="不属于这个事项"):
        matter_attachments.attach(small_demo, actor, matter_id=other, step_id=step_id, source=PDF, original_name="a.pdf")
    with pytest.raises(ValidationError):
        matter_attachments.attach(small_demo, actor, matter_id=matter_id, source=b"MZ\x90\x00 not a photo", original_name="照片.jpg")
    assert matter_attachments.list_attachments(small_demo, matter_id) == []
