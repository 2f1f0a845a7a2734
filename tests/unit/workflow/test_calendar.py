"""Posting periods in calendar and working days, with the shipped (town-editable) holiday list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lufeng_desktop.core.calendar import HolidayCalendar, add_days, describe_period, load_holidays
from lufeng_desktop.core.errors import ValidationError


@pytest.fixture(scope="module")
def shipped() -> HolidayCalendar:
    return load_holidays()


def test_calendar_days_start_the_day_after_posting(shipped: HolidayCalendar) -> None:
    # 民法典 第二百零一条: the posting day itself is not counted
    assert add_days(date(2026, 5, 1), 7, "calendar", shipped) == date(2026, 5, 8)


def test_working_days_skip_the_national_day_holiday(shipped: HolidayCalendar) -> None:
    # Posted Tue 29 Sep 2026: 30 Sep is a working day, 1–7 Oct are off, Sat 10 Oct is a 调休 working day.
    assert add_days(date(2026, 9, 29), 1, "working", shipped) == date(2026, 9, 30)
    assert add_days(date(2026, 9, 29), 2, "working", shipped) == date(2026, 10, 8)
    assert add_days(date(2026, 9, 29), 4, "working", shipped) == date(2026, 10, 10)
    assert add_days(date(2026, 9, 29), 5, "working", shipped) == date(2026, 10, 12)


def test_make_up_sunday_counts_and_spring_festival_does_not(shipped: HolidayCalendar) -> None:
    assert shipped.is_working_day(date(2026, 1, 4))  # Sunday 调休
    assert shipped.is_working_day(date(2026, 2, 14))  # Saturday 调休
    assert not shipped.is_working_day(date(2026, 2, 17))  # 春节, a Tuesday
    assert not shipped.is_working_day(date(2026, 2, 21))  # ordinary Saturday inside the holiday


def test_2027_is_shipped_as_provisional_so_the_town_knows_to_update_it(shipped: HolidayCalendar) -> None:
    assert {2026, 2027} <= shipped.years()
    assert shipped.provisional_years() == {2027}
    assert not shipped.is_working_day(date(2027, 2, 8))  # 正月初三, a Monday


def test_town_edits_to_the_holiday_file_take_effect(tmp_path: Path) -> None:
    edited = tmp_path / "holidays.toml"
    edited.write_text('[[holiday]]\nname = "镇庆"\nfrom = 2026-06-01\nto = 2026-06-02\nworkdays = [2026-06-06]\n', encoding="utf-8")
    calendar = load_holidays(edited)
    # Fri 29 May posted; Mon 1, Tue 2 off; working days: Wed 3, Thu 4, Fri 5, Sat 6 (调休), Mon 8
    assert add_days(date(2026, 5, 29), 5, "working", calendar) == date(2026, 6, 8)


def test_malformed_holiday_file_names_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "holidays.toml"
    bad.write_text('[[holiday]]\nname = "x"\nfrom = 2026-06-05\nto = 2026-06-01\n', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"holiday\[0\]"):
        load_holidays(bad)


@pytest.mark.parametrize(("days", "unit"), [(0, "calendar"), (-3, "working"), (7, "weeks")])
def test_impossible_periods_are_refused(shipped: HolidayCalendar, days: int, unit: str) -> None:
    with pytest.raises(ValidationError):
        add_days(date(2026, 5, 1), days, unit, shipped)


def test_period_sentence_shows_both_dates() -> None:
    assert describe_period(date(2026, 5, 1), date(2026, 5, 8), 7, "calendar") == "公示期 7 个自然日（2026-05-01 张贴，至 2026-05-08 止）"
