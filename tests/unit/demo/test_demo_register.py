"""The demonstration register: Lufeng's published counts, valid people, and lawful committees."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from lufeng_desktop.core.idcard import parse_id_number
from lufeng_desktop.core.phone import parse_phone
from lufeng_desktop.services.demo.generate import TERM_START
from lufeng_desktop.services.stats import register_counts
from lufeng_desktop.store.database import open_store

# The source document (shared/seed): the figures the town quotes.
LUFENG_COUNTS = {"towns": 21, "villages": 346, "groups": 1170, "demo_sites": 200, "grids": 3047,
                 "party_branches": 235, "party_groups": 1867, "central_households": 782}  # fmt: skip


class _Db(sqlite3.Connection):
    counts: dict[str, int]


@pytest.fixture(scope="module")
def lufeng_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Db]:
    from lufeng_desktop.services.demo.generate import generate

    folder = tmp_path_factory.mktemp("lufeng")
    store = open_store(folder, create=True)
    try:
        generate(store, store.actor("演示"), scale="lufeng", seed=1)
        with store.sessions() as session:
            counts = register_counts(session)
    finally:
        store.dispose()
    connection = sqlite3.connect(folder / "lufeng.db", factory=_Db)
    connection.counts = counts
    yield connection
    connection.close()


def test_lufeng_scale_matches_the_source_document(lufeng_db: _Db) -> None:
    counts = lufeng_db.counts
    assert {k: counts[k] for k in LUFENG_COUNTS} == LUFENG_COUNTS
    assert 250_000 <= counts["people"] <= 400_000
    assert 60_000 <= counts["households"] <= 110_000
    towns = [row[0] for row in lufeng_db.execute("SELECT name FROM town ORDER BY code")]
    assert towns[:3] == ["东海街道", "城东街道", "河西街道"] and "碣石镇" in towns and "甲子镇" in towns


def test_every_person_has_a_valid_unique_lufeng_id_and_valid_phone(lufeng_db: _Db) -> None:
    rows = lufeng_db.execute("SELECT id_number, gender, birth_date, phone FROM person").fetchall()
    numbers = [r[0] for r in rows]
    assert len(set(numbers)) == len(numbers)
    for id_number, gender, birth, phone in rows[::97]:  # a sample keeps this test quick
        info = parse_id_number(id_number, today=date(2026, 11, 26))
        assert info.region_code == "441581" and info.gender == gender and info.birth_date.isoformat() == birth
        if phone:
            assert parse_phone(phone).kind == "mobile"
    rare = lufeng_db.execute("SELECT count(*) FROM person WHERE name LIKE '%𬱖%' OR name LIKE '%䶮%'").fetchone()[0]
    assert rare > 0  # names with rare characters exist, so every screen and PDF meets them


def _current(role: str) -> str:
    return (f"SELECT r.village_id, p.id, p.gender, p.household_id FROM role_assignment r JOIN person p ON p.id = r.person_id "
            f"WHERE r.role = '{role}' AND r.term_start <= '{TERM_START.isoformat()}' AND r.term_end >= '2026-11-26'")  # fmt: skip


def test_every_village_satisfies_the_composition_rules(lufeng_db: _Db) -> None:
    committee: dict[str, list[tuple[str, str, str]]] = {}
    for village, person, gender, household in lufeng_db.execute(_current("village_committee")):
        committee.setdefault(village, []).append((person, gender, household))
    reps: dict[str, list[tuple[str, str, str]]] = {}
    for village, person, gender, household in lufeng_db.execute(_current("villager_representative")):
        reps.setdefault(village, []).append((person, gender, household))
    supervisors: dict[str, list[tuple[str, str, str]]] = {}
    for village, person, gender, household in lufeng_db.execute(_current("supervision_committee")):
        supervisors.setdefault(village, []).append((person, gender, household))
    assert len(committee) == len(reps) == len(supervisors) == 346
    for village, members in committee.items():
        assert 3 <= len(members) <= 7  # 村委会 of 3–7 (组织法 Art 6)
        composition = len(members) + len(reps[village])
        assert len(reps[village]) * 5 >= composition * 4  # representatives ≥ 4/5 (Art 26)
        women = sum(1 for _p, g, _h in reps[village] if g == "女")
        assert women * 3 >= composition  # women ≥ 1/3 of the meeting
        committee_people = {p for p, _g, _h in members}
        committee_households = {h for _p, _g, h in members}
        for person, _gender, household in supervisors[village]:  # Art 32: not members nor their close relatives
            assert person not in committee_people and household not in committee_households


def test_central_households_link_about_ten_party_members(lufeng_db: _Db) -> None:
    sizes = [row[0] for row in lufeng_db.execute(
        "SELECT count(*) FROM central_household_member GROUP BY central_household_id")]  # fmt: skip
    assert len(sizes) == 782 and set(sizes) == {10}
    non_members = lufeng_db.execute(
        "SELECT count(*) FROM central_household_member m LEFT JOIN party_membership pm ON pm.person_id = m.person_id "
        "WHERE pm.id IS NULL"
    ).fetchone()[0]
    assert non_members == 0


def test_party_membership_covers_the_voting_exclusions(lufeng_db: _Db) -> None:
    kinds = dict(lufeng_db.execute("SELECT status, count(*) FROM party_membership GROUP BY status").fetchall())
    voting = dict(lufeng_db.execute("SELECT voting_status, count(*) FROM party_membership GROUP BY voting_status").fetchall())
    assert kinds["正式"] > 10_000 and kinds["预备"] > 100
    assert voting["留党察看"] > 0 and voting["excluded"] > 0
    unexplained = lufeng_db.execute(
        "SELECT count(*) FROM party_membership WHERE voting_status = 'excluded' AND "
        "(exclusion_reason = '' OR exclusion_approval_ref = '')"
    ).fetchone()[0]
    assert unexplained == 0


def test_the_generated_database_is_sound_by_check(small_demo_template: Path) -> None:
    from lufeng_desktop.services.integrity import check_store

    store = open_store(small_demo_template)
    try:
        report = check_store(store)
    finally:
        store.dispose()
    assert report.ok, report.problems
    inserts = sqlite3.connect(small_demo_template / "lufeng.db").execute("SELECT count(*) FROM change_log WHERE op = 'insert'").fetchone()[0]
    assert inserts == report.checked_rows  # one insert entry per generated row (demo matters, made by the services, add updates)
