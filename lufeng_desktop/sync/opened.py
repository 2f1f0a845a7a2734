"""What a bundle says once its signature verified: the checks and decoding that need no database.

Pure functions of the signed body, so the town's decoding worker (sync/prefetch.py)
runs exactly what the importer runs; everything that needs the database (the
enrolled key, the order of bundles, version steps) stays in services/bundle_import.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lufeng_desktop.sync import changes, envelope, manifest as manifests, strictjson
from lufeng_desktop.sync.errors import BundleDamaged, BundleMalformed, BundleRejected
from lufeng_desktop.sync.manifest import CHANGES, Manifest


@dataclass(frozen=True)
class Opened:
    """A bundle whose signature verified: its manifest, payload and identity."""

    manifest: Manifest
    payload: bytes
    bundle_hash: str
    data: bytes


def parse_body(body: bytes, data: bytes, *, recipient: str, kind: str) -> Opened:
    """The manifest and payload of a verified body, addressed to ``recipient`` and of the expected kind."""
    raw_manifest, payload = envelope.split_body(body)
    m = manifests.parse(raw_manifest)
    if m.kind != kind:
        raise BundleRejected(f"这是{'退回包' if m.kind != CHANGES else '村数据包'}，不能在这里导入",
                             f"this is a {m.kind} bundle and cannot be imported here", code="wrong_kind")  # fmt: skip
    if m.recipient_key_id != recipient:
        raise BundleRejected("数据包清单中的收件方不是本单位", "the signed manifest names another recipient", code="not_for_us")
    if len(payload) != m.payload_bytes or hashlib.sha256(payload).hexdigest() != m.payload_sha256:
        raise BundleDamaged("内容与清单不符 / payload does not match the manifest")
    return Opened(m, payload, envelope.body_hash(body), data)


Decoded = tuple[list[changes.RemoteChange], dict[str, bytes]]


def decode_payload(m: Manifest, payload: bytes) -> Decoded:
    """A village bundle's changes and attachments, every byte checked (sync/changes.py)."""
    document = strictjson.loads(changes.decompress(payload), what="payload", limit=changes.MAX_PAYLOAD_RAW)
    strictjson.exact_keys(document, {"changes", "attachments"}, where="payload")
    items = changes.decode_changes(document["changes"], village_code=m.village_code, strict_versions=False)
    attachments = changes.decode_attachments(document["attachments"])
    if len(items) != m.counts.get("changes") or len(attachments) != m.counts.get("attachments"):
        raise BundleMalformed("manifest.counts", "与内容不符", "do not match the payload")
    return items, attachments
