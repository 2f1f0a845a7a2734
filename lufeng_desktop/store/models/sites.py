"""村民小组示范点 (demonstration sites) and their 五有 checklist."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, Syncable


class DemoSite(Syncable, Base):
    __tablename__ = "demo_site"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("villager_group.id"), unique=True)
    designated_on: Mapped[date | None] = mapped_column(Date)
    service_functions: Mapped[str] = mapped_column(Text, default="")  # 政务服务、党群活动 … one per line
    notes: Mapped[str] = mapped_column(Text, default="")


class DemoSiteItem(Syncable, Base):
    """One 五有 criterion of one site (criteria codes come from resources/rules/five_haves.toml)."""

    __tablename__ = "demo_site_item"
    __table_args__ = (UniqueConstraint("demo_site_id", "criterion_code"),)
    demo_site_id: Mapped[str] = mapped_column(ForeignKey("demo_site.id"), index=True)
    criterion_code: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(6))  # core.roles.ChecklistStatus
    checked_on: Mapped[date | None] = mapped_column(Date)
    attachment_id: Mapped[str | None] = mapped_column(ForeignKey("attachment.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class DemoSiteInspection(Syncable, Base):
    __tablename__ = "demo_site_inspection"
    demo_site_id: Mapped[str] = mapped_column(ForeignKey("demo_site.id"), index=True)
    inspected_on: Mapped[date] = mapped_column(Date)
    inspector: Mapped[str] = mapped_column(String(30))
    notes: Mapped[str] = mapped_column(Text, default="")
