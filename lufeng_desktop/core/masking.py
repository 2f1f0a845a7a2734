"""Masking profile for public notices (DOMAIN.md §7.3) and leak scanners for tests.

Public notices must not reveal more than the statutory duty requires (PIPL
Art 25/34). ID numbers are omitted by default; if a town insists, only one
scheme is allowed everywhere, so fragments from different notices cannot be
combined to rebuild a number.
"""

from __future__ import annotations

import re
from datetime import date

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import FIELD as ID_FIELD
from lufeng_desktop.core.idcard import normalize_id_number, parse_id_number
from lufeng_desktop.core.names import normalize_name, surname
from lufeng_desktop.core.phone import parse_phone

PUBLIC_ID_SCHEME = "omit"
ID_SCHEMES = frozenset({"omit", "6+4"})
MINOR_AGE = 14
"""PIPL Art 28: all information of minors under 14 is sensitive."""

_ID_18 = re.compile(r"[0-9]{17}[0-9X]")
_ID_WINDOW = re.compile(r"(?=([0-9]{17}[0-9X]))")
_MOBILE_IN_TEXT = re.compile(r"(?<![0-9])(?:(?:\+|00)86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")
_TEXT_TO_ASCII = str.maketrans("０１２３４５６７８９Ｘｘx＋－", "0123456789XXX+-")


def mask_id_number(number: str, *, scheme: str = PUBLIC_ID_SCHEME) -> str:
    """Public form of an ID number: "" for "omit", ``441581********1234`` for "6+4".

    The birth date (positions 7–14) is never shown.
    """
    if scheme not in ID_SCHEMES:
        raise ValueError(f"unknown ID masking scheme {scheme!r}; expected one of {sorted(ID_SCHEMES)}")
    if scheme == "omit":
        return ""
    n = normalize_id_number(number)
    if not _ID_18.fullmatch(n):
        raise ValidationError(
            "身份证号码格式不对，无法打码。",
            "The ID number is malformed and cannot be masked.",
            field=ID_FIELD,
            code="id_mask_format",
        )
    return f"{n[:6]}{'*' * 8}{n[14:]}"


def mask_phone(number: str) -> str:
    """Mobile ``138****5678``; landline keeps area code and last two digits: ``0660-****45``."""
    info = parse_phone(number)
    if info.kind == "mobile":
        return f"{info.number[:3]}****{info.number[7:]}"
    area, local = info.number.split("-")
    return f"{area}-****{local[-2:]}"


def public_phone(number: str, *, official: bool) -> str:
    """Officials' supervision telephones are a public duty and shown in full; others are masked."""
    return parse_phone(number).number if official else mask_phone(number)


def _is_minor(birth_date: date, on: date) -> bool:
    """Under 14 on ``on``; the 14th birthday itself still counts as under 14.

    Age in full years counts from the day after the birthday (法释〔2006〕1号 Art 2),
    and 29 February birthdays fall on 1 March in common years: both err on the
    side of masking.
    """
    year = birth_date.year + MINOR_AGE
    try:
        birthday = birth_date.replace(year=year)
    except ValueError:  # 29 February in a common year
        birthday = date(year, 3, 1)
    return on <= birthday


def public_name(name: str, *, birth_date: date, on: date) -> str:
    """Full name, or surname + "某" (欧阳某) for a child under 14 on the notice date."""
    if _is_minor(birth_date, on):
        return surname(name) + "某"
    return normalize_name(name)


def _is_id_number(candidate: str) -> bool:
    try:
        parse_id_number(candidate, today=date.max)
    except ValidationError:
        return False
    return True


def contains_full_id_number(text: str) -> bool:
    """True if any 18-character window (even inside a longer digit run) is a valid ID number.

    Windows inside longer runs are checked because PDF text extraction can glue
    adjacent table cells together. Full-width digits and lower-case x are
    recognised; numbers split by spaces are not.
    """
    ascii_text = text.translate(_TEXT_TO_ASCII)
    return any(_is_id_number(m.group(1)) for m in _ID_WINDOW.finditer(ascii_text))


def contains_unmasked_mobile(text: str) -> bool:
    """True if the text holds a mobile number (1[3-9] + 9 digits) not inside a longer digit run.

    Also catches ``138 1234 5678``, ``138-1234-5678`` and a +86/0086 prefix.
    """
    return bool(_MOBILE_IN_TEXT.search(text.translate(_TEXT_TO_ASCII)))
