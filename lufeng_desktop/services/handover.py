"""Export to the USB stick: the village's next change bundles, or the town's return bundles (DESIGN.md §4).

The database records a bundle (its sequence number, hash and sealed bytes)
and commits *before* the file is written, so a bundle that left the laptop can
never be forgotten by it (RELIABILITY.md §2.5). Every bundle not yet named by
a signed acknowledgement is written again on each export: a lost stick costs
nothing, and the town treats the copies it already has as replays.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.public import PublicKey
from nacl.signing import VerifyKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop import __version__
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.paths import resource_path
from lufeng_desktop.services.enrolment import is_town, transaction, village_state
from lufeng_desktop.store import audit, migrate
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import ChangeLog, Device, SyncBundleIn, SyncBundleOut, SyncConflict, SyncPeer
from lufeng_desktop.sync import blobs, changes, envelope, keys, strictjson
from lufeng_desktop.sync.manifest import CHANGES, RETURN, Manifest

MAX_CHANGES_PER_BUNDLE = 20_000
MAX_ATTACHMENT_BYTES_PER_BUNDLE = 48 * 1024 * 1024
REFERENCE_FILES = ("bodies.toml", "deadlines.toml", "five_haves.toml", "matter_types.toml", "rule_sets.toml", "holidays.toml")


class _NothingNew(Exception):
    """Raised inside an export transaction to roll it back when there is nothing to send."""


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    new_bundles: list[str] = field(default_factory=list)
    changes: int = 0
    pending: int = 0  # bundles written that still wait for an acknowledgement

    def as_dict(self) -> dict[str, Any]:
        return {"files": [str(f) for f in self.files], "new_bundles": self.new_bundles, "changes": self.changes, "pending": self.pending}


def bundle_name(device_id: str, epoch: int, seq: int, kind: str = CHANGES) -> str:
    return f"{device_id}-{epoch}-{seq}.lfb" if kind == CHANGES else f"{device_id}-town-{seq}.lfb"


def export_bundles(store: Store, actor: Actor, out_dir: Path) -> ExportResult:
    out_dir = out_dir.expanduser().resolve()
    if not out_dir.is_dir():
        raise StorageError(f"找不到导出文件夹：{out_dir}", f"the export folder does not exist: {out_dir}", code="no_folder")
    result = ExportResult()
    if is_town(store):
        _make_returns(store, actor, result)
        kind = RETURN
    else:
        actor = _guard_epoch(store, actor)
        try:
            while _make_next_bundle(store, actor, result):
                pass
        except _NothingNew:
            pass
        kind = CHANGES
    with store.sessions() as session:
        pending = session.scalars(
            select(SyncBundleOut).where(SyncBundleOut.kind == kind, SyncBundleOut.acked_at.is_(None), SyncBundleOut.data.is_not(None))
            .order_by(SyncBundleOut.device_id, SyncBundleOut.epoch, SyncBundleOut.seq)
        ).all()  # fmt: skip
        for row in pending:
            assert row.data is not None
            result.files.append(envelope.write_file(out_dir, bundle_name(row.device_id, row.epoch, row.seq, kind), row.data))
    result.pending = len(result.files)
    return result


def _make_next_bundle(store: Store, actor: Actor, result: ExportResult) -> bool:
    """Seal the next slice of this device's change log (this epoch) into a bundle; False when nothing is new."""
    with transaction(store, actor, "handover.export", detail := {}) as session:
        state = village_state(session)
        if not state.get("town_box_key"):
            raise StorageError("本机尚未登记到镇（街道），请先运行 enrol", "this laptop is not enrolled with a town yet; run enrol first",
                               code="not_enrolled")  # fmt: skip
        last = session.scalars(select(SyncBundleOut).where(
            SyncBundleOut.kind == CHANGES, SyncBundleOut.device_id == actor.device_id, SyncBundleOut.epoch == actor.epoch,
        ).order_by(SyncBundleOut.seq.desc()).limit(1)).first()  # fmt: skip
        rows = unexported_changes(session, actor.device_id, MAX_CHANGES_PER_BUNDLE)
        if not rows:
            raise _NothingNew
        items = [[r.change_id, r.entity, r.row_id, r.op, r.base_version, r.new_version, r.local_seq, r.payload] for r in rows]
        attachments = _attachments_for(store.data_dir, rows)
        payload = changes.compress({"changes": items, "attachments": attachments})
        seq = (last.seq if last else 0) + 1
        town_box = bytes.fromhex(state["town_box_key"])
        manifest = Manifest(
            kind=CHANGES, device_id=actor.device_id, village_code=store.state("village_code") or "",
            town_code=state.get("town_code", ""), epoch=actor.epoch, seq=seq,
            prev_bundle_hash=last.bundle_hash if last else _previous_epoch_hash(session, actor), recipient_key_id=keys.key_id(town_box).hex(),
            created_at=utcnow().isoformat(timespec="seconds"), payload_sha256=hashlib.sha256(payload).hexdigest(),
            payload_bytes=len(payload), audit_head=audit.head(session),
            counts={"changes": len(items), "attachments": len(attachments)}, app_version=__version__,
            schema_revision=migrate.current_revision(store.engine) or "",
            return_seq_applied=int(state.get("return_seq_applied", "0") or 0),
            enrolment_code=state.get("enrol_code") if state.get("enrolled") != "yes" else None,
        )  # fmt: skip
        body = envelope.make_body(manifest.to_json(), payload)
        sealed = envelope.seal(body, keys.device_key(store.data_dir), PublicKey(town_box))
        session.add(SyncBundleOut(kind=CHANGES, device_id=actor.device_id, epoch=actor.epoch, seq=seq,
                                  bundle_hash=envelope.body_hash(body), first_local_seq=rows[0].local_seq,
                                  last_local_seq=rows[-1].local_seq, changes=len(rows), data=sealed,
                                  summary=strictjson.dumps({"ranges": _ranges(rows)}).decode("utf-8")))  # fmt: skip
        detail.update({"bundle": manifest.label, "changes": len(rows)})
    keys.raise_exported_mark(store.data_dir, actor.epoch, seq)  # durable before the file can leave
    result.new_bundles.append(manifest.label)
    result.changes += len(rows)
    return len(rows) == MAX_CHANGES_PER_BUNDLE


