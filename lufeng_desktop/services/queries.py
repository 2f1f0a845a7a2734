"""Read models for the register screens: the organisation tree, people (with search) and households.

Each table has ``count_*(store, filter)`` and ``page_*(store, filter, offset,
limit, order)``; rows are frozen dataclasses. Paging is LIMIT/OFFSET over
partial indexes of live rows (store/models/register_indexes.py): on the
300,000-person demo a page at offset 290,000 takes ~15 ms within the index's
order, so the GUI can fetch any window of a lazy table directly. People sorted
by another column than the name are the exception city-wide (see ``_PEOPLE_ORDER_SQL``).

Role tables (Party members, representatives, 两委, 监委, grids, central
households) live in ``queries_roles`` and are re-exported here, so the GUI
imports everything from this module.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.services import people_rows
from lufeng_desktop.services.people_rows import PersonRow
from lufeng_desktop.services.people_search import SearchKind, SearchTerm, parse_search
from lufeng_desktop.services.query_common import (
    ALL, RegisterFilter, apply_order, check_page, in_chunks, scope_conditions,
)  # fmt: skip
from lufeng_desktop.services.queries_grids import (  # noqa: F401  (re-exported for the GUI)
    CentralHouseholdRow, GridRow, count_central_households, count_grids, page_central_households, page_grids,
)  # fmt: skip
from lufeng_desktop.services.queries_roles import (  # noqa: F401  (re-exported for the GUI)
    COMMITTEE_ORDERS, PARTY_ORDERS, CommitteeRow, PartyMemberRow, count_committee_members, count_party_members,
    count_representatives, count_supervisors, page_committee_members, page_party_members, page_representatives,
    page_supervisors, person_roles,
)  # fmt: skip
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models.register_indexes import ID_TAIL_REVERSED

__all__ = [
    "ALL", "COMMITTEE_ORDERS", "PARTY_ORDERS", "CentralHouseholdRow", "CommitteeRow", "GridRow", "GroupNode", "HouseholdRow", "PartyMemberRow",
    "PersonRow", "RegisterFilter", "TownNode", "VillageNode", "PEOPLE_ORDERS", "HOUSEHOLD_ORDERS",
    "count_central_households", "count_committee_members", "count_grids", "count_households",
    "count_party_members", "count_people", "count_representatives", "count_supervisors", "get_person",
    "org_tree", "page_central_households", "page_committee_members", "page_grids", "page_households",
    "page_party_members", "page_people", "page_representatives", "page_supervisors", "person_roles",
    "search_people",
]  # fmt: skip


# ---------------------------------------------------------------- organisation tree


@dataclass(frozen=True)
class GroupNode:
    id: str
    village_id: str
    number: int
    name: str
    people: int


@dataclass(frozen=True)
class VillageNode:
    id: str
    town_id: str
    code: str
    name: str
    regime: str  # core.roles.Regime
    people: int
    groups: tuple[GroupNode, ...]


@dataclass(frozen=True)
class TownNode:
    id: str
    code: str
    name: str
    people: int
    villages: tuple[VillageNode, ...]


def org_tree(store: Store) -> list[TownNode]:
    """Town → village → villager group, ordered by code/number, with live people counts (~40 ms on the city)."""
    with reading(store) as session:
        people_per_group = dict(
            session.execute(
                text("SELECT group_id, count(*) FROM person INDEXED BY ix_person_live_group "
                     "WHERE deleted_at IS NULL GROUP BY group_id")
            ).all()
        )  # fmt: skip
        people_per_village = dict(
            session.execute(
                text("SELECT village_id, count(*) FROM person INDEXED BY ix_person_live_village "
                     "WHERE deleted_at IS NULL GROUP BY village_id")
            ).all()
        )  # fmt: skip
        groups: dict[str, list[GroupNode]] = defaultdict(list)
        for g in session.execute(
            select(m.VillagerGroup.id, m.VillagerGroup.village_id, m.VillagerGroup.number, m.VillagerGroup.name)
            .where(m.VillagerGroup.deleted_at.is_(None))
            .order_by(m.VillagerGroup.number)
        ):
            groups[g.village_id].append(GroupNode(g.id, g.village_id, g.number, g.name, people_per_group.get(g.id, 0)))
        villages: dict[str, list[VillageNode]] = defaultdict(list)
        for v in session.execute(
            select(m.Village.id, m.Village.town_id, m.Village.code, m.Village.name, m.Village.regime)
            .where(m.Village.deleted_at.is_(None))
            .order_by(m.Village.code)
        ):
            villages[v.town_id].append(
                VillageNode(v.id, v.town_id, v.code, v.name, v.regime, people_per_village.get(v.id, 0), tuple(groups[v.id]))
            )
        towns = session.execute(
            select(m.Town.id, m.Town.code, m.Town.name).where(m.Town.deleted_at.is_(None)).order_by(m.Town.code)
        ).all()
        return [
            TownNode(t.id, t.code, t.name, sum(v.people for v in villages[t.id]), tuple(villages[t.id])) for t in towns
        ]


# ---------------------------------------------------------------- people


# Sort keys for page_people, each a total order (p.id breaks ties, so offset pages never overlap or skip).
# "name" is pinyin order as a clerk expects (陈 chen < 黄 huang < 林 lin), not code-point order (黄 < 林 < 陈).
# It reads the live-person indexes (name_pinyin, name, id, …) in order (migration 0006): on the 300,000-person
# demo the first page takes 0.1 ms, a page at offset 100,000 about 14 ms. The other orders sort the matching
# rows: quick within a town or village, up to about a second for a deep city-wide page.
PEOPLE_ORDERS = ("name", "id_number", "age", "gender", "group", "household")
_PEOPLE_ORDER_SQL: dict[str, tuple[str, ...]] = {
    "name": people_rows.NAME_ORDER, "id_number": ("p.id_number",), "age": ("p.birth_date",),
    "gender": ("p.gender",), "group": ("(SELECT number FROM villager_group WHERE id = p.group_id)",),
    "household": ("(SELECT number FROM household WHERE id = p.household_id)",),
}  # fmt: skip


def count_people(store: Store, flt: RegisterFilter = ALL) -> int:
    """Live people in the filter's scope matching ``flt.search`` (≤ ~35 ms on 300,000 people)."""
    with reading(store) as session:
        where, params, index = _people_where(flt, session)
        sql = f"SELECT count(*) FROM person AS p {index} WHERE {where}"
        return int(session.execute(text(sql), params).scalar_one())


