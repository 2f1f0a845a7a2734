"""Bulk applying (sync/apply.py) ends exactly where applying the changes one at a time would.

The oracle below is the rule written out plainly: one change after another, one
query and one Core statement each. Hypothesis mixes new rows, updates, stale and
conflicting changes, deletions and replays, and the bulk path runs them in chunks
of any size; the rows, the change log, the remembered changes and the conflicts
must come out the same.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from datetime import datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.store.changelog import next_local_seq
from lufeng_desktop.store.models import ChangeLog, Person, SyncChangeSeen, SyncConflict, Village
from lufeng_desktop.store.payload import row_payload
from lufeng_desktop.sync import apply, rows
from lufeng_desktop.sync.apply import META_COLUMNS, Applier
from lufeng_desktop.sync.changes import RemoteChange, content_hash
from lufeng_desktop.sync.errors import BundleRejected

PERSON = Person.__table__
ROW_IDS = [str(uuid.UUID(int=n + 1)) for n in range(3)]
SENDER = str(uuid.UUID(int=99))
STAMP = datetime(2026, 3, 4, 5, 6, 7, 890123)


def reference_apply(c: Connection, actor: Actor, changes: list[RemoteChange]) -> dict[str, int]:
    """The rule, one change at a time."""
    seq = next_local_seq(c, actor)
    counts: Counter[str] = Counter()
    for ch in changes:
        known = c.execute(select(SyncChangeSeen.content_hash).where(SyncChangeSeen.change_id == ch.change_id)).scalar()
        log = ChangeLog.__table__.c
        logged = c.execute(select(log.entity, log.row_id, log.op, log.base_version, log.new_version, log.payload)
                           .where(log.change_id == ch.change_id)).first()  # fmt: skip
        if known is None and logged is not None:
            known = content_hash(*logged)  # an applied change: its change-log copy is the record
        if known is not None:
            if known != ch.content_hash:
                raise BundleRejected("变更内容不同", "changed change", code="changed_change")
            counts["duplicate"] += 1
            continue
        current = c.execute(select(PERSON).where(PERSON.c.id == ch.row_id)).mappings().first()
        current = dict(current) if current is not None else None
        reason = None
        if current is None:
            outcome, reason = ("new", None) if ch.op == "insert" else ("conflict", "missing_row")
        elif ch.op == "insert":
            same = all(current[col.name] == ch.row[col.name] for col in PERSON.columns if col.name not in META_COLUMNS)
            outcome, reason = ("duplicate", None) if same else ("conflict", "insert_clash")
        elif current["version"] == ch.base_version:
            outcome = "updated"
        elif current["version"] == ch.new_version and row_payload(PERSON, current) == ch.payload:
            outcome = "duplicate"
        else:
            outcome, reason = "conflict", "stale_base"
        if outcome == "new":
            c.execute(PERSON.insert(), ch.row)
        elif outcome == "updated":
            c.execute(PERSON.update().where(PERSON.c.id == ch.row_id).values(ch.row))
        if outcome in ("new", "updated"):
            c.execute(ChangeLog.__table__.insert(), {
                "change_id": ch.change_id, "entity": ch.entity, "row_id": ch.row_id, "village_code": ch.row["village_code"],
                "base_version": ch.base_version, "new_version": ch.new_version, "op": ch.op, "payload": ch.payload,
                "device_id": actor.device_id, "epoch": actor.epoch, "local_seq": seq, "recorded_at": STAMP})  # fmt: skip
            seq += 1
        if reason is not None:
            c.execute(SyncConflict.__table__.insert(), {
                "id": str(uuid.uuid4()), "entity": ch.entity, "row_id": ch.row_id, "village_code": ch.row["village_code"],
                "reason": reason, "local_version": current["version"] if current else None,
                "local_payload": row_payload(PERSON, current) if current else None, "remote_change_id": ch.change_id,
                "remote_device_id": ch.row["updated_by_device"], "remote_base_version": ch.base_version,
                "remote_new_version": ch.new_version, "remote_op": ch.op, "remote_payload": ch.payload, "status": "open",
                "created_at": STAMP})  # fmt: skip
        if outcome not in ("new", "updated"):  # only what is not logged is remembered apart
            c.execute(SyncChangeSeen.__table__.insert(), {
                "change_id": ch.change_id, "device_id": SENDER, "epoch": 1, "local_seq": ch.local_seq, "bundle_seq": 1,
                "entity": ch.entity, "row_id": ch.row_id, "content_hash": ch.content_hash, "outcome": outcome})  # fmt: skip
        counts["conflicting" if outcome == "conflict" else outcome] += 1
    return {k: counts.get(k, 0) for k in ("new", "updated", "duplicate", "conflicting")}


def bulk_apply(c: Connection, actor: Actor, changes: list[RemoteChange]) -> dict[str, int]:
    return Applier(c, actor).apply_all(changes, device_id=SENDER, epoch=1, bundle_seq=1).as_dict()


def snapshot(c: Connection) -> dict[str, Any]:
    """Everything applying writes, as raw SQLite values (so stored text is compared, not what it decodes to)."""
    raw = c.connection.dbapi_connection
    assert isinstance(raw, sqlite3.Connection)
    return {
        "person": raw.execute("SELECT * FROM person ORDER BY id").fetchall(),
        "log": raw.execute("SELECT change_id, entity, row_id, village_code, base_version, new_version, op, payload, device_id, "
                           "epoch, local_seq FROM change_log ORDER BY local_seq").fetchall(),
        "seen": raw.execute("SELECT * FROM sync_change_seen ORDER BY change_id").fetchall(),
        "conflicts": raw.execute("SELECT entity, row_id, village_code, reason, local_version, local_payload, remote_change_id, "
                                 "remote_device_id, remote_base_version, remote_new_version, remote_op, remote_payload, status "
                                 "FROM sync_conflict ORDER BY remote_change_id").fetchall(),
    }  # fmt: skip


def make_change(village_id: str, row_n: int, op: str, base: int, name: str, local_seq: int, deleted: bool) -> RemoteChange:
    row = {c.name: None for c in PERSON.columns} | {
        "village_id": village_id, "name": name, "name_initials": "x", "name_pinyin": "x", "gender": "男",
        "relation_to_head": "", "notes": "", "id": ROW_IDS[row_n], "village_code": "441581004201", "version": base + 1,
        "created_at": STAMP, "updated_at": STAMP, "updated_by_device": SENDER, "deleted_at": STAMP if deleted else None,
    }  # fmt: skip
    payload = row_payload(PERSON, row)
    typed = rows.decode_row(PERSON, payload, where="t")
    return RemoteChange(str(uuid.uuid4()), "person", ROW_IDS[row_n], op, base, base + 1, local_seq, payload, typed)


@st.composite
def batches(draw: st.DrawFn) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(changes already applied here, the bundle): each step a fresh change or a replay of an earlier one."""

    def steps(count: int) -> list[tuple[Any, ...]]:
        out: list[tuple[Any, ...]] = []
        for _ in range(count):
            if out and draw(st.integers(0, 5)) == 0:
                earlier = draw(st.integers(0, len(out) - 1))
                out.append(("replay", earlier, draw(st.booleans())))  # same change again, or the same id with other content
            else:
                base = draw(st.integers(0, 3))
                op = "insert" if base == 0 else draw(st.sampled_from(["update", "update", "delete"]))
                out.append(("change", draw(st.integers(0, 2)), op, base, draw(st.sampled_from("甲乙丙")), op == "delete"))
        return out

    return steps(draw(st.integers(0, 4))), steps(draw(st.integers(1, 12)))


