"""Chinese by default with the bundled font; English selectable and remembered; every string translated."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lufeng_desktop import paths

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_bundled_font_is_the_application_font(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    from lufeng_desktop.gui.app_setup import register_font

    family = register_font()
    assert family and "WenKai" in family
    assert qapp.font().family() == family
    assert QFontMetrics(qapp.font()).inFontUcs4(ord("寮"))  # no tofu for village names
    assert family in QFontDatabase.families()


def test_qt_and_app_strings_are_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from lufeng_desktop.gui.i18n import translate

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"取消", "保存"}  # from Qt's own qtbase_zh_CN
    assert translate("MainWindow", "Village register") == "村情台账"


def test_every_gui_string_has_a_chinese_translation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Re-extract the strings: a new one without a translation (or a forgotten `make translations`) fails here."""
    fresh = tmp_path / "fresh.ts"
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    subprocess.run([str(lupdate), "-extensions", "py", str(ROOT / "lufeng_desktop" / "gui"), str(ROOT / "lufeng_desktop" / "app.py"),
                    "-ts", str(fresh)], check=True, capture_output=True)  # fmt: skip
    committed = ET.parse(paths.resource_path("translations", "lufeng_zh_CN.ts"))
    done = {
        (c.findtext("name"), m.findtext("source"))
        for c in committed.iter("context") for m in c.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") is None and m.findtext("translation")
    }  # fmt: skip
    needed = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    assert needed - done == set()
    qm = paths.resource_path("translations", "lufeng_zh_CN.qm")
    assert qm.stat().st_mtime >= paths.resource_path("translations", "lufeng_zh_CN.ts").stat().st_mtime - 1


def test_language_choice_is_saved_and_used_at_next_start(qtbot, qapp, isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import settings
    from lufeng_desktop.gui.app_setup import configure
    from lufeng_desktop.gui.i18n import translate
    from lufeng_desktop.gui.pages.settings_page import SettingsPage

    page = SettingsPage(isolated_data_dir)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_button.click()
    assert settings.load(isolated_data_dir).language == "en"
    assert "下次启动" in page.saved_label.text()
    try:
        configure(qapp, settings.load(isolated_data_dir).language)  # what the next start does
        assert translate("MainWindow", "Village register") == "Village register"
    finally:
        configure(qapp, "zh_CN")


def test_damaged_settings_file_falls_back_to_chinese(isolated_data_dir) -> None:  # type: ignore[no-untyped-def]
    from lufeng_desktop.gui import settings

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    (isolated_data_dir / settings.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert settings.load(isolated_data_dir).language == "zh_CN"
