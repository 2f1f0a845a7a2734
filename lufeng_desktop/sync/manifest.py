"""The manifest: what a bundle is, signed with it (DESIGN.md §4). Strictly validated after the signature."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lufeng_desktop.sync import strictjson
from lufeng_desktop.sync.envelope import FORMAT, MAX_MANIFEST_BYTES
from lufeng_desktop.sync.errors import BundleMalformed
from lufeng_desktop.sync.strictjson import exact_keys

CHANGES, RETURN = "changes", "return"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CODE = re.compile(r"^\d{9,12}$")

_KEYS = {
    "format", "kind", "device_id", "village_code", "town_code", "epoch", "seq", "prev_bundle_hash",
    "recipient_key_id", "created_at", "counts", "payload_sha256", "payload_bytes", "audit_head",
    "app_version", "schema_revision", "return_seq_applied", "enrolment_code",
}  # fmt: skip
_OPTIONAL = {"enrolment_code", "town_code", "village_code"}


@dataclass(frozen=True)
class Manifest:
    kind: str
    device_id: str
    epoch: int
    seq: int
    prev_bundle_hash: str
    recipient_key_id: str
    created_at: str
    payload_sha256: str
    payload_bytes: int
    audit_head: str
    counts: dict[str, int] = field(default_factory=dict)
    village_code: str = ""
    town_code: str = ""
    app_version: str = ""
    schema_revision: str = ""
    return_seq_applied: int = 0
    enrolment_code: str | None = None
    format: int = FORMAT

    def to_json(self) -> bytes:
        data: dict[str, Any] = {name: getattr(self, name) for name in _KEYS}
        if self.enrolment_code is None:
            del data["enrolment_code"]
        return strictjson.dumps(data)

    @property
    def label(self) -> str:
        return f"{self.device_id[:8]}-{self.epoch}-{self.seq}"


def parse(raw: bytes) -> Manifest:
    obj = exact_keys(strictjson.loads(raw, what="manifest", limit=MAX_MANIFEST_BYTES), _KEYS, where="manifest",
                     required=_KEYS - _OPTIONAL)  # fmt: skip
    w = "manifest"
    kind = strictjson.field(obj, "kind", str, where=w)
    if kind not in (CHANGES, RETURN):
        raise BundleMalformed("manifest.kind", "未知", "is unknown")
    device_id = _match(obj, "device_id", _UUID)
    for name in ("prev_bundle_hash",):
        value = strictjson.field(obj, name, str, where=w)
        if value and not _HEX64.match(value):
            raise BundleMalformed(f"manifest.{name}", "格式不对", "is not a hash")
    for name in ("village_code", "town_code"):
        value = strictjson.field(obj, name, str, where=w, optional=True)
        if value and not _CODE.match(value):
            raise BundleMalformed(f"manifest.{name}", "不是区划代码", "is not a division code")
    counts = obj["counts"]
    if not isinstance(counts, dict) or len(counts) > 100 or not all(
        isinstance(k, str) and len(k) <= 40 and type(v) is int and v >= 0 for k, v in counts.items()
    ):
        raise BundleMalformed("manifest.counts", "格式不对", "is not a table of counts")
    enrolment = strictjson.field(obj, "enrolment_code", str, where=w, optional=True, max_len=64)
    manifest = Manifest(
        kind=kind, device_id=device_id,
        epoch=_positive(obj, "epoch"), seq=_positive(obj, "seq"),
        prev_bundle_hash=obj["prev_bundle_hash"],
        recipient_key_id=_match(obj, "recipient_key_id", re.compile(r"^[0-9a-f]{16}$")),
        created_at=strictjson.field(obj, "created_at", str, where=w, max_len=40),
        payload_sha256=_match(obj, "payload_sha256", _HEX64),
        payload_bytes=_positive(obj, "payload_bytes", minimum=0),
        audit_head=_match(obj, "audit_head", _HEX64),
        counts=dict(counts),
        village_code=obj.get("village_code") or "", town_code=obj.get("town_code") or "",
        app_version=strictjson.field(obj, "app_version", str, where=w, max_len=40),
        schema_revision=strictjson.field(obj, "schema_revision", str, where=w, max_len=60),
        return_seq_applied=_positive(obj, "return_seq_applied", minimum=0),
        enrolment_code=enrolment, format=strictjson.field(obj, "format", int, where=w),
    )  # fmt: skip
    return manifest


def _match(obj: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = strictjson.field(obj, name, str, where="manifest")
    if not pattern.match(value):
        raise BundleMalformed(f"manifest.{name}", "格式不对", "has the wrong format")
    return value


def _positive(obj: dict[str, Any], name: str, *, minimum: int = 1) -> int:
    value = strictjson.field(obj, name, int, where="manifest")
    if value < minimum:
        raise BundleMalformed(f"manifest.{name}", "超出范围", "is out of range")
    return int(value)