def _guard_epoch(store: Store, actor: Actor) -> Actor:
    """Start a new epoch if bundles left this laptop that this database does not know.

    That happens after restoring a backup (even the same one twice) or after a
    power cut that lost the commit of an export (RELIABILITY.md S3): reusing the
    sequence numbers would make the town see forks.
    """
    mark_epoch, mark_seq = keys.exported_mark(store.data_dir)
    with store.sessions() as session:
        known = session.scalar(select(func.max(SyncBundleOut.seq)).where(
            SyncBundleOut.kind == CHANGES, SyncBundleOut.device_id == actor.device_id, SyncBundleOut.epoch == mark_epoch)) or 0  # fmt: skip
    if actor.epoch > mark_epoch or (actor.epoch == mark_epoch and known >= mark_seq):
        return actor
    new_epoch = max(actor.epoch, mark_epoch) + 1
    with transaction(store, actor, "handover.new_epoch", {"from": actor.epoch, "to": new_epoch, "exported": [mark_epoch, mark_seq]}) as session:
        device = session.get(Device, actor.device_id)
        assert device is not None
        device.epoch = new_epoch
    return Actor(user_name=actor.user_name, device_id=actor.device_id, epoch=new_epoch)


def _ranges(rows: list[ChangeLog]) -> list[list[int]]:
    """(epoch, first, last) local sequences a bundle covers; after a restore one bundle may span epochs."""
    ranges: list[list[int]] = []
    for row in rows:
        if ranges and ranges[-1][0] == row.epoch:
            ranges[-1][2] = row.local_seq
        else:
            ranges.append([row.epoch, row.local_seq, row.local_seq])
    return ranges


