"""Decoding a town batch's next bundles in a second process while the importer applies the current one.

Decoding (decompress, parse, check every row) and binding each row for the
driver are a third of a town import, and a thread cannot take them off the
importer: SQLite gives up the GIL for each row of an ``executemany`` and gets it
back only after the other thread's switch interval, so a decoding thread stalls
the writer (measured: no gain at all, one core busy). A second process uses the
second core.

The worker only saves time; it decides nothing. It runs the importer's own
database-free steps (sync/opened.py: unseal with the town key, verify against
the key the file claims, parse, decode; then sync/statements.py's binding) and
hands back the decoded changes with the hash of the signed body they came from. The importer still unseals and
verifies every file against the *enrolled* key, checks the sender, the order
and the versions, and takes the worker's result only for a body with that very
hash, so what it applies is what it would have decoded itself. Anything the
worker does not deliver (a refused file, a crash, a worker still starting) is
decoded in-process as before: messages and outcomes never depend on it.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from nacl.public import PrivateKey
from sqlalchemy import create_engine

from lufeng_desktop.sync import envelope, keys
from lufeng_desktop.sync.changes import tables_by_name
from lufeng_desktop.sync.errors import BundleError
from lufeng_desktop.sync.manifest import CHANGES
from lufeng_desktop.sync.opened import Decoded, decode_payload, parse_body
from lufeng_desktop.sync.statements import row_binder

# Below this many bytes in a batch, decoding in-process is cheaper than starting the worker (about half a second).
MIN_BATCH_BYTES = 4 * 1024 * 1024
# LUFENG_DECODE_WORKER=off never starts the worker; =always starts it for any batch of two or more files and waits for
# it to be up (the frozen build's smoke test shows the worker runs there).
SETTING = "LUFENG_DECODE_WORKER"
AHEAD = 2  # files handed to the worker ahead of the one being applied: bounds the decoded bundles held in memory


class Prefetch:
    """``take(i, body_hash)``: file i of the batch as decoded by the worker, or None (then decode it in-process)."""

    def __init__(self, data_dir: Path, files: list[Path]) -> None:
        self._data_dir = str(data_dir)
        self._files = [str(f) for f in files]
        self._futures: dict[int, Future[tuple[str, bytes] | None]] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._ready: Future[int] | None = None
        self._delivered: set[int] = set()  # files whose decoding the worker saved the importer
        setting = os.environ.get(SETTING, "")
        if len(files) > 1 and setting != "off" and (setting == "always" or _total_bytes(files) >= MIN_BATCH_BYTES):
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
                self._ready = self._pool.submit(_warm_up, self._data_dir)
            except (OSError, RuntimeError):  # no processes here (a locked-down machine): decode in-process
                self._pool = None
            if setting == "always":
                self.wait_ready(120)

    def __enter__(self) -> Prefetch:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def delivered(self) -> int:
        """How many of the batch's files the worker decoded (a file imported twice, as when its group is redone, once)."""
        return len(self._delivered)

    @property
    def uses_worker(self) -> bool:
        """Whether this batch was given a worker (and it has not failed)."""
        return self._pool is not None

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id once it has started (for the crash test)."""
        if self._ready is None or not self._ready.done() or self._ready.exception() is not None:
            return None
        return self._ready.result()

    def wait_ready(self, timeout: float) -> bool:
        """Wait until the worker has started (only when asked to: by default the importer never waits for it)."""
        if self._ready is None:
            return False
        try:
            self._ready.result(timeout)
        except Exception:  # noqa: BLE001 - a worker that cannot start is simply not used
            return False
        return True

    def take(self, index: int, body_hash: str) -> Decoded | None:
        if self._pool is None or self._ready is None or not self._ready.done():
            return None  # not started yet: the worker gets the files after this one once it is up
        if self._ready.exception() is not None:
            self.close()
            return None
        future = self._futures.pop(index, None)
        try:
            for ahead in range(index + 1, min(index + 1 + AHEAD, len(self._files))):
                if ahead not in self._futures:
                    self._futures[ahead] = self._pool.submit(_decode_file, self._files[ahead], self._data_dir)
            if future is None:
                return None
            result = future.result()
        except Exception:  # noqa: BLE001 - a broken or killed worker: the rest of the batch is decoded in-process
            self.close()
            return None
        if result is None or result[0] != body_hash:
            return None
        self._delivered.add(index)
        decoded: Decoded = pickle.loads(result[1])  # noqa: S301 - from our own worker, over our own pipe
        return decoded

    def close(self) -> None:
        pool, self._pool = self._pool, None
        self._futures.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _total_bytes(files: list[Path]) -> int:
    total = 0
    for path in files:
        try:
            total += path.stat().st_size
        except OSError:
            pass  # the importer reports it
    return total


# In the worker process --------------------------------------------------------------------------------------------

_box: dict[str, PrivateKey] = {}


def _town_box(data_dir: str) -> PrivateKey:
    found = _box.get(data_dir)
    if found is None:
        found = _box[data_dir] = keys.town_keys(Path(data_dir)).box
    return found


def _warm_up(data_dir: str) -> int:
    _town_box(data_dir)
    return os.getpid()


def _decode_file(path: str, data_dir: str) -> tuple[str, bytes] | None:
    """The file's body hash and decoded payload, pickled, or None if anything is wrong with it (the importer finds out itself).

    Pickled here and unpickled by ``take`` on the importer's thread: left to the executor, the unpickling runs on its
    result thread, which holds the GIL while the importer's ``executemany`` waits for it row by row (measured: the
    writes took 70 % longer).
    """
    box = _town_box(data_dir)
    try:
        data = envelope.read_file(Path(path))
        body = envelope.unseal(data, box).verify()  # before a byte of the body is parsed, as in the importer
        opened = parse_body(body, data, recipient=keys.key_id(bytes(box.public_key)).hex(), kind=CHANGES)
        items, attachments = decode_payload(opened.manifest, opened.payload)
    except BundleError:
        return None
    binders = _binders()
    bound = [change._replace(bound=binders[change.entity](change.row)) for change in items]
    return opened.bundle_hash, pickle.dumps((bound, attachments), protocol=pickle.HIGHEST_PROTOCOL)


_bind: dict[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]] = {}


def _binders() -> dict[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]]:
    """Each table's row binder for the store's dialect: the same URL scheme as store/engine.py, initialised on a
    connection as the store's is (tests/reliability/test_import_prefetch.py compares every table with in-process binding)."""
    if not _bind:
        engine = create_engine("sqlite+pysqlite://")
        with engine.connect():
            pass
        _bind.update({name: row_binder(engine.dialect, table) for name, table in tables_by_name().items()})
        engine.dispose()
    return _bind
