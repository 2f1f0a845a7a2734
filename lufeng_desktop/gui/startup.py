"""Opening the database at start-up: first-start wizard, or open (migrate, check) with a plain
message when that fails — and, for a damaged file, the offer to restore a backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lufeng_desktop.core.errors import LufengError, StorageError
from lufeng_desktop.gui import errors, ops
from lufeng_desktop.gui.i18n import error_text, translate
from lufeng_desktop.paths import database_path

if TYPE_CHECKING:
    from lufeng_desktop.gui.main_window import MainWindow
    from lufeng_desktop.store.database import Store

log = logging.getLogger(__name__)

RESTORABLE = frozenset({"corrupt", "not_a_database", "foreign_database", "no_device"})


def run_and_wait(work: ops.DbOp[Store]) -> tuple[Store | None, BaseException | None]:
    """Run a start-up operation on the database thread while the event loop keeps the screen alive."""
    loop = QEventLoop()
    outcome: list[object] = [None, None]

    def done(store: Store) -> None:
        outcome[0] = store
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome[1] = exc
        loop.quit()

    future = work.success(done).failure(failed).run_in_background()
    if outcome[0] is None and outcome[1] is None:
        loop.exec()
    if outcome[0] is None and outcome[1] is None:  # the application is quitting (the clerk closed the window): finish
        try:
            return future.result(), None
        except BaseException as exc:  # noqa: BLE001  (handed to the caller like any failure)
            return None, exc
    return outcome[0], outcome[1]  # type: ignore[return-value]


def open_database(data_dir: Path, user_name: str, parent: QWidget | None = None) -> Store | None:
    """The open store, or None when the clerk chose to quit."""
    if not database_path(data_dir).exists():
        from lufeng_desktop.gui.dialogs.first_start import FirstStartDialog  # noqa: PLC0415

        dialog = FirstStartDialog(data_dir, user_name, parent)
        dialog.exec()
        return dialog.store
    # After a failed check, the next start checks before showing anything, so the restore offer comes first.
    background = not damaged_marker(data_dir).exists()
    while True:
        op = ops.DbOp(parent, lambda _p: _open_store(data_dir, background)).with_progress(
            translate("startup", "Opening the database…")
        )
        store, exc = run_and_wait(op)
        if store is not None:
            damaged_marker(data_dir).unlink(missing_ok=True)  # checked now, or being checked
            return store
        assert exc is not None
        known = errors.as_known(exc)
        if known is None:
            errors.report_bug(exc)
            return None
        if not _offer_restore(known, data_dir, user_name, parent):
            return None


def start_window(data_dir: Path, user_name: str) -> tuple[MainWindow, Store] | None:
    """The shown main window with its open store, or None when the clerk chose to quit.

    When the database exists (and no failed check waits), the window shows at once with
    the register's first people, read by services/quick_start.py; SQLAlchemy loads and
    the store opens behind it, then the real register page takes over (MainWindow.attach).
    """
    from lufeng_desktop.gui.main_window import MainWindow  # noqa: PLC0415
    from lufeng_desktop.gui.models.paged import PAGE_SIZE  # noqa: PLC0415
    from lufeng_desktop.services.quick_start import first_people  # noqa: PLC0415

    path = database_path(data_dir)
    preview = first_people(path, PAGE_SIZE) if can_preview(data_dir) else None
    window = MainWindow.opening(path, user_name, preview) if preview is not None else None
    if window is not None:
        window.show()
        # Paint the rows now: while the database thread imports SQLAlchemy it holds the GIL most of the time,
        # and every call the painting makes into Python would wait its turn.
        QApplication.processEvents()
    store = open_database(data_dir, user_name, window)
    if store is not None and window is not None and not window.isVisible():  # closed while the store opened
        store.dispose()
        store = None
    if store is None:
        if window is not None:
            window.close()
        return None
    if window is None:
        window = MainWindow(store, user_name)
        window.show()
    else:
        window.attach(store)
    return window, store


def _open_store(data_dir: Path, check_in_background: bool) -> Store:
    """On the database thread: the first start-up work that needs SQLAlchemy, which is imported here
    while the main thread keeps the window (and its preview of the register) on screen."""
    from lufeng_desktop.store.database import open_store  # noqa: PLC0415

    return open_store(data_dir, check_in_background=check_in_background)


def can_preview(data_dir: Path) -> bool:
    """Whether the window may show before the store is open: not for a first start (the wizard comes
    first) nor after a failed check (the backup offer comes first)."""
    return database_path(data_dir).exists() and not damaged_marker(data_dir).exists()


def _offer_restore(exc: LufengError, data_dir: Path, user_name: str, parent: QWidget | None) -> bool:
    """Tell the clerk what is wrong; True when a backup was restored and opening should be retried."""
    text = error_text(exc)
    errors.shown_messages.append(text)
    if not errors.dialogs_enabled():
        log.warning("cannot open the database: %s", text)
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, translate("startup", "Cannot open the database"), text, parent=parent)
    restore = None
    if exc.code in RESTORABLE:
        restore = box.addButton(translate("startup", "Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    from lufeng_desktop import paths  # noqa: PLC0415
    from lufeng_desktop.services.admin import restore_from  # noqa: PLC0415

    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("startup", "Choose a backup"), str(paths.backup_dir(data_dir)),
        translate("startup", "Database backups (*.db *.sqlite);;All files (*)"),
    )  # fmt: skip
    if not chosen:
        return False
    try:
        restore_from(data_dir, Path(chosen), user_name=user_name)
    except LufengError as failure:
        errors.show_error(parent, failure)
        return False
    return True


def damaged_marker(data_dir: Path) -> Path:
    from lufeng_desktop import paths  # noqa: PLC0415

    return paths.log_dir(data_dir) / "database-damaged.txt"


def watch_integrity(window: QWidget, store: Store, on_damaged: Callable[[], None] = lambda: None) -> QTimer:
    """Tell the clerk when the start-up check running behind the open window finds the file damaged.

    Writes already refuse (Store.require_sound); the marker makes the next start check
    first and offer a backup before any window opens.
    """
    timer = QTimer(window)

    def poll() -> None:
        if not store.check.done():
            return
        timer.stop()
        if store.check.error is None:
            return
        log.error("start-up check: %s", store.check.error.en)
        marker = damaged_marker(store.data_dir)
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text(store.check.error.en + "\n", encoding="utf-8")
        except OSError:
            log.exception("could not write %s", marker)
        on_damaged()
        errors.show_error(window, StorageError(
            "数据库文件已损坏。为保护数据，现在只能查看、不能保存。请关闭程序再打开，按提示从备份恢复",
            "the database file is damaged; to protect the data you can look but not save. Close and reopen the program to restore a backup",
            code="corrupt",
        ), title=translate("startup", "The database is damaged"))  # fmt: skip

    timer.timeout.connect(poll)
    timer.start(100)
    poll()
    return timer
