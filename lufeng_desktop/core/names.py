"""Person names: normalisation, validation and pinyin search keys.

Names are compared and searched after normalisation, so "张 三" typed with a
padding space and "张三" are the same person. Rare characters outside the BMP
(𬱖, 𫖯, 𬌗 …) are common in real registers and must be accepted.

Pinyin keys (``pinyin_initials``, ``full_pinyin``) are plain ``[a-z]*``
strings. Only Han characters and Latin letters contribute: characters pypinyin
has no reading for (e.g. some CJK Extension G–I ideographs) and other scripts
are skipped, so a key may be shorter than the name but never contains garbage.
"""

from __future__ import annotations

import re
import string
import unicodedata

from pypinyin import Style, lazy_pinyin

from lufeng_desktop.core.errors import ValidationError

FIELD = "name"
MAX_NAME_LENGTH = 30
MIDDLE_DOT = "·"

# Ext A, URO, compatibility ideographs, and planes 2–3 (Ext B–I, all ideographs).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_TOKEN = re.compile(f"[{_HAN}]+|[^\\W\\d_{_HAN}]+")
_SPACE_NEAR_HAN = re.compile(f" (?=[{_HAN}{MIDDLE_DOT}])|(?<=[{_HAN}{MIDDLE_DOT}]) ")
_DOT_VARIANTS = str.maketrans(dict.fromkeys("・•‧･∙⋅", MIDDLE_DOT))
_ASCII_PUNCTUATION = frozenset(string.punctuation)

POLYPHONIC_SURNAMES: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "查": "zha",
    "覃": "qin", "朴": "piao", "盖": "ge", "乐": "yue", "缪": "miao", "翟": "zhai",
    "繁": "po", "种": "chong", "秘": "bi", "员": "yun", "长": "chang", "重": "chong",
    "召": "shao", "折": "she", "隗": "wei", "句": "gou", "薄": "bo", "阚": "kan",
    "祭": "zhai", "都": "du", "粘": "nian", "卜": "bu", "藏": "zang",
}  # fmt: skip
"""Surname readings where pypinyin's default reading is wrong for a family name."""

COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ou yang", "司马": "si ma", "上官": "shang guan", "诸葛": "zhu ge",
    "东方": "dong fang", "皇甫": "huang fu", "尉迟": "yu chi", "公孙": "gong sun",
    "长孙": "zhang sun", "慕容": "mu rong", "令狐": "ling hu", "宇文": "yu wen",
    "司徒": "si tu", "司空": "si kong", "夏侯": "xia hou", "澹台": "tan tai",
    "端木": "duan mu", "万俟": "mo qi", "单于": "chan yu", "呼延": "hu yan",
    "轩辕": "xuan yuan", "钟离": "zhong li", "闻人": "wen ren", "南宫": "nan gong",
    "西门": "xi men", "百里": "bai li", "东郭": "dong guo", "公羊": "gong yang",
    "赫连": "he lian", "濮阳": "pu yang", "申屠": "shen tu", "太史": "tai shi",
    "独孤": "du gu", "乐正": "yue zheng", "左丘": "zuo qiu", "第五": "di wu",
    "拓跋": "tuo ba", "鲜于": "xian yu", "闾丘": "lv qiu", "亓官": "qi guan",
    "梁丘": "liang qiu", "宗政": "zong zheng", "公冶": "gong ye", "谷梁": "gu liang",
}  # fmt: skip
"""Two-character surnames with their readings (space-separated syllables)."""


def _fail(zh: str, en: str, code: str) -> ValidationError:
    return ValidationError(zh, en, field=FIELD, code=code)


def _allowed(ch: str) -> bool:
    return ch in (" ", MIDDLE_DOT) or bool(_HAN_CHAR.match(ch)) or unicodedata.category(ch)[0] in "LM"


def _clean(text: str) -> str:
    s = unicodedata.normalize("NFC", text).translate(_DOT_VARIANTS)
    return _SPACE_NEAR_HAN.sub("", " ".join(s.split()))


