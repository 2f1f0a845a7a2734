"""The village register: the organisation tree, households and people, with validation that explains itself."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lufeng_desktop.core import divisions
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import NotFoundError, ValidationError
from lufeng_desktop.core.idcard import parse_id_number
from lufeng_desktop.core.names import full_pinyin, normalize_name, pinyin_initials
from lufeng_desktop.core.phone import parse_phone
from lufeng_desktop.core.roles import Regime
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Household, Person, Town, Village, VillagerGroup
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.sync.ids import town_row_id

GENDERS = ("男", "女")


@dataclass(frozen=True)
class PersonInput:
    """What a clerk types for a person; everything is normalised and checked before saving."""

    name: str
    gender: str = ""
    birth_date: date | None = None
    id_number: str = ""
    phone: str = ""
    group_id: str | None = None
    household_id: str | None = None
    relation_to_head: str = ""
    notes: str = ""


def init_village(
    store: Store, actor: Actor, *, village_code: str, village_name: str, town_name: str | None = None, regime: str = Regime.VILLAGE
) -> str:
    """Create the town and village rows of a new village database; returns the village id."""
    code = divisions.normalize_village_code(village_code)
    name = _required_text(village_name, "村（社区）名称", "village name", "village_name")
    if regime not in (Regime.VILLAGE, Regime.COMMUNITY):
        raise ValidationError("管理体制只能是村委会或居委会", "the regime is either 村委会 or 居委会", field="regime")
    town_code = divisions.town_code_of(code)
    town_label = town_name or divisions.town_name_for(town_code) or "（未命名镇街）"
    with unit_of_work(store, actor, "register.init_village", village_code=code) as session:
        if session.scalars(select(Village).where(Village.code == code)).first():
            raise ValidationError(f"村（社区）代码 {code} 已存在", f"village code {code} already exists", field="village_code")
        town = session.scalars(select(Town).where(Town.code == town_code)).first()
        if town is None:
            town = Town(id=town_row_id(town_code), code=town_code, name=town_label, village_code=code)
            session.add(town)
            session.flush()
        village = Village(code=code, name=name, town_id=town.id, regime=str(regime), village_code=code)
        session.add(village)
        session.flush()
        return village.id


def add_group(store: Store, actor: Actor, *, village_id: str, number: int, name: str = "") -> str:
    from lufeng_desktop.services.register_units import check_group_number, default_group_name  # noqa: PLC0415

    if number < 1:
        raise ValidationError("小组编号从 1 开始", "group numbers start at 1", field="number")
    with unit_of_work(store, actor, "register.add_group") as session:
        village = _live(session, Village, village_id, "村（社区）", "village")
        check_group_number(session, village_id, number, exclude=None)
        group = VillagerGroup(
            village_id=village_id, number=number, name=name.strip() or default_group_name(number), village_code=village.code
        )
        session.add(group)
        session.flush()
        return group.id


def add_household(store: Store, actor: Actor, *, group_id: str, number: str, address: str = "") -> str:
    from lufeng_desktop.services.register_units import check_household_number  # noqa: PLC0415

    number = _required_text(number, "户号", "household number", "number")
    with unit_of_work(store, actor, "register.add_household") as session:
        group = _live(session, VillagerGroup, group_id, "村民小组", "villager group")
        check_household_number(session, group.id, number, exclude=None)
        household = Household(
            village_id=group.village_id, group_id=group.id, number=number, address=address.strip(), village_code=group.village_code
        )
        session.add(household)
        session.flush()
        return household.id


def add_person(store: Store, actor: Actor, *, village_id: str, data: PersonInput, today: date | None = None) -> str:
    clean = validate_person(data, today=today)
    with unit_of_work(store, actor, "register.add_person") as session:
        village = _live(session, Village, village_id, "村（社区）", "village")
        _check_links(session, village_id, clean)
        _check_unique_id_number(session, village_id, clean.id_number, exclude=None)
        person = Person(village_id=village_id, village_code=village.code, **_person_columns(clean))
        session.add(person)
        session.flush()
        return person.id


def update_person(store: Store, actor: Actor, *, person_id: str, data: PersonInput, today: date | None = None) -> None:
    clean = validate_person(data, today=today)
    with unit_of_work(store, actor, "register.update_person") as session:
        person = _live(session, Person, person_id, "人员", "person")
        _check_links(session, person.village_id, clean)
        _check_unique_id_number(session, person.village_id, clean.id_number, exclude=person_id)
        for column, value in _person_columns(clean).items():
            setattr(person, column, value)


def delete_person(store: Store, actor: Actor, *, person_id: str, reason: str) -> None:
    """Soft-delete: the row stays, with a tombstone, so the deletion itself can sync and be audited."""
    reason = _required_text(reason, "删除原因", "reason for deletion", "reason")
    with unit_of_work(store, actor, "register.delete_person", reason=reason) as session:
        person = _live(session, Person, person_id, "人员", "person")
        person.deleted_at = utcnow()


def validate_person(data: PersonInput, *, today: date | None = None) -> PersonInput:
    """Normalise a person's fields; raise ValidationError naming the field and the rule broken."""
    today = today or date.today()
    name = normalize_name(data.name)
    gender, birth, id_number = data.gender, data.birth_date, ""
    if data.id_number.strip():
        info = parse_id_number(data.id_number, today=today)
        id_number = info.number
        if gender and gender != info.gender:
            raise ValidationError(
                f"性别与身份证号不符（身份证号显示为{info.gender}）",
                f"the gender does not match the ID number (which says {info.gender})",
                field="gender",
            )
        if birth and birth != info.birth_date:
            raise ValidationError(
                "出生日期与身份证号不符", "the birth date does not match the ID number", field="birth_date"
            )
        gender, birth = info.gender, info.birth_date
    if gender not in GENDERS:
        raise ValidationError("请填写性别（男或女）", "enter the gender (男 or 女)", field="gender")
    if birth is not None and birth > today:
        raise ValidationError("出生日期不能晚于今天", "the birth date cannot be in the future", field="birth_date")
    phone = parse_phone(data.phone).number if data.phone.strip() else ""
    return replace(data, name=name, gender=gender, birth_date=birth, id_number=id_number, phone=phone)


