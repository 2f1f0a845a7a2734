from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import (
    LUFENG_REGION_CODE,
    MIN_BIRTH_DATE,
    PROVINCE_CODES,
    IdNumberInfo,
    id_check_digit,
    is_valid_region_code,
    make_id_number,
    normalize_id_number,
    parse_id_number,
    upgrade_15_digit,
)

TODAY = date(2025, 6, 1)
GB_FEMALE = "11010519491231002X"  # GB 11643-1999 example
GB_MALE = "440524188001010014"  # GB 11643-1999 example


def error_code(text: str, today: date = TODAY) -> str:
    with pytest.raises(ValidationError) as excinfo:
        parse_id_number(text, today=today)
    assert excinfo.value.field == "id_number"
    assert excinfo.value.zh and excinfo.value.en
    return excinfo.value.code


# --- the standard's published examples -------------------------------------------------


def test_gb_female_example() -> None:
    assert parse_id_number(GB_FEMALE, today=TODAY) == IdNumberInfo(
        number=GB_FEMALE, region_code="110105", birth_date=date(1949, 12, 31), gender="女"
    )


def test_gb_male_example_born_1880_is_accepted() -> None:
    info = parse_id_number(GB_MALE, today=TODAY)
    assert (info.region_code, info.birth_date, info.gender) == ("440524", date(1880, 1, 1), "男")
    assert MIN_BIRTH_DATE == date(1880, 1, 1)


@pytest.mark.parametrize(("first17", "check"), [(GB_FEMALE[:17], "X"), (GB_MALE[:17], "4")])
def test_check_digit_of_examples(first17: str, check: str) -> None:
    assert id_check_digit(first17) == check


@given(st.from_regex(r"[0-9]{17}", fullmatch=True))
def test_check_digit_satisfies_iso_7064_mod_11_2(first17: str) -> None:
    # Independent formulation: weights are 2^(18-i) mod 11 and the check character
    # (X = 10) has weight 1; a valid number's weighted sum is 1 modulo 11.
    check = id_check_digit(first17)
    value = 10 if check == "X" else int(check)
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17)) + value
    assert total % 11 == 1


@pytest.mark.parametrize(
    "bad", ["", "1234567890123456", "11010519491231002X", "１１０１０５１９４９１２３１００２"]
)
def test_check_digit_needs_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        id_check_digit(bad)


# --- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "110105\u300019491231\u3000002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "\u200b11010519491231002X\n",
    ],
)
def test_typed_variants_normalise_to_the_same_number(typed: str) -> None:
    assert normalize_id_number(typed) == GB_FEMALE
    assert parse_id_number(typed, today=TODAY).number == GB_FEMALE


# --- every kind of failure --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "id_empty"),
        ("   ", "id_empty"),
        ("110105491231002", "id_old_15_digit"),
        ("11010519491231002", "id_length"),
        ("11010519491231002X1", "id_length"),
        ("1101051949123100XX", "id_characters"),
        ("11010519491231002Y", "id_characters"),
        ("11010519491231-02X", "id_characters"),
        ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "id_characters"),  # Arabic-Indic digits are not ID digits
        ("19010519491231002X", "id_region"),
        ("00010519491231002X", "id_region"),
        ("91010519491231002X", "id_region"),
        ("44000019491231002X", "id_region"),
        ("441581198502300011", "id_birth_date"),
        ("441581198513010011", "id_birth_date"),
        ("441581190002290011", "id_birth_date"),  # 1900 was not a leap year
        ("441581202506020011", "id_birth_future"),
        ("441581187912310011", "id_birth_too_early"),
        (GB_FEMALE[:17] + "1", "id_check_digit"),
        ("440524188001010015", "id_check_digit"),
    ],
)
def test_each_failure_has_its_own_code(text: str, code: str) -> None:
    assert error_code(text) == code


def test_old_number_message_says_to_convert() -> None:
    with pytest.raises(ValidationError) as excinfo:
        parse_id_number("110105491231002", today=TODAY)
    assert "15位" in excinfo.value.zh and "18" in excinfo.value.zh
    assert "15-digit" in excinfo.value.en


def test_check_digit_message_does_not_reveal_expected_digit() -> None:
    wrong = GB_MALE[:17] + "9"
    with pytest.raises(ValidationError) as excinfo:
        parse_id_number(wrong, today=TODAY)
    assert "校验码不符" in excinfo.value.zh
    assert "4" not in excinfo.value.zh + excinfo.value.en