def _realise(village_id: str, plan: list[tuple[Any, ...]]) -> list[RemoteChange]:
    made: list[RemoteChange] = []
    for n, step in enumerate(plan):
        if step[0] == "replay":
            earlier = made[step[1]]
            if step[2]:
                made.append(earlier)
            else:  # a changed replay: same change id, other content
                other = make_change(village_id, ROW_IDS.index(earlier.row_id), earlier.op, earlier.base_version, "丁", n + 1,
                                    earlier.op == "delete")  # fmt: skip
                made.append(other._replace(change_id=earlier.change_id))
        else:
            _, row_n, op, base, name, deleted = step
            made.append(make_change(village_id, row_n, op, base, name, n + 1, deleted))
    return made


def _run(store: Any, actor: Actor, before: list[RemoteChange], bundle: list[RemoteChange], how: Any) -> Any:
    with store.engine.connect() as c:
        transaction = c.begin()
        try:
            c.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            reference_apply(c, actor, before)
            try:
                counts = how(c, actor, bundle)
            except BundleRejected as exc:
                return ("refused", exc.code)
            return counts, snapshot(c)
        finally:
            transaction.rollback()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(batches(), st.integers(1, 5))
def test_bulk_apply_matches_one_change_at_a_time(village_store, case, chunk: int) -> None:  # type: ignore[no-untyped-def]
    with village_store.sessions() as session:
        village_id = session.scalar(select(Village.id))
    actor = village_store.actor("测试")
    before_plan, bundle_plan = case
    before = _realise(village_id, before_plan)
    before = [ch for i, ch in enumerate(before) if all(ch.change_id != b.change_id for b in before[:i])]  # a setup, not a test
    bundle = _realise(village_id, bundle_plan)
    expected = _run(village_store, actor, before, bundle, reference_apply)
    saved = apply.CHUNK
    apply.CHUNK = chunk
    try:
        chunked = _run(village_store, actor, before, bundle, bulk_apply)
    finally:
        apply.CHUNK = saved
    assert chunked == expected
    assert _run(village_store, actor, before, bundle, bulk_apply) == expected  # and in one chunk


