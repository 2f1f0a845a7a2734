from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.paths import resource_path
from lufeng_desktop.printing import fonts

NOT_IN_FONT = "\U00020000"  # 𠀀 CJK Ext-B, absent from LXGW WenKai 1.250
ASTRAL_NAME_CHAR = "\U0002CC56"  # 𬱖, in 通用规范汉字表, used in personal names


def test_bundled_font_files_are_shipped() -> None:
    folder = resource_path("fonts")
    assert (folder / fonts.FONT_FILE).stat().st_size == 15_679_832  # unmodified upstream file
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text("utf-8")
    assert "fonts-lxgw-wenkai" in (folder / "README.md").read_text("utf-8")


def test_register_is_idempotent_and_truetype() -> None:
    assert fonts.register_font() == fonts.register_font() == fonts.FONT_NAME
    assert isinstance(pdfmetrics.getFont(fonts.FONT_NAME), TTFont)


def test_missing_glyphs_lists_distinct_chars_in_order() -> None:
    text = f"东海村{NOT_IN_FONT}😀{NOT_IN_FONT}，。\n"
    assert fonts.missing_glyphs(text) == [NOT_IN_FONT, "😀"]
    assert fonts.missing_glyphs("陈国强，¥12,345.00（印章）— 1 —") == []


def test_rare_name_characters_are_covered() -> None:
    for char in "堃喆玥赟彧珺犇淼焱昇婧琇璟瑄镕甦翀旻奕垚鑫燊涴嫚晔䶮𬱖𫖯𬌗":
        assert fonts.has_glyph(char), char
    assert fonts.has_glyph(ASTRAL_NAME_CHAR)


def test_ensure_printable_names_the_characters() -> None:
    with pytest.raises(LufengError) as info:
        fonts.ensure_printable(["正常文字", f"李{NOT_IN_FONT}"])
    assert info.value.code == "missing_glyph"
    assert NOT_IN_FONT in info.value.zh and "U+20000" in info.value.en
