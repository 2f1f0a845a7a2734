"""The hash-chained audit log: each entry's hash covers the previous entry's hash.

Rewriting any past entry breaks every hash after it; the head hash travels in
bundle manifests and is printed on notices, so tampering is visible from outside.
SQLite triggers (created by the initial migration) refuse UPDATE and DELETE.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.models import AuditEntry

GENESIS = "0" * 64


def entry_hash(prev_hash: str, at: str, user_name: str, device_id: str, action: str, detail: str) -> str:
    canonical = json.dumps(
        [prev_hash, at, user_name, device_id, action, detail], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def head(session: Session) -> str:
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
    return last or GENESIS


def append(session: Session, actor: Actor, action: str, detail: dict[str, Any]) -> str:
    """Append one entry after the current head; returns the new head hash."""
    prev = head(session)
    at = utcnow()
    detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = entry_hash(prev, at.isoformat(timespec="microseconds"), actor.user_name, actor.device_id, action, detail_json)
    session.add(
        AuditEntry(
            at=at,
            user_name=actor.user_name,
            device_id=actor.device_id,
            action=action,
            detail=detail_json,
            prev_hash=prev,
            hash=digest,
        )
    )
    session.flush()
    return digest


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    broken_at: int | None  # seq of the first entry whose hash or link does not verify

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(entries: Iterable[AuditEntry]) -> ChainReport:
    prev, count = GENESIS, 0
    for entry in entries:
        count += 1
        expected = entry_hash(
            prev, entry.at.isoformat(timespec="microseconds"), entry.user_name, entry.device_id, entry.action, entry.detail
        )
        if entry.prev_hash != prev or entry.hash != expected:
            return ChainReport(count, prev, entry.seq)
        prev = entry.hash
    return ChainReport(count, prev, None)


def verify_session(session: Session) -> ChainReport:
    return verify(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000))