def covered_ranges(session: Session, device_id: str, *, acked_only: bool = False) -> list[list[int]]:
    query = select(SyncBundleOut.summary).where(SyncBundleOut.kind == CHANGES, SyncBundleOut.device_id == device_id)
    if acked_only:
        query = query.where(SyncBundleOut.acked_at.is_not(None))
    return [r for summary in session.scalars(query) for r in json.loads(summary).get("ranges", [])]


def _covered_up_to(session: Session, device_id: str) -> dict[int, int]:
    covered: dict[int, int] = {}
    for epoch, _first, last_seq in covered_ranges(session, device_id):
        covered[epoch] = max(covered.get(epoch, 0), last_seq)
    return covered


def count_unexported(session: Session, device_id: str) -> int:
    """How many changes wait for the next export, counted in SQL (the status screen must not load them)."""
    covered = _covered_up_to(session, device_id)
    total = 0
    for epoch in session.scalars(select(ChangeLog.epoch).where(ChangeLog.device_id == device_id).distinct()):
        total += session.scalar(select(func.count()).select_from(ChangeLog).where(
            ChangeLog.device_id == device_id, ChangeLog.epoch == epoch, ChangeLog.local_seq > covered.get(epoch, 0),
        )) or 0  # fmt: skip
    return total


def unexported_changes(session: Session, device_id: str, limit: int) -> list[ChangeLog]:
    """Change-log entries of this device in no bundle yet, oldest epoch first.

    After a restore the database may hold changes of the old epoch that it never
    exported (they may or may not have left in the lost timeline): they travel in
    the new epoch's bundles, and the town skips the ones it already has by change_id.
    """
    covered = _covered_up_to(session, device_id)
    rows: list[ChangeLog] = []
    for epoch in session.scalars(select(ChangeLog.epoch).where(ChangeLog.device_id == device_id).distinct().order_by(ChangeLog.epoch)):
        rows += session.scalars(select(ChangeLog).where(
            ChangeLog.device_id == device_id, ChangeLog.epoch == epoch, ChangeLog.local_seq > covered.get(epoch, 0),
        ).order_by(ChangeLog.local_seq).limit(limit - len(rows))).all()  # fmt: skip
        if len(rows) >= limit:
            break
    return rows


def _previous_epoch_hash(session: Session, actor: Actor) -> str:
    """An epoch's first bundle names the last bundle this database knows: the town applies that one first."""
    row = session.scalars(select(SyncBundleOut.bundle_hash).where(
        SyncBundleOut.kind == CHANGES, SyncBundleOut.device_id == actor.device_id, SyncBundleOut.epoch < actor.epoch,
    ).order_by(SyncBundleOut.epoch.desc(), SyncBundleOut.seq.desc()).limit(1)).first()  # fmt: skip
    return row or ""


def _attachments_for(data_dir: Path, rows: list[ChangeLog]) -> list[dict[str, str]]:
    """The bytes of attachments inserted in this slice, as far as a bundle's budget allows; missing files are skipped."""
    result, total = [], 0
    for row in rows:
        if row.entity != "attachment" or row.op != "insert":
            continue
        sha = strictjson.loads(row.payload, what="attachment", limit=changes.MAX_ROW_BYTES).get("sha256", "")
        data = blobs.read_blob(data_dir, sha) if isinstance(sha, str) and len(sha) == 64 else None
        if data is None or total + len(data) > MAX_ATTACHMENT_BYTES_PER_BUNDLE:
            continue
        total += len(data)
        result.append(changes.encode_attachment(sha, data))
    return result


# Town → village ----------------------------------------------------------------------------------------------


def acks_for(session: Session, device_id: str) -> dict[str, list[Any]]:
    """Per epoch, the newest applied bundle (seq, hash): the town applies in order, so it covers all before it."""
    rows = session.execute(
        select(SyncBundleIn.epoch, func.max(SyncBundleIn.seq)).where(
            SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == device_id, SyncBundleIn.status == "applied"
        ).group_by(SyncBundleIn.epoch)
    ).all()
    acks: dict[str, list[Any]] = {}
    for epoch, seq in rows:
        digest = session.scalars(select(SyncBundleIn.bundle_hash).where(
            SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == device_id, SyncBundleIn.epoch == epoch,
            SyncBundleIn.seq == seq, SyncBundleIn.status == "applied")).first()  # fmt: skip
        acks[str(epoch)] = [seq, digest]
    return acks


