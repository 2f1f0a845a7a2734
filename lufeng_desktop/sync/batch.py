"""One connection for a batch of town imports: each bundle all or nothing, a few bundles per commit, one fsync per batch.

RELIABILITY.md §1.1 chose ``synchronous=FULL`` everywhere. This is the one argued
exception. A town imports dozens or hundreds of bundles at once; with FULL each
bundle's commit fsyncs the WAL (about 10 ms, as much as applying a small bundle).
Here the commits before the batch's last one use ``synchronous=NORMAL`` on this
connection only, and the last one uses FULL:

* Each bundle stays all or nothing (§2.5): NORMAL in WAL mode changes
  durability, never atomicity or consistency. A killed importer loses nothing
  that committed (the WAL is written before COMMIT returns); a power cut can
  only drop a *suffix* of whole committed transactions.
* In WAL mode a FULL commit fsyncs the WAL file, and with it every frame written
  before it; a checkpoint syncs the WAL before copying it (NORMAL or FULL). So
  once the batch's last transaction has committed (every file, whatever its
  outcome, commits at least its audit entry), the whole batch is durable, and
  ``import_files`` returns only after that: the report a clerk reads, and any
  acknowledgement built from the database later (itself a FULL commit), never
  names a bundle that a power cut could still take back.
* If the power fails before that, the bundles dropped from the end of the batch
  are exactly ones no one was told about: they are still on the stick and not
  acknowledged, and importing them again is the normal path (next in line is
  applied, anything already applied is a no-op).
* A batch that raises half-way returns no report; whatever committed becomes
  durable with the next FULL commit on this database.

Bundles are committed a group at a time (``together``): each commit rewrites the
random-key index pages a bundle touched, and committing 16 bundles at once
instead of one by one took a tenth off a 346-village import. A group commits
only if every bundle in it went through exactly as it would have alone; if
anything in it fails, the group is rolled back whole and its files are imported
again one transaction each, which decides every outcome and message as before.
SQLite savepoints per bundle would have been the obvious tool, but inside a
large transaction they made every write several times slower (measured: 3.5×
slower imports), so a group is all or nothing too.

Inside a group SQLite does not enforce foreign keys (``PRAGMA foreign_keys=OFF``
for the group's transaction; interleaved runs at 346 villages were 13–30 %
faster): the importer checks each bundle's references itself when it has
applied it (``Applier.broken_references``), and a broken one undoes the group,
so the bundle is then refused by SQLite's own check, alone. That check is exact,
not a sample: sync never deletes a row or changes an id and every foreign key
refers to an ``id`` (``apply.references`` refuses any other), so with the
database consistent before a bundle only a row the bundle wrote can refer to
something missing, and each of those rows is checked. (Leaving enforcement on
would not have spared the check: deferred to the group's commit, it would let a
later bundle of the group repair an earlier one's broken reference, which alone
is refused.) Enforcement is switched on again, and verified, before any other
transaction on the connection; if that fails, the connection is discarded.

The connection is held for the whole batch, so the setting cannot leak to
another transaction, and is set back to FULL (and foreign keys on) before it
returns to the pool — on an exception too; if even that fails, the connection is
discarded instead.
The WAL auto-checkpoint is widened for the batch as well: the default (1000
pages) ran a checkpoint — two fsyncs and a copy of hot index pages — after
nearly every bundle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

# Pages of WAL before a commit checkpoints (SQLite's default is 1000, 4 MiB). 256 MiB: a town bundle writes about 5 MiB
# of WAL (its random-key index pages), and each checkpoint fsyncs and copies the hot pages again; at 346 villages
# 65,536 pages beat 4,096 in every interleaved pair (107 vs 118, 127 vs 128, 119 vs 143 µs per change; plain sqlite3
# with the same commits: 44–48 vs 58–63 µs). The WAL file keeps that size after a large batch; SQLite reuses it.
BATCH_AUTOCHECKPOINT = 65536
DEFAULT_AUTOCHECKPOINT = 1000
# Files committed together (``together``), and the bytes of file that end a group sooner (a group's changes are in one
# transaction, and its work is redone if one of them fails). At 346 villages: 8 files 78, 16 files 72, 32 files 73–75,
# 64 files 87 µs per change, against 79–85 one by one (interleaved runs, the database on disk).
GROUP_FILES = 16
GROUP_BYTES = 32 * 1024 * 1024

T = TypeVar("T")


class GroupUndone(Exception):
    """A session was asked for after the group's transaction had been rolled back (an error caught inside it)."""


