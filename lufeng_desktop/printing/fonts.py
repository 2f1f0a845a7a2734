"""The one bundled font every printed notice uses, and a glyph-coverage check.

Why an embedded TrueType font: a non-embedded CID font (STSong-Light) prints blank
Chinese on machines without CJK fonts, and reportlab cannot read CFF fonts (Noto/Source
Han). LXGW WenKai covers all of GBK and rare name characters, astral ones included
(ECOSYSTEM.md §1). Why the check: a missing glyph is not an error in reportlab, it
silently prints blank, so a wrong name could be posted on the board unnoticed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.paths import resource_path

FONT_NAME = "LXGWWenKai"
FONT_FILE = "LXGWWenKai-Regular.ttf"

# Characters that never need a glyph (layout controls reportlab drops or handles itself).
_IGNORED = frozenset("\n\r\t\u200b\ufeff")

_lock = threading.Lock()


def register_font() -> str:
    """Register the bundled font with reportlab once per process; return its name."""
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", FONT_FILE)
            if not path.is_file():
                raise LufengError(
                    f"找不到打印字体文件：{path}",
                    f"The printing font file is missing: {path}",
                    code="font_missing",
                )
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
    return FONT_NAME


def _font() -> TTFont:
    register_font()
    font = pdfmetrics.getFont(FONT_NAME)
    assert isinstance(font, TTFont)
    return font


def has_glyph(char: str) -> bool:
    """True if the bundled font can draw ``char`` (astral characters included)."""
    return ord(char) in _font().face.charToGlyph


def missing_glyphs(text: str) -> list[str]:
    """Distinct characters of ``text`` the font cannot draw, in order of first appearance."""
    cmap = _font().face.charToGlyph
    return [c for c in dict.fromkeys(text) if c not in _IGNORED and ord(c) not in cmap]


def ensure_printable(texts: Iterable[str]) -> None:
    """Raise ``LufengError(code="missing_glyph")`` naming every character the font lacks."""
    missing = missing_glyphs("".join(texts))  # one pass over every distinct character
    if missing:
        listed = "、".join(f"“{c}”(U+{ord(c):04X})" for c in missing)
        raise LufengError(
            f"打印字体缺少以下字符，无法打印：{listed}。请改用常用字或联系技术支持。",
            f"The printing font has no glyph for: {listed}. Replace the character(s) "
            "or contact support.",
            code="missing_glyph",
        )
