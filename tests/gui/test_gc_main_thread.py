"""Garbage holding Qt objects is only ever collected on the GUI thread."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from lufeng_desktop.gui import gc_main_thread


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp) -> None:  # type: ignore[no-untyped-def]
    assert not gc.isenabled()  # configure() installed it
    collector = gc_main_thread.install(QApplication.instance())
    assert gc_main_thread.install(QApplication.instance()) is collector  # once per application

    destroyed_on: list[str] = []

    class Holder:
        pass

    def make_cycle() -> None:
        holder = Holder()
        holder.me = holder  # type: ignore[attr-defined]  # a reference cycle: only a collection frees it …
        holder.qt = QObject()  # type: ignore[attr-defined]  # … and the Qt object with it
        weakref.finalize(holder, lambda: destroyed_on.append(threading.current_thread().name))

    worker = threading.Thread(target=lambda: [make_cycle() for _ in range(50)] and [object() for _ in range(20_000)], name="worker")
    worker.start()
    worker.join()
    assert destroyed_on == []  # the worker allocated plenty, yet nothing was collected there
    gc.set_threshold(1, 1, 1)
    try:
        collector.collect_if_due()
    finally:
        gc.set_threshold(700, 10, 10)
    assert destroyed_on and set(destroyed_on) == {threading.current_thread().name}
