"""Attachments (photos, scans) stored once by content hash; the bytes live in the attachments folder."""

from __future__ import annotations

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, Syncable


class Attachment(Syncable, Base):
    __tablename__ = "attachment"
    __table_args__ = (UniqueConstraint("village_code", "sha256"),)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(60))
    original_name: Mapped[str] = mapped_column(String(200), default="")
