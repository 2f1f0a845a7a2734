"""Read models for grids and Party-member central households (import them from ``services.queries``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from lufeng_desktop.core.roles import CENTRAL_HOUSEHOLD_SOFT_LIMIT, Role
from lufeng_desktop.services.queries_roles import _count
from lufeng_desktop.services.query_common import (
    ALL, RegisterFilter, apply_order, check_page, current_role, in_chunks, scope_conditions,
)  # fmt: skip
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store


# ---------------------------------------------------------------- grids


@dataclass(frozen=True)
class GridRow:
    id: str
    village_id: str
    village_name: str
    level: str  # 大 / 中 / 小
    name: str
    parent_id: str | None
    parent_name: str
    groups: str  # names of the villager groups covered, "、"-separated
    group_count: int
    worker_person_id: str | None  # the current 网格员
    worker_name: str


def _grid_query(flt: RegisterFilter) -> Select[Any]:
    gr, gg = m.Grid, m.GridGroup
    where = [gr.deleted_at.is_(None), *scope_conditions(flt, village_col=gr.village_id)]
    if flt.group_id:
        covering = select(gg.grid_id).where(gg.group_id == flt.group_id, gg.deleted_at.is_(None))
        where.append(gr.id.in_(covering))
    if flt.search.strip():
        where.append(gr.name.contains(flt.search.strip(), autoescape=True))
    return select(gr).where(*where)


def count_grids(store: Store, flt: RegisterFilter = ALL) -> int:
    with reading(store) as session:
        return _count(session, _grid_query(flt))


def page_grids(store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "level") -> list[GridRow]:
    """Grids by village, then 大 → 中 → 小, then name; a group filter shows the grids covering that group."""
    check_page(offset, limit)
    gr, v = m.Grid, m.Village
    parent = aliased(m.Grid)
    level_rank = case({"大": 0, "中": 1, "小": 2}, value=gr.level, else_=3)
    query = (
        _grid_query(flt).add_columns(v.name, parent.name).join(v, v.id == gr.village_id)
        .outerjoin(parent, parent.id == gr.parent_id)
    )  # fmt: skip
    if order.lstrip("-") in ("", "level"):
        keys = [v.code, level_rank, gr.name, gr.id]
        query = query.order_by(*(k.desc() if order.startswith("-") else k for k in keys))
    else:
        query = apply_order(query, order, {"name": gr.name}, gr.id, "name")
    with reading(store) as session:
        rows = session.execute(query.offset(offset).limit(limit)).all()
        ids = [grid.id for grid, *_ in rows]
        groups, workers = _grid_groups(session, ids), _grid_workers(session, ids, flt)
        return [
            GridRow(
                grid.id, grid.village_id, village_name, grid.level, grid.name, grid.parent_id, parent_name or "",
                "、".join(groups[grid.id]), len(groups[grid.id]), *workers.get(grid.id, (None, "")),
            )
            for grid, village_name, parent_name in rows
        ]  # fmt: skip


def _grid_groups(session: Session, ids: list[str]) -> dict[str, list[str]]:
    gg, g = m.GridGroup, m.VillagerGroup
    out: dict[str, list[str]] = defaultdict(list)
    for chunk in in_chunks(ids):
        query = (
            select(gg.grid_id, g.name).join(g, g.id == gg.group_id)
            .where(gg.grid_id.in_(chunk), gg.deleted_at.is_(None), g.deleted_at.is_(None)).order_by(g.number)
        )  # fmt: skip
        for grid_id, name in session.execute(query):
            out[grid_id].append(name)
    return out


def _grid_workers(session: Session, ids: list[str], flt: RegisterFilter) -> dict[str, tuple[str, str]]:
    ra, p = m.RoleAssignment, m.Person
    out: dict[str, tuple[str, str]] = {}
    for chunk in in_chunks(ids):
        query = (
            select(ra.grid_id, p.id, p.name).join(p, p.id == ra.person_id)
            .where(ra.grid_id.in_(chunk), ra.role == str(Role.GRID_WORKER), ra.deleted_at.is_(None), *current_role(flt))
            .order_by(ra.term_start)
        )  # fmt: skip
        for grid_id, person_id, name in session.execute(query):
            out[grid_id] = (person_id, name)
    return out


# ---------------------------------------------------------------- Party-member central households


@dataclass(frozen=True)
class CentralHouseholdRow:
    id: str
    village_id: str
    village_name: str
    name: str
    host_person_id: str
    host_name: str
    party_group_name: str
    members: int  # linked members (the host not counted)
    over_limit: bool
    warning: str  # "" or a bilingual sentence when over the soft limit


def _central_query(flt: RegisterFilter) -> Select[Any]:
    ch = m.CentralHousehold
    where = [ch.deleted_at.is_(None), *scope_conditions(flt, village_col=ch.village_id)]
    if flt.group_id:
        host_group = select(m.Person.id).where(m.Person.group_id == flt.group_id)
        where = [ch.deleted_at.is_(None), ch.host_person_id.in_(host_group)]
    return select(ch).where(*where)


def count_central_households(store: Store, flt: RegisterFilter = ALL) -> int:
    with reading(store) as session:
        return _count(session, _central_query(flt))


def page_central_households(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "name"
) -> list[CentralHouseholdRow]:
    """Central households with member counts; over CENTRAL_HOUSEHOLD_SOFT_LIMIT (10) carries a warning."""
    check_page(offset, limit)
    ch, p, v, org, chm = m.CentralHousehold, m.Person, m.Village, m.PartyOrg, m.CentralHouseholdMember
    members = (
        select(func.count()).where(chm.central_household_id == ch.id, chm.deleted_at.is_(None)).scalar_subquery()
    )
    query = (
        _central_query(flt).add_columns(v.name, p.name, org.name, members.label("members"))
        .join(v, v.id == ch.village_id).join(p, p.id == ch.host_person_id).outerjoin(org, org.id == ch.party_group_id)
    )  # fmt: skip
    query = apply_order(query, order, {"name": v.code, "members": members, "host": p.name}, ch.name, "name")
    with reading(store) as session:
        out = []
        for household, village_name, host_name, group_name, count in session.execute(query.offset(offset).limit(limit)):
            over = count > CENTRAL_HOUSEHOLD_SOFT_LIMIT
            warning = (
                f"联系党员 {count} 名，超过 {CENTRAL_HOUSEHOLD_SOFT_LIMIT} 名的建议上限"
                f"（links {count} members, more than the suggested {CENTRAL_HOUSEHOLD_SOFT_LIMIT}）"
                if over else ""
            )  # fmt: skip
            out.append(
                CentralHouseholdRow(household.id, household.village_id, village_name, household.name,
                                    household.host_person_id, host_name, group_name or "", count, over, warning)
            )  # fmt: skip
        return out