def normalize_name(text: str) -> str:
    """NFC, unify middle dots, collapse whitespace, and validate.

    Spaces next to a Han character or a middle dot are padding ("张  三") and
    are removed; single spaces between Latin words ("Tom Smith") are kept.
    """
    s = _clean(text)
    if not s:
        raise _fail("请填写姓名。", "Please enter the name.", "name_empty")
    if len(s) > MAX_NAME_LENGTH:
        raise _fail(
            f"姓名不能超过{MAX_NAME_LENGTH}个字。",
            f"A name cannot be longer than {MAX_NAME_LENGTH} characters.",
            "name_too_long",
        )
    if any(ch.isdigit() for ch in s):
        raise _fail("姓名不能包含数字。", "A name cannot contain digits.", "name_digits")
    if any(ch in _ASCII_PUNCTUATION for ch in s):
        raise _fail(
            f"姓名不能包含标点符号；少数民族姓名的间隔号请用“{MIDDLE_DOT}”。",
            f"A name cannot contain punctuation; use “{MIDDLE_DOT}” between parts of a minority name.",
            "name_punctuation",
        )
    bad = next((ch for ch in s if not _allowed(ch)), None)
    if bad is not None:
        raise _fail(
            f"姓名包含不能使用的字符“{bad}”。",
            f"The name contains a character that cannot be used: “{bad}”.",
            "name_characters",
        )
    if s[0] == MIDDLE_DOT or s[-1] == MIDDLE_DOT or MIDDLE_DOT * 2 in s:
        raise _fail(
            f"间隔号“{MIDDLE_DOT}”只能用在姓名的两部分之间。",
            f"The middle dot “{MIDDLE_DOT}” may only stand between two parts of a name.",
            "name_middle_dot",
        )
    return s


def _is_han_name(s: str) -> bool:
    return bool(s) and all(_HAN_CHAR.match(ch) for ch in s)


def surname(name: str) -> str:
    """Family name of a Han name (欧阳 kept whole when a given name follows); else the first character.

    For minority and foreign names the family name cannot be told reliably, so
    the first character is returned, which reveals the least.
    """
    s = normalize_name(name)
    if _is_han_name(s) and len(s) >= 3 and s[:2] in COMPOUND_SURNAMES:
        return s[:2]
    return s[0]


def _surname_readings(s: str) -> tuple[list[str], str]:
    """Split a Han name into surname syllables from our tables and the remaining text."""
    if len(s) >= 3 and s[:2] in COMPOUND_SURNAMES:
        return COMPOUND_SURNAMES[s[:2]].split(), s[2:]
    if s[0] in POLYPHONIC_SURNAMES:
        return [POLYPHONIC_SURNAMES[s[0]]], s[1:]
    return [], s


def _ascii_letters(syllable: str) -> str:
    folded = unicodedata.normalize("NFKD", syllable).lower()
    return "".join(ch for ch in folded if "a" <= ch <= "z")


def _syllables(name: str, style: Style) -> list[str]:
    s = _clean(name)
    out: list[str] = []
    if _is_han_name(s):
        out, s = _surname_readings(s)
    for token in _TOKEN.findall(s):
        if _HAN_CHAR.match(token):
            out.extend(lazy_pinyin(token, style=style, errors=lambda _chars: []))
        else:
            out.append(token)
    return [a for a in map(_ascii_letters, out) if a]


def pinyin_initials(name: str) -> str:
    """Lower-case initials for quick search: 张三 → "zs", 曾小明 → "zxm", "Tom Smith" → "ts"."""
    return "".join(syllable[0] for syllable in _syllables(name, Style.FIRST_LETTER))


def full_pinyin(name: str) -> str:
    """Lower-case toneless pinyin without spaces: 张三 → "zhangsan" (ü is written v: 吕 → "lv")."""
    return "".join(_syllables(name, Style.NORMAL))
