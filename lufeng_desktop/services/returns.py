"""Village side: applying the town's signed return bundle — acknowledgements, conflict answers, reference data.

Only the pinned town key is trusted. An acknowledgement names the newest
bundle the town applied per epoch (it applies in order, so it covers all before
it); the village drops a bundle's bytes only then. A conflict answer is applied
only if the row is still at the version the village sent; if the village has
changed it since, its newer change reaches the town as a fresh conflict.
Reference data (the rules) is verified before the transaction commits and put in
force after it (services.rules_provider); a bad rules file refuses the bundle.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import rules_provider
from lufeng_desktop.services.bundle_import import FileResult, _record
from lufeng_desktop.services.enrolment import transaction, village_state
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.database import Store, set_state
from lufeng_desktop.store.models import ChangeLog, SyncBundleIn, SyncBundleOut
from lufeng_desktop.sync import changes, envelope, keys, strictjson
from lufeng_desktop.sync.apply import write_row
from lufeng_desktop.sync.errors import BundleMalformed, BundleRejected, BundleUnknownSender
from lufeng_desktop.sync.manifest import CHANGES, RETURN
from lufeng_desktop.sync.opened import parse_body

_REFERENCE_NAME = re.compile(r"^rules/[a-z_]{1,40}\.toml$")
MAX_REFERENCE_BYTES = 1024 * 1024


def reference_dir(data_dir: Path) -> Path:
    return rules_provider.reference_dir(data_dir)


def apply_return(store: Store, actor: Actor, data: bytes, name: str) -> FileResult:
    device_key = keys.device_key(store.data_dir)
    unsealed = envelope.unseal(data, keys.device_box_private(device_key))
    own_box = bytes(keys.device_box_public(device_key.verify_key))
    detail: dict[str, Any] = {"file": name[:80]}
    staged: list[rules_provider.Staged] = []
    try:
        result = _apply(store, actor, data, name, unsealed, own_box, detail, staged)
        if staged and rules_provider.install(staged[0]):
            result.counts["reference_files"] = len(staged[0].info["sha256"])
            rules_provider.activate(store.data_dir)
    finally:
        for item in staged:
            item.discard()
    return result


def _apply(store: Store, actor: Actor, data: bytes, name: str, unsealed: Any, own_box: bytes, detail: dict[str, Any],
           staged: list[rules_provider.Staged]) -> FileResult:  # fmt: skip
    with transaction(store, actor, "handover.import_return", detail) as session:
        state = village_state(session)
        pinned = state.get("town_sign_key", "")
        if not pinned or unsealed.signer.hex() != pinned:
            raise BundleUnknownSender("不是本机登记的镇（街道）签发的 / not signed by the town this laptop enrolled with")
        opened = parse_body(unsealed.verify(bytes.fromhex(pinned)), data, recipient=keys.key_id(own_box).hex(), kind=RETURN)
        m = opened.manifest
        if m.device_id != actor.device_id:
            raise BundleRejected("这个退回包是给另一台电脑的", "this return bundle is addressed to another laptop", code="not_for_us")
        result = FileResult(name, "", "", bundle=f"{m.device_id[:8]}-town-{m.seq}", village_code=m.village_code)
        same = session.scalars(select(SyncBundleIn).where(SyncBundleIn.kind == RETURN, SyncBundleIn.device_id == m.device_id,
                                                          SyncBundleIn.seq == m.seq)).all()  # fmt: skip
        if any(row.bundle_hash == opened.bundle_hash for row in same):
            result.status, result.message = "duplicate", f"已导入过，未作任何更改（already imported; nothing changed）: {result.bundle}"
        elif same:
            raise BundleRejected("镇（街道）发来两个编号相同、内容不同的退回包，请联系镇（街道）",
                                 "the town sent two different return bundles with the same number; contact the town", code="fork")  # fmt: skip
        else:
            document = strictjson.loads(changes.decompress(opened.payload), what="payload", limit=changes.MAX_PAYLOAD_RAW)
            strictjson.exact_keys(document, {"acks", "resolutions", "reference"}, where="payload")
            staged.append(_stage_reference(store.data_dir, document["reference"], bundle=result.bundle, seq=m.seq))
            result.counts = {"acknowledged": _apply_acks(session, actor, document["acks"], result),
                             **_apply_resolutions(session, actor, document["resolutions"]), "reference_files": 0}  # fmt: skip
            _record(session, opened, "applied", keep=False, report=result.counts)
            set_state(session, "return_seq_applied", str(max(int(state.get("return_seq_applied", "0") or 0), m.seq)))
            result.status, result.message = "applied", f"已导入镇（街道）退回包（imported the town's return bundle）: {result.bundle}"
        detail.update({"bundle": result.bundle, "status": result.status, **result.counts})
    return result


def _apply_acks(session: Any, actor: Actor, acks: Any, result: FileResult) -> int:
    if not isinstance(acks, dict) or len(acks) > 1000:
        raise BundleMalformed("acks", "格式不对", "has the wrong shape")
    count = 0
    for epoch_text, value in acks.items():
        if not epoch_text.isdigit() or not isinstance(value, list) or len(value) != 2 or type(value[0]) is not int \
                or not isinstance(value[1], str):  # fmt: skip
            raise BundleMalformed(f"acks.{epoch_text[:10]}", "格式不对", "has the wrong shape")
        epoch, (seq, digest) = int(epoch_text), value
        rows = session.scalars(select(SyncBundleOut).where(
            SyncBundleOut.kind == CHANGES, SyncBundleOut.device_id == actor.device_id, SyncBundleOut.epoch == epoch,
            SyncBundleOut.seq <= seq, SyncBundleOut.acked_at.is_(None))).all()  # fmt: skip
        for row in rows:
            if row.seq == seq and row.bundle_hash != digest:
                result.warnings.append(f"镇（街道）收到的第 {epoch} 轮第 {seq} 号包与本机导出的不同，请联系镇（街道）核查"
                                       f"（the town holds a different bundle {epoch}-{seq} than this laptop exported: fork）")  # fmt: skip
                continue
            row.acked_at, row.data = utcnow(), None
            count += 1
    if acks:
        set_state(session, "enrolled", "yes")
    return count


def _apply_resolutions(session: Any, actor: Actor, items: Any) -> dict[str, int]:
    if not isinstance(items, list):
        raise BundleMalformed("resolutions", "应为列表", "should be a list")
    counts = {"resolved_applied": 0, "resolved_superseded": 0, "duplicate": 0}
    tables = changes.tables_by_name()
    connection = session.connection()
    for i, item in enumerate(items):
        if not isinstance(item, list) or len(item) != 3 or type(item[1]) is not int:
            raise BundleMalformed(f"resolutions[{i}]", "格式不对", "has the wrong shape")
        (change,) = changes.decode_changes([item[2]], village_code=None, where=f"resolutions[{i}]", strict_versions=False)
        expected = item[1]
        if session.scalar(select(ChangeLog.seq).where(ChangeLog.change_id == change.change_id)) is not None:
            counts["duplicate"] += 1
            continue
        table = tables[change.entity]
        current = connection.execute(select(table.c.version).where(table.c.id == change.row_id)).scalar()
        if (current or 0) != expected and current is not None:
            counts["resolved_superseded"] += 1
            continue
        write_row(connection, actor, table, change.row, base_version=current or 0, change_id=change.change_id,
                  op="insert" if current is None else change.op)  # fmt: skip
        counts["resolved_applied"] += 1
    return counts


def _stage_reference(data_dir: Path, reference: Any, *, bundle: str, seq: int) -> rules_provider.Staged:
    if not isinstance(reference, dict) or len(reference) > 50:
        raise BundleMalformed("reference", "格式不对", "has the wrong shape")
    files: dict[str, str] = {}
    for name, text in reference.items():
        if not _REFERENCE_NAME.match(name) or not isinstance(text, str) or len(text.encode("utf-8")) > MAX_REFERENCE_BYTES:
            raise BundleMalformed(f"reference.{name[:40]}", "名称或大小不对", "has a bad name or size")
        if name.removeprefix("rules/") not in rules_provider.RULE_FILES:
            raise BundleMalformed(f"reference.{name[:40]}", "不是本程序认识的规则文件", "is not a rules file this program knows")
        files[name.removeprefix("rules/")] = text
    try:
        return rules_provider.stage(data_dir, files, bundle=bundle, seq=seq, received_at=utcnow().isoformat(timespec="seconds"))
    except ValidationError as exc:
        raise BundleRejected(f"镇（街道）发来的规则无效，整包未导入，仍使用原有规则：{exc.zh}",
                             f"the rules sent by the town are invalid; nothing imported and the rules in force stay: {exc.en}",
                             code="bad_rules") from None  # fmt: skip