def test_birth_today_is_accepted_and_tomorrow_is_not() -> None:
    born_today = make_id_number(LUFENG_REGION_CODE, date(2020, 3, 15), 1, "女")
    assert parse_id_number(born_today, today=date(2020, 3, 15)).birth_date == date(2020, 3, 15)
    assert error_code(born_today, today=date(2020, 3, 14)) == "id_birth_future"


@pytest.mark.parametrize(
    ("prefix", "ok"), [("71", True), ("81", True), ("82", True), ("83", True), ("72", False)]
)
def test_residence_permit_prefixes(prefix: str, ok: bool) -> None:
    assert (prefix in PROVINCE_CODES) is ok
    assert is_valid_region_code(prefix + "0101") is ok


def test_lufeng_region_code() -> None:
    assert LUFENG_REGION_CODE == "441581"
    assert is_valid_region_code(LUFENG_REGION_CODE)


# --- 15-digit upgrade -------------------------------------------------------------------


def test_upgrade_15_digit_inserts_19_and_check_digit() -> None:
    assert upgrade_15_digit("110105491231002") == GB_FEMALE
    assert upgrade_15_digit(" １１０１０５４９１２３１００２ ") == GB_FEMALE


@pytest.mark.parametrize("bad", ["11010549123100", "11010549123100X", GB_FEMALE])
def test_upgrade_15_digit_rejects_non_15_digit_input(bad: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        upgrade_15_digit(bad)
    assert excinfo.value.code == "id_old_format"


# --- demo generator ---------------------------------------------------------------------


def test_make_id_number_is_stable() -> None:
    # Demo data and other tests rely on these exact values.
    assert make_id_number(LUFENG_REGION_CODE, date(1975, 8, 9), 123, "男") == "44158119750809247X"


@pytest.mark.parametrize(
    ("sequence", "gender", "order"),
    [(0, "女", "000"), (0, "男", "001"), (499, "男", "999"), (499, "女", "998")],
)
def test_make_id_number_order_code(sequence: int, gender: str, order: str) -> None:
    number = make_id_number(LUFENG_REGION_CODE, date(1990, 1, 2), sequence, gender)
    assert number.startswith("44158119900102" + order)
    assert parse_id_number(number).gender == gender


@pytest.mark.parametrize(
    "args",
    [
        ("440000", date(1990, 1, 1), 1, "男"),
        ("4415", date(1990, 1, 1), 1, "男"),
        (LUFENG_REGION_CODE, date(1879, 12, 31), 1, "男"),
        (LUFENG_REGION_CODE, date(9999, 1, 1), 1, "男"),
        (LUFENG_REGION_CODE, date(1990, 1, 1), 500, "男"),
        (LUFENG_REGION_CODE, date(1990, 1, 1), -1, "男"),
        (LUFENG_REGION_CODE, date(1990, 1, 1), 1, "M"),
    ],
)
def test_make_id_number_refuses_impossible_arguments(args: tuple[str, date, int, str]) -> None:
    with pytest.raises(ValueError):
        make_id_number(*args)


regions = st.builds(
    lambda province, rest: province + rest,
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.from_regex(r"[0-9]{4}", fullmatch=True).filter(lambda s: s != "0000"),
)
births = st.dates(min_value=MIN_BIRTH_DATE, max_value=date.today())
id_args = st.tuples(regions, births, st.integers(0, 499), st.sampled_from(["男", "女"]))


@settings(deadline=None)
@given(id_args)
def test_make_id_number_round_trips(args: tuple[str, date, int, str]) -> None:
    region, birth, sequence, gender = args
    info = parse_id_number(make_id_number(region, birth, sequence, gender))
    assert (info.region_code, info.birth_date, info.gender) == (region, birth, gender)


@settings(deadline=None)
@given(id_args, st.integers(0, 17), st.integers(1, 10))
def test_any_single_character_change_is_detected(
    args: tuple[str, date, int, str], pos: int, delta: int
) -> None:
    number = make_id_number(*args)
    alphabet = "0123456789X" if pos == 17 else "0123456789"
    old = alphabet.index(number[pos])
    new = alphabet[(old + delta) % len(alphabet)]
    if new == number[pos]:  # delta 10 on a 10-letter alphabet is no change
        return
    with pytest.raises(ValidationError):
        parse_id_number(number[:pos] + new + number[pos + 1 :])


@settings(deadline=None)
@given(id_args, st.integers(0, 16))
def test_adjacent_transposition_is_detected(args: tuple[str, date, int, str], pos: int) -> None:
    number = make_id_number(*args)
    a, b = number[pos], number[pos + 1]
    if a == b:
        return
    with pytest.raises(ValidationError):
        parse_id_number(number[:pos] + b + a + number[pos + 2 :])