def page_people(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "name"
) -> list[PersonRow]:
    """Rows ``offset .. offset+limit`` of the people table; ``order`` is a PEOPLE_ORDERS key, "-key" descends.

    Age ascending means youngest first (birth date descending).
    """
    check_page(offset, limit)
    descending = order.startswith("-")
    key = order.lstrip("-") or "name"
    if key not in _PEOPLE_ORDER_SQL:
        raise ValidationError(f"不能按“{key}”排序", f"cannot sort people by {key!r}", field="order")
    if key == "age":
        descending = not descending
    direction = "DESC" if descending else "ASC"
    order_by = ", ".join(f"{expr} {direction}" for expr in (*_PEOPLE_ORDER_SQL[key], "p.id"))
    with reading(store) as session:
        where, params, index = _people_where(flt, session)
        sql = f"SELECT p.id FROM person AS p {index} WHERE {where} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
        ids = list(session.execute(text(sql), {**params, "limit": limit, "offset": offset}).scalars())
        return _hydrate_people(session, ids, flt.day())


def search_people(store: Store, query: str, flt: RegisterFilter = ALL, limit: int = 50) -> list[PersonRow]:
    """Search-as-you-type: name substring (陈 / 小明), pinyin initials (zs → 张三), full pinyin prefix
    (zhangs → 张三), or ID number (all 18 characters, its first digits or its last digits). Ordered by pinyin.
    """
    return page_people(store, RegisterFilter(flt.town_id, flt.village_id, flt.group_id, query, flt.on), 0, limit)


def get_person(store: Store, person_id: str, on: date | None = None) -> PersonRow | None:
    """One live person by id (None if missing or deleted), with roles judged on ``on`` (default today)."""
    with reading(store) as session:
        rows = _hydrate_people(session, [person_id], on or date.today())
        return rows[0] if rows else None


