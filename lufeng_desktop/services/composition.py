"""Legal composition warnings that explain themselves (DOMAIN.md §2.3, §5; 村民委员会组织法 Art 6, 25, 32).

Warnings, not errors: a register is often incomplete while being typed in, and
the clerk must be able to save it. Each warning names the rule, the numbers
and the rows concerned, Chinese first. Checked per village, on one day
(roles "current" on it), with integer arithmetic only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core.roles import CENTRAL_HOUSEHOLD_SOFT_LIMIT, Role
from lufeng_desktop.services.query_common import ALL, RegisterFilter, scope_conditions
from lufeng_desktop.services.uow import reading
from lufeng_desktop.store import models as m
from lufeng_desktop.store.database import Store

COMMITTEE_MIN, COMMITTEE_MAX = 3, 7  # Art 6


@dataclass(frozen=True)
class CompositionWarning:
    code: str
    zh: str
    en: str
    rows: tuple[str, ...] = ()  # ids of the rows concerned (role assignments, central households)
    village_id: str = ""

    def sentence(self) -> str:
        return f"{self.zh}（{self.en}）"


Warning = CompositionWarning  # the name the issue uses; a separate class name avoids shadowing the builtin


@dataclass
class _Assignment:
    id: str
    person_id: str
    role: str
    start: date
    end: date | None
    gender: str
    household_id: str | None
    name: str
    key: tuple[str | None, ...] = field(default=())

    def current(self, day: date) -> bool:
        return self.start <= day and (self.end is None or self.end >= day)


def check_composition(store: Store, flt: RegisterFilter = ALL) -> list[CompositionWarning]:
    """All warnings for the villages in the filter's scope, judged on ``flt.on`` (default today)."""
    day = flt.day()
    with reading(store) as session:
        villages = _villages(session, flt)
        by_village = _assignments(session, list(villages))
        out: list[CompositionWarning] = []
        for village_id, name in villages.items():
            assignments = by_village.get(village_id, [])
            current = [a for a in assignments if a.current(day)]
            found = [
                *_representatives_meeting(current),
                *_committee_size(current),
                *_supervisors(current),
                *_overlaps(assignments),
            ]
            out += [_in_village(w, village_id, name) for w in found]
        out += _central_households(session, flt, villages)
        return out


def _in_village(w: CompositionWarning, village_id: str, name: str) -> CompositionWarning:
    return CompositionWarning(w.code, f"{name}：{w.zh}", f"{name}: {w.en}", w.rows, village_id)


def _villages(session: Session, flt: RegisterFilter) -> dict[str, str]:
    v = m.Village
    query = select(v.id, v.name).where(v.deleted_at.is_(None), *scope_conditions(flt, village_col=v.id)).order_by(v.code)
    return dict(session.execute(query).all())


def _assignments(session: Session, village_ids: list[str]) -> dict[str, list[_Assignment]]:
    ra, p = m.RoleAssignment, m.Person
    wanted = [str(r) for r in (Role.VILLAGER_REPRESENTATIVE, Role.VILLAGE_COMMITTEE, Role.SUPERVISION_COMMITTEE,
                               Role.PARTY_COMMITTEE, Role.GROUP_LEADER, Role.GRID_WORKER)]  # fmt: skip
    out: dict[str, list[_Assignment]] = defaultdict(list)
    for i in range(0, len(village_ids), 500):
        query = (
            select(ra.id, ra.village_id, ra.person_id, ra.role, ra.term_start, ra.term_end, ra.group_id, ra.grid_id,
                   ra.party_org_id, p.gender, p.household_id, p.name)
            .join(p, p.id == ra.person_id)
            .where(ra.village_id.in_(village_ids[i : i + 500]), ra.deleted_at.is_(None), p.deleted_at.is_(None),
                   ra.role.in_(wanted))
        )  # fmt: skip
        for r in session.execute(query):
            out[r.village_id].append(
                _Assignment(r.id, r.person_id, r.role, r.term_start, r.term_end, r.gender, r.household_id, r.name,
                            (r.person_id, r.role, r.group_id, r.grid_id, r.party_org_id))
            )  # fmt: skip
    return out


def _people(assignments: list[_Assignment], role: Role) -> dict[str, _Assignment]:
    """One entry per person holding ``role`` (a person counts once however many rows)."""
    return {a.person_id: a for a in assignments if a.role == role}


