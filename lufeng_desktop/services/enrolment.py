"""Town profiles and enrolment of village laptops over USB (DESIGN.md §4).

The town writes an enrolment file: its two public keys, their fingerprint, the
village code and a one-time code. The village pins those keys and reads the
fingerprint to the town clerk on the phone. Its first bundles carry the code
inside the sealed, signed bundle; the town accepts an unknown device key only
with an unused (or this very key's) code for that village, and from then on
only that key for that device.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core import divisions
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import LufengError, NotFoundError, StorageError, ValidationError
from lufeng_desktop.store import audit
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.changelog import ACTOR_KEY
from lufeng_desktop.store.database import Store, open_store, set_state
from lufeng_desktop.store.models import Device, LocalState, SyncEnrolment, SyncPeer, Town, Village
from lufeng_desktop.sync import envelope, keys, strictjson
from lufeng_desktop.sync.errors import BundleError
from lufeng_desktop.sync.ids import town_row_id

PROFILE, TOWN = "profile", "town"
ENROLMENT_FORMAT = 1
CODE_DAYS = 30
_STATE = ("town_code", "town_name", "town_box_key", "town_sign_key", "town_fingerprint", "enrol_code", "enrolled")


@contextmanager
def transaction(store: Store, actor: Actor, action: str, detail: dict[str, Any]) -> Iterator[Session]:
    """One transaction with the actor set and one audit entry; ``detail`` may be filled in by the caller."""
    store.require_sound()  # as unit_of_work: nothing is written to a file still being checked at start-up
    with store.sessions.begin() as session:
        session.info[ACTOR_KEY] = actor
        yield session
        session.flush()
        audit.append(session, actor, action, detail)


def is_town(store: Store) -> bool:
    return store.state(PROFILE) == TOWN


def require_town(store: Store) -> str:
    code = store.state("town_code")
    if not is_town(store) or not code:
        raise StorageError("这不是镇（街道）的数据目录，请先运行 town-init", "this is not a town profile; run town-init first", code="not_town")
    return code


def hash_code(code: str) -> str:
    return hashlib.sha256(code.strip().upper().replace("-", "").encode("ascii", "replace")).hexdigest()


@dataclass(frozen=True)
class TownProfile:
    database: Path
    town_code: str
    town_name: str
    fingerprint: str


def town_init(data_dir: Path, *, town_code: str, user_name: str, town_name: str | None = None) -> TownProfile:
    code = town_code.strip()
    if not (len(code) == 9 and code.isdigit()):
        raise ValidationError("镇（街道）代码应为 9 位数字，例如 441581004", "a town code has 9 digits, e.g. 441581004", field="town")
    name = (town_name or divisions.town_name_for(code) or "").strip() or "（未命名镇街）"
    if (keys.key_dir(data_dir) / keys.TOWN_BOX_KEY).exists():
        raise StorageError("这里已经有镇（街道）密钥，不会覆盖", "town keys already exist here and are never overwritten", code="exists")
    store = open_store(data_dir, create=True, device_name="镇（街道）电脑", village_code=code)
    try:
        town_keys = keys.create_town_keys(data_dir)
        device_key = keys.device_key(data_dir, create=True)
        actor = store.actor(user_name)
        with transaction(store, actor, "handover.town_init", {"town_code": code, "fingerprint": town_keys.fingerprint}) as session:
            session.add(Town(id=town_row_id(code), code=code, name=name, village_code=code))
            for key, value in ((PROFILE, TOWN), ("town_code", code), ("town_name", name)):
                set_state(session, key, value)
            device = session.get(Device, actor.device_id)
            assert device is not None
            device.public_key = bytes(device_key.verify_key).hex()
        return TownProfile(store.path, code, name, town_keys.fingerprint)
    finally:
        store.dispose()


def write_enrolment_file(store: Store, actor: Actor, *, village_code: str, out: Path, days: int = CODE_DAYS) -> dict[str, Any]:
    town_code = require_town(store)
    village = divisions.normalize_village_code(village_code)
    if divisions.town_code_of(village) != town_code:
        raise ValidationError(f"村（社区）{village} 不属于本镇（街道）{town_code}", f"village {village} is not in town {town_code}",
                              field="village")  # fmt: skip
    town_keys = keys.town_keys(store.data_dir)
    code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
    expires = utcnow() + timedelta(days=days)
    document = {
        "lufeng_enrolment": ENROLMENT_FORMAT, "town_code": town_code, "town_name": store.state("town_name") or "",
        "village_code": village, "box_public_key": town_keys.box_public.hex(), "sign_public_key": town_keys.sign_public.hex(),
        "fingerprint": town_keys.fingerprint, "code": code, "expires_at": expires.isoformat(timespec="seconds"),
    }  # fmt: skip
    with transaction(store, actor, "handover.enrol_file", {"village_code": village, "expires_at": document["expires_at"]}) as session:
        session.add(SyncEnrolment(village_code=village, code_hash=hash_code(code), expires_at=expires))
    out = out.expanduser().resolve()
    if out.is_dir():
        out = out / f"enrol-{village}.json"
    envelope.write_file(out.parent, out.name, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    return {"file": str(out), "village_code": village, "fingerprint": town_keys.fingerprint, "expires_at": document["expires_at"]}


def enrol(store: Store, actor: Actor, path: Path) -> dict[str, Any]:
    """Village side: pin the town's keys from an enrolment file and prepare the first bundle's claim."""
    if is_town(store):
        raise StorageError("镇（街道）数据目录不能登记为村", "a town profile cannot enrol as a village", code="is_town")
    document = _read_enrolment(path)
    village = store.state("village_code") or ""
    if document["village_code"] != village:
        raise ValidationError(f"登记文件是给 {document['village_code']} 的，本机是 {village or '未设置'}",
                              f"the enrolment file is for {document['village_code']}, this database is {village or 'unset'}",
                              field="village")  # fmt: skip
    pinned = store.state("town_box_key")
    if pinned and pinned != document["box_public_key"] and store.state("enrolled") == "yes":
        raise ValidationError("本机已登记到另一个镇（街道）的密钥", "this laptop is already enrolled with another town key", field="file")
    device_key = keys.device_key(store.data_dir, create=True)
    state = {"town_code": document["town_code"], "town_name": document["town_name"], "town_box_key": document["box_public_key"],
             "town_sign_key": document["sign_public_key"], "town_fingerprint": document["fingerprint"],
             "enrol_code": document["code"], "enrolled": "pending"}  # fmt: skip
    with transaction(store, actor, "handover.enrol", {"town_code": document["town_code"], "fingerprint": document["fingerprint"]}) as session:
        for key, value in state.items():
            set_state(session, key, value)
        device = session.get(Device, actor.device_id)
        assert device is not None
        device.public_key = bytes(device_key.verify_key).hex()
    return {"town_code": document["town_code"], "town_name": document["town_name"], "fingerprint": document["fingerprint"],
            "device_id": actor.device_id, "device_key": keys.fingerprint(bytes(device_key.verify_key))}  # fmt: skip


def _read_enrolment(path: Path) -> dict[str, Any]:
    try:
        raw = envelope.read_file(path, limit=64 * 1024)
        obj = strictjson.exact_keys(strictjson.loads(raw, what="enrolment", limit=64 * 1024),
                                    {"lufeng_enrolment", "town_code", "town_name", "village_code", "box_public_key",
                                     "sign_public_key", "fingerprint", "code", "expires_at"}, where="enrolment")  # fmt: skip
        if obj["lufeng_enrolment"] != ENROLMENT_FORMAT:
            raise ValidationError("登记文件版本不对", "unsupported enrolment file version", field="file")
        box, sign = bytes.fromhex(str(obj["box_public_key"])), bytes.fromhex(str(obj["sign_public_key"]))
        if len(box) != 32 or len(sign) != 32 or keys.fingerprint(box, sign) != obj["fingerprint"]:
            raise ValidationError("登记文件中的密钥与指纹不符", "the keys in the enrolment file do not match its fingerprint", field="file")
        if datetime.fromisoformat(str(obj["expires_at"])) < utcnow():
            raise ValidationError("登记文件已过期，请向镇（街道）重新索取", "the enrolment file has expired; ask the town for a new one", field="file")
        divisions.normalize_village_code(str(obj["village_code"]))
        return {k: str(v) for k, v in obj.items()}
    except (BundleError, ValueError) as exc:
        if isinstance(exc, LufengError):
            raise ValidationError(f"登记文件无效：{exc.zh}", f"invalid enrolment file: {exc.en}", field="file") from None
        raise ValidationError("登记文件无效", "invalid enrolment file", field="file") from None


def accept_enrolment(session: Session, *, device_id: str, village_code: str, public_key: bytes, code: str | None) -> SyncPeer | None:
    """Town side, inside the import transaction: a new device key is accepted only with a valid one-time code."""
    if not code:
        return None
    row = session.scalars(select(SyncEnrolment).where(SyncEnrolment.code_hash == hash_code(code))).first()
    now = utcnow()
    if row is None or row.village_code != village_code or row.expires_at < now:
        return None
    if row.used_by_device not in (None, device_id):
        return None
    if session.get(SyncPeer, device_id) is not None:
        return None  # a known device id presenting a different key is never re-keyed silently
    row.used_by_device, row.used_at = device_id, now
    peer = SyncPeer(device_id=device_id, village_code=village_code, public_key=public_key.hex(), status="active",
                    enrolled_at=now, acked_return_seq=0)  # fmt: skip
    session.add(peer)
    session.flush()
    return peer


def revoke_device(store: Store, actor: Actor, device_id: str) -> None:
    require_town(store)
    with transaction(store, actor, "handover.revoke", {"device_id": device_id}) as session:
        peers = session.scalars(select(SyncPeer).where(SyncPeer.device_id.startswith(device_id))).all()
        if len(peers) != 1 or not device_id.strip():
            raise NotFoundError(f"找不到设备 {device_id}", f"no single device matches {device_id}")
        if peers[0].status == "revoked":
            raise ValidationError("该设备已经吊销", "this device is already revoked", field="device")
        peers[0].status, peers[0].revoked_at = "revoked", utcnow()


def list_peers(store: Store) -> list[dict[str, Any]]:
    """Enrolled devices with their village's name (known once its first bundle arrived) and key fingerprint."""
    with store.sessions() as session:
        names: dict[str, str] = {code: name for code, name in session.execute(select(Village.code, Village.name).where(Village.deleted_at.is_(None)))}
        return [{"device_id": p.device_id, "village_code": p.village_code, "village_name": names.get(p.village_code, ""),
                 "status": p.status, "enrolled_at": p.enrolled_at.isoformat(timespec="seconds"),
                 "revoked_at": p.revoked_at.isoformat(timespec="seconds") if p.revoked_at else "",
                 "key": keys.fingerprint(bytes.fromhex(p.public_key))}
                for p in session.scalars(select(SyncPeer).order_by(SyncPeer.village_code))]  # fmt: skip


def village_state(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(LocalState).where(LocalState.key.in_(_STATE)))}
