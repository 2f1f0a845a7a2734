"""Attachments of a matter: the signed sign-in sheet of a meeting, the photo of a posted notice, scans.

The bytes are stored once by content hash (services/attachments.py); a
MatterAttachment row links them to the matter and, where it belongs, to one
meeting step or one notice. Removing a link is a tombstone like any other change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.services import attachments
from lufeng_desktop.services.uow import reading, unit_of_work
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Attachment, Matter, MatterAttachment, MatterDisclosure, MatterStep


@dataclass(frozen=True)
class MatterAttachmentRow:
    id: str
    attachment_id: str
    step_id: str | None
    disclosure_id: str | None
    caption: str
    original_name: str
    media_type: str
    size: int


def attach(store: Store, actor: Actor, *, matter_id: str, source: Path | bytes, original_name: str = "", caption: str = "",
           step_id: str | None = None, disclosure_id: str | None = None) -> str:  # fmt: skip
    """Store a photo or PDF and link it to the matter (and its step or notice); returns the link's id."""
    data = attachments.read_file(source) if isinstance(source, Path) else source
    name = original_name or (source.name if isinstance(source, Path) else "附件")
    with unit_of_work(store, actor, "matters.attach", file=name) as session:
        matter = session.get(Matter, matter_id)
        if matter is None or matter.deleted_at is not None:
            raise NotFoundError("找不到该事项", "matter not found", code="not_found")
        for model, row_id, zh in ((MatterStep, step_id, "会议步骤"), (MatterDisclosure, disclosure_id, "公示")):
            if row_id is not None:
                row = session.get(model, row_id)
                if row is None or row.matter_id != matter_id:
                    raise ValidationError(f"该{zh}不属于这个事项", f"that {model.__tablename__} belongs to another matter")
        stored = attachments.add_in_session(session, store.data_dir, village_code=matter.village_code, data=data,
                                            original_name=name, accept=attachments.DOCUMENT_TYPES)  # fmt: skip
        link = MatterAttachment(matter_id=matter_id, step_id=step_id, disclosure_id=disclosure_id, attachment_id=stored.id,
                                caption=caption.strip()[:200], village_code=matter.village_code)  # fmt: skip
        session.add(link)
        session.flush()
        return link.id


def list_attachments(store: Store, matter_id: str) -> list[MatterAttachmentRow]:
    with reading(store) as session:
        rows = session.execute(
            select(MatterAttachment, Attachment).join(Attachment, Attachment.id == MatterAttachment.attachment_id)
            .where(MatterAttachment.matter_id == matter_id, MatterAttachment.deleted_at.is_(None))
            .order_by(MatterAttachment.created_at)
        ).all()  # fmt: skip
        return [MatterAttachmentRow(link.id, a.id, link.step_id, link.disclosure_id, link.caption, a.original_name, a.media_type, a.size)
                for link, a in rows]  # fmt: skip


def detach(store: Store, actor: Actor, *, link_id: str, reason: str) -> None:
    if not reason.strip():
        raise ValidationError("请填写移除原因", "enter why the attachment is removed", field="reason")
    with unit_of_work(store, actor, "matters.detach", reason=reason.strip()) as session:
        link = session.get(MatterAttachment, link_id)
        if link is None or link.deleted_at is not None:
            raise NotFoundError("找不到该附件", "attachment not found", code="not_found")
        link.deleted_at = utcnow()
