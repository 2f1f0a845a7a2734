"""Chinese resident identity numbers (GB 11643-1999): normalise, validate, generate.

Clerks copy numbers from paper forms and phone input methods, so input is
normalised first (full-width digits, spaces, lower-case x). Every rule that can
fail has its own error ``code`` so the GUI can point at the exact problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import mul

from lufeng_desktop.core.errors import ValidationError

LUFENG_REGION_CODE = "441581"
"""Administrative division code of 陆丰市 (the first six digits of local numbers)."""

MIN_BIRTH_DATE = date(1880, 1, 1)
"""Earliest accepted birth date: GB 11643's own example 440524188001010014 must validate."""

PROVINCE_CODES = frozenset(
    [f"{n}" for n in range(11, 16)]
    + [f"{n}" for n in range(21, 24)]
    + [f"{n}" for n in range(31, 38)]
    + [f"{n}" for n in range(41, 47)]
    + [f"{n}" for n in range(50, 55)]
    + [f"{n}" for n in range(61, 66)]
    + ["71", "81", "82", "83"]  # 71/81/82/83 appear on residence permits
)

FIELD = "id_number"
MALE = "男"
FEMALE = "女"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
_FORMAT = re.compile(r"[0-9]{17}[0-9X]")
_FIRST17 = re.compile(r"[0-9]{17}")
_OLD_FORMAT = re.compile(r"[0-9]{15}")
_TO_ASCII = str.maketrans("０１２３４５６７８９Ｘｘx", "0123456789XXX")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class IdNumberInfo:
    """What a valid ID number tells us about its holder."""

    number: str
    region_code: str
    birth_date: date
    gender: str  # '男' / '女' from the parity of the 17th digit


def normalize_id_number(text: str) -> str:
    """Remove all whitespace (also U+3000 and zero-width characters), make digits ASCII and x upper-case."""
    return "".join(text.translate(_TO_ASCII).translate(_INVISIBLE).split())


def id_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    if not _FIRST17.fullmatch(first17):
        raise ValueError(f"need exactly 17 ASCII digits, got {first17!r}")
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def is_valid_region_code(code: str) -> bool:
    """Six digits, a real province-level prefix, and not all zeros below province level."""
    if not (len(code) == 6 and code.isascii() and code.isdigit()):
        return False
    return code[:2] in PROVINCE_CODES and code[2:] != "0000"


def _fail(zh: str, en: str, code: str) -> ValidationError:
    return ValidationError(zh, en, field=FIELD, code=code)


def _check_format(number: str) -> None:
    if not number:
        raise _fail("请填写身份证号码。", "Please enter the ID number.", "id_empty")
    if len(number) == 15 and _OLD_FORMAT.fullmatch(number):
        raise _fail(
            "这是15位旧身份证号码，请先换算为18位新号码。",
            "This is an old 15-digit ID number; convert it to the 18-digit form first.",
            "id_old_15_digit",
        )
    if len(number) != 18:
        raise _fail(
            f"身份证号码应为18位，现在是{len(number)}位。",
            f"An ID number has 18 characters, this one has {len(number)}.",
            "id_length",
        )
    if not _FORMAT.fullmatch(number):
        raise _fail(
            "身份证号码前17位必须是数字，最后一位是数字或X。",
            "The first 17 characters of an ID number must be digits and the last a digit or X.",
            "id_characters",
        )


def _parse_birth(number: str, today: date) -> date:
    digits = number[6:14]
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise _fail(
            f"身份证号码中的出生日期{digits}不存在。",
            f"The birth date {digits} in the ID number does not exist.",
            "id_birth_date",
        ) from None
    if birth > today:
        raise _fail(
            "身份证号码中的出生日期晚于今天。",
            "The birth date in the ID number is after today.",
            "id_birth_future",
        )
    if birth < MIN_BIRTH_DATE:
        raise _fail(
            f"身份证号码中的出生日期早于{MIN_BIRTH_DATE.year}年，不可能正确。",
            f"The birth date in the ID number is before {MIN_BIRTH_DATE.year}, which cannot be right.",
            "id_birth_too_early",
        )
    return birth


_CANONICAL = re.compile(r"[1-8][0-9]{16}[0-9X]")  # ASCII, upper-case X, no spaces: normalising changes nothing


