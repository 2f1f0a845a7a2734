"""What the 同步与交接 screen and ``handover-status`` / ``bundle-info`` show; read-only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from lufeng_desktop.services.bundle_import import _last_applied, decode_change_payload, open_at_town
from lufeng_desktop.services.enrolment import is_town, village_state
from lufeng_desktop.services.handover import count_unexported
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import SyncBundleIn, SyncBundleOut, SyncConflict, SyncPeer
from lufeng_desktop.sync import envelope, keys
from lufeng_desktop.sync.errors import BundleUnknownSender
from lufeng_desktop.sync.manifest import CHANGES


def handover_status(store: Store) -> dict[str, Any]:
    with store.sessions() as session:
        open_conflicts = session.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.status == "open")) or 0
        if is_town(store):
            held = session.scalars(select(SyncBundleIn).where(SyncBundleIn.kind == CHANGES, SyncBundleIn.status == "held")
                                   .order_by(SyncBundleIn.device_id, SyncBundleIn.epoch, SyncBundleIn.seq)).all()  # fmt: skip
            waiting: dict[tuple[str, int], dict[str, Any]] = {}
            for row in held:
                key = (row.device_id, row.epoch)
                if key not in waiting:
                    missing = _last_applied(session, row.device_id, row.epoch)[0] + 1
                    waiting[key] = {"device_id": row.device_id, "village_code": row.village_code, "epoch": row.epoch,
                                    "waiting_for": missing, "held": 0, "since": row.received_at.isoformat(timespec="seconds"),
                                    "message": f"等待设备 {row.device_id[:8]}（{row.village_code}）第 {row.epoch} 轮第 {missing} 号包"
                                               f"（waiting for bundle {missing} from {row.device_id[:8]} ({row.village_code}) since {row.received_at:%Y-%m-%d}）"}  # fmt: skip
                waiting[key]["held"] += 1
            forks = [{"device_id": r.device_id, "village_code": r.village_code, "epoch": r.epoch, "seq": r.seq,
                      "received_at": r.received_at.isoformat(timespec="seconds")}
                     for r in session.scalars(select(SyncBundleIn).where(SyncBundleIn.status == "fork"))]  # fmt: skip
            peers = session.scalar(select(func.count()).select_from(SyncPeer)) or 0
            applied = session.scalar(select(func.count()).select_from(SyncBundleIn).where(SyncBundleIn.status == "applied")) or 0
            return {"profile": "town", "town_code": store.state("town_code"), "devices": peers, "bundles_applied": applied,
                    "backlog": list(waiting.values()), "forks": forks, "open_conflicts": open_conflicts}  # fmt: skip
        device = store.device()
        state = village_state(session)
        pending = session.scalars(select(SyncBundleOut).where(SyncBundleOut.kind == CHANGES, SyncBundleOut.acked_at.is_(None))
                                  .order_by(SyncBundleOut.epoch, SyncBundleOut.seq)).all()  # fmt: skip
        unexported = count_unexported(session, device.id)
        last_ack = session.scalar(select(func.max(SyncBundleOut.acked_at)).where(SyncBundleOut.kind == CHANGES))
        return {"profile": "village", "village_code": store.state("village_code"), "device_id": device.id, "epoch": device.epoch,
                "enrolled": state.get("enrolled", "no"), "town_code": state.get("town_code"),
                "town_fingerprint": state.get("town_fingerprint"), "unexported_changes": unexported,
                "waiting_for_ack": [f"{r.epoch}-{r.seq}" for r in pending],
                "last_ack": last_ack.isoformat(timespec="seconds") if last_ack else None, "open_conflicts": open_conflicts}  # fmt: skip


def bundle_info(store: Store, path: Path) -> dict[str, Any]:
    """What a bundle is, after verifying it, without applying anything (the session is never committed)."""
    data = envelope.read_file(path)
    info: dict[str, Any] = {"file": path.name, "bytes": len(data)}
    if not is_town(store):
        with store.sessions() as session:
            own = session.scalars(select(SyncBundleOut).where(SyncBundleOut.data == data)).first()
        if own is not None:
            return {**info, "verified": True, "own_bundle": True, "epoch": own.epoch, "seq": own.seq, "changes": own.changes,
                    "acknowledged": own.acked_at is not None}  # fmt: skip
        device_key = keys.device_key(store.data_dir)
        unsealed = envelope.unseal(data, keys.device_box_private(device_key))
        pinned = store.state("town_sign_key") or ""
        body = unsealed.verify(bytes.fromhex(pinned) if pinned else None)
        from lufeng_desktop.sync.manifest import RETURN  # noqa: PLC0415
        from lufeng_desktop.sync.opened import parse_body  # noqa: PLC0415

        opened = parse_body(body, data, recipient=keys.key_id(bytes(keys.device_box_public(device_key.verify_key))).hex(), kind=RETURN)
        return {**info, "verified": unsealed.signer.hex() == pinned, **json.loads(opened.manifest.to_json())}
    with store.sessions() as session:
        try:
            try:
                opened, peer = open_at_town(store, session, data, enrol=False)
                enrolled = True
            except BundleUnknownSender:
                opened, peer = open_at_town(store, session, data, enrol=True)  # a first bundle carrying a valid code
                enrolled = False
            items, attachments = decode_change_payload(opened, session)
            m = opened.manifest
            last_seq, _ = _last_applied(session, m.device_id, m.epoch)
            seen = session.scalar(select(func.count()).select_from(SyncBundleIn).where(
                SyncBundleIn.device_id == m.device_id, SyncBundleIn.epoch == m.epoch, SyncBundleIn.seq == m.seq,
                SyncBundleIn.bundle_hash == opened.bundle_hash))  # fmt: skip
            state = ("already imported" if seen else "next in line" if m.seq == last_seq + 1
                     else "would be held: waiting for bundle %d" % (last_seq + 1) if m.seq > last_seq else "would be a fork")  # fmt: skip
            by_entity: dict[str, int] = {}
            for change in items:
                by_entity[change.entity] = by_entity.get(change.entity, 0) + 1
            manifest = json.loads(m.to_json())
            manifest.pop("enrolment_code", None)
            return {**info, "verified": True, "sender_enrolled": enrolled,
                    "state": state, "changes_by_table": by_entity, "attachments": len(attachments), "bundle_hash": opened.bundle_hash,
                    **manifest}  # fmt: skip
        finally:
            session.rollback()
