import pytest
from hypothesis import given
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.phone import PhoneInfo, normalize_phone, parse_phone


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("＋８６－１３８１２３４５６７８", "13812345678"),
        ("0086 13812345678", "13812345678"),
        ("0660-8812345", "06608812345"),
        ("(0660) 881 2345", "06608812345"),
        ("+86 660 8812345", "06608812345"),  # international form drops the trunk 0
        ("+86 (0)660 8812345", "06608812345"),
        ("\u3000０６６０　８８１２３４５\u3000", "06608812345"),
    ],
)
def test_normalize_phone(typed: str, normalised: str) -> None:
    assert normalize_phone(typed) == normalised


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("13812345678", PhoneInfo("13812345678", "mobile")),
        ("+86 199-0000-1111", PhoneInfo("19900001111", "mobile")),
        ("0660-8812345", PhoneInfo("0660-8812345", "landline")),
        ("06608812345", PhoneInfo("0660-8812345", "landline")),
        ("0660 88123456", PhoneInfo("0660-88123456", "landline")),
        ("+86 660 8812345", PhoneInfo("0660-8812345", "landline")),
        ("010-62345678", PhoneInfo("010-62345678", "landline")),
        ("02087654321", PhoneInfo("020-87654321", "landline")),
        ("0755-2345678", PhoneInfo("0755-2345678", "landline")),
    ],
)
def test_parse_phone_canonical_forms(typed: str, expected: PhoneInfo) -> None:
    assert parse_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone_empty"),
        (" - ", "phone_empty"),
        ("+852 2345 6789", "phone_foreign"),
        ("00852 23456789", "phone_foreign"),
        ("138 1234 567a", "phone_characters"),
        ("138１２３４５６７８转1", "phone_characters"),
        ("12812345678", "phone_mobile"),
        ("1381234567", "phone_mobile"),
        ("138123456789", "phone_mobile"),
        ("0660-881234", "phone_landline"),
        ("0660-881234567", "phone_landline"),
        ("0660-0812345", "phone_landline"),
        ("0660-1812345", "phone_landline"),
        ("8812345", "phone_area_code"),
        ("88123456", "phone_area_code"),
        ("4008123456", "phone_unrecognised"),
        ("23456", "phone_unrecognised"),
    ],
)
def test_parse_phone_rejects(typed: str, code: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        parse_phone(typed)
    assert excinfo.value.code == code
    assert excinfo.value.field == "phone"


def test_missing_area_code_message_names_lufeng_code() -> None:
    with pytest.raises(ValidationError) as excinfo:
        parse_phone("881 2345")
    assert "0660" in excinfo.value.zh and "0660" in excinfo.value.en


@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86 ", "0086", "+86-", "＋８６"]),
    st.sampled_from([" ", "-", "", "\u3000"]),
)
def test_any_mobile_in_any_common_spelling_parses_to_the_bare_digits(
    digits: str, prefix: str, sep: str
) -> None:
    typed = prefix + digits[:3] + sep + digits[3:7] + sep + digits[7:]
    assert parse_phone(typed) == PhoneInfo(digits, "mobile")
