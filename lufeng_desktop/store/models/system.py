"""Local bookkeeping: users, devices, the installation's state, the change log and the audit chain.

None of these rows is Syncable: the change log *is* what travels, and the audit
chain's head travels in every bundle manifest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, new_id, utcnow


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))  # clerk, secretary, supervisor, town_clerk (enforced later)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Device(Base):
    """An installation that writes changes; ``epoch`` grows when it is restored from a backup."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(60))
    village_code: Mapped[str] = mapped_column(String(12))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    public_key: Mapped[str] = mapped_column(String(64), default="")  # Ed25519, hex (sync issue)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LocalState(Base):
    """Key/value facts about this installation (its device id, profile, village)."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLog(Base):
    """One committed change of one syncable row, written in the same transaction as the change."""

    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("device_id", "epoch", "local_seq"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    base_version: Mapped[int] = mapped_column(Integer)
    new_version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(8))  # insert / update / delete (tombstone)
    payload: Mapped[str] = mapped_column(Text)  # the full row as canonical JSON
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    local_seq: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only, hash-chained record of every service action (triggers forbid UPDATE/DELETE)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text)  # JSON: the rows touched and a summary
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
