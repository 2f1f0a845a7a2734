"""Lufeng's administrative divisions and the 12-digit village code.

The 21 town-level units are Lufeng's 3 streets, 17 towns and the 星都 development
zone, as listed in public gazetteers. Their 9-digit codes here are sequential
placeholders under Lufeng's county code 441581; the town office replaces them
with the official 统计用区划代码 when it enrols its villages.
"""

from __future__ import annotations

import re

from lufeng_desktop.core.errors import ValidationError

LUFENG_COUNTY_CODE = "441581"

LUFENG_TOWNS: tuple[str, ...] = (
    "东海街道", "城东街道", "河西街道", "碣石镇", "甲子镇", "湖东镇", "大安镇", "博美镇", "内湖镇", "南塘镇",
    "陂洋镇", "八万镇", "金厢镇", "潭西镇", "甲东镇", "河东镇", "上英镇", "桥冲镇", "甲西镇", "西南镇",
    "星都经济开发试验区",
)  # fmt: skip

_VILLAGE_CODE = re.compile(r"^\d{12}$")


def town_code(index: int) -> str:
    """Placeholder 9-digit code of the ``index``-th town (0-based)."""
    return f"{LUFENG_COUNTY_CODE}{index + 1:03d}"


def normalize_village_code(text: str) -> str:
    code = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not _VILLAGE_CODE.match(code):
        raise ValidationError(
            "村（社区）代码应为 12 位数字的统计用区划代码，例如 441581100201",
            "a village code is the 12-digit national division code, e.g. 441581100201",
            field="village_code",
            code="village_code",
        )
    return code


def town_code_of(village_code: str) -> str:
    return village_code[:9]


def town_name_for(code: str) -> str | None:
    """The name of a Lufeng town by its placeholder code, if it is one of ours."""
    if not code.startswith(LUFENG_COUNTY_CODE):
        return None
    index = int(code[6:9]) - 1
    return LUFENG_TOWNS[index] if 0 <= index < len(LUFENG_TOWNS) else None
