"""Page geometry, styles and shared flowables for printed notices (GB/T 9704-2012).

Why GB/T 9704: clerks and the town office expect notices to look like 公文 (37 mm top,
28 mm left, 156 × 225 mm type area, 22 pt title, 16 pt body, 22 lines a page). The A3
poster for the 公开栏 is the same page scaled by √2 so one layout serves both.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.fonts import register_font
from lufeng_desktop.printing.linebreak import CJKParagraph, paragraph_lines, shown_text
from lufeng_desktop.printing.tables import fill_colour

SEAL_DIAMETER_MM = 42.0  # the usual round village seal
_SEAL_RED = colors.Color(0.8, 0.15, 0.15)


@dataclass(frozen=True)
class PageSpec:
    """One paper size; every length is given for A4 and multiplied by ``scale``."""

    paper: str
    pagesize: tuple[float, float]
    scale: float

    def pt(self, value: float) -> float:
        return value * self.scale

    def mm(self, value: float) -> float:
        return value * mm * self.scale

    @property
    def left(self) -> float:
        return self.mm(28)

    @property
    def top(self) -> float:
        return self.mm(37)

    @property
    def frame_width(self) -> float:
        return self.mm(156)

    @property
    def frame_height(self) -> float:
        return self.mm(225)

    @property
    def bottom(self) -> float:
        return self.pagesize[1] - self.top - self.frame_height

    @property
    def body_size(self) -> float:
        return self.pt(16)  # 3号

    @property
    def leading(self) -> float:
        return self.frame_height / 22  # 22 lines per type area, about 29 pt on A4


def page_spec(paper: str = "A4") -> PageSpec:
    """``"A4"`` (portrait notice) or ``"A3"`` (poster, same layout ×√2)."""
    key = paper.upper()
    if key == "A4":
        return PageSpec("A4", A4, 1.0)
    if key == "A3":
        return PageSpec("A3", A3, A3[0] / A4[0])
    raise LufengError(f"不支持的纸张：{paper}", f"Unsupported paper size: {paper}", code="paper")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    salutation: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    small: ParagraphStyle


def make_styles(spec: PageSpec) -> Styles:
    """Title 22 pt centred; body 16 pt, 2-character first-line indent, 22 lines a page."""
    font = register_font()
    size, lead = spec.body_size, spec.leading
    body = ParagraphStyle(
        "body", fontName=font, fontSize=size, leading=lead, wordWrap="CJK",
        firstLineIndent=2 * size, alignment=TA_LEFT,
    )
    title = ParagraphStyle(
        "title", parent=body, fontSize=spec.pt(22), leading=spec.pt(22) * 1.4,
        firstLineIndent=0, alignment=TA_CENTER, spaceAfter=lead,
    )
    salutation = ParagraphStyle("salutation", parent=body, firstLineIndent=0)
    cell = ParagraphStyle("cell", parent=body, firstLineIndent=0, fontSize=spec.pt(14),
                          leading=spec.pt(20))
    cell_center = ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER)
    cell_right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    small = ParagraphStyle("small", parent=body, firstLineIndent=0, fontSize=spec.pt(9),
                           leading=spec.pt(12), textColor=colors.grey)
    return Styles(title, salutation, body, cell, cell_center, cell_right, small)


# reportlab collapses runs of whitespace, U+3000 included; no-break spaces are kept,
# and three of them are about one ideographic space wide in the bundled font.
_IDEOGRAPHIC_SPACE = "\xa0\xa0\xa0"


# One parsed fragment per style, cloned for every plain-text paragraph of that style.
_templates: WeakKeyDictionary[ParagraphStyle, ParaFrag] = WeakKeyDictionary()


def _template(style: ParagraphStyle) -> ParaFrag:
    frag = _templates.get(style)
    if frag is None:
        frag = _templates[style] = ParaParser().parse("x", style)[1][0]
    return frag


def para(text: str, style: ParagraphStyle) -> CJKParagraph:
    """A paragraph from plain text (markup characters are escaped, never interpreted;
    ideographic spaces keep their width).

    Text without markup characters skips reportlab's XML parser: the fragment it would
    build is the style's fragment with the whitespace-cleaned text (the same cleaning
    reportlab applies), which is what most cells and lines of a document are.
    """
    spaced = text.replace("\u3000", _IDEOGRAPHIC_SPACE)
    if not ("&" in text or "<" in text or ">" in text):
        cleaned = cleanBlockQuotedText(spaced)
        if cleaned:
            frag = _template(style).clone(text=cleaned, link=[], us_lines=[])
            return CJKParagraph(cleaned, style, frags=[frag])
    escaped = spaced.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return CJKParagraph(escaped, style)


def balanced_title(text: str, style: ParagraphStyle, width: float,
                   memo: dict[tuple[str, float], ParagraphStyle] | None = None) -> CJKParagraph:
    """A centred title whose lines have about equal length (GB/T 9704: 梯形或菱形, never
    one or two orphan characters on the last line): the narrowest width that still needs
    the same number of lines, applied as equal left and right indents.

    ``memo`` (one per document and title style) keeps the indented style of each title:
    a 登记表 repeats its title on each of its six sheets.
    """
    balanced = None if memo is None else memo.get((text, width))
    if balanced is None:
        probe = para(text, style)  # one paragraph re-wrapped at each trial width
        lines = len(paragraph_lines(probe, width))
        low, high = width / (lines + 1), width
        if lines > 1:
            for _ in range(20):
                mid = (low + high) / 2
                if len(paragraph_lines(probe, mid)) > lines:
                    low = mid
                else:
                    high = mid
        inset = (width - high) / 2
        balanced = ParagraphStyle(f"{style.name}-balanced", parent=style, leftIndent=inset, rightIndent=inset)
        if memo is not None:
            memo[text, width] = balanced
    return para(text, balanced)


def format_cn_date(value: date) -> str:
    """GB/T 9704 成文日期: Arabic numerals, full year, no zero padding: 2026年11月26日."""
    return f"{value.year}年{value.month}月{value.day}日"


def format_fen(fen: int) -> str:
    """Integer fen as ``¥12,345.00`` (``-¥…`` for a refund)."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{cents:02d}"


