"""The quick path of parse_id_number gives exactly what the full parser gives: the same info, or the same error."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, _parse_full, id_check_digit, make_id_number, parse_id_number

TODAY = date(2025, 6, 1)


def outcome(parse, text: str, today: date) -> object:  # type: ignore[no-untyped-def]
    try:
        return parse(text, today=today)
    except ValidationError as exc:
        return (exc.code, exc.zh, exc.en, exc.field)


def nearly_valid() -> st.SearchStrategy[str]:
    """18-character numbers close to valid ones: real or odd regions, dates around the limits, right or wrong check digit."""
    region = st.sampled_from([LUFENG_REGION_CODE, "110105", "440524", "990101", "440000", "000000", "810000", "830101"])
    birth = st.dates(date(1870, 1, 1), date(2030, 12, 31)).map(lambda d: f"{d:%Y%m%d}") | st.from_regex(r"[0-9]{8}", fullmatch=True)
    order = st.from_regex(r"[0-9]{3}", fullmatch=True)
    check = st.sampled_from(["right", *"0123456789Xx"])
    return st.tuples(region, birth, order, check).map(
        lambda t: t[0] + t[1] + t[2] + (id_check_digit(t[0] + t[1] + t[2]) if t[3] == "right" else t[3])
    )


@settings(max_examples=600, deadline=None)
@given(nearly_valid(), st.dates(date(2000, 1, 1), date(2030, 1, 1)))
def test_quick_path_agrees_with_full_parser_near_valid_numbers(text: str, today: date) -> None:
    assert outcome(parse_id_number, text, today) == outcome(_parse_full, text, today)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789Xx０１２３ \u3000\u200b", min_size=15, max_size=20))
def test_quick_path_agrees_with_full_parser_on_messy_input(text: str) -> None:
    assert outcome(parse_id_number, text, TODAY) == outcome(_parse_full, text, TODAY)


def test_boundaries_of_the_birth_date_and_a_wrong_check_digit() -> None:
    born_today = make_id_number(LUFENG_REGION_CODE, TODAY, 7, "女")
    assert parse_id_number(born_today, today=TODAY).birth_date == TODAY
    tomorrow = make_id_number(LUFENG_REGION_CODE, TODAY, 7, "女")
    assert outcome(parse_id_number, tomorrow, TODAY - timedelta(days=1))[0] == "id_birth_future"  # type: ignore[index]
    wrong = born_today[:17] + ("0" if born_today[17] != "0" else "1")
    assert outcome(parse_id_number, wrong, TODAY)[0] == "id_check_digit"  # type: ignore[index]
    assert parse_id_number("440524188001010014", today=TODAY).gender == "男"
