"""Import people (and their households) from an .xlsx a clerk already has.

Two passes: every row is read and checked first (header detection, column
mapping, normalisation, ``register.validate_person``, duplicates in the file and
in the database); then the good rows are written in ONE unit of work. Without
``only_good`` a single bad row means nothing is written, so a file is never
half-imported. Rows are numbered as Excel shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zipfile import BadZipFile
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import LufengError, NotFoundError, ValidationError
from lufeng_desktop.services import register
from lufeng_desktop.services import xlsx_cells as cells
from lufeng_desktop.services.uow import reading, unit_of_work
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store

HEADER_SCAN_ROWS = 15
_FIELD_TO_COLUMN_OF_ERROR = {"name": "name", "gender": "gender", "birth_date": "birth_date", "id_number": "id_number",
                             "phone": "phone", "group_id": "group", "household_id": "household"}  # fmt: skip


@dataclass(frozen=True)
class Rejected:
    row: int  # as numbered in the sheet
    column: str  # the header text of the column at fault ("" for the whole row)
    reason: str  # Chinese, then English


@dataclass
class ImportReport:
    imported: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    header_row: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # field → column letter
    headers: dict[str, str] = field(default_factory=dict)  # field → header text as in the sheet
    groups_created: int = 0
    households_created: int = 0
    sheet: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported, "header_row": self.header_row, "sheet": self.sheet, "mapping": self.mapping,
            "groups_created": self.groups_created, "households_created": self.households_created,
            "rejected": [{"row": r.row, "column": r.column, "reason": r.reason} for r in self.rejected],
        }  # fmt: skip


@dataclass
class _Good:
    row: int
    person: register.PersonInput
    group_number: int | None
    household: str
    address: str


def import_people_xlsx(
    store: Store, actor: Actor, path: Path, *, village_id: str, mapping: dict[str, str] | None = None,
    only_good: bool = False, today: date | None = None,
) -> ImportReport:  # fmt: skip
    """Read ``path`` (first sheet) and import its people into the village; see the module docstring.

    ``mapping`` overrides detection: field name (see ``xlsx_cells.FIELDS``) → column letter or header text.
    """
    rows, sheet = _read_rows(path)
    report = ImportReport(sheet=sheet)
    header_index, columns = _detect_header(rows, mapping)
    report.header_row = header_index + 1
    report.mapping = {f: get_column_letter(c + 1) for f, c in columns.items()}
    report.headers = {f: cells.text(rows[header_index][c]) if c < len(rows[header_index]) else "" for f, c in columns.items()}
    with reading(store) as session:
        village = session.get(m.Village, village_id)
        if village is None or village.deleted_at is not None:
            raise NotFoundError("找不到该村（社区）", "village not found", code="not_found")
        groups = {g.number: g.id for g in session.scalars(
            select(m.VillagerGroup).where(m.VillagerGroup.village_id == village_id, m.VillagerGroup.deleted_at.is_(None)))}  # fmt: skip
        known: set[object] = set()
        for id_number, name, birth in session.execute(select(m.Person.id_number, m.Person.name, m.Person.birth_date).where(
                m.Person.village_id == village_id, m.Person.deleted_at.is_(None))):  # fmt: skip
            known.add(id_number or (name, birth))
    good = _check_rows(rows, header_index, columns, report, known, today)
    if report.rejected and not only_good:
        return report
    if good:
        _write(store, actor, village, groups, good, report, path.name)
    return report


def _read_rows(path: Path) -> tuple[list[tuple[Any, ...]], str]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise NotFoundError(f"找不到文件：{path}", f"file not found: {path}") from exc
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ValidationError(
            f"无法读取“{path.name}”，请确认是 Excel .xlsx 文件（.xls 请先另存为 .xlsx）",
            f"cannot read {path.name!r}; is it an .xlsx file? (save .xls files as .xlsx first)", field="file",
        ) from exc  # fmt: skip
    try:
        sheet = workbook.worksheets[0]
        return [tuple(r) for r in sheet.iter_rows(values_only=True)], sheet.title
    finally:
        workbook.close()


def _detect_header(rows: list[tuple[Any, ...]], mapping: dict[str, str] | None) -> tuple[int, dict[str, int]]:
    """The first row (within the first 15) naming 姓名 and one more known column (``mapping`` headers count)."""
    mapping = mapping or {}
    for name in mapping:
        if name not in cells.FIELDS:
            raise ValidationError(f"未知字段“{name}”", f"unknown field {name!r}; use one of {', '.join(cells.FIELDS)}", field="mapping")
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found: dict[str, int] = {}
        for col, value in enumerate(row):
            name = cells.field_for_header(value)
            if name and name not in found:
                found[name] = col
        for name, target in mapping.items():
            col = next((c for c, v in enumerate(row) if cells.normalise_header(v) == cells.normalise_header(target)), None)
            if col is not None:
                found[name] = col
        if "name" in found and len(found) >= 2:
            break
    else:
        if not mapping:
            raise ValidationError(
                "在前 15 行找不到表头（至少要有“姓名”和另一列，如“身份证号”），请指定列的对应关系",
                "no header row found in the first 15 rows (it needs 姓名 and one more known column); map the columns",
                field="mapping", code="no_header",
            )  # fmt: skip
        index, found = 0, {}
    for name, target in mapping.items():
        found[name] = _column_of(target, rows[index] if rows else ())
    if "name" not in found:
        raise ValidationError("没有“姓名”列", "there is no 姓名 (name) column", field="mapping", code="no_name")
    return index, found


def _column_of(target: str, header: tuple[Any, ...]) -> int:
    for col, value in enumerate(header):
        if target and cells.normalise_header(value) == cells.normalise_header(target):
            return col
    if target.isalpha() and target.isascii() and len(target) <= 3:
        return column_index_from_string(target.upper()) - 1
    raise ValidationError(f"表头中没有“{target}”列", f"no column {target!r} in the header row", field="mapping")


def _check_rows(
    rows: list[tuple[Any, ...]], header_index: int, columns: dict[str, int], report: ImportReport,
    known: set[object], today: date | None,
) -> list[_Good]:  # fmt: skip
    """Rows that pass; duplicates are keyed by ID number, or by name and birth date for people without one."""
    good: list[_Good] = []
    seen: dict[object, int] = {}
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        number = index + 1

        def cell(name: str, row: tuple[Any, ...] = row) -> Any:
            col = columns.get(name)
            return row[col] if col is not None and col < len(row) else None

        if all(cells.text(v) == "" for v in row):
            continue
        try:
            parsed = _parse_row(cell, today)
        except _RowError as exc:
            report.rejected.append(Rejected(number, report.headers.get(exc.field, cells.FIELD_LABELS.get(exc.field, "")), exc.reason))
            continue
        key: object = parsed.person.id_number or (parsed.person.name, parsed.person.birth_date)
        column = report.headers.get("id_number", "身份证号") if parsed.person.id_number else report.headers.get("name", "姓名")
        if key in seen:
            report.rejected.append(Rejected(number, column, f"与第 {seen[key]} 行是同一人（the same person as row {seen[key]}）"))
            continue
        if key in known:
            report.rejected.append(Rejected(number, column, "此人已在本村登记（this person is already registered in the village）"))
            continue
        seen[key] = number
        good.append(_Good(number, parsed.person, parsed.group_number, parsed.household, parsed.address))
    return good


class _RowError(Exception):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.reason = field, reason


def _parse_row(cell: Any, today: date | None) -> _Good:
    def read(name: str, fn: Any) -> Any:
        try:
            return fn(cell(name))
        except cells.CellError as exc:
            raise _RowError(name, f"{exc.zh}（{exc.en}）") from None

    group_raw = cells.text(cell("group"))
    group_no = cells.group_number(group_raw) if group_raw else None
    if group_raw and group_no is None:
        raise _RowError("group", f"看不出“{group_raw}”是第几村民小组（cannot tell which villager group {group_raw!r} is）")
    household = cells.compact(cell("household"))
    if household and group_no is None:
        raise _RowError("group", "填了户号就要填村民小组（a household number needs a villager group）")
    person = register.PersonInput(
        name=cells.text(cell("name")), gender=read("gender", cells.parse_gender), birth_date=read("birth_date", cells.parse_date),
        id_number=read("id_number", cells.id_number_text), phone=cells.compact(cell("phone")),
        relation_to_head=cells.text(cell("relation")), notes=cells.text(cell("notes")),
    )  # fmt: skip
    try:
        clean = register.validate_person(person, today=today)
    except LufengError as exc:
        field = getattr(exc, "field", None) or ""
        raise _RowError(_FIELD_TO_COLUMN_OF_ERROR.get(field, field), exc.sentence()) from None
    return _Good(0, clean, group_no, household, cells.text(cell("address")))


def _write(
    store: Store, actor: Actor, village: m.Village, groups: dict[int, str], good: list[_Good], report: ImportReport, file: str
) -> None:
    with unit_of_work(store, actor, "register.import_xlsx", file=file, rows=len(good), rejected=len(report.rejected)) as session:
        households: dict[tuple[str, str], str] = {}
        for h in session.scalars(select(m.Household).where(m.Household.village_id == village.id, m.Household.deleted_at.is_(None))):
            households.setdefault((h.group_id, h.number), h.id)
        for item in good:
            group_id = None
            if item.group_number is not None:
                group_id = groups.get(item.group_number)
                if group_id is None:
                    group = m.VillagerGroup(village_id=village.id, number=item.group_number, name=f"第{item.group_number}村民小组",
                                            village_code=village.code)  # fmt: skip
                    session.add(group)
                    session.flush()
                    group_id = groups[item.group_number] = group.id
                    report.groups_created += 1
            household_id = None
            if item.household and group_id:
                household_id = households.get((group_id, item.household))
                if household_id is None:
                    row = m.Household(village_id=village.id, group_id=group_id, number=item.household, address=item.address,
                                      village_code=village.code)  # fmt: skip
                    session.add(row)
                    session.flush()
                    household_id = households[(group_id, item.household)] = row.id
                    report.households_created += 1
            values = register.person_columns(
                register.PersonInput(**{**item.person.__dict__, "group_id": group_id, "household_id": household_id})
            )
            session.add(m.Person(village_id=village.id, village_code=village.code, **values))
        report.imported = len(good)
