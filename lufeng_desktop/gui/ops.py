"""Background operations, shaped like Anki's QueryOp/CollectionOp (STYLE.md §10.4).

All database work runs on ONE worker thread (SQLite has one writer, and a
single queue keeps reads and writes in the order the clerk asked for them).
Results come back on the GUI thread through a queued signal. A progress dialog
appears only when the work takes longer than ``PROGRESS_DELAY_MS``, so quick
operations never flash one. Work functions get a ``Progress`` handle and must
never touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 600
POLL_MS = 100


class Cancelled(Exception):
    """Raised inside the work function when the clerk pressed 取消."""


class Progress:
    """Handed to the work function; thread-safe. Callable as ``progress(fraction, text)``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self.fraction = 0.0
        self.text = ""

    def __call__(self, fraction: float, text: str = "") -> None:
        self.report(fraction, text)

    def report(self, fraction: float, text: str = "") -> None:
        with self._lock:
            self.fraction, self.text = max(0.0, min(1.0, fraction)), text
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def snapshot(self) -> tuple[float, str]:
        with self._lock:
            return self.fraction, self.text


class TaskManager(QObject):
    """The single database worker and the bridge back to the GUI thread."""

    _closure = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lufeng-db")
        self._closure.connect(self._run_closure, Qt.ConnectionType.QueuedConnection)
        self.pending = 0

    def run_on_main(self, fn: Callable[[], None]) -> None:
        self._closure.emit(fn)

    def submit(self, fn: Callable[[], T], on_done: Callable[[Future[T]], None]) -> Future[T]:
        self.pending += 1
        future = self._executor.submit(fn)
        future.add_done_callback(lambda fut: self.run_on_main(lambda: self._finish(fut, on_done)))
        return future

    def _finish(self, future: Future[Any], on_done: Callable[[Future[Any]], None]) -> None:
        try:
            on_done(future)
        finally:
            self.pending -= 1
            if self.pending == 0:
                self.idle.emit()

    def _run_closure(self, fn: Callable[[], None]) -> None:
        fn()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


_tasks: TaskManager | None = None


def tasks() -> TaskManager:
    """The application's task manager (created on first use, owned by the QApplication)."""
    global _tasks
    if _tasks is None:
        _tasks = TaskManager(QApplication.instance())
    return _tasks


class DbOp(Generic[T]):
    """``DbOp(parent, work).success(cb).with_progress("…").run_in_background()``.

    ``work(progress)`` runs on the database thread. Without ``failure``, a
    LufengError becomes a plain message and anything else a crash dialog.
    """

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T]) -> None:
        self._parent = parent
        self._work = work
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._label: str | None = None
        self._cancellable = False
        self.progress = Progress()
        self._dialog: ProgressDialog | None = None
        self._timer: QTimer | None = None

    def success(self, callback: Callable[[T], None]) -> DbOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DbOp[T]:
        self._failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> DbOp[T]:
        self._on_cancel = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> DbOp[T]:
        self._label, self._cancellable = label, cancellable
        return self

    def run_in_background(self) -> Future[T]:
        if self._label is not None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        return tasks().submit(lambda: self._work(self.progress), self._done)

    def _show_progress(self) -> None:
        dialog = ProgressDialog(self._label or "", cancellable=self._cancellable, parent=self._parent)
        dialog.cancel_requested.connect(self.progress.cancel)
        dialog.show()
        self._dialog = dialog
        assert self._timer is not None
        self._timer.timeout.disconnect(self._show_progress)
        self._timer.timeout.connect(self._update_progress)
        self._timer.setSingleShot(False)
        self._timer.start(POLL_MS)

    def _update_progress(self) -> None:
        if self._dialog is not None:
            self._dialog.set_progress(*self.progress.snapshot())

    def _close_progress(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._dialog is not None:
            self._dialog.finish()
            self._dialog.deleteLater()
            self._dialog = None

    def _done(self, future: Future[T]) -> None:
        self._close_progress()
        exc = future.exception()
        if exc is None:
            if self._success is not None:
                self._success(future.result())
            return
        if isinstance(exc, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        if self._failure is not None:
            self._failure(exc)
            return
        log.debug("background operation failed: %r", exc)
        from lufeng_desktop.gui import errors  # noqa: PLC0415

        known = errors.as_known(exc)
        if known is not None:
            errors.show_error(self._parent, known)
        else:
            errors.report_bug(exc)


class ProgressDialog(QDialog):
    """Label, bar and (when the work can stop safely) a cancel button; closing it cancels too."""

    cancel_requested = Signal()

    def __init__(self, label: str, *, cancellable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lufeng_desktop.gui.i18n import translate  # noqa: PLC0415

        self.setWindowTitle(translate("DbOp", "Please wait"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(400)
        self._label = label
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton(translate("DbOp", "Cancel"))
            self.cancel_button.clicked.connect(self._cancel)
            layout.addWidget(self.cancel_button)

    def set_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if text:
            self.label.setText(f"{self._label}\n{text}")

    def _cancel(self) -> None:
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        from lufeng_desktop.gui.i18n import translate  # noqa: PLC0415

        self.label.setText(translate("DbOp", "Cancelling…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc or the window's close button
        if self.cancel_button is not None:
            self._cancel()
        # work that cannot be cancelled keeps its dialog until it ends

    def finish(self) -> None:
        self.done(0)
