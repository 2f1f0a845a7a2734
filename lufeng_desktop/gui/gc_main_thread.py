"""Run Python's garbage collector only on the GUI thread.

Automatic collection fires on whichever thread happens to allocate. When it runs
on the database worker and frees a cycle holding Qt objects (a widget, a model,
a QObject-bound closure), Qt destroys them off the GUI thread and the process
segfaults — seen in our GUI tests. So automatic collection is switched off and a
GUI-thread timer collects whenever the allocation thresholds say it is due; this
is the approach Anki takes for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGc(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(INTERVAL_MS)

    def collect_if_due(self) -> int:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > thresholds[level]:
                generation = level
        return gc.collect(generation) if generation >= 0 else 0


def install(app: QObject) -> MainThreadGc:
    existing = app.findChild(MainThreadGc)
    return existing if isinstance(existing, MainThreadGc) else MainThreadGc(app)