class Batch:
    """Sessions bound to the batch's connection, and the switch back to durable commits."""

    def __init__(self, connection: Connection, sessions: sessionmaker[Session], *, files: int) -> None:
        self.connection = connection
        self._sessions = sessions
        self._several = files > 1
        self.grouped = False  # inside ``together``: sessions join its transaction, and foreign keys are not enforced

    def session(self) -> Session:
        if self.grouped:  # the session commits nothing; its rollback (an error) rolls the whole group back
            if not self.connection.in_transaction():
                raise GroupUndone
            return self._sessions(bind=self.connection, join_transaction_mode="rollback_only")
        return self._sessions(bind=self.connection)

    def durable(self, last: bool = True) -> None:
        """Before each transaction: ``last`` if it is the batch's last, whose commit fsyncs the WAL (and so every
        earlier frame); the others commit with NORMAL (in a batch of one file, every commit is FULL)."""
        if last or not self._several:
            _pragmas(self.connection, synchronous="FULL", autocheckpoint=DEFAULT_AUTOCHECKPOINT)
        else:
            _pragmas(self.connection, synchronous="NORMAL", autocheckpoint=BATCH_AUTOCHECKPOINT)

    def together(self, work: Callable[[], T]) -> T | None:
        """``work``'s transactions committed as one, and its result; or, if anything in it failed, none of them: None.

        Any exception counts: the caller then imports the same files one transaction each, which decides what the
        failure means (a refused bundle, or an error that stops the batch) exactly as it would have without groups.
        SQLite does not enforce foreign keys inside: each bundle's references must be checked by ``work`` (see above).
        """
        _foreign_keys(self.connection, on=False)  # each bundle's references are checked by the importer (see above)
        group = self.connection.begin()
        self.grouped = True
        committed = False
        try:
            result = work()
            if self.connection.get_transaction() is not group or not group.is_active:
                return None  # a failure that someone caught still rolled the group back
            group.commit()
            committed = True
            return result
        except Exception:  # noqa: BLE001 - see above: the files are imported again one by one
            return None
        finally:
            self.grouped = False
            current = self.connection.get_transaction()  # still there, inactive, after a failed COMMIT
            if not committed and current is not None:
                current.rollback()
            _foreign_keys(self.connection, on=True)


@contextmanager
def batch(engine: Engine, sessions: sessionmaker[Session], *, files: int) -> Iterator[Batch]:
    """A ``Batch`` on one pooled connection; with a single file nothing changes (every commit is FULL)."""
    connection = engine.connect()
    try:
        if files > 1:
            _pragmas(connection, synchronous="NORMAL", autocheckpoint=BATCH_AUTOCHECKPOINT)
        yield Batch(connection, sessions, files=files)
    finally:
        try:
            if connection.in_transaction():
                connection.rollback()
            _pragmas(connection, synchronous="FULL", autocheckpoint=DEFAULT_AUTOCHECKPOINT)
            _foreign_keys(connection, on=True)
        except Exception:
            connection.invalidate()  # never back to the pool with NORMAL or without foreign keys
            raise
        finally:
            connection.close()


def groups(files: list[Path]) -> Iterator[list[int]]:
    """The files' indexes in order, cut into groups of at most GROUP_FILES files and (unless one file is more) GROUP_BYTES."""
    group: list[int] = []
    size = 0
    for i, path in enumerate(files):
        try:
            length = path.stat().st_size
        except OSError:
            length = 0  # the importer reports it
        if group and (len(group) == GROUP_FILES or size + length > GROUP_BYTES):
            yield group
            group, size = [], 0
        group.append(i)
        size += length
    if group:
        yield group


def _pragmas(connection: Connection, *, synchronous: str, autocheckpoint: int) -> None:
    # On the driver connection (autocommit): Connection.exec_driver_sql would open a transaction for a pragma.
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA synchronous={synchronous}")
    raw.execute(f"PRAGMA wal_autocheckpoint={autocheckpoint}")


class ForeignKeysNotSet(RuntimeError):
    """SQLite ignored ``PRAGMA foreign_keys=ON`` (it does inside a transaction)."""


def _foreign_keys(connection: Connection, *, on: bool) -> None:
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    if on and raw.execute("PRAGMA foreign_keys").fetchone()[0] != 1:  # off but still on would only be slower
        raise ForeignKeysNotSet("foreign_keys=ON was not taken")
