from __future__ import annotations

from datetime import date

import pytest
from reportlab.lib.units import mm

from lufeng_desktop.core.errors import LufengError
from lufeng_desktop.printing.layout import (
    format_cn_date,
    format_fen,
    format_yuan,
    make_styles,
    page_number_text,
    page_spec,
)


def test_cn_date_has_no_zero_padding() -> None:
    assert format_cn_date(date(2026, 11, 26)) == "2026年11月26日"
    assert format_cn_date(date(2027, 1, 6)) == "2027年1月6日"


@pytest.mark.parametrize(
    ("fen", "text"),
    [(1_234_500, "¥12,345.00"), (5, "¥0.05"), (0, "¥0.00"), (100_000_000, "¥1,000,000.00"),
     (-1_050, "-¥10.50")],
)
def test_amounts(fen: int, text: str) -> None:
    assert format_fen(fen) == text
    assert format_yuan(fen) == text.replace("¥", "") + "元"


def test_a4_geometry_follows_gbt_9704() -> None:
    spec = page_spec("A4")
    assert spec.left == pytest.approx(28 * mm) and spec.top == pytest.approx(37 * mm)
    assert spec.frame_width == pytest.approx(156 * mm)
    assert spec.frame_height == pytest.approx(225 * mm)
    assert spec.bottom == pytest.approx(35 * mm)
    assert 28 <= spec.leading <= 29.5
    styles = make_styles(spec)
    assert styles.title.fontSize == 22 and styles.body.fontSize == 16
    assert styles.body.firstLineIndent == 32


def test_a3_is_the_same_layout_scaled() -> None:
    a4, a3 = page_spec("A4"), page_spec("a3")
    assert a3.scale == pytest.approx(1.41, abs=0.01)
    assert a3.pagesize[0] == pytest.approx(a4.pagesize[0] * a3.scale)
    assert a3.left / a3.pagesize[0] == pytest.approx(a4.left / a4.pagesize[0])
    assert a3.leading == pytest.approx(a4.leading * a3.scale)
    assert make_styles(a3).title.fontSize == pytest.approx(22 * a3.scale)


def test_unknown_paper_is_a_clerk_error() -> None:
    with pytest.raises(LufengError):
        page_spec("Letter")


def test_page_number_form() -> None:
    assert page_number_text(1) == "— 1 —"