@lru_cache(maxsize=65536)
def _birth_date(digits: str) -> date | None:
    """The date YYYYMMDD names, or None (cached: a town's register has a few tens of thousands of birth dates)."""
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def parse_id_number(text: str, *, today: date | None = None) -> IdNumberInfo:
    """Validate an 18-character ID number and return its parts (see ``_parse_full``).

    A number already in canonical form that passes every rule takes a quick path
    (bulk imports check hundreds of thousands); anything else — including every
    invalid number — goes through ``_parse_full``, which picks the message.
    tests/unit/core/test_idcard_fast.py proves both give the same result.
    """
    if type(text) is str and len(text) == 18 and _CANONICAL.fullmatch(text):
        birth = _birth_date(text[6:14])
        if (
            birth is not None
            and MIN_BIRTH_DATE <= birth <= (today or date.today())
            and text[:2] in PROVINCE_CODES
            and text[2:6] != "0000"
            and _CHECK_CHARS[sum(map(mul, map(int, text[:17]), _WEIGHTS)) % 11] == text[17]
        ):
            return IdNumberInfo(number=text, region_code=text[:6], birth_date=birth, gender=MALE if int(text[16]) % 2 else FEMALE)
    return _parse_full(text, today=today)


def _parse_full(text: str, *, today: date | None = None) -> IdNumberInfo:
    """Validate an 18-character ID number and return its parts.

    Checks run from the most to the least specific message, so a mistyped
    birth date is reported as such rather than as a bad check digit. The
    expected check digit is never revealed (it would let anyone "fix" a typo
    into some other valid number).
    """
    number = normalize_id_number(text)
    _check_format(number)
    region = number[:6]
    if number[:2] not in PROVINCE_CODES:
        raise _fail(
            f"身份证号码前两位“{number[:2]}”不是有效的省级行政区代码。",
            f"The first two digits “{number[:2]}” of the ID number are not a valid province code.",
            "id_region",
        )
    if not is_valid_region_code(region):
        raise _fail(
            "身份证号码第3至6位不能全为0。",
            "Digits 3 to 6 of the ID number cannot all be 0.",
            "id_region",
        )
    birth = _parse_birth(number, today or date.today())
    if id_check_digit(number[:17]) != number[17]:
        raise _fail(
            "身份证号码校验码不符，请核对是否抄错。",
            "The check digit of the ID number does not match; please look for a copying mistake.",
            "id_check_digit",
        )
    gender = MALE if int(number[16]) % 2 == 1 else FEMALE
    return IdNumberInfo(number=number, region_code=region, birth_date=birth, gender=gender)


def upgrade_15_digit(text: str) -> str:
    """Convert an old 15-digit number (issued before 1999, so born 19xx) to 18 digits.

    The result is not validated here; pass it to ``parse_id_number``.
    """
    old = normalize_id_number(text)
    if not _OLD_FORMAT.fullmatch(old):
        raise _fail(
            "15位旧身份证号码必须由15个数字组成。",
            "An old-style ID number must consist of 15 digits.",
            "id_old_format",
        )
    first17 = old[:6] + "19" + old[6:]
    return first17 + id_check_digit(first17)


def make_id_number(region_code: str, birth: date, sequence: int, gender: str) -> str:
    """Build a valid number for demo data; ``sequence`` 0..499 picks the order code.

    The order code is ``2*sequence + 1`` for 男 (odd) and ``2*sequence`` for 女 (even).
    Raises ``ValueError`` for arguments that could not give a valid number.
    """
    if not is_valid_region_code(region_code):
        raise ValueError(f"invalid region code {region_code!r}")
    if not MIN_BIRTH_DATE <= birth <= date.today():
        raise ValueError(f"birth date {birth} outside {MIN_BIRTH_DATE}..today")
    if not 0 <= sequence <= 499:
        raise ValueError(f"sequence {sequence} outside 0..499")
    if gender not in (MALE, FEMALE):
        raise ValueError(f"gender must be {MALE!r} or {FEMALE!r}, got {gender!r}")
    order = 2 * sequence + (1 if gender == MALE else 0)
    first17 = f"{region_code}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_digit(first17)
