"""Import from the USB stick: village bundles at the town, return bundles at the village (DESIGN.md §4).

Per file: read (size checked first), unseal, verify the signature against the
enrolled key, only then parse. Each bundle all or nothing: next-in-line is
applied, a later one waits in the backlog (its bytes kept in the database),
a replay is a no-op, the same (device, epoch, seq) with other content is
quarantined as a fork. After each applied bundle the backlog is drained.
A town batch commits a group of bundles at a time (sync/batch.py); a group in
which anything fails is undone and its files imported one transaction each, so
every outcome is the one the bundle gets on its own.
A large town batch is decoded ahead in a second process (sync/prefetch.py),
which only saves time: every check above still runs here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.services.enrolment import accept_enrolment, is_town, transaction
from lufeng_desktop.store import audit
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.changelog import ACTOR_KEY
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import SyncBundleIn, SyncPeer
from lufeng_desktop.sync import batch as batches, blobs, envelope, keys, strictjson
from lufeng_desktop.sync.apply import Applier, own_answers
from lufeng_desktop.sync.changes import RemoteChange
from lufeng_desktop.sync.errors import BundleError, BundleMalformed, BundleRejected, BundleRevoked, BundleUnknownSender
from lufeng_desktop.sync.manifest import CHANGES, Manifest
from lufeng_desktop.sync.opened import Decoded, Opened, decode_payload, parse_body
from lufeng_desktop.sync.prefetch import Prefetch

CLOCK_TOLERANCE = timedelta(minutes=5)


@dataclass
class FileResult:
    file: str
    status: str  # applied / duplicate / held / fork / rejected
    message: str
    bundle: str = ""
    village_code: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    decoded_by_worker: int = 0  # bundles decoded in the town's second process (sync/prefetch.py)
    redone: int = 0  # files imported one transaction each because their group failed (sync/batch.py)

    def total(self, key: str) -> int:
        return sum(f.counts.get(key, 0) for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.status == "rejected" for f in self.files)

    def summary(self) -> dict[str, int]:
        by_status = {s: sum(f.status == s for f in self.files) for s in ("applied", "duplicate", "held", "fork", "rejected")}
        return {"new": self.total("new"), "updated": self.total("updated"), "duplicate": self.total("duplicate"),
                "conflicting": self.total("conflicting"), "bundles_applied": by_status["applied"],
                "bundles_duplicate": by_status["duplicate"], "held": by_status["held"], "forks": by_status["fork"],
                "rejected": by_status["rejected"]}  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "files": [f.__dict__ for f in self.files], "decoded_by_worker": self.decoded_by_worker,
                "redone": self.redone}


def import_files(store: Store, actor: Actor, files: list[Path]) -> ImportReport:
    """Every file in order; at the town on one connection whose last file's commit makes the batch durable (sync/batch.py)."""
    report = ImportReport()
    store.require_sound()  # as unit_of_work: nothing is written to a file still being checked at start-up
    if not is_town(store):
        for path in files:
            report.files.append(_one_file(path, lambda data, name: _import_return(store, actor, data, name),
                                          lambda detail: transaction(store, actor, "handover.import_rejected", detail)))  # fmt: skip
        return report
    with batches.batch(store.engine, store.sessions, files=len(files)) as batch, Prefetch(store.data_dir, files) as prefetch:
        town_file = partial(_town_file, store, batch, actor, files, prefetch)
        for group in batches.groups(files):
            batch.durable(last=group[-1] == len(files) - 1)  # every file commits at least its audit entry
            results = batch.together(lambda: [town_file(i) for i in group])  # noqa: B023
            if results is None:  # something in the group failed: each file on its own decides what and how
                report.redone += len(group)
                results = []
                for i in group:
                    batch.durable(last=i == len(files) - 1)
                    results.append(town_file(i))
            report.files.extend(results)
        report.decoded_by_worker = prefetch.delivered
    return report


def _town_file(store: Store, batch: batches.Batch, actor: Actor, files: list[Path], prefetch: Prefetch, i: int) -> FileResult:
    """File i of a town batch; in a group (sync/batch.py) a refusal raises, and the group is redone file by file."""
    decoded = partial(prefetch.take, i)  # the worker's decoding of this file, if it has it
    apply = partial(_import_town, store, batch, actor, decoded=decoded)
    if batch.grouped:
        return apply(envelope.read_file(files[i]), files[i].name)
    return _one_file(files[i], apply, lambda detail: _transaction(batch, actor, "handover.import_rejected", detail))


