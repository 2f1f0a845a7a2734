"""Posting periods and reply deadlines in calendar or working days (DOMAIN.md §4.3, §4.6).

Counting follows 民法典 第二百零一条: the day something happens is not counted, the period
starts the next day. So a notice posted on 5月1日 for 7 calendar days stays up until 5月8日,
and for 5 working days until the fifth working day after 5月1日. Working days come from the
town-editable ``resources/rules/holidays.toml`` (holidays and 调休 make-up days). Stdlib only.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from lufeng_desktop.core.errors import ValidationError

UNITS = {"calendar": "自然日", "working": "工作日"}


@dataclass(frozen=True)
class Holiday:
    name: str
    start: date
    end: date
    workdays: tuple[date, ...]
    provisional: bool
    source: str = ""


@dataclass(frozen=True)
class HolidayCalendar:
    """Which days are working days. Years not in the file fall back to Monday–Friday."""

    holidays: tuple[Holiday, ...] = ()
    _off: frozenset[date] = field(default=frozenset(), repr=False)
    _on: frozenset[date] = field(default=frozenset(), repr=False)

    @classmethod
    def of(cls, holidays: tuple[Holiday, ...]) -> HolidayCalendar:
        off = {h.start + timedelta(days=i) for h in holidays for i in range((h.end - h.start).days + 1)}
        on = {d for h in holidays for d in h.workdays}
        return cls(holidays, frozenset(off), frozenset(on))

    def is_working_day(self, day: date) -> bool:
        if day in self._on:
            return True
        return day.weekday() < 5 and day not in self._off

    def years(self) -> set[int]:
        return {h.start.year for h in self.holidays}

    def provisional_years(self) -> set[int]:
        return {h.start.year for h in self.holidays if h.provisional}


def _check_unit(unit: str) -> None:
    if unit not in UNITS:
        raise ValidationError(f"期限单位应为自然日或工作日，而不是“{unit}”", f"unit must be calendar or working, not '{unit}'", field="period_unit", code="bad_unit")


def add_days(start: date, days: int, unit: str, calendar: HolidayCalendar) -> date:
    """The last day of a period of ``days`` starting the day after ``start``."""
    _check_unit(unit)
    if days <= 0:
        raise ValidationError(f"期限天数须为正整数（{days}）", f"the period must be a positive number of days ({days})", field="period_value", code="bad_period")
    if unit == "calendar":
        return start + timedelta(days=days)
    day, counted = start, 0
    while counted < days:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return day


def describe_period(posted_on: date, ends_on: date, days: int, unit: str) -> str:
    """'公示期 7 个自然日（2026-05-01 张贴，至 2026-05-08 止）'."""
    _check_unit(unit)
    return f"公示期 {days} 个{UNITS[unit]}（{posted_on.isoformat()} 张贴，至 {ends_on.isoformat()} 止）"


def load_holidays(path: Path | str | None = None) -> HolidayCalendar:
    if path is None:
        from lufeng_desktop.core.rules import rules_file  # noqa: PLC0415 - received from the town, else bundled

        path = rules_file("holidays.toml")
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ValidationError(f"找不到节假日文件 {path}", f"holiday file not found: {path}", field=str(path), code="rules_missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"节假日文件 {path.name} 格式错误：{exc}", f"{path.name} is not valid TOML: {exc}", field=str(path), code="bad_rules_file") from None
    return HolidayCalendar.of(tuple(_holiday(path, i, table) for i, table in enumerate(data.get("holiday", []))))


def _holiday(path: Path, i: int, table: Any) -> Holiday:
    where = f"holiday[{i}]"

    def bad(zh: str, en: str) -> ValidationError:
        return ValidationError(f"节假日文件 {path.name} 的 {where}：{zh}", f"{path.name}, {where}: {en}", field=where, code="bad_rules_file")

    if not isinstance(table, dict):
        raise bad("应为表", "expected a table")
    start, end, workdays = table.get("from"), table.get("to"), table.get("workdays", [])
    if not isinstance(start, date) or not isinstance(end, date) or end < start:
        raise bad("from/to 须为日期且 to 不早于 from", "from/to must be dates with to >= from")
    if not isinstance(workdays, list) or not all(isinstance(d, date) for d in workdays):
        raise bad("workdays 须为日期列表", "workdays must be a list of dates")
    status = table.get("status", "published")
    if status not in ("published", "provisional"):
        raise bad("status 须为 published 或 provisional", "status must be published or provisional")
    return Holiday(str(table.get("name", "")), start, end, tuple(workdays), status == "provisional", str(table.get("source", "")))
