from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import MIN_BIRTH_DATE, PROVINCE_CODES, make_id_number
from lufeng_desktop.core.masking import (
    PUBLIC_ID_SCHEME,
    contains_full_id_number,
    contains_unmasked_mobile,
    mask_id_number,
    mask_phone,
    public_name,
    public_phone,
)

LUFENG_ID = "44158119750809247X"  # make_id_number(LUFENG_REGION_CODE, date(1975, 8, 9), 123, "男")
GB_FEMALE = "11010519491231002X"


# --- ID numbers -------------------------------------------------------------------------


def test_public_scheme_omits_the_number() -> None:
    assert PUBLIC_ID_SCHEME == "omit"
    assert mask_id_number(LUFENG_ID) == ""


def test_six_plus_four_hides_the_birth_date() -> None:
    masked = mask_id_number(LUFENG_ID, scheme="6+4")
    assert masked == LUFENG_ID[:6] + "********" + LUFENG_ID[14:]
    assert masked.startswith("441581********")
    assert "19750809" not in masked and "750809" not in masked


def test_six_plus_four_normalises_before_masking() -> None:
    assert mask_id_number(" 110105 19491231 002x ", scheme="6+4") == "110105********002X"


def test_unknown_scheme_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        mask_id_number(LUFENG_ID, scheme="3+3")


def test_malformed_number_is_not_half_masked() -> None:
    with pytest.raises(ValidationError) as excinfo:
        mask_id_number("4415811975080912", scheme="6+4")
    assert excinfo.value.code == "id_mask_format"


# --- phones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("0660-8812345", "0660-****45"),
        ("0660-88123456", "0660-****56"),  # the local number's length is hidden too
        ("020 87654321", "020-****21"),
    ],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


def test_mask_phone_rejects_invalid_numbers() -> None:
    with pytest.raises(ValidationError):
        mask_phone("8812345")


def test_officials_supervision_phone_is_shown_in_full() -> None:
    assert public_phone("138 1234 5678", official=True) == "13812345678"
    assert public_phone("06608812345", official=True) == "0660-8812345"
    assert public_phone("13812345678", official=False) == "138****5678"


# --- names of minors --------------------------------------------------------------------

NOTICE_DAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("name", "birth", "shown"),
    [
        ("张三", date(1980, 1, 1), "张三"),
        ("张三", date(2015, 1, 1), "张某"),
        ("欧阳娜娜", date(2015, 1, 1), "欧阳某"),
        ("欧阳娜娜", date(2000, 1, 1), "欧阳娜娜"),
        ("张  三", date(1980, 1, 1), "张三"),
        ("阿卜杜勒·买买提", date(2015, 1, 1), "阿某"),
        ("张三", date(2011, 6, 1), "张某"),  # 14th birthday today: not yet 14 full years
        ("张三", date(2011, 5, 31), "张三"),
        ("张三", date(2026, 1, 1), "张某"),  # unborn on the notice date: never shown
    ],
)
def test_public_name(name: str, birth: date, shown: str) -> None:
    assert public_name(name, birth_date=birth, on=NOTICE_DAY) == shown


@pytest.mark.parametrize(
    ("on", "shown"), [(date(2022, 2, 28), "李某"), (date(2022, 3, 1), "李某"), (date(2022, 3, 2), "李四")]
)
def test_leap_day_child_is_masked_until_after_1_march(on: date, shown: str) -> None:
    assert public_name("李四", birth_date=date(2008, 2, 29), on=on) == shown


# --- scanners ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        GB_FEMALE,
        f"户主：张三，身份证号：{LUFENG_ID}。",
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        f"张三{LUFENG_ID}3人",  # glued to a neighbouring table cell by PDF extraction
    ],
)
def test_full_id_number_is_detected(text: str) -> None:
    assert contains_full_id_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "110105********002X",
        GB_FEMALE[:17] + "1",  # wrong check digit: not a real number
        "123456789012345678",  # invalid region and date
        "金额：1000000000000000000元",
    ],
)
def test_no_false_id_alarm(text: str) -> None:
    assert not contains_full_id_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "13812345678",
        "电话：13812345678。",
        "联系电话138 1234 5678",
        "138-1234-5678",
        "+8613812345678",
        "008613812345678",
        "１３８１２３４５６７８",
    ],
)
def test_unmasked_mobile_is_detected(text: str) -> None:
    assert contains_unmasked_mobile(text)


@pytest.mark.parametrize(
    "text",
    [
        "138****5678",
        "0660-8812345",
        "1381234567",
        "138123456789",
        "编号2138123456789",
        LUFENG_ID,
        "12812345678",
    ],
)
def test_no_false_mobile_alarm(text: str) -> None:
    assert not contains_unmasked_mobile(text)


regions = st.builds(
    lambda province, rest: province + rest,
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.from_regex(r"[0-9]{4}", fullmatch=True).filter(lambda s: s != "0000"),
)
id_numbers = st.builds(
    make_id_number,
    regions,
    st.dates(min_value=MIN_BIRTH_DATE, max_value=date.today()),
    st.integers(0, 499),
    st.sampled_from(["男", "女"]),
)
mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)


@settings(deadline=None)
@given(id_numbers, mobiles, st.sampled_from(["", "户主张三，", "金额500元 "]))
def test_masked_forms_never_leak_and_originals_always_do(
    id_number: str, mobile: str, prefix: str
) -> None:
    masked_line = f"{prefix}身份证：{mask_id_number(id_number, scheme='6+4')}，电话：{mask_phone(mobile)}"
    assert not contains_full_id_number(masked_line)
    assert not contains_unmasked_mobile(masked_line)
    assert not contains_full_id_number(mask_id_number(id_number))
    original_line = f"{prefix}身份证：{id_number}，电话：{mobile}"
    assert contains_full_id_number(original_line)
    assert contains_unmasked_mobile(original_line)