def _person_columns(clean: PersonInput) -> dict[str, object]:
    return {
        "name": clean.name,
        "name_initials": pinyin_initials(clean.name),
        "name_pinyin": full_pinyin(clean.name),
        "gender": clean.gender,
        "birth_date": clean.birth_date,
        "id_number": clean.id_number or None,
        "phone": clean.phone or None,
        "group_id": clean.group_id,
        "household_id": clean.household_id,
        "relation_to_head": clean.relation_to_head.strip(),
        "notes": clean.notes,
    }


def _check_links(session: Session, village_id: str, clean: PersonInput) -> None:
    if clean.group_id:
        group = _live(session, VillagerGroup, clean.group_id, "村民小组", "villager group")
        if group.village_id != village_id:
            raise ValidationError("该村民小组不属于本村", "that villager group belongs to another village", field="group_id")
    if clean.household_id:
        household = _live(session, Household, clean.household_id, "户", "household")
        if household.village_id != village_id:
            raise ValidationError("该户不属于本村", "that household belongs to another village", field="household_id")


def _check_unique_id_number(session: Session, village_id: str, id_number: str, *, exclude: str | None) -> None:
    if not id_number:
        return
    query = select(Person.name).where(
        Person.village_id == village_id, Person.id_number == id_number, Person.deleted_at.is_(None)
    )
    if exclude:
        query = query.where(Person.id != exclude)
    other = session.scalars(query).first()
    if other:
        raise ValidationError(
            f"身份证号已登记在 {other} 名下", f"this ID number is already registered for {other}", field="id_number"
        )


