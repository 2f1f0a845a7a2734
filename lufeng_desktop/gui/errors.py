"""Error tiers (STYLE.md §10.7): expected problems → a plain message; bugs → crash dialog + crash log.

``LUFENG_NO_ERROR_DIALOGS=1`` logs instead of opening dialogs (tests, scripted
runs); what would have been shown is kept in ``shown_messages`` / ``bugs`` so a
test can assert on it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)  # fmt: skip

from lufeng_desktop import __version__
from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.gui.i18n import error_text, translate

log = logging.getLogger(__name__)

NO_DIALOGS_ENV = "LUFENG_NO_ERROR_DIALOGS"
shown_messages: list[str] = []
bugs: list[str] = []
_log_dir: Path | None = None
_fault_file: IO[str] | None = None

_TITLE_PROBLEM = QT_TRANSLATE_NOOP("errors", "Cannot do that")


def dialogs_enabled() -> bool:
    return os.environ.get(NO_DIALOGS_ENV, "") not in ("1", "true", "yes")


def as_known(exc: BaseException) -> LufengError | None:
    """Environment failures that escaped as OSError or sqlite3 errors are expected too."""
    if isinstance(exc, LufengError):
        return exc
    from lufeng_desktop.store.errors import from_os_error, from_sqlite_error, is_sqlite_error  # noqa: PLC0415

    if isinstance(exc, OSError):
        return from_os_error(exc)
    if is_sqlite_error(exc):
        return from_sqlite_error(exc)
    return None


def show_error(parent: QWidget | None, exc: LufengError, *, title: str | None = None) -> None:
    text = error_text(exc)
    shown_messages.append(text)
    if not dialogs_enabled():
        log.warning("message for the clerk: %s", text)
        return
    QMessageBox.warning(parent, title or translate("errors", _TITLE_PROBLEM), text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    shown_messages.append(text)
    if not dialogs_enabled():
        log.info("information for the clerk: %s", text)
        return
    QMessageBox.information(parent, title, text)


def write_crash_log(text: str) -> Path | None:
    folder = _log_dir
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(text, encoding="utf-8")
        return path
    except OSError:
        log.exception("could not write the crash log")
        return None


def report_bug(exc: BaseException) -> Path | None:
    """A bug: log it, write a crash log, show the crash dialog (unless dialogs are off)."""
    return _report(type(exc), exc, exc.__traceback__)


def _report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    details = "".join(traceback.format_exception(kind, exc, tb))
    header = f"lufeng_desktop {__version__} · Python {platform.python_version()} · {platform.platform()}\n\n"
    path = write_crash_log(header + details)
    bugs.append(details)
    log.critical("unexpected error (crash log %s):\n%s", path, details)
    if dialogs_enabled() and QApplication.instance() is not None:
        CrashDialog(header + details, path).exec()
    return path


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    known = as_known(exc)
    if known is not None:
        show_error(QApplication.activeWindow(), known)
        return
    _report(kind, exc, tb)


def install(log_dir: Path) -> str:
    """Route uncaught exceptions here and let faulthandler dump hard crashes (segfaults) to a file.

    Returns what faulthandler wrote during the previous run (empty if it ended normally),
    so the window can tell the clerk once and the file starts empty again.
    """
    global _log_dir, _fault_file
    _log_dir = log_dir
    sys.excepthook = _excepthook
    previous = ""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        fault_path = log_dir / "faulthandler.log"
        if fault_path.exists():
            previous = fault_path.read_text(encoding="utf-8", errors="replace").strip()
            if previous:
                fault_path.replace(log_dir / f"hard-crash-{datetime.now():%Y%m%d-%H%M%S}.log")
        _fault_file = fault_path.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    except OSError:
        log.warning("faulthandler log not available in %s", log_dir)
    return previous


class CrashDialog(QDialog):
    """Shows the traceback, where the crash log is, and a button that copies everything."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The program hit an unexpected error. Your data that was already saved is safe. "
                               "Please copy the details below and send them to whoever supports the program."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if log_path is not None:
            where = QLabel(self.tr("Crash log: {0}").format(log_path))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.setWordWrap(True)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
