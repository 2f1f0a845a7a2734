"""A conflict's answer is an edit: it passes the register's validation and gets its derived fields recomputed.

``resolve_conflict`` builds the row a person chose or merged; before it is written,
``checked_row`` normalises it the way services/register.py normalises a clerk's
edit (a person's name, pinyin, ID number → sex and birth date, phone; a household's
number; a villager group's number) and checks every column's type, length and the
rows it refers to, raising ValidationError at the field. Nothing here logs values:
they are personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import String, Table, select
from sqlalchemy.orm import Session

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import register
from lufeng_desktop.store.models import Person, VillagerGroup

Row = dict[str, Any]

# Columns the program derives from others: never typed by a person, always recomputed.
DERIVED = {"person": frozenset({"name_initials", "name_pinyin"})}

# Names for the messages (the dialog shows its own, translatable labels).
_NAMES = {
    "name": ("名称/姓名", "name"), "gender": ("性别", "gender"), "birth_date": ("出生日期", "birth date"),
    "id_number": ("身份证号", "ID number"), "phone": ("电话", "phone"), "group_id": ("村民小组", "villager group"),
    "household_id": ("户", "household"), "village_id": ("村（社区）", "village"), "person_id": ("人员", "person"),
    "number": ("编号", "number"), "address": ("住址", "address"), "relation_to_head": ("与户主关系", "relation to the head"),
    "notes": ("备注", "notes"), "name_initials": ("姓名拼音首字母", "name initials"), "name_pinyin": ("姓名拼音", "name pinyin"), "title": ("标题", "title"), "term_start": ("任期开始", "term start"), "term_end": ("任期结束", "term end"),
}  # fmt: skip


def field_name(column: str) -> tuple[str, str]:
    return _NAMES.get(column, (column, column))


def checked_row(session: Session, table: Table, row: Row, *, changed: frozenset[str] = frozenset(), today: date | None = None) -> Row:
    """The row as the register would store it; ValidationError (with ``field``) when a value is not acceptable.

    ``changed`` names the fields a person typed: values derived from them (a person's sex and birth date from a
    new ID number) follow the typed value unless typed too.
    """
    checker = _CHECKERS.get(table.name)
    if checker is not None and row.get("deleted_at") is None:
        row = checker(session, row, changed, today or date.today())
    _check_columns(table, row)
    if row.get("deleted_at") is None:
        _check_references(session, table, row)
    return row


def _person(session: Session, row: Row, changed: frozenset[str], today: date) -> Row:
    from_id = "id_number" in changed and (row.get("id_number") or "").strip()
    data = register.PersonInput(
        name=row.get("name") or "", gender="" if from_id and "gender" not in changed else row.get("gender") or "",
        birth_date=None if from_id and "birth_date" not in changed else row.get("birth_date"),
        id_number=row.get("id_number") or "", phone=row.get("phone") or "", group_id=row.get("group_id"),
        household_id=row.get("household_id"), relation_to_head=row.get("relation_to_head") or "", notes=row.get("notes") or "",
    )  # fmt: skip
    clean = register.validate_person(data, today=today)
    if not clean.name:
        raise ValidationError("请填写姓名", "enter the name", field="name")
    if clean.id_number:
        query = select(Person.name).where(
            Person.village_id == row["village_id"], Person.id_number == clean.id_number,
            Person.deleted_at.is_(None), Person.id != row["id"],
        )  # fmt: skip
        if session.scalars(query).first() is not None:
            raise ValidationError("身份证号已登记在本村另一人名下", "this ID number is already registered for another person here",
                                  field="id_number")  # fmt: skip
    return {**row, **register.person_columns(clean)}


def _household(session: Session, row: Row, _changed: frozenset[str], _today: date) -> Row:
    number = (row.get("number") or "").strip()
    if not number:
        raise ValidationError("请填写户号", "enter the household number", field="number")
    group = session.get(VillagerGroup, row.get("group_id"))
    if group is not None and group.village_id != row.get("village_id"):
        raise ValidationError("该村民小组不属于本户所在的村", "that villager group belongs to another village", field="group_id")
    return {**row, "number": number, "address": (row.get("address") or "").strip()}


def _group(session: Session, row: Row, _changed: frozenset[str], _today: date) -> Row:
    number = row.get("number")
    if not isinstance(number, int) or number < 1:
        raise ValidationError("小组编号从 1 开始", "group numbers start at 1", field="number")
    clash = session.scalars(select(VillagerGroup.id).where(
        VillagerGroup.village_id == row["village_id"], VillagerGroup.number == number, VillagerGroup.deleted_at.is_(None),
        VillagerGroup.id != row["id"])).first()  # fmt: skip
    if clash is not None:
        raise ValidationError(f"第 {number} 村民小组已存在", f"villager group {number} already exists", field="number")
    return {**row, "name": (row.get("name") or "").strip() or f"第{number}村民小组"}


_CHECKERS: dict[str, Callable[[Session, Row, frozenset[str], date], Row]] = {"person": _person, "household": _household, "villager_group": _group}


def _check_columns(table: Table, row: Row) -> None:
    for column in table.columns:
        value = row.get(column.name)
        if value is None and not column.nullable and not column.primary_key:
            zh, en = field_name(column.name)
            raise ValidationError(f"“{zh}”不能为空", f"{en} must not be empty", field=column.name)
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and isinstance(value, str) and len(value) > length:
            zh, en = field_name(column.name)
            raise ValidationError(f"“{zh}”最多 {length} 个字", f"{en} takes at most {length} characters", field=column.name)


def _check_references(session: Session, table: Table, row: Row) -> None:
    """Every row it refers to exists and is not deleted (else the commit would fail with an unreadable error)."""
    for column in table.columns:
        value = row.get(column.name)
        if value is None or not column.foreign_keys or column.name == "id":
            continue
        target = next(iter(column.foreign_keys)).column.table
        found = session.execute(select(target.c.deleted_at).where(target.c.id == value)).first() if "deleted_at" in target.c \
            else session.execute(select(target.c.id).where(target.c.id == value)).first()  # fmt: skip
        if found is None or ("deleted_at" in target.c and found[0] is not None):
            zh, en = field_name(column.name)
            raise ValidationError(f"“{zh}”指向的记录不存在或已删除", f"the {en} it refers to does not exist or was deleted",
                                  field=column.name)  # fmt: skip
