"""Translations: source strings are English; ``lufeng_zh_CN.qm`` makes the program Chinese.

Chinese is the default language. The clerk may switch to English in 设置; the
choice is read at start-up. Domain errors already carry both sentences
(``LufengError.zh`` / ``.en``), so ``error_text`` picks the one that matches.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lufeng_desktop import paths
from lufeng_desktop.core.errors import LufengError

log = logging.getLogger(__name__)

_language = "zh_CN"
_installed: list[QTranslator] = []


def language() -> str:
    return _language


def is_chinese() -> bool:
    return _language == "zh_CN"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def app_translation_file() -> str:
    return str(paths.resource_path("translations", "lufeng_zh_CN.qm"))


def install(app: QCoreApplication, lang: str) -> bool:
    """Install Qt's own and the application's translators for ``lang``; returns True when the app's loaded."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = lang
    if lang != "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    else:
        log.warning("qtbase_zh_CN.qm not found in %s", qt_dir)
    ours = QTranslator(app)
    loaded = ours.load(app_translation_file())
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("application translation %s not found", app_translation_file())
    return loaded


def error_text(exc: LufengError) -> str:
    """The clerk's language first; the other one in brackets helps whoever they phone for help."""
    return exc.sentence() if is_chinese() else f"{exc.en} ({exc.zh})"
