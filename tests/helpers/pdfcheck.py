"""Helpers that look inside generated PDFs (text, fonts, structure)."""

from __future__ import annotations

import io
import re

import pikepdf
import pypdf

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Remove all whitespace: wrapped lines split sentences anywhere."""
    return _SPACE.sub("", text)


def page_texts(data: bytes) -> list[str]:
    """Whitespace-free text of each page."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [squash(page.extract_text() or "") for page in reader.pages]


def all_text(data: bytes) -> str:
    return "".join(page_texts(data))


def font_problems(data: bytes) -> list[str]:
    """Every font must be an embedded (FontFile2), subset (ABCDEF+) TrueType; no CID font."""
    problems: list[str] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            fonts = page.Resources.get("/Font", {})
            for key, font in fonts.items():
                base = str(font.get("/BaseFont", ""))
                subtype = str(font.get("/Subtype", ""))
                if subtype in ("/Type0", "/CIDFontType0", "/CIDFontType2"):
                    problems.append(f"page {number} {key}: CID font {base}")
                    continue
                descriptor = font.get("/FontDescriptor")
                if descriptor is None or "/FontFile2" not in descriptor:
                    problems.append(f"page {number} {key}: {base} not embedded")
                if not re.fullmatch(r"/[A-Z]{6}\+.+", base):
                    problems.append(f"page {number} {key}: {base} not subset")
    return problems


def structure_problems(data: bytes) -> list[str]:
    """qpdf's structural check (pikepdf ``check_pdf_syntax``)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return list(pdf.check_pdf_syntax())


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
