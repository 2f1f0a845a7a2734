"""Read models for the role tables: Party members, representatives, 两委 and 监委 members.

These tables are small next to the people table (16,000 Party members and
~20,000 role assignments city-wide), so they are plain SQLAlchemy queries with
LIMIT/OFFSET. Import them from ``services.queries``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from lufeng_desktop.core.roles import PartyStatus, Role, VotingStatus
from lufeng_desktop.services.people_search import SearchKind, parse_search
from lufeng_desktop.services.query_common import (
    ALL, RegisterFilter, age_on, apply_order, check_page, current_role, in_chunks, prefix_range, scope_conditions,
)  # fmt: skip
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store

VOTING_LABELS = {VotingStatus.NORMAL: "有表决权", VotingStatus.PROBATION: "留党察看（无表决权）", VotingStatus.EXCLUDED: "经批准不计入应到会"}
BODY_LABELS = {
    Role.VILLAGE_COMMITTEE: "村委会", Role.PARTY_COMMITTEE: "村党组织委员会",
    Role.SUPERVISION_COMMITTEE: "村务监督委员会", Role.VILLAGER_REPRESENTATIVE: "村民代表",
}  # fmt: skip


def person_search(flt: RegisterFilter) -> list[ColumnElement[bool]]:
    """``flt.search`` as conditions on Person (same meaning as the people search box)."""
    term = parse_search(flt.search)
    p = m.Person
    if term is None:
        return []
    if term.kind is SearchKind.NAME:
        return [p.name.like(term.like, escape="\\")]
    if term.kind is SearchKind.PINYIN:
        return [or_(prefix_range(p.name_initials, term.text), prefix_range(p.name_pinyin, term.text))]
    n = len(term.text)
    return [or_(func.substr(p.id_number, 1, n) == term.text, func.substr(p.id_number, -n) == term.text, p.phone == term.text)]


# ---------------------------------------------------------------- Party members


@dataclass(frozen=True)
class PartyMemberRow:
    id: str  # the membership row
    person_id: str
    village_id: str
    village_name: str
    group_name: str
    name: str
    gender: str
    age: int | None
    status: str  # 正式 / 预备
    joined_on: date
    full_member_on: date | None
    voting_status: str  # core.roles.VotingStatus
    voting_label: str
    has_vote: bool  # counts in 应到会有表决权 (正式, not 留党察看, not excluded)
    exclusion_reason: str
    branch_name: str
    party_group_name: str
    phone: str


PARTY_ORDERS = ("name", "joined_on", "status", "group")


def _party_query(flt: RegisterFilter) -> Select[Any]:
    pm, p = m.PartyMembership, m.Person
    return (
        select(pm, p)
        .join(p, p.id == pm.person_id)
        .where(pm.deleted_at.is_(None), pm.active.is_(True), p.deleted_at.is_(None), *person_search(flt))
        .where(*scope_conditions(flt, village_col=pm.village_id, group_col=p.group_id))
    )


def count_party_members(store: Store, flt: RegisterFilter = ALL) -> int:
    with reading(store) as session:
        return _count(session, _party_query(flt))


def page_party_members(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "name"
) -> list[PartyMemberRow]:
    check_page(offset, limit)
    pm, p = m.PartyMembership, m.Person
    g, branch, party_group, v = aliased(m.VillagerGroup), aliased(m.PartyOrg), aliased(m.PartyOrg), m.Village
    query = (
        _party_query(flt)
        .add_columns(v.name, g.name, branch.name, party_group.name)
        .join(v, v.id == pm.village_id)
        .outerjoin(g, g.id == p.group_id)
        .outerjoin(branch, branch.id == pm.party_org_id)
        .outerjoin(party_group, party_group.id == pm.party_group_id)
    )
    columns = {"name": p.name, "joined_on": pm.joined_on, "status": pm.status, "group": g.number}
    query = apply_order(query, order, columns, pm.id, "name").offset(offset).limit(limit)
    day = flt.day()
    with reading(store) as session:
        out = []
        for membership, person, village_name, group_name, branch_name, group_org_name in session.execute(query):
            voting = membership.voting_status
            out.append(
                PartyMemberRow(
                    membership.id, person.id, membership.village_id, village_name, group_name or "", person.name,
                    person.gender, age_on(person.birth_date, day), membership.status, membership.joined_on,
                    membership.full_member_on, voting, VOTING_LABELS.get(VotingStatus(voting), voting)
                    if voting in VotingStatus._value2member_map_ else voting,
                    membership.status == PartyStatus.FORMAL and voting == VotingStatus.NORMAL,
                    membership.exclusion_reason, branch_name or "", group_org_name or "", person.phone or "",
                )
            )  # fmt: skip
        return out


# ---------------------------------------------------------------- committees and representatives


@dataclass(frozen=True)
class CommitteeRow:
    """One role assignment (a term of office) of one person."""

    id: str  # the role assignment
    person_id: str
    village_id: str
    village_name: str
    group_id: str | None  # the person's villager group
    group_name: str
    name: str
    gender: str
    age: int | None
    role: str  # core.roles.Role
    body: str  # 村委会 / 村党组织委员会 / 村务监督委员会 / 村民代表
    post: str  # 主任 / 书记 / 委员 …
    term_start: date
    term_end: date | None
    current: bool  # held on the filter's day
    party_status: str  # "" / 正式 / 预备
    phone: str


COMMITTEE_ORDERS = ("post", "name", "term_start", "group")
_POST_RANK = {"书记": 0, "主任": 0, "副书记": 1, "副主任": 1, "委员": 2}


def _roles_query(flt: RegisterFilter, roles: tuple[Role, ...]) -> Select[Any]:
    ra, p = m.RoleAssignment, m.Person
    return (
        select(ra, p)
        .join(p, p.id == ra.person_id)
        .where(ra.deleted_at.is_(None), p.deleted_at.is_(None), ra.role.in_([str(r) for r in roles]))
        .where(*current_role(flt), *person_search(flt))
        .where(*scope_conditions(flt, village_col=ra.village_id, group_col=p.group_id))
    )


def _count_roles(store: Store, flt: RegisterFilter, roles: tuple[Role, ...]) -> int:
    with reading(store) as session:
        return _count(session, _roles_query(flt, roles))


def _page_roles(
    store: Store, flt: RegisterFilter, roles: tuple[Role, ...], offset: int, limit: int, order: str
) -> list[CommitteeRow]:
    check_page(offset, limit)
    ra, p, g, v = m.RoleAssignment, m.Person, m.VillagerGroup, m.Village
    query = _roles_query(flt, roles).add_columns(v.name, g.name).join(v, v.id == ra.village_id).outerjoin(g, g.id == p.group_id)
    role_rank = case({str(r): i for i, r in enumerate(roles)}, value=ra.role, else_=99)
    post_rank = case(_POST_RANK, value=ra.post, else_=3)
    if order.lstrip("-") in ("", "post"):
        keys = [v.code, role_rank, post_rank, ra.term_start.desc(), p.name, ra.id]
        query = query.order_by(*(k.desc() if order.startswith("-") else k for k in keys))
    else:
        columns = {"name": p.name, "term_start": ra.term_start, "group": g.number}
        query = apply_order(query, order, columns, ra.id, "name")
    day = flt.day()
    with reading(store) as session:
        rows = session.execute(query.offset(offset).limit(limit)).all()
        party = _party_status(session, [r[1].id for r in rows])
        return [
            CommitteeRow(
                a.id, person.id, a.village_id, village_name, person.group_id, group_name or "", person.name, person.gender,
                age_on(person.birth_date, day), a.role, BODY_LABELS.get(Role(a.role), a.role), a.post, a.term_start,
                a.term_end, a.term_start <= day and (a.term_end is None or a.term_end >= day),
                party.get(person.id, ""), person.phone or "",
            )
            for a, person, village_name, group_name in rows
        ]  # fmt: skip


def _party_status(session: Session, person_ids: list[str]) -> dict[str, str]:
    pm = m.PartyMembership
    out: dict[str, str] = {}
    for chunk in in_chunks(person_ids):
        query = select(pm.person_id, pm.status).where(pm.person_id.in_(chunk), pm.deleted_at.is_(None), pm.active.is_(True))
        out.update(dict(session.execute(query).all()))
    return out


_TWO_COMMITTEES = (Role.VILLAGE_COMMITTEE, Role.PARTY_COMMITTEE)


def count_representatives(store: Store, flt: RegisterFilter = ALL) -> int:
    """村民代表 holding office on ``flt.on`` (all terms with ``current_only=False``)."""
    return _count_roles(store, flt, (Role.VILLAGER_REPRESENTATIVE,))


def page_representatives(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "group"
) -> list[CommitteeRow]:
    return _page_roles(store, flt, (Role.VILLAGER_REPRESENTATIVE,), offset, limit, order)


def count_committee_members(store: Store, flt: RegisterFilter = ALL) -> int:
    """两委 members: 村（居）委会 plus the village Party committee (支委), one row per office held."""
    return _count_roles(store, flt, _TWO_COMMITTEES)


def page_committee_members(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "post"
) -> list[CommitteeRow]:
    """Ordered by village, then 村委会 before 支委, then post (主任/书记 first); 一肩挑 shows as two rows."""
    return _page_roles(store, flt, _TWO_COMMITTEES, offset, limit, order)


def count_supervisors(store: Store, flt: RegisterFilter = ALL) -> int:
    return _count_roles(store, flt, (Role.SUPERVISION_COMMITTEE,))


def page_supervisors(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "post"
) -> list[CommitteeRow]:
    """村务监督委员会 members."""
    return _page_roles(store, flt, (Role.SUPERVISION_COMMITTEE,), offset, limit, order)


def person_roles(store: Store, person_id: str, on: date | None = None) -> list[CommitteeRow]:
    """Every office a person holds or held (all roles, all terms), newest term first."""
    flt = RegisterFilter(on=on, current_only=False)
    rows = _page_roles(store, flt, tuple(Role), 0, 10_000, "post")
    return sorted((r for r in rows if r.person_id == person_id), key=lambda r: r.term_start, reverse=True)


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())
