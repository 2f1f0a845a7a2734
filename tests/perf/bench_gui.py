"""GUI benchmarks on the `lufeng` demo register (300,000 people), for `make bench`.

(a) Cold start: a new process runs the application's own ``run_gui`` (QApplication, bundled
    font, translations, opening the database, main window) until the people table shows its
    first rows — the start-up preview read with sqlite3 (services/quick_start.py) — and until
    the real register page has answered its own first query (search, editing and every section
    work from then on); compared in the same run with a bare PySide6 QMainWindow in a new process.
    "Cold" means a new process; the OS file cache and the bytecode cache are warm, as on a
    laptop where the program ran before (one unmeasured start of each warms them).
(b) Search-as-you-type: per keystroke, the work the people table does before the clerk sees
    the first matches (``PeopleModel.first_page``), over the whole register; the box's 150 ms
    debounce is not counted. When that page is full, the exact count follows in a job of its
    own (the scroll bar grows when it arrives); its time is in the note.
(c) Peak memory (the child's own VmHWM) with the people table open and scrolled to the
    last row, against the bare window's; the note names the slowest job the single database
    worker ran meanwhile (every page of the table waits behind it).

The same file is the child process: ``python bench_gui.py bare`` / ``app DIR`` / ``scroll DIR``.
``LUFENG_BENCH_LUFENG_DIR`` reuses an already generated `lufeng` data folder (saves ~70 s).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
RUNS = 3
READY, INTERACTIVE, SCROLLED, SLOWEST, PEAK = "READY", "INTERACTIVE", "SCROLLED", "SLOWEST", "PEAK"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUFENG_NO_ERROR_DIALOGS": "1", "LUFENG_USER": "bench"}
# An installed program starts from compiled bytecode (pip compiles on install, PyInstaller bundles .pyc):
# let the children cache theirs in a private folder, and warm it before measuring.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
ENV["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "lufeng-bench-pycache")


# ── child processes ────────────────────────────────────────────────────────────────────────────
def _child_bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()

    def ready() -> None:
        print(READY, flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # the first turn of the event loop after show(), as for the app
    app.exec()


def _child_floor() -> None:
    """What any start of this program pays before its first query: the imports alone, no window."""
    import PySide6.QtWidgets  # noqa: F401
    import sqlalchemy.orm  # noqa: F401

    import lufeng_desktop.store.models  # noqa: F401

    print(READY, flush=True)


def _child_app(data_dir: str, scroll: bool) -> None:
    """The real start-up path; a timer watches for the people table's first rows (and scrolls)."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lufeng_desktop.app import run_gui
    from lufeng_desktop.gui import main_window
    from lufeng_desktop.gui import startup
    from lufeng_desktop.gui.models import paged

    original_show = main_window.MainWindow.show
    timer = QTimer()
    state: dict[str, float] = {}

    def probe(window: main_window.MainWindow) -> None:
        page = window.page_by_key.get("register")  # the start-up preview (services/quick_start.py), then the real page
        if page is None:
            return
        model, view = page.models["people"], page.views["people"]
        if "ready" not in state:
            if model.total() > 0 and model.record(0) is not None:
                QApplication.processEvents()  # let the view paint them
                state["ready"] = time.perf_counter()
                print(READY, flush=True)
            return
        if "interactive" not in state:  # the real register page, its own first query answered: search and edit work
            if window.store is None or not getattr(model, "answered", False):
                return
            QApplication.processEvents()
            state["interactive"] = time.perf_counter()
            print(INTERACTIVE, flush=True)
            if not scroll:
                QApplication.quit()
                return
            view.scrollToBottom()
            return
        last = model.total() - 1
        if model.record(last) is not None and view.model().index(last, 0).data() not in (None, "…"):
            QApplication.processEvents()
            print(f"{SCROLLED} {time.perf_counter() - state['interactive']:.3f}", flush=True)
            QApplication.quit()
        else:
            view.scrollToBottom()

    def show(self: main_window.MainWindow) -> None:
        original_show(self)
        timer.timeout.connect(lambda: probe(self))
        timer.start(5)

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    opening = startup.open_database

    def open_database(data_dir, user_name, window=None):  # type: ignore[no-untyped-def]
        if window is not None:
            probe(window)  # the preview is painted and the store starts opening: the probe timer would wait for the GIL
        return opening(data_dir, user_name, window)

    startup.open_database = open_database
    first_loaded = paged.PagedTableModel._first_loaded  # noqa: SLF001

    def answered(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.answered = True  # a page from the model's own query (not the start-up preview)
        return first_loaded(self, *args, **kwargs)

    paged.PagedTableModel._first_loaded = answered  # type: ignore[method-assign]  # noqa: SLF001
    _time_database_jobs()
    sys.exit(run_gui(argparse.Namespace(data_dir=Path(data_dir), user="bench")))


def _time_database_jobs() -> None:
    """Remember the slowest job on the single database worker: it delays every table page behind it."""
    from lufeng_desktop.gui import ops

    submit = ops.TaskManager.submit
    slowest = {"seconds": 0.0, "name": ""}

    def timed(self, fn, on_done):  # type: ignore[no-untyped-def]
        def run():  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return fn()
            finally:
                seconds = time.perf_counter() - started
                if seconds > slowest["seconds"]:
                    cells = [c.cell_contents for c in (fn.__closure__ or ())]
                    names = [getattr(getattr(c, "_work", None), "__qualname__", "") for c in cells]
                    slowest.update(seconds=seconds, name=next((n for n in names if n), "?").split(".<locals>")[0])
                    print(f"SLOWEST {seconds:.2f} {slowest['name']}", flush=True)

        return submit(self, run, on_done)

    ops.TaskManager.submit = timed  # type: ignore[method-assign]


def _spawn(*args: str) -> tuple[float, int, dict[str, str]]:
    """Seconds until the child printed READY, its peak RSS in KiB, and its marker lines."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(HERE), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=ENV, cwd=ROOT)  # fmt: skip
    assert proc.stdout is not None
    ready_at = None
    markers: dict[str, str] = {}
    for line in proc.stdout:
        word, _, rest = line.strip().partition(" ")
        if word in (READY, INTERACTIVE, SCROLLED, SLOWEST, PEAK):
            markers[word] = rest
            if word == READY:
                ready_at = time.perf_counter() - started
            if word == INTERACTIVE:
                markers[word] = f"{time.perf_counter() - started:.4f}"
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if ready_at is None:
        raise RuntimeError(f"child {args} exited ({proc.returncode}) before its window was ready")
    return ready_at, int(markers.get(PEAK, usage.ru_maxrss)), markers


def _report_peak() -> None:
    """The child's own peak RSS (VmHWM). Not ru_maxrss: on Linux that keeps the parent's size at fork,
    which after the store benchmark's generation is 1.8 GiB for every child alike."""
    import atexit

    def report() -> None:
        status = Path("/proc/self/status")
        lines = status.read_text().splitlines() if status.exists() else []
        kib = next((line.split()[1] for line in lines if line.startswith("VmHWM:")), None)
        if kib is not None:
            print(f"{PEAK} {kib}", flush=True)

    atexit.register(report)


# ── the measurements ───────────────────────────────────────────────────────────────────────────
def _generate(folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lufeng_desktop.cli", "--data-dir", str(folder), "demo", "--scale", "lufeng"],
                   check=True, capture_output=True, env=ENV, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - started


def _people(folder: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{folder / 'lufeng.db'}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        connection.close()


def _start_rows(folder: Path) -> list[dict]:
    bare, app, working, floor = [], [], [], []
    _spawn("bare"), _spawn("app", str(folder)), _spawn("floor")  # warm: bytecode and OS file caches, for all alike
    for _ in range(RUNS):  # interleaved, so a busy moment on the machine hurts all alike
        bare.append(_spawn("bare")[0])
        seconds, _kib, markers = _spawn("app", str(folder))
        app.append(seconds)
        working.append(float(markers[INTERACTIVE]))
        floor.append(_spawn("floor")[0])
    people = _people(folder)
    return [
        {"name": f"cold start to first people rows on screen ({people:,} people)", "value": statistics.median(app),
         "unit": "s", "baseline": statistics.median(bare),
         "note": f"median of {RUNS}; baseline: bare QMainWindow process; goal < 3×; rows read with sqlite3 while SQLAlchemy loads"},
        {"name": "cold start until the register works (its own query answered: search, edit, every section)",
         "value": statistics.median(working), "unit": "s", "baseline": statistics.median(bare),
         "note": f"median of {RUNS}; the same starts"},
        {"name": "start-up floor: Python, PySide6, SQLAlchemy and our mapped models imported", "unit": "s",
         "value": statistics.median(floor), "baseline": statistics.median(bare),
         "note": "no window, no database: what every start pays before its first query"},
    ]  # fmt: skip


def _memory_rows(folder: Path) -> list[dict]:
    _s, bare_kib, _m = _spawn("bare")
    _s, start_kib, _m = _spawn("app", str(folder))
    _s, scrolled_kib, markers = _spawn("scroll", str(folder))
    return [
        {"name": "peak memory, main window open", "value": round(start_kib / 1024, 1), "unit": "MiB",
         "baseline": round(bare_kib / 1024, 1), "note": "peak RSS (VmHWM) of the process; baseline: bare QMainWindow"},
        {"name": "peak memory, people table scrolled to the end", "value": round(scrolled_kib / 1024, 1), "unit": "MiB",
         "baseline": round(bare_kib / 1024, 1),
         "note": f"last rows shown {markers.get(SCROLLED, '?')} s after the first; "
                 f"slowest database job {markers.get(SLOWEST, '?')}"},
    ]  # fmt: skip


def _typed_name(store) -> str:  # type: ignore[no-untyped-def]
    """A real three-character 陈 name from the register (what an input method commits, one character at a time)."""
    from sqlalchemy import func, select

    from lufeng_desktop.store.models import Person

    with store.sessions() as session:
        return session.scalars(select(Person.name).where(Person.name.like("陈%"), func.length(Person.name) == 3)
                               .order_by(Person.id).limit(1)).one()  # fmt: skip


def _search_rows(folder: Path) -> list[dict]:
    from lufeng_desktop.gui.models.people_model import PeopleModel
    from lufeng_desktop.services.query_common import RegisterFilter
    from lufeng_desktop.store.database import open_store

    store = open_store(folder)
    rows: list[dict] = []
    try:
        model = PeopleModel(store)  # no view: only its first_page/count, which run on the database thread in the GUI
        for typed in ("chen", "cgl", "4415811985", _typed_name(store)):
            times, counts, found = [], [], 0
            for _ in range(RUNS):
                for end in range(1, len(typed) + 1):
                    flt = RegisterFilter(search=typed[:end])
                    started = time.perf_counter()
                    total, first = model.first_page(flt, model.default_order)
                    times.append((time.perf_counter() - started) * 1000)
                    if total is None:  # the count job that follows the first rows
                        started = time.perf_counter()
                        total = model.count(flt)
                        counts.append((time.perf_counter() - started) * 1000)
                    found = total
            count_note = (f"; then the count in its own job: worst {max(counts):.0f} ms, median {statistics.median(counts):.0f} ms "
                          f"({len(counts)} of {len(times)} keystrokes; skipped when the next keystroke is already queued)"
                          if counts else "; every first page was short, so no count was needed")  # fmt: skip
            rows.append({"name": f"search-as-you-type “{typed}” ({len(typed)} keystrokes), first rows", "value": max(times),
                         "unit": "ms", "note": f"worst keystroke of {RUNS} passes; median {statistics.median(times):.1f} ms; "
                                               f"{found:,} found; goal < 50 ms{count_note}"})  # fmt: skip
    finally:
        store.dispose()
    return rows


def run() -> list[dict]:
    reuse = os.environ.get("LUFENG_BENCH_LUFENG_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        if reuse and (Path(reuse) / "lufeng.db").exists():
            folder, note = Path(reuse), f"reused {reuse}"
        else:
            folder = Path(tmp) / "lufeng"
            note = f"generated in {_generate(folder):.0f} s"
        print(f"  lufeng demo database: {note}", file=sys.stderr, flush=True)
        return [*_start_rows(folder), *_search_rows(folder), *_memory_rows(folder)]


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in ("bare", "floor", "app", "scroll"):
        _report_peak()
    if len(sys.argv) > 1 and sys.argv[1] == "bare":
        _child_bare()
    elif len(sys.argv) > 1 and sys.argv[1] == "floor":
        sys.path.insert(0, str(ROOT))
        _child_floor()
    elif len(sys.argv) > 2 and sys.argv[1] in ("app", "scroll"):
        sys.path.insert(0, str(ROOT))
        _child_app(sys.argv[2], scroll=sys.argv[1] == "scroll")
    else:
        for row in run():
            print(row)
