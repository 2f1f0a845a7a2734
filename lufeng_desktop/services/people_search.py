"""What the clerk typed in the people search box, classified once: name text, pinyin, or digits.

- Han (or other non-ASCII) text → name substring: 陈 finds 陈小明 and 林陈华.
- Latin letters → pinyin: the initials prefix (zs → 张三, 张帅) or the full-pinyin prefix
  (zhangs → 张三), both index range scans.
- Digits (and a final X) → ID number: all 18 characters, its first digits or its last
  digits (up to six: the last four are what people read out); an 11-digit mobile number
  also matches the phone.

Full-width characters (ｚｓ, １２３４) and stray spaces are normalised first, so what an
input method produces is found too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class SearchKind(Enum):
    NAME = "name"
    PINYIN = "pinyin"
    ID_NUMBER = "id_number"


@dataclass(frozen=True)
class SearchTerm:
    kind: SearchKind
    text: str  # normalised query
    like: str  # LIKE pattern (with backslash escapes) for NAME and ID_NUMBER

_LETTERS = re.compile(r"[a-z]+")
_ID_DIGITS = re.compile(r"\d+[xX]?|\d*[xX]")


def normalise_query(raw: str) -> str:
    """NFKC (full-width → ASCII), no whitespace at all (names, pinyin and ID numbers have none)."""
    return "".join(unicodedata.normalize("NFKC", raw or "").split())


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_search(raw: str) -> SearchTerm | None:
    """Classify a search; None when there is nothing to search for."""
    text = normalise_query(raw)
    if not text:
        return None
    if _ID_DIGITS.fullmatch(text) and any(ch.isdigit() for ch in text):
        digits = text.upper()
        return SearchTerm(SearchKind.ID_NUMBER, digits, "%" + _escape_like(digits))
    lowered = text.lower()
    if _LETTERS.fullmatch(lowered):
        return SearchTerm(SearchKind.PINYIN, lowered, "")
    return SearchTerm(SearchKind.NAME, text, "%" + _escape_like(text) + "%")