def _reference_data() -> dict[str, str]:
    result = {}
    for name in REFERENCE_FILES:
        path = resource_path("rules", name)
        if path.exists():
            result[f"rules/{name}"] = path.read_text("utf-8")
    return result


def _make_returns(store: Store, actor: Actor, result: ExportResult) -> None:
    town_keys = keys.town_keys(store.data_dir)
    with store.sessions() as session:
        peers = session.scalars(select(SyncPeer).where(SyncPeer.status == "active")).all()
    for peer in peers:
        try:
            seq = _make_return(store, actor, town_keys, peer.device_id)
        except _NothingNew:
            continue
        result.new_bundles.append(f"{peer.device_id[:8]}-town-{seq}")


def _make_return(store: Store, actor: Actor, town_keys: keys.TownKeys, device_id: str) -> int:
    with transaction(store, actor, "handover.export_return", detail := {}) as session:
        live = session.get(SyncPeer, device_id)
        assert live is not None
        acks = acks_for(session, live.device_id)
        resolutions = session.scalars(select(SyncConflict).where(
            SyncConflict.remote_device_id == live.device_id, SyncConflict.status == "resolved",
            (SyncConflict.return_seq.is_(None)) | (SyncConflict.return_seq > live.acked_return_seq),
        ).order_by(SyncConflict.resolved_at)).all()  # fmt: skip
        last = session.scalars(select(SyncBundleOut).where(SyncBundleOut.kind == RETURN, SyncBundleOut.device_id == live.device_id)
                               .order_by(SyncBundleOut.seq.desc()).limit(1)).first()  # fmt: skip
        summary = strictjson.dumps({"acks": acks, "resolutions": sorted(c.id for c in resolutions)}).decode("utf-8")
        if last is not None and last.summary == summary:
            raise _NothingNew
        seq = (last.seq if last else 0) + 1
        items = [[c.id, c.remote_new_version, [c.resolution_change_id, c.entity, c.row_id,
                  "insert" if c.remote_op == "insert" and c.local_version is None else "update",
                  c.remote_new_version, c.resolution_version, 0, c.resolution_payload]] for c in resolutions]  # fmt: skip
        for c in resolutions:
            c.return_seq = c.return_seq or seq
        payload = changes.compress({"acks": acks, "resolutions": items, "reference": _reference_data()})
        device_box = keys.device_box_public(VerifyKey(bytes.fromhex(live.public_key)))
        manifest = Manifest(
            kind=RETURN, device_id=live.device_id, village_code=live.village_code, town_code=store.state("town_code") or "",
            epoch=1, seq=seq, prev_bundle_hash=last.bundle_hash if last else "",
            recipient_key_id=keys.key_id(bytes(device_box)).hex(), created_at=utcnow().isoformat(timespec="seconds"),
            payload_sha256=hashlib.sha256(payload).hexdigest(), payload_bytes=len(payload), audit_head=audit.head(session),
            counts={"acks": len(acks), "resolutions": len(items)}, app_version=__version__,
            schema_revision=migrate.current_revision(store.engine) or "", return_seq_applied=0,
        )  # fmt: skip
        body = envelope.make_body(manifest.to_json(), payload)
        sealed = envelope.seal(body, town_keys.sign, device_box)
        session.add(SyncBundleOut(kind=RETURN, device_id=live.device_id, epoch=1, seq=seq, bundle_hash=envelope.body_hash(body),
                                  changes=len(items), summary=summary, data=sealed))  # fmt: skip
        # Older return bundles are superseded: acknowledgements are cumulative and answers are repeated until acknowledged.
        for old in session.scalars(select(SyncBundleOut).where(SyncBundleOut.kind == RETURN, SyncBundleOut.device_id == live.device_id,
                                                               SyncBundleOut.seq < seq, SyncBundleOut.data.is_not(None))):  # fmt: skip
            old.data = None
        detail.update({"bundle": f"{live.device_id[:8]}-town-{seq}", "resolutions": len(items)})
    return seq
