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
from typing import Any

import reportlab.lib.textsplit as _textsplit
import reportlab.platypus.paragraph as _paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth
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


class CJKParagraph(Paragraph):
    """A ``wordWrap='CJK'`` paragraph that obeys Chinese 避头尾 rules for single-style text."""

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
        frag = frags[0]
        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        widths = [stringWidth(c, frag.fontName, frag.fontSize) for c in text]
        lines = split_lines(text, widths, maxWidths)
        return frag.clone(
            kind=0,
            lines=[(spare, [line]) for spare, line in lines],
            ascent=frag.fontSize,
            descent=-0.2 * frag.fontSize,
        )


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