def test_a_mixed_batch_counts_each_kind(village_store) -> None:  # type: ignore[no-untyped-def]
    """New, updated, stale, replayed and clashing changes in one bundle, spelled out once."""
    with village_store.sessions() as session:
        village_id = session.scalar(select(Village.id))
    actor = village_store.actor("测试")
    first = make_change(village_id, 0, "insert", 0, "甲", 1, False)
    bundle = [
        first,
        make_change(village_id, 0, "update", 1, "乙", 2, False),  # updated
        make_change(village_id, 0, "update", 1, "丙", 3, False),  # stale: row 0 is at version 2 now
        first,  # replay
        make_change(village_id, 1, "update", 4, "丁", 4, False),  # missing row
        make_change(village_id, 0, "insert", 0, "戊", 5, False),  # insert clash
    ]
    counts, state = _run(village_store, actor, [], bundle, bulk_apply)
    assert counts == {"new": 1, "updated": 1, "duplicate": 1, "conflicting": 3}
    assert sorted(r[3] for r in state["conflicts"]) == ["insert_clash", "missing_row", "stale_base"]
    assert [r[PERSON.columns.keys().index("name")] for r in state["person"]] == ["乙"]
    assert _run(village_store, actor, [], bundle, reference_apply) == (counts, state)


def test_the_town_stores_each_value_as_the_village_stored_it(world) -> None:  # type: ignore[no-untyped-def]
    """Driver-level statements write the very text Core wrote at the village: dates, times, NULLs and tombstones."""
    from lufeng_desktop.services import register

    kept = world.add_person(0, "陈大文", phone="13800138000")
    world.rename(0, kept, "陈小文")
    gone = world.add_person(0, "林阿明")
    register.delete_person(world.villages[0], world.actor(world.villages[0]), person_id=gone, reason="迁出")
    report = world.town_import(*world.export(0))
    assert report.rejected == 0 and report.total("new") >= 3, report.as_dict()

    def stored(path: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(path) as raw:
            people = raw.execute("SELECT * FROM person WHERE id IN (?, ?) ORDER BY id", (kept, gone)).fetchall()
            log = raw.execute("SELECT row_id, new_version, payload FROM change_log WHERE row_id IN (?, ?) ORDER BY row_id, new_version",
                              (kept, gone)).fetchall()  # fmt: skip
        return people + log

    village, town = stored(world.villages[0].path), stored(world.town.path)
    assert len(village) == 2 + 4 and town == village
    assert any(row[-1] is not None for row in village[:2])  # one tombstone among the compared rows


def test_a_change_applied_by_an_earlier_bundle_is_known_by_its_log_copy(village_store) -> None:  # type: ignore[no-untyped-def]
    """No seen row is written for applied changes: a later replay is still a no-op, a changed one still refused."""
    with village_store.sessions() as session:
        village_id = session.scalar(select(Village.id))
    actor = village_store.actor("测试")
    first = make_change(village_id, 0, "insert", 0, "甲", 1, False)
    counts, state = _run(village_store, actor, [first], [first], bulk_apply)
    assert counts == {"new": 0, "updated": 0, "duplicate": 1, "conflicting": 0}
    assert state["seen"] == [] and len(state["person"]) == 1
    changed = make_change(village_id, 0, "insert", 0, "乙", 1, False)._replace(change_id=first.change_id)
    assert _run(village_store, actor, [first], [changed], bulk_apply) == ("refused", "changed_change")
