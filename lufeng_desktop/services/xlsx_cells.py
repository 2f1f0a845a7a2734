"""Reading the messy cells of a clerk's own spreadsheet: headers, dates, numbers typed as text.

Pure functions (openpyxl hands us Python values), so they are easy to test on
their own. A value that cannot be read raises ``CellError`` with a reason for
the clerk; the importer turns it into a rejected row.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

FIELDS = ("name", "gender", "birth_date", "id_number", "phone", "household", "group", "relation", "address", "notes")

# Header texts seen in village registers, per field (compared after normalise_header).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "名字", "人员姓名", "成员姓名"),
    "gender": ("性别",),
    "birth_date": ("出生日期", "出生年月日", "出生年月", "出生时间", "生日"),
    "id_number": ("公民身份号码", "身份证号码", "身份证号", "身份证", "证件号码", "证件号"),
    "phone": ("联系电话", "手机号码", "手机号", "手机", "电话号码", "电话", "联系方式"),
    "household": ("户号", "户编号", "户籍编号"),
    "group": ("村民小组", "居民小组", "所在小组", "小组", "组别", "村小组", "组"),
    "relation": ("与户主关系", "与户主的关系", "家庭关系", "关系"),
    "address": ("家庭住址", "住址", "地址"),
    "notes": ("备注", "说明"),
}
FIELD_LABELS = {
    "name": "姓名", "gender": "性别", "birth_date": "出生日期", "id_number": "身份证号", "phone": "联系电话",
    "household": "户号", "group": "村民小组", "relation": "与户主关系", "address": "住址", "notes": "备注",
}  # fmt: skip

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DATE_PARTS = re.compile(r"(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})\D?")
_EXCEL_EPOCH = date(1899, 12, 30)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CellError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh}（{en}）")
        self.zh, self.en = zh, en


def text(value: Any) -> str:
    """Cell → clean text: NFKC (full-width digits and letters → ASCII), spaces collapsed, export guard removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = unicodedata.normalize("NFKC", str(value)).replace("\u3000", " ")
    s = " ".join(s.split())
    if s.startswith("'") and s[1:2] and s[1] in FORMULA_STARTS:  # our own formula-injection guard
        s = s[1:]
    return s


def compact(value: Any) -> str:
    """Text with every space removed (ID and phone numbers are often typed in blocks)."""
    return "".join(text(value).split())


def normalise_header(value: Any) -> str:
    s = compact(value)
    return re.sub(r"[*＊:：()（）\[\]【】]", "", s)


def field_for_header(value: Any) -> str | None:
    """Which field a header cell names, or None. Exact aliases win over "contains" matches."""
    header = normalise_header(value)
    if not header:
        return None
    for field, aliases in HEADER_ALIASES.items():
        if header in aliases:
            return field
    for field, aliases in HEADER_ALIASES.items():
        if any(len(alias) > 1 and alias in header for alias in aliases):
            return field
    return None


def parse_date(value: Any) -> date | None:
    """1985.3.2, 1985-03-02, 1985/3/2, 1985年3月2日, 19850302, a real Excel date, or an Excel day number."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = int(value)
        if 19000101 <= number <= 21001231:
            return _ymd(str(number))
        if 1 <= number < 80000:  # a date cell that lost its format: days since 1899-12-30
            return _EXCEL_EPOCH + timedelta(days=number)
        raise CellError(f"无法识别的日期“{value}”", f"cannot read the date {value!r}")
    s = compact(value)
    if not s:
        return None
    if s.isdigit() and len(s) == 8:
        return _ymd(s)
    match = _DATE_PARTS.fullmatch(s)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]), s)
    raise CellError(f"无法识别的日期“{s}”，请写成 1985-03-02 或 1985.3.2", f"cannot read the date {s!r}; write 1985-03-02")


def _ymd(s: str) -> date:
    return _make(int(s[:4]), int(s[4:6]), int(s[6:]), s)


def _make(year: int, month: int, day: int, raw: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"日期“{raw}”不存在", f"the date {raw!r} does not exist") from None


def parse_gender(value: Any) -> str:
    s = compact(value).lower()
    if s in ("", "男", "女"):
        return s
    if s in ("男性", "m", "male", "1"):
        return "男"
    if s in ("女性", "f", "female", "2"):
        return "女"
    raise CellError(f"性别“{s}”只能是男或女", f"the gender {s!r} must be 男 or 女")


def id_number_text(value: Any) -> str:
    """ID numbers stored as numbers lose digits after the 15th in Excel; report that clearly."""
    if isinstance(value, float) and not value.is_integer():
        raise CellError("身份证号被 Excel 存成了小数，请把该列设为文本后重新输入", "the ID number was stored as a decimal number")
    s = compact(value).upper()
    if re.fullmatch(r"\d+(\.\d+)?E\+\d+", s):
        raise CellError("身份证号被 Excel 存成了科学计数法，请把该列设为文本后重新输入", "the ID number was stored in scientific notation")
    return s


def group_number(value: Any) -> int | None:
    """第3村民小组 / 3组 / 3 / 第三组 → 3; None if the cell has no number."""
    s = compact(value)
    digits = re.search(r"\d+", s)
    if digits:
        return int(digits[0])
    chinese = re.search(r"[零〇一二两三四五六七八九十]+", s)
    if not chinese:
        return None
    word = chinese[0]
    if "十" in word:
        tens, _, ones = word.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return int("".join(str(_CN_DIGITS[ch]) for ch in word))


def guard_formula(value: Any) -> Any:
    """For export: text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
