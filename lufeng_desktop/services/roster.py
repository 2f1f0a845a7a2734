"""Who counts as 应到 for a body on a date, derived from the register — never typed by the clerk.

支委会 = the 支委 in office; 两委 = 支委 ∪ 村委会 (a person on both counted once); 党员大会 = formal
members with voting rights (预备党员, 留党察看 and approved exclusions are listed but not counted,
with the reason); 村民代表会议 = 村委会 members + 村民代表; 村民会议 = villagers 18+ or households.
The meeting step stores the result as a snapshot (MatterRosterEntry), so later register edits do
not change a past meeting's base.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.roles import PartyStatus, Role, VotingStatus
from lufeng_desktop.store.models import Household, PartyMembership, Person, RoleAssignment


@dataclass(frozen=True)
class RosterMember:
    key: str  # person id, or household id for per-household bodies
    name: str
    label: str
    counted: bool = True
    note: str = ""  # why not counted
    is_household: bool = False


@dataclass(frozen=True)
class Roster:
    body: str
    on: date
    unit: str
    members: tuple[RosterMember, ...]

    @property
    def base(self) -> int:
        return sum(1 for m in self.members if m.counted)

    def counted_keys(self) -> frozenset[str]:
        return frozenset(m.key for m in self.members if m.counted)


_PERSON_BODIES = {"villagers_meeting_persons", "residents_meeting", "collective_members_meeting"}
_GROUP_BODIES = {"villagers_group_meeting_persons", "villagers_group_meeting_households"}


def derive_roster(session: Session, village_id: str, body: str, on: date, *, group_id: str | None = None) -> Roster:
    """The eligible roster of ``body`` in ``village_id`` on ``on``."""
    if body == "party_committee":
        members = _office_holders(session, village_id, on, (Role.PARTY_COMMITTEE,))
    elif body == "joint_committees":
        members = _office_holders(session, village_id, on, (Role.PARTY_COMMITTEE, Role.VILLAGE_COMMITTEE))
    elif body == "representatives_meeting":
        members = _office_holders(session, village_id, on, (Role.VILLAGE_COMMITTEE, Role.VILLAGER_REPRESENTATIVE))
    elif body == "party_congress":
        members = _party_members(session, village_id, on)
    elif body in _PERSON_BODIES:
        members = _adults(session, village_id, on, None)
    elif body == "villagers_meeting_households":
        members = _households(session, village_id, None)
    elif body in _GROUP_BODIES:
        if group_id is None:
            raise ValidationError("村民小组会议须选定村民小组", "a villager-group meeting needs its group", field="group_id", code="group_required")
        members = _adults(session, village_id, on, group_id) if body.endswith("persons") else _households(session, village_id, group_id)
    else:
        raise ValidationError(
            f"台账中没有“{body}”的成员名单，无法生成应到名单",
            f"the register has no member list for body '{body}'",
            field="body",
            code="roster_unavailable",
        )
    unit = "户" if body.endswith("households") else "人"
    return Roster(body, on, unit, tuple(members))


def _in_term(on: date) -> object:
    return and_(RoleAssignment.term_start <= on, or_(RoleAssignment.term_end.is_(None), RoleAssignment.term_end >= on))


_ROLE_NAMES = {Role.PARTY_COMMITTEE: "支委", Role.VILLAGE_COMMITTEE: "村委会", Role.VILLAGER_REPRESENTATIVE: "村民代表"}


def _office_holders(session: Session, village_id: str, on: date, roles: tuple[Role, ...]) -> list[RosterMember]:
    rows = session.execute(
        select(Person.id, Person.name, RoleAssignment.role, RoleAssignment.post)
        .join(RoleAssignment, RoleAssignment.person_id == Person.id)
        .where(
            RoleAssignment.village_id == village_id,
            RoleAssignment.role.in_([str(r) for r in roles]),
            RoleAssignment.deleted_at.is_(None),
            Person.deleted_at.is_(None),
            _in_term(on),
        )
    ).all()
    labels: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    order = {str(r): i for i, r in enumerate(roles)}
    for person_id, name, role, post in sorted(rows, key=lambda r: (order[r.role], _post_rank(r.post), r.name)):
        names[person_id] = name
        text = f"{_ROLE_NAMES[Role(role)]}{post}" if role != Role.VILLAGER_REPRESENTATIVE else "村民代表"
        labels.setdefault(person_id, []).append(text)
    return [RosterMember(pid, names[pid], "、".join(dict.fromkeys(labels[pid]))) for pid in labels]


def _post_rank(post: str) -> int:
    return {"书记": 0, "主任": 0, "副书记": 1, "副主任": 1}.get(post, 2)


def _party_members(session: Session, village_id: str, on: date) -> list[RosterMember]:
    rows = session.execute(
        select(Person.id, Person.name, PartyMembership)
        .join(PartyMembership, PartyMembership.person_id == Person.id)
        .where(
            PartyMembership.village_id == village_id,
            PartyMembership.active.is_(True),
            PartyMembership.deleted_at.is_(None),
            PartyMembership.joined_on <= on,
            Person.deleted_at.is_(None),
        )
        .order_by(Person.name)
    ).all()
    members = []
    for person_id, name, ms in rows:
        formal = ms.status == PartyStatus.FORMAL and (ms.full_member_on is None or ms.full_member_on <= on)
        if not formal:
            members.append(RosterMember(person_id, name, "预备党员", False, "预备党员可列席，无表决权"))
        elif ms.voting_status == VotingStatus.PROBATION:
            members.append(RosterMember(person_id, name, "正式党员", False, "留党察看期间，无表决权"))
        elif ms.voting_status == VotingStatus.EXCLUDED:
            ref = f"（{ms.exclusion_approval_ref}）" if ms.exclusion_approval_ref else ""
            members.append(RosterMember(person_id, name, "正式党员", False, f"经批准不计入应到会人数：{ms.exclusion_reason}{ref}"))
        else:
            members.append(RosterMember(person_id, name, "正式党员"))
    return members


def _adult_cutoff(on: date) -> date:
    """Born on or before this day → 18 or older on ``on`` (29 Feb birthdays count from 1 Mar)."""
    try:
        return on.replace(year=on.year - 18)
    except ValueError:
        return on.replace(year=on.year - 18, day=28)


def _adults(session: Session, village_id: str, on: date, group_id: str | None) -> list[RosterMember]:
    query = select(Person.id, Person.name).where(
        Person.village_id == village_id, Person.deleted_at.is_(None), Person.birth_date <= _adult_cutoff(on)
    )
    if group_id is not None:
        query = query.where(Person.group_id == group_id)
    return [RosterMember(pid, name, "十八周岁以上村民") for pid, name in session.execute(query.order_by(Person.group_id, Person.household_id, Person.name))]


def _households(session: Session, village_id: str, group_id: str | None) -> list[RosterMember]:
    query = select(Household.id, Household.number).where(Household.village_id == village_id, Household.deleted_at.is_(None))
    if group_id is not None:
        query = query.where(Household.group_id == group_id)
    households = session.execute(query.order_by(Household.number)).all()
    heads = dict(
        session.execute(
            select(Person.household_id, Person.name).where(
                Person.village_id == village_id, Person.relation_to_head == "户主", Person.deleted_at.is_(None)
            )
        ).all()
    )
    return [RosterMember(hid, f"{heads.get(hid, '')}户（{number}）", "户代表", is_household=True) for hid, number in households]
