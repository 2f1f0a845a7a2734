"""Edit and delete villager groups (村民小组) and households (户).

Deleting is a soft delete (a tombstone that syncs and is audited), and it is
refused while live rows still point at the group or household: a clerk who
deletes 第3村民小组 by mistake must not silently orphan its 120 villagers.
The refusal names what is still linked and how many, so the clerk knows what to
move first. A household may instead be deleted with ``detach_members=True``:
its members stay in the register (and in their group) without a household,
which is what a clerk expects when a 户 was entered twice or split up.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services.register import _live, _required_text
from lufeng_desktop.services.uow import unit_of_work
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import DemoSite, Grid, GridGroup, Household, Person, VillagerGroup


def default_group_name(number: int) -> str:
    return f"第{number}村民小组"


def check_group_number(session: Session, village_id: str, number: int, *, exclude: str | None) -> None:
    """A group number is unique within its village, tombstones included (the database keeps them unique too)."""
    if number < 1:
        raise ValidationError("小组编号从 1 开始", "group numbers start at 1", field="number")
    query = select(VillagerGroup).where(VillagerGroup.village_id == village_id, VillagerGroup.number == number)
    if exclude:
        query = query.where(VillagerGroup.id != exclude)
    clash = session.scalars(query).first()
    if clash is None:
        return
    if clash.deleted_at is None:
        raise ValidationError(f"第 {number} 村民小组已存在", f"villager group {number} already exists", field="number")
    raise ValidationError(
        f"编号 {number} 属于已删除的“{clash.name}”，历史记录仍保留该编号，请换一个编号",
        f"number {number} belonged to the deleted group “{clash.name}”, which the history keeps; choose another number",
        field="number", code="number_of_deleted_group",
    )  # fmt: skip


def check_household_number(session: Session, group_id: str, number: str, *, exclude: str | None) -> None:
    """A 户号 is unique among the live households of its villager group."""
    query = select(Household.id).where(
        Household.group_id == group_id, Household.number == number, Household.deleted_at.is_(None)
    )
    if exclude:
        query = query.where(Household.id != exclude)
    if session.scalars(query).first():
        raise ValidationError(f"本小组已有户号 {number}", f"this group already has household number {number}", field="number")


def update_group(store: Store, actor: Actor, *, group_id: str, number: int, name: str = "") -> None:
    """Renumber or rename a group; an empty name becomes 第N村民小组."""
    with unit_of_work(store, actor, "register.update_group", number=number) as session:
        group = _live(session, VillagerGroup, group_id, "村民小组", "villager group")
        check_group_number(session, group.village_id, number, exclude=group_id)
        group.number = number
        group.name = name.strip() or default_group_name(number)


def group_links(session: Session, group_id: str) -> list[tuple[str, str, int]]:
    """(zh, en, count) of live rows that still belong to the group; empty when it can be deleted."""
    live_grids = select(Grid.id).where(Grid.deleted_at.is_(None))
    counts = [
        ("户", "households", select(func.count()).select_from(Household)
         .where(Household.group_id == group_id, Household.deleted_at.is_(None))),
        ("人", "people", select(func.count()).select_from(Person)
         .where(Person.group_id == group_id, Person.deleted_at.is_(None))),
        ("个网格", "grids", select(func.count(func.distinct(GridGroup.grid_id)))
         .where(GridGroup.group_id == group_id, GridGroup.deleted_at.is_(None), GridGroup.grid_id.in_(live_grids))),
        ("个示范点", "demonstration sites", select(func.count()).select_from(DemoSite)
         .where(DemoSite.group_id == group_id, DemoSite.deleted_at.is_(None))),
    ]  # fmt: skip
    out = []
    for zh, en, query in counts:
        n = int(session.execute(query).scalar_one())
        if n:
            out.append((zh, en, n))
    return out


def delete_group(store: Store, actor: Actor, *, group_id: str, reason: str) -> None:
    """Soft-delete an empty group; refused, naming the counts, while households, people, grids or a 示范点 link to it."""
    reason = _required_text(reason, "删除原因", "reason for deletion", "reason")
    with unit_of_work(store, actor, "register.delete_group", reason=reason) as session:
        group = _live(session, VillagerGroup, group_id, "村民小组", "villager group")
        links = group_links(session, group_id)
        if links:
            zh = "、".join(f"{n} {unit}" for unit, _en, n in links)
            en = ", ".join(f"{n} {what}" for _zh, what, n in links)
            raise ValidationError(
                f"“{group.name}”下还有 {zh}，请先迁出或删除后再删除该小组",
                f"“{group.name}” still has {en}; move or delete them before deleting the group",
                code="group_in_use",
            )  # fmt: skip
        group.deleted_at = utcnow()


def update_household(
    store: Store, actor: Actor, *, household_id: str, number: str, address: str = "", group_id: str | None = None
) -> None:
    """Change a household's 户号 and address, or move it to another group of the same village.

    Moving a household moves its live members who were in the old group with it, so
    the people table and the group's head count agree with the household.
    """
    number = _required_text(number, "户号", "household number", "number")
    with unit_of_work(store, actor, "register.update_household") as session:
        household = _live(session, Household, household_id, "户", "household")
        target = household.group_id
        if group_id and group_id != household.group_id:
            group = _live(session, VillagerGroup, group_id, "村民小组", "villager group")
            if group.village_id != household.village_id:
                raise ValidationError("只能迁到本村的村民小组", "a household can move only within its village", field="group_id")
            target = group.id
        check_household_number(session, target, number, exclude=household_id)
        if target != household.group_id:
            members = session.scalars(
                select(Person).where(
                    Person.household_id == household_id, Person.deleted_at.is_(None), Person.group_id == household.group_id
                )
            )
            for person in members:
                person.group_id = target
            household.group_id = target
        household.number = number
        household.address = address.strip()


def household_members(session: Session, household_id: str) -> list[Person]:
    query = select(Person).where(Person.household_id == household_id, Person.deleted_at.is_(None))
    return list(session.scalars(query))


def delete_household(store: Store, actor: Actor, *, household_id: str, reason: str, detach_members: bool = False) -> int:
    """Soft-delete a household; returns how many members were detached.

    With live members it is refused (naming how many) unless ``detach_members``:
    then they stay in the register and their group, without a household and without
    a relation to a head that no longer exists.
    """
    reason = _required_text(reason, "删除原因", "reason for deletion", "reason")
    summary = {"reason": reason, "detach_members": detach_members}
    with unit_of_work(store, actor, "register.delete_household", **summary) as session:
        household = _live(session, Household, household_id, "户", "household")
        members = household_members(session, household_id)
        if members and not detach_members:
            raise ValidationError(
                f"户号 {household.number} 还有 {len(members)} 名成员，请先把他们迁到别的户、删除，或选择保留成员（不属于任何户）",
                f"household {household.number} still has {len(members)} members; move or delete them first, "
                "or choose to keep them in the register without a household",
                code="household_in_use",
            )  # fmt: skip
        for person in members:
            person.household_id = None
            person.relation_to_head = ""
        household.deleted_at = utcnow()
        return len(members)
