"""Chinese line breaking (避头尾 / kinsoku) for reportlab paragraphs.

Why our own splitter: reportlab's ``wordWrap='CJK'`` only knows a Japanese-oriented
"cannot start" list, hangs at most one such character (so "》；" still puts "；" at a
line start) and ignores ``CANNOT_END_LINE`` entirely, so "（" can end a line. Inserting
U+2060 WORD JOINER does not help: the splitter treats it as an ordinary character and
LXGW WenKai has no glyph for it. So :class:`CJKParagraph` breaks single-style text
itself (hang one closing mark, otherwise push characters down to the next line) and
:func:`patch_reportlab_kinsoku` extends reportlab's lists for everything else
(multi-style paragraphs still use reportlab's splitter).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

import reportlab.lib.textsplit as _textsplit
import reportlab.platypus.paragraph as _paragraph
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Paragraph

# Never at the start of a line (closing punctuation, Chinese and ASCII).
CANNOT_START = "，。；：！？、》）」』】〕〗〉’”…·％‰℃,.;:!?)]}%"
# Never at the end of a line (opening brackets; currency signs stick to their number).
CANNOT_END = "（《「『【〔〖〈‘“([{¥￥$"

_FUZZ = 1e-6


def patch_reportlab_kinsoku() -> None:
    """Add Chinese closing punctuation to both copies of reportlab's list (idempotent)."""
    for module in (_textsplit, _paragraph):
        current: str = module.ALL_CANNOT_START
        extra = "".join(c for c in CANNOT_START if c not in current)
        if extra:
            module.ALL_CANNOT_START = current + extra


def _is_word_char(char: str) -> bool:
    """Latin letters, digits and number punctuation: runs of these are not split."""
    return char.isascii() and (char.isalnum() or char in ".,%-/:")


def _can_break(text: str, pos: int, *, keep_words: bool = True) -> bool:
    """May a line end between ``text[pos-1]`` and ``text[pos]``?"""
    before, after = text[pos - 1], text[pos]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    return not (keep_words and _is_word_char(before) and _is_word_char(after))


def _fallback_break(text: str, start: int, end: int) -> int:
    """Where to end a line that overflows at ``end`` when breaking there is forbidden.

    Tried in order: hang one closing mark; move back to an allowed break; move back to
    a break that only splits a Latin/number run; move forward (overflowing the margin)
    to the next break that keeps the punctuation rules. Kinsoku beats everything else.
    """
    n = len(text)
    if text[end] in CANNOT_START and (end + 1 == n or _can_break(text, end + 1)):
        return end + 1
    for keep_words in (True, False):
        back = end - 1
        while back > start and not _can_break(text, back, keep_words=keep_words):
            back -= 1
        if back > start:
            return back
    forward = end + 1
    while forward < n and not _can_break(text, forward, keep_words=False):
        forward += 1
    return forward


def split_lines(
    text: str, widths: Sequence[float], max_widths: Sequence[float]
) -> list[tuple[float, str]]:
    """Break ``text`` (character ``i`` being ``widths[i]`` wide) into ``(spare width, line)``.

    Greedy fill; where breaking is forbidden see :func:`_fallback_break`. Every line
    holds at least one character, so the loop always progresses.
    """
    lines: list[tuple[float, str]] = []
    start, n = 0, len(text)
    while start < n:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used, end = 0.0, start
        while end < n and (used + widths[end] <= limit + _FUZZ or end == start):
            used += widths[end]
            end += 1
        if end < n and not _can_break(text, end):
            end = _fallback_break(text, start, end)
        line = text[start:end]
        lines.append((limit - sum(widths[start:end]), line))
        start = end
    return lines


# Advance width of each character, per (font, size): a notice measures the same few
# hundred characters thousands of times (every wrap, every title-balancing pass).
_char_widths: dict[tuple[str, float], dict[str, float]] = {}


def char_widths(text: str, font_name: str, font_size: float) -> list[float]:
    """``[stringWidth(c, font_name, font_size) for c in text]``, from a cache."""
    known = _char_widths.setdefault((font_name, font_size), {})
    widths = []
    for char in text:
        width = known.get(char)
        if width is None:
            width = known[char] = stringWidth(char, font_name, font_size)
        widths.append(width)
    return widths


@lru_cache(maxsize=1024)
def _broken(text: str, font_name: str, font_size: float, max_widths: tuple[float, ...]) -> tuple[tuple[float, str], ...]:
    """:func:`split_lines` for one string, font and widths (label cells such as 事项 or
    经办人签字 recur on every sheet of a document and in every document)."""
    return tuple(split_lines(text, char_widths(text, font_name, font_size), max_widths))


