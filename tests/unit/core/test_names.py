import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.names import (
    COMPOUND_SURNAMES,
    MAX_NAME_LENGTH,
    POLYPHONIC_SURNAMES,
    full_pinyin,
    normalize_name,
    pinyin_initials,
    surname,
)

UNREADABLE = "\U00030000"  # CJK Extension G; pypinyin 0.55 has no reading for it


# --- normalize_name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("张三", "张三"),
        ("  张三\u3000", "张三"),
        ("张  三", "张三"),  # padding to line up with three-character names
        ("欧阳 娜 娜", "欧阳娜娜"),
        ("Tom   Smith", "Tom Smith"),
        ("Tom\u3000Smith", "Tom Smith"),
        ("阿卜杜勒·买买提", "阿卜杜勒·买买提"),
        ("阿卜杜勒・买买提", "阿卜杜勒·买买提"),  # katakana middle dot
        ("阿卜杜勒•买买提", "阿卜杜勒·买买提"),  # bullet
        ("阿卜杜勒‧买买提", "阿卜杜勒·买买提"),  # hyphenation point
        ("阿卜杜勒 · 买买提", "阿卜杜勒·买买提"),
        ("Jose\u0301", "José"),  # NFC composes the accent
        ("王𬱖", "王𬱖"),
        ("李𫖯", "李𫖯"),
        ("陈𬌗", "陈𬌗"),
        ("刘䶮", "刘䶮"),
        ("Nguyễn Thị Hoa", "Nguyễn Thị Hoa"),
    ],
)
def test_normalize_name_accepts(typed: str, normalised: str) -> None:
    assert normalize_name(typed) == normalised


def test_length_counts_code_points_not_utf16_units() -> None:
    thirty_astral = "𬱖" * MAX_NAME_LENGTH  # 60 UTF-16 code units
    assert normalize_name(thirty_astral) == thirty_astral
    with pytest.raises(ValidationError) as excinfo:
        normalize_name(thirty_astral + "𬱖")
    assert excinfo.value.code == "name_too_long"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "name_empty"),
        (" \u3000 ", "name_empty"),
        ("张" * 31, "name_too_long"),
        ("张三2", "name_digits"),
        ("张三２", "name_digits"),
        ("张三.", "name_punctuation"),
        ("阿卜杜勒.买买提", "name_punctuation"),
        ("O'Brien", "name_punctuation"),
        ("张(三)", "name_punctuation"),
        ("张三，", "name_characters"),
        ("张三😀", "name_characters"),
        ("\ue000三", "name_characters"),  # private-use glyph from a custom font
        ("·买买提", "name_middle_dot"),
        ("阿卜杜勒·", "name_middle_dot"),
        ("阿卜杜勒··买买提", "name_middle_dot"),
    ],
)
def test_normalize_name_rejects(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        normalize_name(typed)
    assert excinfo.value.code == code
    assert excinfo.value.field == "name"


def test_chinese_numerals_are_not_digits() -> None:
    assert normalize_name("张三一") == "张三一"


# --- surnames ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("张三", "张"),
        ("欧阳娜娜", "欧阳"),
        ("司马光", "司马"),
        ("欧阳", "欧"),  # two characters: single surname + given name
        ("阿卜杜勒·买买提", "阿"),
        ("Tom Smith", "T"),
        ("𬱖明", "𬱖"),
    ],
)
def test_surname(name: str, family: str) -> None:
    assert surname(name) == family


# --- pinyin -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("张三", "zs", "zhangsan"),
        ("欧阳娜娜", "oynn", "ouyangnana"),
        ("曾国藩", "zgf", "zengguofan"),
        ("单田芳", "stf", "shantianfang"),
        ("解缙", "xj", "xiejin"),
        ("区小明", "oxm", "ouxiaoming"),
        ("仇英", "qy", "qiuying"),
        ("查良镛", "zly", "zhaliangyong"),
        ("覃明", "qm", "qinming"),
        ("朴树", "ps", "piaoshu"),
        ("盖聂", "gn", "genie"),
        ("乐嘉", "yj", "yuejia"),
        ("尉迟恭", "ycg", "yuchigong"),
        ("万俟卨", "mqx", "moqixie"),
        ("吕布", "lb", "lvbu"),
        ("张  三", "zs", "zhangsan"),
        ("阿卜杜勒·买买提", "abdlmmt", "aboduleimaimaiti"),
        ("Tom Smith", "ts", "tomsmith"),
        ("José Müller", "jm", "josemuller"),
    ],
)
def test_pinyin_keys(name: str, initials: str, full: str) -> None:
    assert pinyin_initials(name) == initials
    assert full_pinyin(name) == full


def test_surname_reading_only_applies_to_the_first_character() -> None:
    # 曾 in a given name keeps pypinyin's ordinary reading (céng)
    assert full_pinyin("李曾") == "liceng"
    assert pinyin_initials("曾曾") == "zc"


@pytest.mark.parametrize(("char", "reading"), sorted(POLYPHONIC_SURNAMES.items()))
def test_every_polyphonic_surname_in_the_table_is_used(char: str, reading: str) -> None:
    assert full_pinyin(char + "明") == reading + "ming"
    assert pinyin_initials(char + "明") == reading[0] + "m"


@pytest.mark.parametrize(("family", "reading"), sorted(COMPOUND_SURNAMES.items()))
def test_every_compound_surname_in_the_table_is_used(family: str, reading: str) -> None:
    assert full_pinyin(family + "明") == reading.replace(" ", "") + "ming"


def test_astral_characters_that_pypinyin_knows_are_read() -> None:
    assert full_pinyin("王𬱖") == "wangdi"
    assert full_pinyin("刘䶮") == "liuyan"


def test_unreadable_characters_are_skipped_not_garbled() -> None:
    assert normalize_name("张" + UNREADABLE + "三") == "张" + UNREADABLE + "三"
    assert pinyin_initials("张" + UNREADABLE + "三") == "zs"
    assert full_pinyin("张" + UNREADABLE + "三") == "zhangsan"
    assert full_pinyin(UNREADABLE) == ""


@settings(deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_pinyin_keys_are_always_plain_ascii_letters(text: str) -> None:
    assert re.fullmatch(r"[a-z]*", pinyin_initials(text))
    assert re.fullmatch(r"[a-z]*", full_pinyin(text))
