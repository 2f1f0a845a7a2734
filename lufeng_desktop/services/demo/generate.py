"""Generate the demo register in one transaction, with change-log entries and one audit entry.

Everything is drawn from ``random.Random(seed)``, so the same seed gives the same
register. Committees are built to satisfy the composition rules of DOMAIN.md
§2.3 and §5: 村委会 of 5 with women on it, representatives at least 4/5 of the
representatives' meeting and women at least 1/3 of it, a 村务监督委员会 of 3 drawn
from outside the 村委会 members' households.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from lufeng_desktop.core import divisions
from lufeng_desktop.core.actor import Actor
from lufeng_desktop.core.names import full_pinyin, pinyin_initials
from lufeng_desktop.core.roles import (
    CENTRAL_HOUSEHOLD_SOFT_LIMIT, ChecklistStatus, GridLevel, PartyOrgKind, PartyStatus, Regime, Role, VotingStatus,
)  # fmt: skip
from lufeng_desktop.core.rules import load_five_haves
from lufeng_desktop.services.demo.matters import add_demo_matters
from lufeng_desktop.services.demo.people import PeopleFactory, PersonSeed
from lufeng_desktop.services.demo.plan import SCALES, Scale, VillagePlan, village_plans
from lufeng_desktop.services.demo.rows import RowBatch
from lufeng_desktop.store import models as m
from lufeng_desktop.store.base import utcnow
from lufeng_desktop.store.changelog import bulk_insert_with_changes
from lufeng_desktop.store.database import Store
from lufeng_desktop.services.uow import unit_of_work

Progress = Callable[[float, str], None]

TERM_START = date(2026, 4, 18)  # the 2026 村（居）两委 elections
TERM_END = date(2031, 4, 17)
PREVIOUS_TERM = (date(2021, 4, 10), date(2026, 4, 17))
VILLAGE_NAME_CHARS = "东西南北上下新旧田洋埔寮港湖岭坑头尾围厝溪塘山林桥岗"
SERVICE_FUNCTIONS = ("政务服务", "党群活动", "综合治理", "协商议事", "文体康养", "文明实践")


@dataclass
class DemoSummary:
    scale: str
    seed: int
    counts: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=50_000)
def _pinyin_part(text: str) -> tuple[str, str]:
    return pinyin_initials(text), full_pinyin(text)


def _pinyin(surname: str, given: str) -> tuple[str, str]:
    """Pinyin of surname and given name, each cached: far fewer distinct parts than distinct names.

    The given name is read after a neutral surname (王) so its first character gets
    its ordinary reading, not a surname reading.
    """
    s_initials, s_full = _pinyin_part(surname)
    g_initials, g_full = _pinyin_part("王" + given)
    return s_initials + g_initials[1:], s_full + g_full[len("wang") :]


def generate(store: Store, actor: Actor, *, scale: str = "small", seed: int = 1, today: date | None = None,
             progress: Progress | None = None) -> DemoSummary:  # fmt: skip
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}")
    plan = SCALES[scale]
    rng = random.Random(seed)
    today = today or date(2026, 11, 26)
    batch = RowBatch(rng, actor.device_id, utcnow())
    _Builder(batch, rng, PeopleFactory(rng, today), today, plan).build(progress)
    summary = DemoSummary(scale, seed)
    with unit_of_work(store, actor, "demo.generate", scale=scale, seed=seed) as session:
        connection = session.connection()
        tables = batch.tables()
        for done, (table, rows) in enumerate(tables):
            summary.counts[table.name] = bulk_insert_with_changes(connection, table, rows, actor)
            if progress:
                progress(0.5 + 0.5 * (done + 1) / len(tables), f"写入 {table.name}")
    summary.counts.update(add_demo_matters(store, actor, scale=scale, seed=seed, today=today))
    return summary


class _Builder:
    def __init__(self, batch: RowBatch, rng: random.Random, people: PeopleFactory, today: date, scale: Scale) -> None:
        self.batch, self.rng, self.people, self.today, self.scale = batch, rng, people, today, scale
        self.criteria = [c.code for c in load_five_haves()]

    def build(self, progress: Progress | None) -> None:
        plans = village_plans(self.scale, self.rng)
        town_ids: dict[int, str] = {}
        for i, plan in enumerate(plans):
            if plan.town_index not in town_ids:
                code = divisions.town_code(plan.town_index)
                town_ids[plan.town_index] = self.batch.add(
                    m.Town.__table__, code, code=code, name=divisions.LUFENG_TOWNS[plan.town_index]
                )
            _VillageBuilder(self, plan, town_ids[plan.town_index]).build()
            if progress and i % 10 == 0:
                progress(0.5 * (i + 1) / len(plans), "生成村情数据")


class _VillageBuilder:
    def __init__(self, parent: _Builder, plan: VillagePlan, town_id: str) -> None:
        self.p, self.plan, self.town_id = parent, plan, town_id
        self.batch, self.rng = parent.batch, parent.rng
        self.code = f"{divisions.town_code(plan.town_index)}{(0 if plan.community else 200) + plan.index_in_town + 1:03d}"
        self.adults: list[tuple[str, PersonSeed, str, str]] = []  # (person id, seed, group id, household id)

    def add(self, model: Any, **values: Any) -> str:
        return self.batch.add(model.__table__, self.code, **values)

    def build(self) -> None:
        regime = Regime.COMMUNITY if self.plan.community else Regime.VILLAGE
        suffix = "社区" if self.plan.community else "村"
        name = "".join(self.rng.sample(VILLAGE_NAME_CHARS, 2)) + suffix
        self.village_id = self.add(m.Village, code=self.code, name=name, town_id=self.town_id, regime=str(regime))
        self.fill()

    def fill(self) -> None:
        """Everything inside the village ``self.village_id``: groups, households, people, grids, Party, committees."""
        self.groups = [self._group(n) for n in range(1, self.plan.groups + 1)]
        self._grids()
        members = self._party()
        self._committees(members)
        self._party_structure(members)
        if self.plan.has_demo_site:
            self._demo_site()

    def _group(self, number: int) -> str:
        group_id = self.add(m.VillagerGroup, village_id=self.village_id, number=number, name=f"第{number}村民小组")
        target = max(8, int(self.rng.gauss(self.p.scale.people_per_group, self.p.scale.people_per_group * 0.15)))
        made, household_no = 0, 0
        while made < target:
            household_no += 1
            household_id = self.add(
                m.Household, village_id=self.village_id, group_id=group_id,
                number=f"{number:02d}{household_no:04d}", address=f"{number}组{household_no}号",
            )  # fmt: skip
            for seed in self.p.people.household():
                person_id = self._person(seed, group_id, household_id)
                if (self.p.today - seed.birth_date).days >= 18 * 365 + 4:
                    self.adults.append((person_id, seed, group_id, household_id))
                made += 1
        return group_id

    def _person(self, seed: PersonSeed, group_id: str, household_id: str) -> str:
        initials, spelled = _pinyin(seed.surname, seed.name[len(seed.surname) :])
        return self.add(
            m.Person, village_id=self.village_id, group_id=group_id, household_id=household_id, name=seed.name,
            name_initials=initials, name_pinyin=spelled, gender=seed.gender, birth_date=seed.birth_date,
            id_number=seed.id_number, phone=seed.phone, relation_to_head=seed.relation,
        )  # fmt: skip

    def _grids(self) -> None:
        large = self.add(m.Grid, village_id=self.village_id, level=str(GridLevel.LARGE), name="大网格", parent_id=None)
        self.small_grids: list[str] = []
        extra = set(self.rng.sample(range(len(self.groups)), min(self.plan.extra_small_grids, len(self.groups))))
        leftover = self.plan.extra_small_grids - len(extra)
        for i, group_id in enumerate(self.groups):
            self.add(m.GridGroup, grid_id=large, group_id=group_id)
            medium = self.add(m.Grid, village_id=self.village_id, level=str(GridLevel.MEDIUM), name=f"第{i + 1}中网格", parent_id=large)
            self.add(m.GridGroup, grid_id=medium, group_id=group_id)
            count = 1 + (1 if i in extra else 0) + (leftover if i == 0 else 0)
            for k in range(count):
                small = self.add(
                    m.Grid, village_id=self.village_id, level=str(GridLevel.SMALL), name=f"第{i + 1}-{k + 1}小网格", parent_id=medium
                )  # fmt: skip
                self.add(m.GridGroup, grid_id=small, group_id=group_id)
                self.small_grids.append(small)
        for grid_id in [large, *self.small_grids]:
            person_id, *_ = self.rng.choice(self.adults)
            self._role(Role.GRID_WORKER, person_id, grid_id=grid_id)

    def _party(self) -> list[tuple[str, PersonSeed, str, str]]:
        """About 7% of adults are Party members; at least enough for the central households' links."""
        needed = max(15, self.plan.central_households * (CENTRAL_HOUSEHOLD_SOFT_LIMIT + 1) + 5, int(len(self.adults) * 0.07))
        return self.rng.sample(self.adults, min(needed, len(self.adults)))

    def _party_structure(self, members: list[tuple[str, PersonSeed, str, str]]) -> None:
        kind = PartyOrgKind.GENERAL_BRANCH if len(members) > 50 else PartyOrgKind.BRANCH
        prefix = "中共" + self.code[-3:]
        branch = self.add(m.PartyOrg, village_id=self.village_id, kind=str(kind), name=f"{prefix}{kind}", parent_id=None, grid_id=None)
        parents = [branch]
        for i in range(self.plan.small_grid_branches):
            grid_id = self.small_grids[i % len(self.small_grids)]
            parents.append(self.add(
                m.PartyOrg, village_id=self.village_id, kind=str(PartyOrgKind.SMALL_GRID_BRANCH),
                name=f"第{i + 1}小网格党支部", parent_id=branch, grid_id=grid_id,
            ))  # fmt: skip
        party_groups = [
            self.add(m.PartyOrg, village_id=self.village_id, kind=str(PartyOrgKind.GROUP), name=f"第{i + 1}党小组",
                     parent_id=parents[i % len(parents)], grid_id=None)
            for i in range(self.plan.party_groups)
        ]  # fmt: skip
        by_group: dict[str, list[str]] = {g: [] for g in party_groups}
        for i, (person_id, seed, _group, _household) in enumerate(members):
            party_group = party_groups[i % len(party_groups)]
            by_group[party_group].append(person_id)
            self._membership(person_id, seed, branch, party_group, i)
        for party_group in party_groups:
            self._role(Role.PARTY_GROUP_LEADER, by_group[party_group][0], party_org_id=party_group)
        self._central_households(party_groups, members)

    def _membership(self, person_id: str, seed: PersonSeed, branch: str, party_group: str, i: int) -> None:
        adult_on = seed.birth_date.replace(year=seed.birth_date.year + 18) if seed.birth_date.month != 2 else seed.birth_date.replace(year=seed.birth_date.year + 18, day=1)  # fmt: skip
        span = max((self.p.today - adult_on).days - 400, 1)
        joined = adult_on + timedelta(days=self.rng.randrange(span))
        probationary = i % 33 == 5
        if probationary:
            joined = self.p.today - timedelta(days=self.rng.randrange(30, 300))
        voting, reason, ref = str(VotingStatus.NORMAL), "", ""
        if i % 211 == 7:
            voting = str(VotingStatus.PROBATION)
        elif i % 97 == 11:
            voting, reason, ref = str(VotingStatus.EXCLUDED), "外出务工超过六个月，党组织关系未转出", f"陆组〔2026〕{i}号"
        self.add(
            m.PartyMembership, village_id=self.village_id, person_id=person_id, party_org_id=branch,
            party_group_id=party_group, status=str(PartyStatus.PROBATIONARY if probationary else PartyStatus.FORMAL),
            joined_on=joined, full_member_on=None if probationary else joined + timedelta(days=365),
            voting_status=voting, exclusion_reason=reason, exclusion_approval_ref=ref,
        )  # fmt: skip

    def _central_households(self, party_groups: list[str], members: list[tuple[str, PersonSeed, str, str]]) -> None:
        pool = [person_id for person_id, *_ in members]
        cursor = 0
        for i in range(self.plan.central_households):
            host = pool[cursor]
            linked = pool[cursor + 1 : cursor + 1 + CENTRAL_HOUSEHOLD_SOFT_LIMIT]
            cursor += 1 + len(linked)
            household_id = self.add(
                m.CentralHousehold, village_id=self.village_id, party_group_id=party_groups[i], host_person_id=host,
                name=f"第{i + 1}党员中心户",
            )  # fmt: skip
            self._role(Role.CENTRAL_HOUSEHOLD_HOST, host)
            for person_id in linked:
                self.add(m.CentralHouseholdMember, central_household_id=household_id, person_id=person_id)

    def _committees(self, members: list[tuple[str, PersonSeed, str, str]]) -> None:
        working_age = [a for a in self.adults if 25 <= (self.p.today - a[1].birth_date).days // 365 <= 62]
        party_ids = {a[0] for a in members}
        women = [a for a in working_age if a[1].gender == "女" and a[0] not in party_ids]
        party_working = [a for a in members if a in working_age] or members
        chair = self.rng.choice(party_working)
        committee = [chair, *self.rng.sample(women, 2)]
        committee += self.rng.sample([a for a in working_age if a not in committee], 2)
        for person, post in zip(committee, ("主任", "副主任", "委员", "委员", "委员"), strict=True):
            self._role(Role.VILLAGE_COMMITTEE, person[0], post=post)
        previous = self.rng.sample(working_age, 5)
        for person, post in zip(previous, ("主任", "副主任", "委员", "委员", "委员"), strict=True):
            self._role(Role.VILLAGE_COMMITTEE, person[0], post=post, term=PREVIOUS_TERM)
        # 一肩挑: the 村委会主任 is also the Party secretary
        party_committee = [chair, *self.rng.sample([a for a in party_working if a is not chair], 4)]
        for person, post in zip(party_committee, ("书记", "副书记", "委员", "委员", "委员"), strict=True):
            self._role(Role.PARTY_COMMITTEE, person[0], post=post)
        committee_households = {a[3] for a in committee}
        outsiders = [a for a in working_age if a[3] not in committee_households]
        supervisors = self.rng.sample(outsiders, 3)
        for person, post in zip(supervisors, ("主任", "委员", "委员"), strict=True):
            self._role(Role.SUPERVISION_COMMITTEE, person[0], post=post)
        self._representatives(committee, supervisors)
        for group_id in self.groups:
            in_group = [a for a in self.adults if a[2] == group_id]
            self._role(Role.GROUP_LEADER, self.rng.choice(in_group)[0], group_id=group_id)

    def _representatives(self, committee: list[Any], supervisors: list[Any]) -> None:
        """Representatives ≥ 4/5 and women ≥ 1/3 of the meeting (村委会 members + representatives)."""
        households = len({a[3] for a in self.adults})
        total = min(max(20, households // 10), 60)
        composition = total + len(committee)
        women_needed = -(-composition // 3)  # ceil
        taken = {a[0] for a in committee} | {a[0] for a in supervisors}
        candidates = [a for a in self.adults if a[0] not in taken]
        women = [a for a in candidates if a[1].gender == "女"]
        chosen = self.rng.sample(women, min(women_needed, len(women)))
        rest = [a for a in candidates if a not in chosen]
        chosen += self.rng.sample(rest, total - len(chosen))
        for person_id, _seed, group_id, _household in chosen:
            self._role(Role.VILLAGER_REPRESENTATIVE, person_id, group_id=group_id)

    def _role(self, role: Role, person_id: str, *, post: str = "", term: tuple[date, date] = (TERM_START, TERM_END),
              group_id: str | None = None, grid_id: str | None = None, party_org_id: str | None = None) -> None:  # fmt: skip
        self.add(
            m.RoleAssignment, village_id=self.village_id, person_id=person_id, role=str(role), post=post,
            term_start=term[0], term_end=term[1], group_id=group_id, grid_id=grid_id, party_org_id=party_org_id,
        )  # fmt: skip

    def _demo_site(self) -> None:
        group_id = self.groups[0]
        functions = self.rng.sample(SERVICE_FUNCTIONS, 4)
        site = self.add(
            m.DemoSite, village_id=self.village_id, group_id=group_id, designated_on=date(2023, 3, 1),
            service_functions="\n".join(functions), notes="",
        )  # fmt: skip
        complete = self.rng.random() < 0.7
        for code in self.p.criteria:
            met = complete or self.rng.random() < 0.6
            status = ChecklistStatus.MET if met else self.rng.choice((ChecklistStatus.NOT_MET, ChecklistStatus.IN_PROGRESS))
            self.add(
                m.DemoSiteItem, demo_site_id=site, criterion_code=code, status=str(status),
                checked_on=date(2026, 6, 1) + timedelta(days=self.rng.randrange(150)), attachment_id=None, note="",
            )  # fmt: skip
        self.add(m.DemoSiteInspection, demo_site_id=site, inspected_on=date(2026, 9, 15), inspector="镇组织办", notes="五有台账齐全，公开栏内容按时更新。")
