"""Bookkeeping of the USB handover (DESIGN.md §4): peers, enrolment codes, bundles in and out, conflicts.

None of these rows is Syncable — they describe the transport, not the register.
``sync_bundle_in`` is the town's anti-rollback state (RELIABILITY.md §3.2, the TUF
lesson): it is never rebuilt from incoming bundles and is backed up with the database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, new_id, utcnow


class SyncPeer(Base):
    """Town side: an enrolled village device, its Ed25519 key and what it has been told."""

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # Ed25519 verify key, hex
    status: Mapped[str] = mapped_column(String(10), default="active")  # active / revoked
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    acked_return_seq: Mapped[int] = mapped_column(Integer, default=0)  # newest return bundle the village applied


class SyncEnrolment(Base):
    """Town side: a one-time enrolment code for one village (only its hash is kept)."""

    __tablename__ = "sync_enrolment"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_by_device: Mapped[str | None] = mapped_column(String(36), default=None)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class SyncBundleIn(Base):
    """A verified bundle this installation received: applied, held in the backlog, or quarantined as a fork."""

    __tablename__ = "sync_bundle_in"
    __table_args__ = (UniqueConstraint("kind", "device_id", "epoch", "seq", "bundle_hash"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))  # changes (village → town) / return (town → village)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    village_code: Mapped[str] = mapped_column(String(12))
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    prev_bundle_hash: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(10))  # applied / held / fork
    claimed_created_at: Mapped[str] = mapped_column(String(40), default="")  # the sender's clock: informational only
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    manifest: Mapped[str] = mapped_column(Text)
    report: Mapped[str] = mapped_column(Text, default="{}")
    data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # kept while held or quarantined


class SyncBundleOut(Base):
    """A bundle this installation wrote: re-sendable (same bytes) until a signed acknowledgement names it."""

    __tablename__ = "sync_bundle_out"
    __table_args__ = (UniqueConstraint("kind", "device_id", "epoch", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str] = mapped_column(String(36))  # own device for changes; the addressee for returns
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    bundle_hash: Mapped[str] = mapped_column(String(64))
    first_local_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_local_seq: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)  # dropped once acknowledged


class SyncChangeSeen(Base):
    """A remote change processed but not logged (a duplicate or a conflict), by ``change_id`` with its content hash.

    With the change-log copies of the applied changes (``change_id`` unique there) this is the
    guarantee that none is applied twice (sync/apply.py). Earlier versions wrote a row here for applied changes too;
    those rows still answer a replay exactly as the log would.
    """

    __tablename__ = "sync_change_seen"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    local_seq: Mapped[int] = mapped_column(Integer)
    bundle_seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(10))  # new / updated / duplicate / conflict


class SyncConflict(Base):
    """A remote change whose base version was not the row's current version: both values kept for a person."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    village_code: Mapped[str] = mapped_column(String(12), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # stale_base / missing_row / insert_clash
    local_version: Mapped[int | None] = mapped_column(Integer, default=None)
    local_payload: Mapped[str | None] = mapped_column(Text, default=None)
    remote_change_id: Mapped[str] = mapped_column(String(36), unique=True)
    remote_device_id: Mapped[str] = mapped_column(String(36))
    remote_base_version: Mapped[int] = mapped_column(Integer)
    remote_new_version: Mapped[int] = mapped_column(Integer)
    remote_op: Mapped[str] = mapped_column(String(8))
    remote_payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / resolved
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str] = mapped_column(String(40), default="")
    choice: Mapped[str] = mapped_column(String(10), default="")  # local / remote / merged
    resolution_change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution_version: Mapped[int | None] = mapped_column(Integer, default=None)
    resolution_payload: Mapped[str | None] = mapped_column(Text, default=None)
    return_seq: Mapped[int | None] = mapped_column(Integer, default=None)  # first return bundle that carried it
