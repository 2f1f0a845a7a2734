"""Mainland Chinese telephone numbers: mobile (11 digits) or landline with area code.

Numbers are stored in one canonical form so that search, duplicate checks and
masking work: mobiles as 11 bare digits, landlines as ``area-local``
(e.g. ``0660-8812345`` for Lufeng).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from lufeng_desktop.core.errors import ValidationError

LUFENG_AREA_CODE = "0660"
FIELD = "phone"

PhoneKind = Literal["mobile", "landline"]

_TO_ASCII = str.maketrans("０１２３４５６７８９＋－（）", "0123456789+-()")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—()\u200b\ufeff]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_THREE_DIGIT_AREA = ("010", "02")  # Beijing and 02x; every other area code has four digits


@dataclass(frozen=True)
class PhoneInfo:
    """A validated number in canonical form."""

    number: str
    kind: PhoneKind


def normalize_phone(text: str) -> str:
    """Make digits ASCII, drop spaces/hyphens/brackets and a leading +86 or 0086.

    ``+86 660 8812345`` drops the trunk 0 of the area code, so it is put back.
    """
    s = _SEPARATORS.sub("", text.translate(_TO_ASCII))
    for prefix in ("+86", "0086"):
        if s.startswith(prefix):
            s = s[len(prefix) :]
            if s and s[0] not in "01":
                s = "0" + s
            break
    return s


def _fail(zh: str, en: str, code: str) -> ValidationError:
    return ValidationError(zh, en, field=FIELD, code=code)


def _parse_landline(digits: str) -> PhoneInfo:
    area_len = 3 if digits.startswith(_THREE_DIGIT_AREA) else 4
    area, local = digits[:area_len], digits[area_len:]
    if not (7 <= len(local) <= 8 and local[0] in "23456789"):
        raise _fail(
            f"固定电话应为区号加7至8位号码，例如{LUFENG_AREA_CODE}-8812345。",
            f"A landline number is an area code plus 7 to 8 digits, e.g. {LUFENG_AREA_CODE}-8812345.",
            "phone_landline",
        )
    return PhoneInfo(number=f"{area}-{local}", kind="landline")


def parse_phone(text: str) -> PhoneInfo:
    """Validate a mobile or landline number and return it in canonical form."""
    digits = normalize_phone(text)
    if not digits:
        raise _fail("请填写电话号码。", "Please enter the telephone number.", "phone_empty")
    if digits.startswith(("+", "00")):
        raise _fail(
            "暂不支持境外电话号码。",
            "Telephone numbers outside mainland China are not supported.",
            "phone_foreign",
        )
    if not (digits.isascii() and digits.isdigit()):
        raise _fail(
            "电话号码只能包含数字、空格、连字符和+86。",
            "A telephone number may only contain digits, spaces, hyphens and +86.",
            "phone_characters",
        )
    if digits[0] == "1":
        if not _MOBILE.fullmatch(digits):
            raise _fail(
                "手机号码应为11位数字，以13至19开头。",
                "A mobile number has 11 digits and starts with 13 to 19.",
                "phone_mobile",
            )
        return PhoneInfo(number=digits, kind="mobile")
    if digits[0] == "0":
        return _parse_landline(digits)
    if 7 <= len(digits) <= 8:
        raise _fail(
            f"固定电话缺少区号，陆丰的区号是{LUFENG_AREA_CODE}。",
            f"The landline number lacks its area code; Lufeng's is {LUFENG_AREA_CODE}.",
            "phone_area_code",
        )
    raise _fail(
        "无法识别的电话号码：手机为11位，固定电话须带区号。",
        "Unrecognised telephone number: mobiles have 11 digits and landlines need an area code.",
        "phone_unrecognised",
    )
