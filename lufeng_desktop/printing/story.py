"""The building blocks every document shares: a story that records every string it prints.

Why record the strings: all text is checked before layout, so a character the font lacks
or an unmasked ID/mobile number stops the print with a message instead of reaching the
公开栏 (DOMAIN.md §7.3). Every document in this package is built through :class:`Story`
and finished with :meth:`Story.render`, which cannot skip the check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from lufeng_desktop.core import masking
from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.fonts import ensure_printable, register_font
from lufeng_desktop.printing.layout import (
    PageSpec,
    Styles,
    balanced_title,
    build_pdf,
    make_styles,
    page_number_text,
    page_spec,
    para,
)
from lufeng_desktop.printing.tables import RuledTable, cell_style_class, shared_cell_styles

ORDINALS = "一二三四五六七八九十"
BLANK = "＿" * 8  # a line to sign or fill in by hand
BOX = "□"
TICK = "√"
CUT_LINE = "✂　－　－　－　－　－　沿此线剪开　－　－　－　－　－"
LABEL_GREY = colors.Color(0.95, 0.95, 0.95)  # field-name cells of a form
_HEADER_GREY = colors.Color(0.9, 0.9, 0.9)
_DIGIT = re.compile("[0-9０-９]")  # what masking reads as a digit (full-width ones too)


def ordinal(number: int) -> str:
    return ORDINALS[number - 1] if 1 <= number <= len(ORDINALS) else str(number)


def sentence(text: str) -> str:
    """Clerk-typed text ends with a full stop on the document."""
    text = text.strip()
    return text if not text or text[-1] in "。！？；：…）" else text + "。"


def or_blank(text: str | None, blank: str = BLANK) -> str:
    """The value, or a line to fill in by hand when it is not known yet."""
    return text if text else blank


def ratio_text(present: int | None, expected: int | None) -> str:
    """实到/应到 as a percentage with one decimal, truncated (never rounded up past a threshold)."""
    if present is None or not expected:
        return ""
    tenths = present * 1000 // expected
    return f"{tenths // 10}.{tenths % 10}%"


class TickBoxes(Flowable):
    """A row of □ options with √ in the chosen ones (动议事由, 表决意见, 达标情况).

    Drawn boxes rather than the ☑ character: the bundled font has □ and √ but no ☑.
    The labels are real text, so the chosen option extracts as "√党员群众建议".
    """

    def __init__(self, options: Sequence[str], chosen: Iterable[str], size: float,
                 *, gap: float | None = None) -> None:
        super().__init__()
        self.options = list(options)
        self.chosen = set(chosen)
        self.size = size
        self.gap = size * 1.5 if gap is None else gap
        self.font = register_font()

    def _widths(self) -> list[float]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return [self.size * 1.3 + stringWidth(o, self.font, self.size) for o in self.options]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._lines: list[list[int]] = [[]]
        used = 0.0
        for index, width in enumerate(self._widths()):
            if self._lines[-1] and used + width > availWidth:
                self._lines.append([])
                used = 0.0
            self._lines[-1].append(index)
            used += width + self.gap
        self.width = availWidth
        self.height = len(self._lines) * self.size * 1.6
        return availWidth, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        widths = self._widths()
        canvas.saveState()
        canvas.setLineWidth(size * 0.06)
        for row, indices in enumerate(self._lines):
            y = self.height - (row + 1) * size * 1.6 + size * 0.35
            x = 0.0
            for index in indices:
                option = self.options[index]
                canvas.rect(x, y - size * 0.1, size, size, stroke=1, fill=0)
                if option in self.chosen:
                    self._tick(x, y - size * 0.1)
                canvas.setFont(self.font, size)
                canvas.drawString(x + size * 1.3, y, option)
                x += widths[index] + self.gap
        canvas.restoreState()


    def _tick(self, x: float, y: float) -> None:
        """A drawn check mark (the font's √ is a small radical sign), with an invisible
        √ underneath so text extraction and screen readers still see the choice."""
        canvas, size = self.canv, self.size
        canvas.saveState()
        text = canvas.beginText(x + size * 0.2, y + size * 0.2)
        text.setTextRenderMode(3)
        text.setFont(self.font, size * 0.6)
        text.textOut(TICK)
        text.setTextRenderMode(0)
        canvas.drawText(text)
        path = canvas.beginPath()
        path.moveTo(x + size * 0.18, y + size * 0.52)
        path.lineTo(x + size * 0.42, y + size * 0.22)
        path.lineTo(x + size * 0.86, y + size * 0.84)
        canvas.setLineWidth(size * 0.12)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class Story:
    """Flowables plus every string they print, so all text is checked before layout."""

    def __init__(self, paper: str) -> None:
        self.spec: PageSpec = page_spec(paper)
        self.styles: Styles = make_styles(self.spec)
        self.flowables: list[Flowable] = []
        self.texts: list[str] = []
        self._titles: dict[tuple[str, float], ParagraphStyle] = {}  # see balanced_title

    def p(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        self.texts.append(text)
        flowable = para(text, style or self.styles.body)
        self.flowables.append(flowable)
        return flowable

    def line(self, text: str) -> Flowable:
        """An unindented line (form fields: "会议时间：…")."""
        return self.p(text, self.styles.salutation)

    def title(self, text: str) -> None:
        self.texts.append(text)
        self.flowables.append(balanced_title(text, self.styles.title, self.spec.frame_width, self._titles))

    def cell(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        self.texts.append(text)
        return para(text, style or self.styles.cell)

    def ticks(self, options: Sequence[str], chosen: Iterable[str], *, size: float | None = None) -> TickBoxes:
        """Tick boxes (not added to the story: put them in a cell or call :meth:`add`)."""
        self.texts.extend(options)
        return TickBoxes(options, chosen, size or self.styles.cell.fontSize)

    def add(self, flowable: Flowable) -> None:
        self.flowables.append(flowable)

    def table(self, rows: list[list[object]], fractions: Sequence[float], *,
              row_height: float | None = None, min_heights: Sequence[float | None] | None = None,
              header_rows: int = 1, extra: Sequence[tuple[object, ...]] = ()) -> Table:
        """A ruled table whose first ``header_rows`` rows repeat on every page.

        ``row_height`` fixes every body row (room to sign); ``min_heights`` gives each
        row at least that much room to write in by hand while still growing to fit what
        is printed in it (``None``: just fit).
        """
        widths = [self.spec.frame_width * f for f in fractions]
        heights: list[float | None] | None = None
        if row_height is not None:
            heights = [None] * header_rows + [row_height] * (len(rows) - header_rows)
        style = self._table_style(header_rows, extra)
        table = self._ruled(rows, widths, heights, header_rows, style)
        if min_heights is not None:
            table.wrap(self.spec.frame_width, 1e9)  # measure what the content needs
            fitted = [max(need, want or 0.0) for need, want in zip(table._rowHeights, min_heights, strict=True)]  # noqa: SLF001
            table = self._ruled(rows, widths, fitted, header_rows, style)
        self.flowables.append(table)
        return table

    def _ruled(self, rows: list[list[object]], widths: list[float], heights: list[float | None] | None,
               header_rows: int, style: TableStyle) -> RuledTable:
        """The uniform cell style (font, size, centred vertically, padding) is every cell's
        default rather than four commands applied cell by cell."""
        cell = cell_style_class(self.styles.cell.fontName, self.styles.cell.fontSize, "MIDDLE",
                                self.spec.pt(4))
        table = RuledTable(rows, colWidths=widths, rowHeights=heights, repeatRows=header_rows,
                           cellStyles=shared_cell_styles(cell, len(rows), max(map(len, rows), default=0)))
        table.setStyle(style)
        return table

    def _table_style(self, header_rows: int, extra: Sequence[tuple[object, ...]]) -> TableStyle:
        commands: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), self.spec.pt(0.6), colors.black)]
        if header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), _HEADER_GREY))
        return TableStyle([*commands, *extra])

    def compact(self) -> tuple[ParagraphStyle, ParagraphStyle]:
        """12 pt cell styles (left, centred) for tables with many narrow columns."""
        size = self.spec.pt(12)
        left = ParagraphStyle("compact", parent=self.styles.cell, fontSize=size, leading=size * 1.4)
        return left, ParagraphStyle("compact_center", parent=left, alignment=1)

    def space(self, lines: float = 0.5) -> None:
        self.flowables.append(Spacer(1, self.spec.leading * lines))

    def check(self, *, official_phones: Iterable[str] = ()) -> None:
        """Missing glyphs, then personal data a public document must not carry (DOMAIN.md §7.3).

        ``official_phones`` are texts (supervision telephones) allowed to hold a full
        mobile number. The messages never quote the offending text: it would copy the
        number into logs.
        """
        ensure_printable([*self.texts, page_number_text(0), "审计链 0123456789abcdef"])
        # All strings at once, one per line: neither pattern matches across a line break,
        # so this finds exactly what checking each string on its own would. Both need at
        # least eleven digits, so strings without any (most names) cannot match.
        text = "\n".join(t for t in self.texts if _DIGIT.search(t))
        if masking.contains_full_id_number(text):
            raise LufengError(
                "文书中含有完整身份证号码，已停止打印。请删除号码后重试。",
                "A printed document must not contain a full ID number; printing stopped.",
                code="personal_info",
            )
        for phone in official_phones:
            if phone:
                text = text.replace(phone, "")
        if masking.contains_unmasked_mobile(text):
            raise LufengError(
                "文书中含有未打码的手机号码（只有监督电话可以完整显示），已停止打印。",
                "A printed document must not contain an unmasked mobile number "
                "(only the official supervision phone is shown in full); printing stopped.",
                code="personal_info",
            )

    def render(self, *, author: str, audit_head: str | None,
               official_phones: Iterable[str] = ()) -> bytes:
        """Check every string, then lay out; the title is the first string printed."""
        self.check(official_phones=official_phones)
        return build_pdf(self.flowables, self.spec, title=self.texts[0], author=author,
                         audit_head=audit_head)


def public_name(name: str, birth_date: date | None, on: date) -> str:
    """Surname + 某 for a child under 14 on ``on`` (PIPL Art 28); the name otherwise."""
    if birth_date is None:
        return name
    return masking.public_name(name, birth_date=birth_date, on=on)