def format_yuan(fen: int) -> str:
    """Integer fen as ``12,345.00元`` for running text."""
    return format_fen(fen).replace("¥", "") + "元"


def page_number_text(number: int) -> str:
    return f"— {number} —"


def _decorate(spec: PageSpec, audit_head: str | None) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Page furniture: 4号 page number 7 mm under the type area, odd pages right-indented
    one character and even pages left-indented one (GB/T 9704), plus the audit footer."""
    font = register_font()

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if _decorate_directly(canvas, doc, spec, audit_head, font):
            return
        canvas.saveState()
        size = spec.pt(14)
        number = page_number_text(doc.page)
        y = spec.bottom - spec.mm(7) - size * 0.8
        canvas.setFont(font, size)
        if doc.page % 2:
            canvas.drawRightString(spec.left + spec.frame_width - size, y, number)
        else:
            canvas.drawString(spec.left + size, y, number)
        if audit_head:
            canvas.setFont(font, spec.pt(8))
            canvas.setFillColor(colors.grey)
            canvas.drawCentredString(spec.pagesize[0] / 2, spec.mm(10), f"审计链 {audit_head[:16]}")
        canvas.restoreState()

    return draw


def _decorate_directly(canvas: Canvas, doc: BaseDocTemplate, spec: PageSpec, audit_head: str | None,
                       font: str) -> bool:
    """The operators ``_decorate``'s canvas calls write (``q``, the page number's text
    object, grey, the audit text object, ``Q``), written directly: a 登记表 has twenty
    pages. False (nothing written) when the page state is not the plain opaque one."""
    grey = fill_colour(canvas, colors.grey) if audit_head else ("", False)
    ttf = getFont(font)
    if grey is None or not getattr(ttf, "_dynamicFont", False) or getattr(ttf, "shapable", False):
        return False
    size = spec.pt(14)
    number = page_number_text(doc.page)
    y = spec.bottom - spec.mm(7) - size * 0.8
    if doc.page % 2:
        x = spec.left + spec.frame_width - size - stringWidth(number, font, size)
    else:
        x = spec.left + size
    code = ["q", _string_ops(canvas, ttf, x, y, size, number)]
    if audit_head:
        small, text = spec.pt(8), f"审计链 {audit_head[:16]}"
        if grey[1]:
            canvas._doc.ensureMinPdfVersion("transparency")  # noqa: SLF001 (as setFillAlpha does)
        code += [grey[0], _string_ops(canvas, ttf, spec.pagesize[0] / 2 - 0.5 * stringWidth(text, font, small),
                                      spec.mm(10), small, text)]
    code.append("Q")
    canvas._code.extend(code)  # noqa: SLF001
    return True


def _string_ops(canvas: Canvas, ttf: object, x: float, y: float, size: float, text: str) -> str:
    """``setFont(font, size)`` then ``drawString(x, y, text)`` for a TrueType font."""
    shown, _ = shown_text(canvas, ttf, text, f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL", -1)
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} T* ET"


def build_pdf(
    story: Sequence[Flowable], spec: PageSpec, *, title: str, author: str, audit_head: str | None
) -> bytes:
    """Lay out ``story`` in the type area and return the PDF bytes.

    ``invariant`` output (no timestamp or random ID) so the same notice always gives the
    same bytes, which lets the archive and the audit log refer to it by hash.
    """
    buffer = io.BytesIO()
    frame = Frame(spec.left, spec.bottom, spec.frame_width, spec.frame_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="type-area")
    doc = BaseDocTemplate(
        buffer, pagesize=spec.pagesize, title=title, author=author, creator="陆丰村务",
        subject=title, invariant=1, initialFontName=register_font(),
        leftMargin=spec.left, topMargin=spec.top,
        rightMargin=spec.pagesize[0] - spec.left - spec.frame_width, bottomMargin=spec.bottom,
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_decorate(spec, audit_head))])
    doc.build(list(story))
    return buffer.getvalue()


class SignOff(Flowable):
    """Issuer names, seal placeholders and the date, placed per GB/T 9704 §7.3.5.1.

    The date is right-indented 4 characters; the last issuer is centred above it and its
    42 mm seal presses on both; earlier issuers sit to its left in one row, each under its
    own seal, seals never touching. Names that do not fit in one row continue in rows
    above. The circles are placeholders labelled （印章） where the real seal is stamped.
    """

    def __init__(self, issuers: Sequence[str], signed_on: date, spec: PageSpec) -> None:
        super().__init__()
        self.issuers = list(issuers)
        self.date_text = format_cn_date(signed_on)
        self.spec = spec
        self.font = register_font()
        self.size = spec.body_size
        self.radius = spec.mm(SEAL_DIAMETER_MM) / 2

    def _columns(self, avail: float) -> tuple[float, float, int]:
        """(centre x of the last column, column pitch, columns per row)."""
        date_w = stringWidth(self.date_text, self.font, self.size)
        centre = avail - 4 * self.size - date_w / 2
        name_w = max((stringWidth(n, self.font, self.size) for n in self.issuers), default=0.0)
        pitch = max(2 * self.radius + self.size, name_w + self.size)
        half = max(self.radius, name_w / 2)
        per_row = max(1, 1 + int((centre - half) // pitch))
        return centre, pitch, per_row

    def _rows(self, per_row: int) -> list[list[str]]:
        """Issuers in rows; the last row ends with the last issuer (who signs the date)."""
        names, rows = self.issuers, []
        end = len(names)
        while end > 0:
            rows.insert(0, names[max(0, end - per_row):end])
            end -= per_row
        return rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._avail = availWidth
        _, _, per_row = self._columns(availWidth)
        rows = max(1, len(self._rows(per_row)))
        self._row_pitch = 2 * self.radius + self.size
        self.height = self._row_pitch * (rows - 1) + 2 * self.radius
        return availWidth, self.height

    def draw(self) -> None:
        canvas, radius = self.canv, self.radius
        centre, pitch, per_row = self._columns(self._avail)
        rows = self._rows(per_row)
        # Seal bottom on the flowable's bottom edge; date and last issuer name sit in the
        # lower-centre of the seal ("居印章中心偏下"), one body line apart.
        date_y = 0.4 * radius
        name_y = date_y + self.spec.leading
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        canvas.drawCentredString(centre, date_y, self.date_text)
        for index, row in enumerate(reversed(rows)):
            lift = index * self._row_pitch
            for col, name in enumerate(reversed(row)):
                x = centre - col * pitch
                canvas.setFillColor(colors.black)
                canvas.setFont(self.font, self.size)
                canvas.drawCentredString(x, name_y + lift, name)
                self._seal(x, radius + lift)
        canvas.restoreState()

    def _seal(self, x: float, y: float) -> None:
        canvas = self.canv
        canvas.setStrokeColor(_SEAL_RED)
        canvas.setLineWidth(self.spec.pt(0.8))
        canvas.setDash(self.spec.pt(4), self.spec.pt(3))
        canvas.circle(x, y, self.radius, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFillColor(_SEAL_RED)
        label = self.spec.pt(9)
        canvas.setFont(self.font, label)
        canvas.drawCentredString(x, y + self.radius * 0.55, "（印章）")
