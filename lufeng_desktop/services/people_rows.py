"""The people table's rows, built from plain SQL on any DB-API connection — without SQLAlchemy.

``services.queries`` builds every page through here (on its session's connection);
``services.quick_start`` builds the first page this way on a bare ``sqlite3``
connection, so the window can show people before SQLAlchemy is even imported.
Plain columns, not ORM objects, either way: a page is built on every search keystroke.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from lufeng_desktop.core.roles import ROLE_LABELS, PartyStatus, Role

# Runs one statement with qmark parameters and gives its rows as tuples.
Execute = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]
CHUNK = 500  # ids per IN (...) list, below SQLite's variable limit
# The register's people in name order, for services.queries and services.quick_start alike: pinyin order as a clerk
# expects (陈 chen < 黄 huang < 林 lin), read from the live-person covering index in that order (migration 0006).
LIVE_PEOPLE_INDEX = "INDEXED BY ix_person_live_search"
NAME_ORDER = ("p.name_pinyin", "p.name")


@dataclass(frozen=True)
class PersonRow:
    """One person as the people table shows them. ``roles`` is a summary like "村委会主任、村民代表、党员"."""

    id: str
    village_id: str
    village_name: str
    group_id: str | None
    group_name: str
    household_id: str | None
    household_number: str
    name: str
    gender: str
    birth_date: date | None
    age: int | None
    id_number: str
    phone: str
    relation_to_head: str
    roles: str
    notes: str = ""


def age_on(birth: date | None, day: date) -> int | None:
    """Whole years on ``day`` (a birthday on 29 February counts from 1 March in other years)."""
    if birth is None:
        return None
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def _day(value: Any) -> date | None:
    """A Date column as stored by SQLAlchemy's SQLite dialect (ISO text), or as a driver that already typed it."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


_PEOPLE_SQL = (
    "SELECT p.id, p.village_id, v.name, p.group_id, g.name, p.household_id, h.number, p.name, p.gender, p.birth_date, "
    "p.id_number, p.phone, p.relation_to_head, p.notes FROM person AS p JOIN village AS v ON v.id = p.village_id "
    "LEFT JOIN villager_group AS g ON g.id = p.group_id LEFT JOIN household AS h ON h.id = p.household_id "
    "WHERE p.deleted_at IS NULL AND p.id IN ({marks})"
)
# A term is current on ``day`` when it started by then and has not ended before it (ISO dates compare as text).
_ROLES_SQL = (
    "SELECT person_id, role, post FROM role_assignment WHERE deleted_at IS NULL AND term_start <= ? "
    "AND (term_end IS NULL OR term_end >= ?) AND person_id IN ({marks})"
)
_PARTY_SQL = "SELECT person_id, status FROM party_membership WHERE deleted_at IS NULL AND active = 1 AND person_id IN ({marks})"


def hydrate(execute: Execute, ids: list[str], day: date) -> list[PersonRow]:
    """PersonRows of the live people among ``ids``, in the order of ``ids``, with roles judged on ``day``."""
    found: dict[str, Sequence[Any]] = {}
    for chunk in _chunks(ids):
        for row in execute(_PEOPLE_SQL.format(marks=_marks(chunk)), chunk):
            found[row[0]] = row
    roles = _role_summaries(execute, list(found), day)
    out = []
    for person_id in ids:
        row = found.get(person_id)
        if row is None:
            continue
        (pid, village_id, village_name, group_id, group_name, household_id, household_number, name, gender, birth,
         id_number, phone, relation, notes) = row  # fmt: skip
        birth_date = _day(birth)
        out.append(PersonRow(
            id=pid, village_id=village_id, village_name=village_name, group_id=group_id, group_name=group_name or "",
            household_id=household_id, household_number=household_number or "", name=name, gender=gender,
            birth_date=birth_date, age=age_on(birth_date, day), id_number=id_number or "", phone=phone or "",
            relation_to_head=relation, roles="、".join(roles[pid]), notes=notes,
        ))  # fmt: skip
    return out


_ROLE_ORDER = list(Role)


def _role_summaries(execute: Execute, ids: list[str], day: date) -> dict[str, list[str]]:
    """Current offices (with posts) and Party membership of the given people, for the roles column."""
    held: dict[str, list[tuple[int, str]]] = defaultdict(list)
    iso = day.isoformat()
    for chunk in _chunks(ids):
        for person_id, role, post in execute(_ROLES_SQL.format(marks=_marks(chunk)), [iso, iso, *chunk]):
            label = _role_label(role, post)
            rank = _ROLE_ORDER.index(Role(role)) if role in Role._value2member_map_ else len(_ROLE_ORDER)
            if (rank, label) not in held[person_id]:
                held[person_id].append((rank, label))
        for person_id, status in execute(_PARTY_SQL.format(marks=_marks(chunk)), chunk):
            held[person_id].append((len(_ROLE_ORDER) + 1, "党员" if status == PartyStatus.FORMAL else "预备党员"))
    return defaultdict(list, {k: [label for _, label in sorted(v)] for k, v in held.items()})


def _role_label(role: str, post: str) -> str:
    if role == Role.VILLAGE_COMMITTEE:
        return f"村委会{post}" if post else "村委会委员"
    if role == Role.PARTY_COMMITTEE:
        return "支部书记" if post == "书记" else f"支委{post}" if post else "支委委员"
    if role == Role.SUPERVISION_COMMITTEE:
        return f"监委会{post}" if post else "监委会委员"
    return ROLE_LABELS.get(Role(role), role) if role in Role._value2member_map_ else role


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _marks(chunk: list[str]) -> str:
    return ",".join("?" * len(chunk))