class CJKParagraph(Paragraph):
    """A ``wordWrap='CJK'`` paragraph that obeys Chinese 避头尾 rules for single-style text.

    The line breaking of the last width asked for is kept: a table cell is wrapped
    once to measure the row, again for every page the table is split over and again
    to draw, always at the same width.
    """

    _last_break: tuple[tuple[float, ...], Any] | None = None

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (reportlab API)
        frags = self.frags
        single = (
            len(frags) == 1
            and not hasattr(frags[0], "cbDefn")
            and not self.style.endDots
            and not getattr(self, "_splitpara", 0)
        )
        if not single:
            return super().breakLinesCJK(maxWidths)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        key = tuple(maxWidths)
        if self._last_break is not None and self._last_break[0] == key:
            return self._last_break[1]
        frag = frags[0]
        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        lines = _broken(text, frag.fontName, frag.fontSize, key)
        result = frag.clone(
            kind=0,
            lines=[(spare, [line]) for spare, line in lines],
            ascent=frag.fontSize,
            descent=-0.2 * frag.fontSize,
        )
        self._last_break = (key, result)
        return result

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab API)
        """Our own line breaks drawn with the operators reportlab's ``drawPara`` writes
        for them (see :func:`_para_text`), minus its general-purpose bookkeeping."""
        lines = self._simple_lines(debug)
        if lines is None:
            super().drawPara(debug)
            return
        canvas, style, frag = self.canv, self.style, self.blPara
        canvas.saveState()
        canvas.setFillColor(frag.textColor)
        font = getFont(frag.fontName)
        x, y = style.leftIndent, self.height - frag.fontSize
        canvas._code.append(_para_text(canvas, font, frag.fontSize, style.leading, x, y, lines))  # noqa: SLF001
        canvas.restoreState()

    def _simple_lines(self, debug: int) -> list[tuple[float, str]] | None:
        """``(x offset, text)`` per line when reportlab would draw this paragraph as
        plain left/centred/right lines of one font; ``None`` otherwise."""
        blpara, style = self.blPara, self.style
        if (debug or self._last_break is None or blpara is not self._last_break[1]
                or style.alignment not in (TA_LEFT, TA_CENTER, TA_RIGHT) or self.bulletText
                or style.backColor or (style.borderColor and style.borderWidth)
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")
                or hasattr(self, "_offsets") or blpara.us_lines or blpara.link
                or not getattr(getFont(blpara.fontName), "_dynamicFont", False)
                or getattr(getFont(blpara.fontName), "shapable", False)):
            return None
        placed = []
        for index, (spare, words) in enumerate(blpara.lines):
            text = " ".join(words)
            if spare <= -1e-8 and "\xa0" in text:
                return None  # reportlab would stretch the no-break spaces to fit
            offset = style.firstLineIndent if index == 0 else 0
            if style.alignment == TA_CENTER:
                offset += 0.5 * spare
            elif style.alignment == TA_RIGHT:
                offset += spare
            placed.append((offset, text))
        return placed


# What a string shows in a text object (subset selections and Tj operators), per PDF
# document: a subset code, once assigned to a character, never changes in that document,
# so a 登记表 that prints the same 240 names on four sheets and the same header cells on
# every page splits and escapes each string once. Dropped with the document.
_per_document: WeakKeyDictionary[Any, dict[Any, Any]] = WeakKeyDictionary()


def document_cache(canvas: Any) -> dict[Any, Any]:
    """A dictionary that lives as long as the canvas's PDF document (operators that
    only depend on the document's font subsets)."""
    doc = canvas._doc  # noqa: SLF001
    cache = _per_document.get(doc)
    if cache is None:
        cache = _per_document[doc] = {}
    return cache


def shown_text(canvas: Any, font: Any, text: str, size_ops: str, subset_now: int) -> tuple[str, int]:
    """``(operators, subset in use after them)`` for showing ``text`` in a TrueType
    ``font`` when ``subset_now`` is selected (-1: none yet), exactly as reportlab's
    text object writes them: ``/F1+0 14 Tf 16.8 TL (…) Tj`` at each change of subset."""
    cache = document_cache(canvas)
    key = (font.fontName, size_ops, subset_now, text)
    hit = cache.get(key)
    if hit is None:
        doc, escape, shown = canvas._doc, canvas._escape, []  # noqa: SLF001
        for subset, chunk in font.splitString(text, doc):
            if subset != subset_now:
                shown.append(f"{font.getSubsetInternalName(subset, doc)} {size_ops}")
                subset_now = subset
            shown.append(f"({escape(chunk)}) Tj")
        hit = cache[key] = (" ".join(shown), subset_now)
    return hit


def _para_text(canvas: Any, font: Any, size: float, leading: float, x: float, y: float,
               lines: list[tuple[float, str]]) -> str:
    """The text object ``drawPara`` writes for plain lines (kind 0, one TrueType font):
    each line moved right by its offset with ``Td`` and back after ``T*``, successive
    moves merged the way ``PDFTextObject.moveCursor`` merges them (through their
    printed value), the font subset selected when it changes."""
    code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
    size_ops = f"{fp_str(size)} Tf {fp_str(leading)} TL"
    subset_now = -1

    def move(dx: float) -> None:
        if -1e-6 <= dx <= 1e-6:
            return
        if code[-1].endswith(" Td"):
            dx += float(code.pop().split()[0])
        code.append(f"{fp_str(dx, 0)} Td")

    for offset, text in lines:
        move(offset)
        shown, subset_now = shown_text(canvas, font, text, size_ops, subset_now)
        code.append(f"{shown} T*")
        move(-offset)
    code.append("ET")
    return " ".join(code)


def paragraph_lines(paragraph: Paragraph, width: float) -> list[str]:
    """The text of each line ``paragraph`` wraps to at ``width`` (for tests and checks)."""
    paragraph.wrap(width, 1e9)
    result: list[str] = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            result.append("".join(line[1]))
        else:
            result.append("".join(getattr(w, "text", "") for w in line.words))
    return result


patch_reportlab_kinsoku()