def _people_where(flt: RegisterFilter, session: Session | None = None) -> tuple[str, dict[str, Any], str]:
    """SQL WHERE text, its parameters and the INDEXED BY clause that keeps the plan index-only
    (``session`` lets a search look at how many people it will match to pick its plan)."""
    clauses = ["p.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    index = people_rows.LIVE_PEOPLE_INDEX
    if flt.group_id:
        clauses.append("p.group_id = :group_id")
        params["group_id"] = flt.group_id
        index = "INDEXED BY ix_person_live_group"
    elif flt.village_id:
        clauses.append("p.village_id = :village_id")
        params["village_id"] = flt.village_id
        index = "INDEXED BY ix_person_live_village"
    elif flt.town_id:
        clauses.append("p.village_id IN (SELECT id FROM village WHERE town_id = :town_id AND deleted_at IS NULL)")
        params["town_id"] = flt.town_id
        index = "INDEXED BY ix_person_live_village"
    term = parse_search(flt.search)
    if term is not None:
        clause, index = _search_clause(term, params, index, session)
        clauses.append(clause)
    return " AND ".join(clauses), params, index


# A name part or an ID-number prefix matching few people reads them from a narrow index (the name grams of
# migration 0007, the ID-number index) and sorts them; a broad one (陈, or every Lufeng number starting
# 441581…) is found sooner by the pinyin-ordered scan, which stops at the end of its page.
_SPARSE = 5000  # matches below this are read from the narrow index and sorted; above, the ordered scan wins
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # as SQLite's lower() and LIKE fold
LONGEST_ID_TAIL = 6  # the last digits of an ID number are searched up to this many; longer is a prefix


def _search_clause(term: SearchTerm, params: dict[str, Any], index: str, session: Session | None) -> tuple[str, str]:
    """The search as SQL on columns of ix_person_live_search (so the city-wide scan never reads the table).

    Plans measured on the 300,000-person demo, per keystroke: a pinyin search only reads the
    names whose pinyin starts with the same letter (the initials' first letter is the pinyin's);
    a rare part of a name (陈勇海) and a long ID prefix that match few people read just those
    from the name grams or the ID-number index.
    """
    if term.kind is SearchKind.NAME:
        params["name_like"] = term.like
        like = "p.name LIKE :name_like ESCAPE '\\'"
        gram = term.text[:2].translate(_ASCII_LOWER)
        # A one-character search reads the grams that start with it (陈 → 陈, 陈勇, 陈小 …).
        grams = ("SELECT person_id FROM person_name_gram WHERE gram = :lo" if len(gram) == 2 else
                 "SELECT person_id FROM person_name_gram WHERE gram >= :lo AND gram < :lo || char(1114111)")  # fmt: skip
        if session is not None and _few(session, grams, {"lo": gram}):
            params["lo"] = gram
            return f"p.id IN ({grams}) AND {like}", ""
        return like, index
    if term.kind is SearchKind.PINYIN:
        params.update(py_lo=term.text, py_hi=term.text + "\U0010ffff", py_letter=term.text[0], py_next=chr(ord(term.text[0]) + 1))
        return (
            "p.name_pinyin >= :py_letter AND p.name_pinyin < :py_next "
            "AND ((p.name_initials >= :py_lo AND p.name_initials < :py_hi) "
            "OR (p.name_pinyin >= :py_lo AND p.name_pinyin < :py_hi))"
        ), index
    if len(term.text) == 18:  # a whole ID number: one lookup on the ID-number index
        params["id_exact"] = term.text
        return "p.rowid IN (SELECT rowid FROM person WHERE id_number = :id_exact)", ""
    n = len(term.text)
    # Narrow reads: the ID-number prefix, the last digits (up to six) through the reversed-tail index, a phone.
    narrow = ["SELECT rowid FROM person WHERE id_number >= :id_lo AND id_number < :id_lo || '~'"]  # "~" sorts after digits, X
    if n <= LONGEST_ID_TAIL:
        narrow.append(f"SELECT rowid FROM person WHERE {ID_TAIL_REVERSED} >= :id_rev AND {ID_TAIL_REVERSED} < :id_rev || '~'")
    if n == 11:
        narrow.append("SELECT rowid FROM person WHERE phone = :id_lo")
    found = " UNION ALL ".join(narrow)
    probe = {"id_lo": term.text, "id_rev": term.text[::-1]}
    if session is not None and _few(session, found, probe):
        params.update(probe)
        return f"p.rowid IN ({found})", ""
    params["id_tail"] = term.text
    # Leading digits (typed from the start) or, up to six, trailing digits (the last four read out on the phone).
    clause = f"substr(p.id_number, 1, {n}) = :id_tail"
    if n < LONGEST_ID_TAIL + 1:
        clause += f" OR substr(p.id_number, -{n}) = :id_tail"
    if n == 11:
        clause += " OR p.phone = :id_tail"
    return f"({clause})", index


def _few(session: Session, matches: str, params: dict[str, str]) -> bool:
    """Whether ``matches`` (a SELECT) finds at most _SPARSE rows; reads at most that many."""
    found = session.execute(text(f"SELECT count(*) FROM ({matches} LIMIT :cap)"), {**params, "cap": _SPARSE + 1}).scalar_one()
    return int(found) <= _SPARSE


def _hydrate_people(session: Session, ids: list[str], day: date) -> list[PersonRow]:
    connection = session.connection()
    return people_rows.hydrate(lambda sql, params: connection.exec_driver_sql(sql, tuple(params)), ids, day)


# ---------------------------------------------------------------- households


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    village_id: str
    village_name: str
    group_id: str
    group_name: str
    number: str  # 户号
    address: str
    head_name: str  # the member whose relation is 户主 ("" if none recorded)
    members: int


HOUSEHOLD_ORDERS = ("number", "group")


def count_households(store: Store, flt: RegisterFilter = ALL) -> int:
    h = m.Household
    with reading(store) as session:
        query = select(func.count()).select_from(h).where(h.deleted_at.is_(None), *_household_scope(flt))
        return int(session.execute(query).scalar_one())


def page_households(
    store: Store, flt: RegisterFilter = ALL, offset: int = 0, limit: int = 100, order: str = "number"
) -> list[HouseholdRow]:
    """Households by village code then 户号 (or by group number); ``flt.search`` matches the 户号 prefix."""
    check_page(offset, limit)
    h, g, v = m.Household, m.VillagerGroup, m.Village
    query = (
        select(h.id, h.village_id, v.name.label("village_name"), h.group_id, g.name.label("group_name"), h.number, h.address)
        .join(v, v.id == h.village_id)
        .join(g, g.id == h.group_id)
        .where(h.deleted_at.is_(None), *_household_scope(flt))
    )
    columns = {"number": h.number, "group": g.number}
    if order.lstrip("-") in ("", "number"):
        query = query.order_by(*(c.desc() if order.startswith("-") else c for c in (h.village_code, h.number, h.id)))
    else:
        query = apply_order(query, order, columns, h.id, "number")
    with reading(store) as session:
        rows = session.execute(query.offset(offset).limit(limit)).all()
        heads, sizes = _household_people(session, [r.id for r in rows])
        return [
            HouseholdRow(r.id, r.village_id, r.village_name, r.group_id, r.group_name, r.number, r.address,
                         heads.get(r.id, ""), sizes.get(r.id, 0))
            for r in rows
        ]  # fmt: skip


def _household_scope(flt: RegisterFilter) -> list[Any]:
    h = m.Household
    where = scope_conditions(flt, village_col=h.village_id, group_col=h.group_id)
    term = flt.search.strip()
    if term:
        where.append(h.number.startswith(term, autoescape=True))
    return where


def _household_people(session: Session, ids: list[str]) -> tuple[dict[str, str], dict[str, int]]:
    p = m.Person
    heads: dict[str, str] = {}
    sizes: dict[str, int] = defaultdict(int)
    for chunk in in_chunks(ids):
        for household_id, name, relation in session.execute(
            select(p.household_id, p.name, p.relation_to_head).where(p.household_id.in_(chunk), p.deleted_at.is_(None))
        ):
            sizes[household_id] += 1
            if relation == "户主" and household_id not in heads:
                heads[household_id] = name
    return heads, sizes
