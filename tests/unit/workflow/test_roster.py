"""Who counts as 应到, derived from the small demo register's roles, terms and Party records."""

from __future__ import annotations

from datetime import date

import pytest
from matter_helpers import first_village_id
from sqlalchemy import select

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.roles import PartyStatus, Role, VotingStatus
from lufeng_desktop.services.roster import derive_roster
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.models import Household, PartyMembership, Person, RoleAssignment

ON = date(2026, 6, 1)  # inside the 2026–2031 term


def _holders(store: Store, village: str, role: Role, on: date = ON) -> set[str]:
    with store.sessions() as session:
        rows = session.scalars(select(RoleAssignment).where(RoleAssignment.village_id == village, RoleAssignment.role == str(role)))
        return {r.person_id for r in rows if r.term_start <= on and (r.term_end is None or r.term_end >= on)}


def test_party_committee_is_the_five_sitting_members_secretary_first(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "party_committee", ON)
    assert {m.key for m in roster.members} == _holders(small_demo, village, Role.PARTY_COMMITTEE)
    assert roster.base == 5 and roster.members[0].label == "支委书记"


def test_joint_meeting_counts_a_person_on_both_committees_once(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    party, committee = _holders(small_demo, village, Role.PARTY_COMMITTEE), _holders(small_demo, village, Role.VILLAGE_COMMITTEE)
    assert party & committee, "the demo's 主任 is also 书记 (一肩挑)"
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "joint_committees", ON)
    assert roster.base == len(party | committee) == len(roster.members)
    both = [m for m in roster.members if m.key in party & committee][0]
    assert "支委书记" in both.label and "村委会主任" in both.label


def test_terms_decide_who_sat_on_the_day(small_demo: Store) -> None:
    """Before the 2026 election only the previous 村委会 was in office; the new 支委 was not."""
    village = first_village_id(small_demo)
    before = date(2026, 1, 10)
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "joint_committees", before)
    assert {m.key for m in roster.members} == _holders(small_demo, village, Role.VILLAGE_COMMITTEE, before)
    assert roster.base == 5


def test_party_congress_counts_formal_voting_members_and_explains_the_rest(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "party_congress", ON)
        records = {m.person_id: m for m in session.scalars(select(PartyMembership).where(PartyMembership.village_id == village))}
    expected = {
        pid for pid, m in records.items()
        if m.status == PartyStatus.FORMAL and m.voting_status == VotingStatus.NORMAL and m.joined_on <= ON
        and (m.full_member_on is None or m.full_member_on <= ON)
    }  # fmt: skip
    assert roster.counted_keys() == expected
    outside = [m for m in roster.members if not m.counted]
    assert outside and all(m.note for m in outside)
    for member in outside:
        record = records[member.key]
        if record.voting_status == VotingStatus.EXCLUDED:
            assert record.exclusion_reason in member.note
        elif record.voting_status == VotingStatus.PROBATION:
            assert "留党察看" in member.note


def test_representatives_meeting_is_committee_plus_representatives(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "representatives_meeting", ON)
    wanted = _holders(small_demo, village, Role.VILLAGE_COMMITTEE) | _holders(small_demo, village, Role.VILLAGER_REPRESENTATIVE)
    assert roster.counted_keys() == wanted
    assert roster.base >= 25  # at least 20 representatives + 5 committee members


def test_villagers_meeting_is_everyone_eighteen_or_older_on_the_day(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    with small_demo.sessions() as session:
        roster = derive_roster(session, village, "villagers_meeting_persons", ON)
        people = session.execute(select(Person.id, Person.birth_date).where(Person.village_id == village)).all()
        households = session.scalars(select(Household.id).where(Household.village_id == village)).all()
        by_household = derive_roster(session, village, "villagers_meeting_households", ON)
    adults = {pid for pid, born in people if born is not None and (ON.year - born.year - ((ON.month, ON.day) < (born.month, born.day))) >= 18}
    assert roster.counted_keys() == adults
    assert by_household.unit == "户" and by_household.counted_keys() == set(households)


def test_group_meeting_needs_a_group_and_unknown_bodies_are_refused(small_demo: Store) -> None:
    village = first_village_id(small_demo)
    with small_demo.sessions() as session:
        with pytest.raises(ValidationError, match="村民小组"):
            derive_roster(session, village, "villagers_group_meeting_persons", ON)
        with pytest.raises(ValidationError) as info:
            derive_roster(session, village, "collective_representatives_meeting", ON)
    assert info.value.code == "roster_unavailable"