def _live(session: Session, model: type, row_id: str, zh: str, en: str):  # type: ignore[no-untyped-def]
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(f"找不到该{zh}（可能已删除）", f"{en} not found (it may have been deleted)", code="not_found")
    return row


def _required_text(value: str, zh: str, en: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(f"请填写{zh}", f"enter the {en}", field=field)
    return value


def person_columns(clean: PersonInput) -> dict[str, object]:
    """Column values of a Person row for validated input (bulk import writes rows in its own unit of work)."""
    return _person_columns(clean)


def add_role(
    store: Store, actor: Actor, *, person_id: str, role: str, term_start: date, term_end: date | None = None,
    post: str = "", group_id: str | None = None, grid_id: str | None = None, party_org_id: str | None = None,
) -> str:  # fmt: skip
    """Give a person an office for a term; refuses a post the body does not have and overlapping terms."""
    from lufeng_desktop.core.roles import POSTS, Role  # noqa: PLC0415
    from lufeng_desktop.store.models import RoleAssignment  # noqa: PLC0415

    if role not in Role._value2member_map_:
        raise ValidationError(f"未知职务“{role}”", f"unknown role {role!r}", field="role")
    posts = POSTS.get(Role(role), ())
    if post and posts and post not in posts:
        raise ValidationError(f"职务只能是{'、'.join(posts)}", f"the post must be one of {', '.join(posts)}", field="post")
    if term_end is not None and term_end < term_start:
        raise ValidationError("任期结束日期早于开始日期", "the term ends before it starts", field="term_end")
    with unit_of_work(store, actor, "register.add_role", role=role) as session:
        person = _live(session, Person, person_id, "人员", "person")
        same = select(RoleAssignment).where(
            RoleAssignment.person_id == person_id, RoleAssignment.role == role, RoleAssignment.deleted_at.is_(None),
            RoleAssignment.group_id.is_(group_id) if group_id is None else RoleAssignment.group_id == group_id,
            RoleAssignment.grid_id.is_(grid_id) if grid_id is None else RoleAssignment.grid_id == grid_id,
        )  # fmt: skip
        for other in session.scalars(same):
            if (other.term_end is None or other.term_end >= term_start) and (term_end is None or term_end >= other.term_start):
                raise ValidationError(
                    f"{person.name} 的该职务任期与 {other.term_start}—{other.term_end or '至今'} 重叠",
                    f"{person.name} already holds this office from {other.term_start} to {other.term_end or 'now'}",
                    field="term_start", code="term_overlap",
                )  # fmt: skip
        row = RoleAssignment(
            village_id=person.village_id, village_code=person.village_code, person_id=person_id, role=role, post=post,
            term_start=term_start, term_end=term_end, group_id=group_id, grid_id=grid_id, party_org_id=party_org_id,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def end_role(store: Store, actor: Actor, *, assignment_id: str, term_end: date) -> None:
    """Close a term (resignation, end of term); the assignment stays as history."""
    from lufeng_desktop.store.models import RoleAssignment  # noqa: PLC0415

    with unit_of_work(store, actor, "register.end_role") as session:
        row = _live(session, RoleAssignment, assignment_id, "职务", "role assignment")
        if term_end < row.term_start:
            raise ValidationError("任期结束日期早于开始日期", "the term ends before it starts", field="term_end")
        row.term_end = term_end


def delete_role(store: Store, actor: Actor, *, assignment_id: str, reason: str) -> None:
    """Soft-delete a role assignment entered by mistake (ending a term is ``end_role``)."""
    from lufeng_desktop.store.models import RoleAssignment  # noqa: PLC0415

    reason = _required_text(reason, "删除原因", "reason for deletion", "reason")
    with unit_of_work(store, actor, "register.delete_role", reason=reason) as session:
        _live(session, RoleAssignment, assignment_id, "职务", "role assignment").deleted_at = utcnow()