def _one_file(path: Path, apply: Callable[[bytes, str], FileResult],
              refusal: Callable[[dict[str, Any]], AbstractContextManager[Session]]) -> FileResult:  # fmt: skip
    """One file's result; a refused file is one too, with an audit entry of its own (``refusal``'s transaction)."""
    try:
        return apply(envelope.read_file(path), path.name)
    except BundleError as exc:
        with refusal({"file": path.name[:80], "code": exc.code}):
            pass
        return FileResult(path.name, "rejected", exc.sentence())


@contextmanager
def _transaction(batch: batches.Batch, actor: Actor, action: str, detail: dict[str, Any]) -> Iterator[Session]:
    """enrolment.transaction on the batch's connection: one transaction with the actor set and one audit entry."""
    with batch.session() as session, session.begin():
        session.info[ACTOR_KEY] = actor
        yield session
        session.flush()
        audit.append(session, actor, action, detail)


# Town side --------------------------------------------------------------------------------------------------------


def open_at_town(store: Store, session: Session, data: bytes, *, enrol: bool) -> tuple[Opened, SyncPeer]:
    town_keys = keys.town_keys(store.data_dir)
    unsealed = envelope.unseal(data, town_keys.box)
    peer = session.scalars(select(SyncPeer).where(SyncPeer.public_key == unsealed.signer.hex())).first()
    if peer is not None and peer.status != "active":
        raise BundleRevoked(peer.device_id)
    body = unsealed.verify()  # with the enrolled key (or, for a first bundle, the key that enrolment will pin)
    opened = parse_body(body, data, recipient=keys.key_id(town_keys.box_public).hex(), kind=CHANGES)
    m = opened.manifest
    if peer is None:
        by_id = session.get(SyncPeer, m.device_id)
        if by_id is not None:
            raise BundleUnknownSender(f"设备 {m.device_id[:8]} 的签名密钥与登记的不符 / signing key differs from the enrolled one")
        peer = accept_enrolment(session, device_id=m.device_id, village_code=m.village_code, public_key=unsealed.signer,
                                code=m.enrolment_code) if enrol else None  # fmt: skip
        if peer is None:
            raise BundleUnknownSender("设备未登记，且没有有效的登记码 / device not enrolled and no valid enrolment code")
    if m.device_id != peer.device_id:
        raise BundleUnknownSender("清单中的设备与签名者不符 / manifest device is not the signer")
    if m.village_code != peer.village_code:
        raise BundleRejected(f"数据包声称属于 {m.village_code}，但设备登记在 {peer.village_code}",
                             f"bundle claims village {m.village_code} but the device is enrolled for {peer.village_code}")  # fmt: skip
    return opened, peer


def decode_change_payload(opened: Opened, session: Session, decoded: Decoded | None = None) -> Decoded:
    """The bundle's changes and attachments (``decoded``: already decoded from this very body by the worker)."""
    items, attachments = decoded if decoded is not None else decode_payload(opened.manifest, opened.payload)
    _refuse_version_jumps(session, items)
    return items, attachments


def _refuse_version_jumps(session: Session, items: list[RemoteChange]) -> None:
    """Each change moves its row on by one version, except this town's own conflict answers coming back
    (sync/apply.own_answers), which are duplicates here. Any other jump refuses the bundle, as a malformed change."""
    jumps = {change.change_id: i for i, change in enumerate(items) if change.new_version != change.base_version + 1}
    answers = own_answers(session.connection(), list(jumps)) if jumps else set()
    for change_id, i in jumps.items():
        if change_id not in answers:
            raise BundleMalformed(f"changes[{i}].new_version", "与基础版本不符", "does not follow its base version")


