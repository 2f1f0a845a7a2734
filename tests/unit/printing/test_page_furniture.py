"""The page number and audit footer written directly are what the canvas calls write."""

from __future__ import annotations

import pytest

from lufeng_desktop.printing import layout
from lufeng_desktop.printing.layout import build_pdf, make_styles, page_spec, para


@pytest.mark.parametrize("paper", ["A4", "A3"])
@pytest.mark.parametrize("audit_head", [None, "3f9a1c0b7d2e4f6a8b9c0d1e2f3a4b5c"])
def test_page_furniture_matches_the_canvas_calls(paper: str, audit_head: str | None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    spec = page_spec(paper)
    styles = make_styles(spec)

    def render() -> bytes:  # three pages: odd and even page numbers
        story = [para(f"第{i}段：村道硬底化及路灯安装项目。" * 6, styles.body) for i in range(40)]
        return build_pdf(story, spec, title="登记表", author="东海村", audit_head=audit_head)

    fast = render()
    monkeypatch.setattr(layout, "_decorate_directly", lambda *args: False)
    assert fast == render()
