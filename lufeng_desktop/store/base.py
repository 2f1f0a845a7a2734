"""Declarative base and the columns every syncable row carries (DESIGN.md §3)."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic batch migrations can find them again on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, so everything stored is UTC by convention."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable:
    """Mixin for rows that travel between a village and the town.

    ``version`` starts at 1 and grows by one per committed change; change capture
    (store/changelog.py) stamps it, the timestamps and the device, and writes the
    change-log entry. Rows are never hard-deleted: ``deleted_at`` is the tombstone.
    """

    __syncable__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by_device: Mapped[str] = mapped_column(String(36), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def is_syncable(obj: Any) -> bool:
    return isinstance(obj, Syncable)


def syncable_tables() -> list[Any]:
    """Every mapped table whose class is Syncable, in dependency order."""
    import lufeng_desktop.store.models  # noqa: F401, PLC0415 - every model registered, whoever asks first (a decoding worker)

    classes = {m.class_.__table__.name for m in Base.registry.mappers if issubclass(m.class_, Syncable)}
    return [t for t in Base.metadata.sorted_tables if t.name in classes]


def syncable_class_for_table(name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__table__.name == name:
            return mapper.class_
    raise KeyError(name)