def _import_town(store: Store, batch: batches.Batch, actor: Actor, data: bytes, name: str, *,
                 decoded: Callable[[str], Decoded | None] = lambda body_hash: None, drain: bool = True) -> FileResult:  # fmt: skip
    """One bundle in its own transaction (or its group's); ``decoded`` gives its payload if the prefetch worker decoded
    this body."""
    detail: dict[str, Any] = {"file": name[:80]}
    with _contradictions_refused(), _transaction(batch, actor, "handover.import", detail) as session:
        opened, peer = open_at_town(store, session, data, enrol=True)
        m = opened.manifest
        result = FileResult(name, "", "", bundle=m.label, village_code=m.village_code, warnings=_clock_warnings(session, m))
        same = session.scalars(select(SyncBundleIn).where(
            SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == m.device_id, SyncBundleIn.epoch == m.epoch,
            SyncBundleIn.seq == m.seq)).all()  # fmt: skip
        last_seq, last_hash = _last_applied(session, m.device_id, m.epoch)
        match = next((row for row in same if row.bundle_hash == opened.bundle_hash), None)
        waits_for_earlier_epoch = m.seq == 1 and bool(m.prev_bundle_hash) and not _applied_hash(session, m.device_id, m.prev_bundle_hash)
        next_in_line = m.seq == last_seq + 1 and (m.prev_bundle_hash == last_hash if m.seq > 1 else not waits_for_earlier_epoch)
        if match is not None and not (match.status == "held" and next_in_line):
            result.status = "duplicate"
            result.message = (f"已导入过，未作任何更改（already imported; nothing changed）: {m.label}" if match.status != "held"
                              else f"已在暂存区等待，未作任何更改（already waiting in the backlog）: {m.label}")  # fmt: skip
        elif (same and match is None) or m.seq <= last_seq or (m.seq == last_seq + 1 and not next_in_line and not waits_for_earlier_epoch):
            _record(session, opened, "fork", keep=True)
            result.status = "fork"
            result.message = (f"分叉：设备 {m.device_id[:8]} 第 {m.epoch} 轮第 {m.seq} 号包与已收到的内容不同，已隔离待核查"
                              f"（FORK: a different bundle {m.label} was already received; quarantined for the supervisor）")  # fmt: skip
        elif next_in_line:
            result.counts = _apply(store, session, actor, opened, peer, decoded(opened.bundle_hash),
                                   check_references=batch.grouped)  # fmt: skip
            result.status, result.message = "applied", f"已导入（imported）: {m.label}"
        else:
            decode_change_payload(opened, session, decoded(opened.bundle_hash))  # refuse a malformed bundle now, not when its turn comes
            _record(session, opened, "held", keep=True)
            result.status = "held"
            result.message = (f"等待设备 {m.device_id[:8]}（{m.village_code}）第 {m.epoch} 轮第 {last_seq + 1} 号包，本包暂存"
                              f"（waiting for bundle {last_seq + 1} from {m.device_id[:8]} ({m.village_code}) epoch {m.epoch}; held）")  # fmt: skip
            if waits_for_earlier_epoch:
                result.message = (f"等待设备 {m.device_id[:8]}（{m.village_code}）上一轮的最后一个包，本包暂存"
                                  f"（waiting for the last bundle of the previous epoch from {m.device_id[:8]} ({m.village_code}); held）")  # fmt: skip
        detail.update({"bundle": m.label, "status": result.status, **result.counts})
    if result.status == "applied" and drain:
        _drain_backlog(store, batch, actor, m.device_id, m.epoch, result)
    return result


def _apply(store: Store, session: Session, actor: Actor, opened: Opened, peer: SyncPeer, decoded: Decoded | None, *,
           check_references: bool) -> dict[str, int]:  # fmt: skip
    """``check_references``: in a group, where SQLite does not enforce foreign keys (sync/batch.py)."""
    m = opened.manifest
    items, attachments = decode_change_payload(opened, session, decoded)
    for data in attachments.values():
        blobs.write_blob(store.data_dir, data)  # content-addressed: harmless if the transaction rolls back
    applier = Applier(session.connection(), actor)
    counts = applier.apply_all(items, device_id=m.device_id, epoch=m.epoch, bundle_seq=m.seq).as_dict()
    if check_references and applier.broken_references():  # what its own commit would refuse: the group is redone
        raise BundleRejected("数据包引用了不存在的记录", "the bundle refers to records that are not here", code="integrity")
    peer.acked_return_seq = max(peer.acked_return_seq, m.return_seq_applied)
    # Which changes of this town's log the bundle wrote (sync_change_seen records only the changes not logged).
    logged = [applier.first_seq, applier.seq - 1] if applier.seq > applier.first_seq else []
    _record(session, opened, "applied", keep=False, report={**counts, "log_seq": logged})
    return counts


@contextmanager
def _contradictions_refused() -> Iterator[None]:
    """A broken reference or duplicate key, found while applying or (foreign keys are deferred) at commit: one refusal."""
    try:
        yield
    except IntegrityError as exc:
        raise BundleRejected("数据包内容与本单位数据冲突（引用了不存在的记录或重复的编号），整包未导入",
                             f"the bundle contradicts the data here (missing reference or duplicate key); nothing imported ({str(exc.orig)[:80]})",
                             code="integrity") from None  # fmt: skip


