"""One connection for a batch of town imports: one transaction per bundle, one fsync per batch.

RELIABILITY.md §1.1 chose ``synchronous=FULL`` everywhere. This is the one argued
exception. A town imports dozens or hundreds of bundles at once; with FULL each
bundle's commit fsyncs the WAL (about 10 ms, as much as applying a small bundle).
Here the bundles before the last file of a batch commit with ``synchronous=NORMAL``
on this connection only, and the batch's last file commits with FULL:

* Each bundle stays one transaction, all or nothing (§2.5): NORMAL in WAL mode
  changes durability, never atomicity or consistency. A killed importer loses
  nothing that committed (the WAL is written before COMMIT returns); a power cut
  can only drop a *suffix* of whole committed transactions.
* In WAL mode a FULL commit fsyncs the WAL file, and with it every frame written
  before it; a checkpoint syncs the WAL before copying it (NORMAL or FULL). So
  once the last file's transaction has committed (every file, whatever its
  outcome, commits one with its audit entry), the whole batch is durable, and
  ``import_files`` returns only after that: the report a clerk reads, and any
  acknowledgement built from the database later (itself a FULL commit), never
  names a bundle that a power cut could still take back.
* If the power fails before that, the bundles dropped from the end of the batch
  are exactly ones no one was told about: they are still on the stick and not
  acknowledged, and importing them again is the normal path (next in line is
  applied, anything already applied is a no-op).
* A batch that raises half-way returns no report; whatever committed becomes
  durable with the next FULL commit on this database.

The connection is held for the whole batch, so the setting cannot leak to
another transaction, and is set back to FULL before it returns to the pool — on
an exception too; if even that fails, the connection is discarded instead.
The WAL auto-checkpoint is widened for the batch as well: the default (1000
pages) ran a checkpoint — two fsyncs and a copy of hot index pages — after
nearly every bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

# Pages of WAL before a commit checkpoints (SQLite's default is 1000, 4 MiB). 256 MiB: a town bundle writes about 5 MiB
# of WAL (its random-key index pages), and each checkpoint fsyncs and copies the hot pages again; at 346 villages
# 65,536 pages beat 4,096 in every interleaved pair (107 vs 118, 127 vs 128, 119 vs 143 µs per change; plain sqlite3
# with the same commits: 44–48 vs 58–63 µs). The WAL file keeps that size after a large batch; SQLite reuses it.
BATCH_AUTOCHECKPOINT = 65536
DEFAULT_AUTOCHECKPOINT = 1000


class Batch:
    """Sessions bound to the batch's connection, and the switch back to durable commits."""

    def __init__(self, connection: Connection, sessions: sessionmaker[Session]) -> None:
        self.connection = connection
        self._sessions = sessions

    def session(self) -> Session:
        return self._sessions(bind=self.connection)

    def durable(self) -> None:
        """From now on every commit fsyncs the WAL (and so every earlier frame): call before the batch's last file."""
        _pragmas(self.connection, synchronous="FULL", autocheckpoint=DEFAULT_AUTOCHECKPOINT)


@contextmanager
def batch(engine: Engine, sessions: sessionmaker[Session], *, files: int) -> Iterator[Batch]:
    """A ``Batch`` on one pooled connection; with a single file nothing changes (every commit is FULL)."""
    connection = engine.connect()
    try:
        if files > 1:
            _pragmas(connection, synchronous="NORMAL", autocheckpoint=BATCH_AUTOCHECKPOINT)
        yield Batch(connection, sessions)
    finally:
        try:
            if connection.in_transaction():
                connection.rollback()
            _pragmas(connection, synchronous="FULL", autocheckpoint=DEFAULT_AUTOCHECKPOINT)
        except Exception:
            connection.invalidate()  # never back to the pool with NORMAL
            raise
        finally:
            connection.close()


def _pragmas(connection: Connection, *, synchronous: str, autocheckpoint: int) -> None:
    # On the driver connection (autocommit): Connection.exec_driver_sql would open a transaction for a pragma.
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA synchronous={synchronous}")
    raw.execute(f"PRAGMA wal_autocheckpoint={autocheckpoint}")
