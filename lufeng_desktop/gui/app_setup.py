"""Creating the QApplication: bundled font, translations, application identity."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lufeng_desktop import APP_NAME, __version__, paths
from lufeng_desktop.gui import gc_main_thread, i18n

log = logging.getLogger(__name__)

FONT_FILE = ("fonts", "LXGWWenKai-Regular.ttf")
FONT_POINT_SIZE = 10
_font_family: str | None = None


def register_font() -> str | None:
    """Register LXGW WenKai once; Chinese then renders on a machine without any CJK font."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource_path(*FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.error("could not load the bundled font %s", paths.resource_path(*FONT_FILE))
            return None
        _font_family = families[0]
    return _font_family


def configure(app: QApplication, language: str) -> None:
    """Apply font and translations to an existing QApplication (also used by tests and screenshots)."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("陆丰村务")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("lufeng")
    family = register_font()
    if family:
        font = QFont(family, FONT_POINT_SIZE)
        app.setFont(font)
    i18n.install(app, language)
    gc_main_thread.install(app)


def make_application(language: str) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    configure(app, language)
    return app