def _record(session: Session, opened: Opened, status: str, *, keep: bool, report: dict[str, Any] | None = None) -> None:
    m = opened.manifest
    row = session.scalars(select(SyncBundleIn).where(
        SyncBundleIn.kind == m.kind, SyncBundleIn.device_id == m.device_id, SyncBundleIn.epoch == m.epoch,
        SyncBundleIn.seq == m.seq, SyncBundleIn.bundle_hash == opened.bundle_hash)).first()  # fmt: skip
    if row is None:
        row = SyncBundleIn(kind=m.kind, device_id=m.device_id, village_code=m.village_code, epoch=m.epoch, seq=m.seq,
                           bundle_hash=opened.bundle_hash, prev_bundle_hash=m.prev_bundle_hash,
                           claimed_created_at=m.created_at, manifest=m.to_json().decode("utf-8"))  # fmt: skip
        session.add(row)
    row.status = status
    row.data = opened.data if keep else None
    row.applied_at = utcnow() if status == "applied" else None
    row.report = strictjson.dumps(report or {}).decode("utf-8")
    session.flush()


def _last_applied(session: Session, device_id: str, epoch: int) -> tuple[int, str]:
    row = session.execute(select(SyncBundleIn.seq, SyncBundleIn.bundle_hash).where(
        SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == device_id, SyncBundleIn.epoch == epoch,
        SyncBundleIn.status == "applied").order_by(SyncBundleIn.seq.desc()).limit(1)).first()  # fmt: skip
    return (row[0], row[1]) if row else (0, "")


def _applied_hash(session: Session, device_id: str, bundle_hash: str) -> bool:
    return session.scalar(select(SyncBundleIn.id).where(
        SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == device_id, SyncBundleIn.bundle_hash == bundle_hash,
        SyncBundleIn.status == "applied").limit(1)) is not None  # fmt: skip


def _drain_backlog(store: Store, batch: batches.Batch, actor: Actor, device_id: str, epoch: int, result: FileResult) -> None:
    """Apply held bundles of this device that are now next in line (any epoch), each in its own transaction (or in
    the group's, where a held bundle that fails fails the group)."""
    tried: set[int] = set()
    while True:
        with batch.session() as session:
            held = session.scalars(select(SyncBundleIn).where(
                SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == device_id, SyncBundleIn.status == "held",
            ).order_by(SyncBundleIn.epoch, SyncBundleIn.seq)).all()  # fmt: skip
            ready = [(row.id, row.epoch, row.seq, row.data) for row in held if row.id not in tried
                     and row.seq == _last_applied(session, device_id, row.epoch)[0] + 1]  # fmt: skip
        if not ready:
            return
        row_id, held_epoch, seq, data = ready[0]
        tried.add(row_id)
        assert data is not None
        try:
            inner = _import_town(store, batch, actor, data, f"backlog:{device_id[:8]}-{held_epoch}-{seq}", drain=False)
        except BundleError as exc:
            if batch.grouped:
                raise
            result.warnings.append(f"暂存包 {held_epoch}-{seq} 无法应用（held bundle {held_epoch}-{seq} cannot be applied）: {exc.sentence()}")
            continue
        if inner.status != "applied":
            continue
        for key, value in inner.counts.items():
            result.counts[key] = result.counts.get(key, 0) + value
        result.message += f"；并应用了暂存的第 {held_epoch}-{seq} 号包（and applied held bundle {seq}）"


def _clock_warnings(session: Session, m: Manifest) -> list[str]:
    """Timestamps never decide anything; a laptop clock that is clearly wrong is only reported."""
    try:
        claimed = datetime.fromisoformat(m.created_at).replace(tzinfo=None)
    except ValueError:
        return ["数据包的创建时间无法识别（the bundle's creation time is unreadable）"]
    now = utcnow()
    warnings = []
    if claimed > now + CLOCK_TOLERANCE:
        warnings.append(f"村电脑时钟快了约 {_span(claimed - now)}（laptop clock ahead by about {_span(claimed - now)}）")
    previous = session.scalar(select(func.max(SyncBundleIn.claimed_created_at)).where(
        SyncBundleIn.kind == CHANGES, SyncBundleIn.device_id == m.device_id, SyncBundleIn.status == "applied"))  # fmt: skip
    if previous and previous > m.created_at and datetime.fromisoformat(previous) - claimed > CLOCK_TOLERANCE:
        gap = datetime.fromisoformat(previous) - claimed
        warnings.append(f"村电脑时钟比上一个包早了约 {_span(gap)}（laptop clock went back by about {_span(gap)}）")
    return warnings


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours / 24:.0f} 天/days" if hours >= 48 else f"{hours:.1f} 小时/hours"


# Village side (return bundles) -------------------------------------------------------------------------------


def _import_return(store: Store, actor: Actor, data: bytes, name: str) -> FileResult:
    from lufeng_desktop.services.returns import apply_return  # noqa: PLC0415

    return apply_return(store, actor, data, name)
