"""Shared pieces of the register read models: the filter the GUI's tree sets, ordering and paging.

Every query function takes the same ``RegisterFilter`` (what the clerk picked in
the town → village → group tree, plus the date roles are judged on) and returns
frozen dataclasses, never ORM objects, so results can cross threads and outlive
the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services.people_rows import age_on  # noqa: F401  (re-exported)
from lufeng_desktop.store import models as m


@dataclass(frozen=True)
class RegisterFilter:
    """Which part of the register a table shows.

    The narrowest of ``group_id`` / ``village_id`` / ``town_id`` that is set wins.
    ``on`` is the day roles are judged on ("current" = term_start <= on and
    (term_end is null or term_end >= on)); None means today. With
    ``current_only=False`` role tables also list past and future terms.
    ``search`` narrows people-based tables like the search box (see ``search_condition``).
    """

    town_id: str | None = None
    village_id: str | None = None
    group_id: str | None = None
    search: str = ""
    on: date | None = None
    current_only: bool = True

    def day(self) -> date:
        return self.on or date.today()


ALL = RegisterFilter()


def scope_conditions(
    flt: RegisterFilter, *, village_col: Any, group_col: Any | None = None
) -> list[ColumnElement[bool]]:
    """WHERE conditions restricting rows to the filter's town, village or group.

    Town scoping goes through a sub-select of the town's villages so the
    ``village_id`` index is used rather than a join over the whole table.
    """
    if flt.group_id and group_col is not None:
        return [group_col == flt.group_id]
    if flt.group_id:
        village_of_group = select(m.VillagerGroup.village_id).where(m.VillagerGroup.id == flt.group_id)
        return [village_col.in_(village_of_group)]
    if flt.village_id:
        return [village_col == flt.village_id]
    if flt.town_id:
        villages = select(m.Village.id).where(m.Village.town_id == flt.town_id, m.Village.deleted_at.is_(None))
        return [village_col.in_(villages)]
    return []


def current_role(flt: RegisterFilter) -> list[ColumnElement[bool]]:
    """Conditions for a role assignment held on the filter's day (nothing if ``current_only`` is off)."""
    ra = m.RoleAssignment
    if not flt.current_only:
        return []
    day = flt.day()
    return [ra.term_start <= day, or_(ra.term_end.is_(None), ra.term_end >= day)]


def apply_order(
    query: Select[Any], order: str, columns: dict[str, Any], tiebreak: Any, default: str
) -> Select[Any]:
    """ORDER BY one of ``columns`` ("-key" for descending), then ``tiebreak`` so paging is stable."""
    key = order or default
    descending = key.startswith("-")
    key = key.lstrip("-")
    if key not in columns:
        raise ValidationError(
            f"不能按“{key}”排序", f"cannot sort by {key!r}; choose one of {', '.join(columns)}", field="order"
        )
    column = columns[key]
    return query.order_by(column.desc() if descending else column.asc(), tiebreak.desc() if descending else tiebreak)


def check_page(offset: int, limit: int) -> None:
    if offset < 0 or limit < 1 or limit > 10_000:
        raise ValidationError(
            "分页参数不正确", f"bad page: offset must be >= 0 and limit 1..10000 (got {offset}, {limit})", field="page"
        )


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column LIKE 'prefix%'`` written as a range so SQLite uses the column's index.

    SQLite's LIKE is case-insensitive by default and then cannot use an ordinary
    index; ``>= prefix AND < prefix+U+10FFFF`` can, and is exact for our
    lower-case pinyin keys, digits and Han text.
    """
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def in_chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    """Split ids for ``IN (...)`` lists below SQLite's variable limit."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]
