"""Export any register table to .xlsx, safe to open in Excel or WPS.

Text that a spreadsheet would run as a formula (starting with = + - @, tab or
CR) is written as a text cell with a leading apostrophe, so it shows as text and
cannot run (OWASP "CSV injection"). The header row is bold and frozen.
Written with openpyxl's write-only mode in pages from ``services.queries``, so
the whole 300,000-person city stays within modest memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import queries as q
from lufeng_desktop.services import sites
from lufeng_desktop.services.query_common import ALL, RegisterFilter
from lufeng_desktop.services.xlsx_cells import guard_formula
from lufeng_desktop.store.database import Store

PAGE = 5_000
Column = tuple[str, Callable[[Any], Any]]


@dataclass(frozen=True)
class TableSpec:
    title: str  # sheet name
    columns: tuple[Column, ...]
    page: Callable[[Store, RegisterFilter, int, int], list[Any]]


def _attr(name: str) -> Callable[[Any], Any]:
    return lambda row: getattr(row, name)


_PEOPLE: tuple[Column, ...] = (
    ("村（社区）", _attr("village_name")), ("村民小组", _attr("group_name")), ("户号", _attr("household_number")),
    ("姓名", _attr("name")), ("性别", _attr("gender")), ("出生日期", _attr("birth_date")), ("年龄", _attr("age")),
    ("身份证号", _attr("id_number")), ("联系电话", _attr("phone")), ("与户主关系", _attr("relation_to_head")),
    ("职务", _attr("roles")), ("备注", _attr("notes")),
)  # fmt: skip
_ROLE: tuple[Column, ...] = (
    ("村（社区）", _attr("village_name")), ("组织", _attr("body")), ("职务", _attr("post")), ("姓名", _attr("name")),
    ("性别", _attr("gender")), ("年龄", _attr("age")), ("村民小组", _attr("group_name")), ("党员", _attr("party_status")),
    ("任期开始", _attr("term_start")), ("任期结束", _attr("term_end")), ("联系电话", _attr("phone")),
)  # fmt: skip


def _sites_page(store: Store, flt: RegisterFilter, offset: int, limit: int) -> list[Any]:
    return sites.list_sites(store, flt)[offset : offset + limit]


TABLES: dict[str, TableSpec] = {
    "people": TableSpec("人员", _PEOPLE, lambda s, f, o, n: q.page_people(s, f, o, n)),
    "households": TableSpec("户", (
        ("村（社区）", _attr("village_name")), ("村民小组", _attr("group_name")), ("户号", _attr("number")),
        ("户主", _attr("head_name")), ("人数", _attr("members")), ("住址", _attr("address")),
    ), lambda s, f, o, n: q.page_households(s, f, o, n)),
    "party_members": TableSpec("党员", (
        ("村（社区）", _attr("village_name")), ("党组织", _attr("branch_name")), ("党小组", _attr("party_group_name")),
        ("姓名", _attr("name")), ("性别", _attr("gender")), ("年龄", _attr("age")), ("村民小组", _attr("group_name")),
        ("正式/预备", _attr("status")), ("入党日期", _attr("joined_on")), ("转正日期", _attr("full_member_on")),
        ("表决权", _attr("voting_label")), ("联系电话", _attr("phone")),
    ), lambda s, f, o, n: q.page_party_members(s, f, o, n)),
    "representatives": TableSpec("村民代表", _ROLE, lambda s, f, o, n: q.page_representatives(s, f, o, n)),
    "committee": TableSpec("两委成员", _ROLE, lambda s, f, o, n: q.page_committee_members(s, f, o, n)),
    "supervisors": TableSpec("村务监督委员会", _ROLE, lambda s, f, o, n: q.page_supervisors(s, f, o, n)),
    "grids": TableSpec("网格", (
        ("村（社区）", _attr("village_name")), ("层级", _attr("level")), ("网格", _attr("name")),
        ("上级网格", _attr("parent_name")), ("覆盖村民小组", _attr("groups")), ("网格员", _attr("worker_name")),
    ), lambda s, f, o, n: q.page_grids(s, f, o, n)),
    "central_households": TableSpec("党员中心户", (
        ("村（社区）", _attr("village_name")), ("中心户", _attr("name")), ("户主", _attr("host_name")),
        ("党小组", _attr("party_group_name")), ("联系党员数", _attr("members")), ("提示", _attr("warning")),
    ), lambda s, f, o, n: q.page_central_households(s, f, o, n)),
    "demo_sites": TableSpec("示范点", (
        ("镇（街道）", _attr("town_name")), ("村（社区）", _attr("village_name")), ("村民小组", _attr("group_name")),
        ("达标项数", _attr("met")), ("检查项数", _attr("total")), ("五有全部达标", lambda r: "是" if r.all_met else "否"),
        ("服务功能", lambda r: "、".join(r.service_functions)),
    ), _sites_page),
}  # fmt: skip


def export_xlsx(store: Store, table: str, path: Path, flt: RegisterFilter = ALL) -> int:
    """Write ``table`` (a TABLES key) in the filter's scope to ``path``; returns the number of data rows.

    The file is written next to the target and renamed into place, so a failed
    export never leaves a half-written workbook under the chosen name.
    """
    spec = TABLES.get(table)
    if spec is None:
        raise ValidationError(f"没有名为“{table}”的表", f"no table {table!r}; choose one of {', '.join(TABLES)}", field="table")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.title)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title, _ in spec.columns:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in _rows(store, spec, flt):
        sheet.append([_cell(sheet, getter(row)) for _, getter in spec.columns])
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count


def _rows(store: Store, spec: TableSpec, flt: RegisterFilter) -> Iterator[Any]:
    offset = 0
    while True:
        page = spec.page(store, flt, offset, PAGE)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _cell(sheet: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=guard_formula(value))
        cell.data_type = "s"  # never a formula, whatever the text
        return cell
    return value
