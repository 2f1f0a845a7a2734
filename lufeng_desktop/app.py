"""Composition root of the GUI: paths, logging, error handling, QApplication, database, main window.

``lufeng-desktop`` with no subcommand calls ``run_gui``. Only this module and
``gui/`` import PySide6; the command line keeps working without a display.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
from pathlib import Path

from lufeng_desktop import paths

log = logging.getLogger(__name__)


def setup_logging(data_dir: Path) -> None:
    folder = paths.log_dir(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "lufeng.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(args: argparse.Namespace) -> int:
    from lufeng_desktop.cli import user_name  # noqa: PLC0415
    from lufeng_desktop.gui import errors, ops  # noqa: PLC0415
    from lufeng_desktop.gui import settings as prefs  # noqa: PLC0415
    from lufeng_desktop.gui.app_setup import make_application  # noqa: PLC0415
    from lufeng_desktop.gui.startup import start_window, watch_integrity  # noqa: PLC0415

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    setup_logging(data_dir)
    app = make_application(prefs.load(data_dir).language)
    previous_crash = errors.install(paths.log_dir(data_dir))
    if previous_crash:
        log.warning("the previous run ended with a hard crash:\n%s", previous_crash)
    started = start_window(data_dir, user_name(args))
    if started is None:
        return 0
    window, store = started
    try:
        watch_integrity(window, store, on_damaged=window.refresh_status)
        return app.exec()
    finally:
        ops.tasks().shutdown()
        store.dispose()