def _representatives_meeting(current: list[_Assignment]) -> list[CompositionWarning]:
    """Art 25: representatives ≥ 4/5 and women representatives ≥ 1/3 of 村委会成员 + 村民代表."""
    reps = _people(current, Role.VILLAGER_REPRESENTATIVE)
    committee = _people(current, Role.VILLAGE_COMMITTEE)
    composition = len(set(reps) | set(committee))
    if not reps:
        return []
    out = []
    rows = tuple(a.id for a in reps.values())
    if len(reps) * 5 < composition * 4:
        need = -(-composition * 4 // 5)
        out.append(CompositionWarning(
            "representatives_share",
            f"村民代表 {len(reps)} 人，不足村民代表会议组成人员（{composition} 人）的五分之四（至少 {need} 人）",
            f"{len(reps)} villager representatives are less than 4/5 of the representatives' meeting "
            f"({composition} members; at least {need} needed)",
            rows,
        ))  # fmt: skip
    women = [a for a in reps.values() if a.gender == "女"]
    if len(women) * 3 < composition:
        need = -(-composition // 3)
        out.append(CompositionWarning(
            "women_share",
            f"妇女村民代表 {len(women)} 人，不足村民代表会议组成人员（{composition} 人）的三分之一（至少 {need} 人）",
            f"{len(women)} women representatives are less than 1/3 of the representatives' meeting "
            f"({composition} members; at least {need} needed)",
            rows,
        ))  # fmt: skip
    return out


def _committee_size(current: list[_Assignment]) -> list[CompositionWarning]:
    committee = _people(current, Role.VILLAGE_COMMITTEE)
    if COMMITTEE_MIN <= len(committee) <= COMMITTEE_MAX:
        return []
    return [CompositionWarning(
        "committee_size",
        f"村（居）民委员会现有 {len(committee)} 人，法定为 {COMMITTEE_MIN} 至 {COMMITTEE_MAX} 人",
        f"the village committee has {len(committee)} members; the law requires {COMMITTEE_MIN} to {COMMITTEE_MAX}",
        tuple(a.id for a in committee.values()),
    )]  # fmt: skip


def _supervisors(current: list[_Assignment]) -> list[CompositionWarning]:
    """Art 32: 村委会成员及其近亲属不得担任村务监督机构成员. The register has no kinship links,
    so living in the same household as a committee member is taken as a sign of close kinship."""
    committee = _people(current, Role.VILLAGE_COMMITTEE)
    households = {a.household_id: a for a in committee.values() if a.household_id}
    out = []
    for person_id, s in _people(current, Role.SUPERVISION_COMMITTEE).items():
        if person_id in committee:
            out.append(CompositionWarning(
                "supervisor_is_committee",
                f"{s.name} 既是村委会成员又是村务监督委员会成员，村委会成员不得兼任",
                f"{s.name} is both a village committee member and a supervision committee member, which the law forbids",
                (s.id, committee[person_id].id),
            ))  # fmt: skip
        elif s.household_id in households:
            member = households[s.household_id]
            out.append(CompositionWarning(
                "supervisor_relative",
                f"村务监督委员会成员 {s.name} 与村委会成员 {member.name} 同户，可能是近亲属"
                "（系统按同户推断，请核实；近亲属不得担任监督委员）",
                f"supervision committee member {s.name} lives in the same household as village committee member "
                f"{member.name} and may be a close relative (inferred from the household; please verify)",
                (s.id, member.id),
            ))  # fmt: skip
    return out


def _overlaps(assignments: list[_Assignment]) -> list[CompositionWarning]:
    """Two terms of the same person in the same office (same group, grid or Party organisation) that overlap."""
    by_key: dict[tuple[str | None, ...], list[_Assignment]] = defaultdict(list)
    for a in assignments:
        by_key[a.key].append(a)
    out = []
    for terms in by_key.values():
        terms.sort(key=lambda a: a.start)
        for earlier, later in zip(terms, terms[1:]):
            if earlier.end is None or earlier.end >= later.start:
                out.append(CompositionWarning(
                    "term_overlap",
                    f"{later.name} 的“{_label(later.role)}”任期重叠：{earlier.start}—{earlier.end or '至今'} 与 "
                    f"{later.start}—{later.end or '至今'}",
                    f"{later.name} holds the same office ({later.role}) in overlapping terms: {earlier.start}–"
                    f"{earlier.end or 'open'} and {later.start}–{later.end or 'open'}",
                    (earlier.id, later.id),
                ))  # fmt: skip
    return out


def _label(role: str) -> str:
    from lufeng_desktop.core.roles import ROLE_LABELS  # noqa: PLC0415

    return ROLE_LABELS.get(Role(role), role) if role in Role._value2member_map_ else role


def _central_households(session: Session, flt: RegisterFilter, villages: dict[str, str]) -> list[CompositionWarning]:
    ch, chm = m.CentralHousehold, m.CentralHouseholdMember
    query = (
        select(ch.id, ch.village_id, ch.name, func.count(chm.id))
        .join(chm, (chm.central_household_id == ch.id) & chm.deleted_at.is_(None))
        .where(ch.deleted_at.is_(None), ch.village_id.in_(list(villages)))
        .group_by(ch.id)
        .having(func.count(chm.id) > CENTRAL_HOUSEHOLD_SOFT_LIMIT)
    )
    return [
        CompositionWarning(
            "central_household_size",
            f"{villages[village_id]}：{name}联系党员 {count} 名，超过建议上限 {CENTRAL_HOUSEHOLD_SOFT_LIMIT} 名",
            f"{villages[village_id]}: {name} links {count} Party members, more than the suggested "
            f"{CENTRAL_HOUSEHOLD_SOFT_LIMIT}",
            (household_id,),
            village_id,
        )
        for household_id, village_id, name, count in session.execute(query)
    ]
