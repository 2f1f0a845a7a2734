"""Applying remote changes inside the receiver's transaction, with driver-level statements.

Statements below the ORM are invisible to the ORM's change capture, so a remote change
is never mistaken for a local one. Each applied change is still written to the
receiver's change log — under the receiver's own sequence (so ``check`` finds no
gaps) but with the sender's ``change_id``, payload and versions (so ``check``
finds every row equal to its last logged change, and a ``change_id`` can exist
only once). That copy is also the record that the change was applied: its
content hash is recomputed from it (entity, row, op, versions, payload: exactly
what ``RemoteChange.content_hash`` covers), so a replay is a no-op and a changed
replay refuses the whole bundle. ``sync_change_seen`` keeps the same record for
the changes that are *not* logged on arrival (duplicates, conflicts): one row
written per applied change instead of two (about a twentieth of an import's
time). Which bundle brought an applied change is kept per bundle:
``sync_bundle_in.report`` names the range of this receiver's log sequence it
wrote (``log_seq``); the sender's own sequence of each change is in its log.
A change whose base version is not the row's version becomes a conflict with
both values kept — never last-writer-wins.

Changes are decided one by one against an in-memory view of the rows (read in
one query per table and chunk), then written per chunk with executemany
(sync/statements.py: Core's SQL and value processing without its per-row
overhead); foreign keys are checked at commit
(``defer_foreign_keys``), so the grouping by table cannot trip them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.store.base import new_id, utcnow
from lufeng_desktop.store.changelog import next_local_seq
from lufeng_desktop.store.models import ChangeLog, SyncChangeSeen, SyncConflict
from lufeng_desktop.store.payload import row_payload
from lufeng_desktop.sync.changes import RemoteChange, content_hash, tables_by_name
from lufeng_desktop.sync.errors import BundleRejected
from lufeng_desktop.sync.statements import TableStatements

# Columns that say where and when a row was written, not what it says: ignored when two inserts meet.
META_COLUMNS = frozenset({"version", "created_at", "updated_at", "updated_by_device", "village_code"})
CHUNK = 500
# Page cache of a connection that applies bundles (SQLite's default is 2 MiB): random-key indexes touch pages all over
# the file, and re-reading them from the WAL cost a tenth of an import. Memory only; durability is unchanged.
CACHE_KIB = 64 * 1024

# Test seam for the "importer killed mid-apply" test (B13): called after each written chunk with the count so far.
after_change: Callable[[int], None] | None = None


@dataclass
class ApplyCounts:
    new: int = 0
    updated: int = 0
    duplicate: int = 0
    conflicting: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"new": self.new, "updated": self.updated, "duplicate": self.duplicate, "conflicting": self.conflicting}


class Applier:
    """Applies the changes of one bundle on ``connection`` (the caller owns the transaction)."""

    def __init__(self, connection: Connection, actor: Actor) -> None:
        self.connection = connection
        self.actor = actor
        self.tables = tables_by_name()
        self.seq = self.first_seq = next_local_seq(connection, actor)  # this receiver's log sequence for applied changes
        self.counts = ApplyCounts()
        self.rows: dict[tuple[str, str], dict[str, Any] | None] = {}  # what each touched row is now, as far as this bundle knows
        self._sql: dict[str, TableStatements] = {}
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # reset by SQLite at the end of the transaction
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")  # stays with the pooled connection

    def apply_all(self, changes: list[RemoteChange], *, device_id: str, epoch: int, bundle_seq: int) -> ApplyCounts:
        done = 0
        for start in range(0, len(changes), CHUNK):
            chunk = changes[start : start + CHUNK]
            self._apply_chunk(chunk, device_id=device_id, epoch=epoch, bundle_seq=bundle_seq)
            done += len(chunk)
            if after_change is not None:
                after_change(done)
        return self.counts

    def broken_references(self) -> list[str]:
        """The tables where a row this bundle wrote refers to a row that is not here: what SQLite's deferred foreign
        keys would refuse at commit, for a bundle applied in a group without them (sync/batch.py).

        Exact, because sync never deletes a row or changes an id (a deletion sets ``deleted_at``; decoding requires
        each row's id to be its change's row id) and every foreign key refers to an ``id`` (``references``): with the
        database consistent before the bundle, only a row it wrote can now refer to something missing. Each row it
        touched is checked as it now is (``self.rows``); a referred row that is not among them is looked up, one
        query per table.
        """
        broken: set[str] = set()
        elsewhere: dict[str, dict[str, str]] = defaultdict(dict)  # referred table -> id -> a table referring to it
        for (entity, _), row in self.rows.items():
            if row is None:
                continue
            for column, referred in references(self.tables[entity]):
                value = row[column]
                if value is None:
                    continue
                if self.rows.get((referred, value)) is None:  # not touched by this bundle (or touched and missing)
                    elsewhere[referred][value] = entity
        for referred, ids in elsewhere.items():
            found = _present(self.connection, referred, "id", list(ids))
            broken.update(entity for value, entity in ids.items() if value not in found)
        return sorted(broken)

    def statements_for(self, table: Table, columns: Sequence[str] | None = None) -> TableStatements:
        found = self._sql.get(table.name)
        if found is None:
            found = self._sql[table.name] = TableStatements(self.connection, table, columns)
        return found

    def _prefetch(self, chunk: list[RemoteChange]) -> tuple[dict[str, str], dict[str, str]]:
        """What this chunk needs to know, in three queries per table instead of three per change.

        Returns the content hash of each change already seen (not logged) and of each already in the change log.
        """
        c = self.connection
        ids = tuple(ch.change_id for ch in chunk)
        marks = ", ".join("?" * len(ids))
        seen = dict(c.exec_driver_sql(f"SELECT change_id, content_hash FROM sync_change_seen WHERE change_id IN ({marks})", ids).all())
        logged = {r[0]: content_hash(*r[1:]) for r in c.exec_driver_sql(
            f"SELECT change_id, entity, row_id, op, base_version, new_version, payload FROM change_log WHERE change_id IN ({marks})",
            ids)}  # fmt: skip
        wanted: dict[str, dict[str, None]] = defaultdict(dict)  # ordered, without repeats
        for ch in chunk:
            if (ch.entity, ch.row_id) not in self.rows:
                wanted[ch.entity][ch.row_id] = None
        for entity, row_ids in wanted.items():
            found = self.statements_for(self.tables[entity]).select_by_ids(list(row_ids))
            for row_id in row_ids:
                self.rows[(entity, row_id)] = found.get(row_id)
        return seen, logged

    def _apply_chunk(self, chunk: list[RemoteChange], *, device_id: str, epoch: int, bundle_seq: int) -> None:
        seen, logged = self._prefetch(chunk)
        writes = _Writes(utcnow())
        counts = self.counts
        applied: dict[str, RemoteChange] = {}  # in this chunk: hashed only if the same id comes again (decoding forbids it)
        for change in chunk:
            known = seen.get(change.change_id) or logged.get(change.change_id)
            if known is None and change.change_id in applied:
                known = applied[change.change_id].content_hash
            if known is not None:
                if known == change.content_hash:
                    counts.duplicate += 1
                    continue
                if change.change_id in seen or not self._own_answer(change.change_id):
                    raise BundleRejected(
                        f"变更 {change.change_id[:8]} 以不同内容再次出现，整包拒收（疑似分叉）",
                        f"change {change.change_id[:8]} arrived again with different content; bundle refused (possible fork)",
                        code="changed_change",
                    )
                # Our own conflict answer coming back, as the village logged it (its own base version): a duplicate.
                outcome = "duplicate"
            else:
                outcome = self._decide(change, writes)
            if outcome == "new" or outcome == "updated":
                counts.new += outcome == "new"
                counts.updated += outcome == "updated"
                applied[change.change_id] = change  # its change-log copy is the record
                continue
            if outcome == "duplicate":
                counts.duplicate += 1
            else:
                counts.conflicting += 1
            seen[change.change_id] = change.content_hash
            writes.seen.append((change.change_id, device_id, epoch, change.local_seq, bundle_seq, change.entity, change.row_id,
                                change.content_hash, outcome))  # fmt: skip
        writes.flush(self)

    def _own_answer(self, change_id: str) -> bool:
        return change_id in own_answers(self.connection, [change_id])

    def _decide(self, change: RemoteChange, writes: _Writes) -> str:
        table = self.tables[change.entity]
        key = (change.entity, change.row_id)
        current = self.rows.get(key)
        if current is None:
            if change.op != "insert":
                return self._conflict(change, None, "missing_row", writes)
            writes.inserts[change.entity].append(change)
        elif change.op == "insert":
            if all(current[c.name] == change.row[c.name] for c in table.columns if c.name not in META_COLUMNS):
                return "duplicate"
            return self._conflict(change, current, "insert_clash", writes)
        elif current["version"] == change.base_version:
            writes.updates[change.entity].append(change)
        elif current["version"] == change.new_version and row_payload(table, current) == change.payload:
            return "duplicate"
        else:
            return self._conflict(change, current, "stale_base", writes)
        self.rows[key] = change.row
        writes.log.append((change.change_id, change.entity, change.row_id, change.row["village_code"], change.base_version,
                           change.new_version, change.op, change.payload, self.actor.device_id, self.actor.epoch, self.seq))  # fmt: skip
        self.seq += 1
        return "new" if current is None else "updated"

    def _conflict(self, change: RemoteChange, current: dict[str, Any] | None, reason: str, writes: _Writes) -> str:
        table = self.tables[change.entity]
        writes.conflicts.append(
            {"id": new_id(), "entity": change.entity, "row_id": change.row_id, "village_code": change.row["village_code"],
             "reason": reason, "local_version": current["version"] if current is not None else None,
             "local_payload": row_payload(table, current) if current is not None else None,
             "remote_change_id": change.change_id, "remote_device_id": change.row["updated_by_device"],
             "remote_base_version": change.base_version, "remote_new_version": change.new_version,
             "remote_op": change.op, "remote_payload": change.payload, "status": "open", "created_at": utcnow(),
             "resolved_at": None, "resolved_by": "", "choice": "", "resolution_change_id": None, "resolution_version": None,
             "resolution_payload": None, "return_seq": None},
        )  # fmt: skip
        return "conflict"


_REFERENCES: dict[str, list[tuple[str, str]]] = {}


def references(table: Table) -> list[tuple[str, str]]:
    """(column, referred table) of each of the table's foreign keys; ``broken_references`` is exact only for keys
    of one column that refer to an ``id`` and do nothing on delete, so any other kind stops the import here."""
    found = _REFERENCES.get(table.name)
    if found is None:
        for fk in table.foreign_keys:
            if len(fk.constraint.columns) != 1 or fk.column.name != "id" or fk.ondelete or fk.onupdate:
                raise TypeError(f"{table.name}.{fk.parent.name}: broken_references cannot check this foreign key")
        found = _REFERENCES[table.name] = sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
    return found


def own_answers(connection: Connection, change_ids: Sequence[str]) -> set[str]:
    """Which of ``change_ids`` are this receiver's answers to conflicts: sent back, applied by the village on its own
    version and logged there from it (2 → 4, the answer's version), so they come back as duplicates."""
    return _present(connection, "sync_conflict", "resolution_change_id", change_ids)


def _present(connection: Connection, table: str, column: str, values: Sequence[str]) -> set[str]:
    """Which of ``values`` are in ``table.column``, CHUNK at a time."""
    found: set[str] = set()
    for start in range(0, len(values), CHUNK):
        chunk = tuple(values[start : start + CHUNK])
        found.update(r[0] for r in connection.exec_driver_sql(
            f"SELECT {column} FROM {table} WHERE {column} IN ({', '.join('?' * len(chunk))})", chunk))  # noqa: S608  # fmt: skip
    return found


_LOG_COLUMNS = ("change_id", "entity", "row_id", "village_code", "base_version", "new_version", "op", "payload", "device_id",
                "epoch", "local_seq", "recorded_at")  # fmt: skip
_SEEN_COLUMNS = ("change_id", "device_id", "epoch", "local_seq", "bundle_seq", "entity", "row_id", "content_hash", "outcome")


class _Writes:
    """The statements of one chunk, executed in an order that keeps each row's history: inserts, then updates.

    Change-log and seen rows are kept as tuples in the column order above; everything else goes
    through the table's own bind processors (sync/statements.py).
    """

    def __init__(self, recorded_at: datetime) -> None:
        self.recorded_at = recorded_at  # one timestamp for the chunk: all of it commits together
        self.inserts: dict[str, list[RemoteChange]] = defaultdict(list)
        self.updates: dict[str, list[RemoteChange]] = defaultdict(list)
        self.log: list[tuple[Any, ...]] = []
        self.seen: list[tuple[Any, ...]] = []
        self.conflicts: list[dict[str, Any]] = []

    def flush(self, applier: Applier) -> None:
        for entity, changes in self.inserts.items():
            statements = applier.statements_for(applier.tables[entity])
            statements.insert([statements.params(c.row) if c.bound is None else c.bound for c in changes])
        for entity, changes in self.updates.items():
            statements = applier.statements_for(applier.tables[entity])
            statements.update([statements.params(c.row) if c.bound is None else c.bound for c in changes])
        if self.log:
            log = applier.statements_for(ChangeLog.__table__, _LOG_COLUMNS)
            stamp = log.bind("recorded_at", self.recorded_at)
            applier.connection.exec_driver_sql(log.insert_sql, [(*entry, stamp) for entry in self.log])
        if self.seen:
            applier.connection.exec_driver_sql(applier.statements_for(SyncChangeSeen.__table__, _SEEN_COLUMNS).insert_sql, self.seen)
        if self.conflicts:
            applier.connection.execute(SyncConflict.__table__.insert(), self.conflicts)


def write_row(connection: Connection, actor: Actor, table: Table, row: dict[str, Any], *, base_version: int,
              change_id: str, op: str) -> None:  # fmt: skip
    """Put ``row`` in place (insert or replace by id) and log it under this device: used for conflict answers."""
    exists = connection.execute(select(table.c.id).where(table.c.id == row["id"])).first()
    if exists:
        connection.execute(table.update().where(table.c.id == row["id"]).values(row))
    else:
        connection.execute(table.insert(), row)
    connection.execute(
        ChangeLog.__table__.insert(),
        {"change_id": change_id, "entity": table.name, "row_id": row["id"], "village_code": row["village_code"],
         "base_version": base_version, "new_version": row["version"], "op": op, "payload": row_payload(table, row),
         "device_id": actor.device_id, "epoch": actor.epoch, "local_seq": next_local_seq(connection, actor),
         "recorded_at": utcnow()},
    )  # fmt: skip
