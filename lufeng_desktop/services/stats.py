"""Counts of the register, as the town reports them (live rows only; tombstones are not counted)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lufeng_desktop.core.roles import PartyOrgKind
from lufeng_desktop.store import models as m

STATS_KEYS = (
    "towns", "villages", "groups", "grids", "party_branches", "party_groups",
    "central_households", "demo_sites", "households", "people",
)  # fmt: skip


def _count(session: Session, model: type, *where: object) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)).scalar() or 0)


def register_counts(session: Session) -> dict[str, int]:
    """``party_branches`` counts the 小网格党支部 (235 in Lufeng); village-level branches are ``village_party_orgs``."""
    org = m.PartyOrg
    village_kinds = (str(PartyOrgKind.BRANCH), str(PartyOrgKind.GENERAL_BRANCH))
    return {
        "towns": _count(session, m.Town),
        "villages": _count(session, m.Village),
        "groups": _count(session, m.VillagerGroup),
        "grids": _count(session, m.Grid),
        "party_branches": _count(session, org, org.kind == str(PartyOrgKind.SMALL_GRID_BRANCH)),
        "party_groups": _count(session, org, org.kind == str(PartyOrgKind.GROUP)),
        "central_households": _count(session, m.CentralHousehold),
        "demo_sites": _count(session, m.DemoSite),
        "households": _count(session, m.Household),
        "people": _count(session, m.Person),
        "village_party_orgs": _count(session, org, org.kind.in_(village_kinds)),
        "party_members": _count(session, m.PartyMembership, m.PartyMembership.active.is_(True)),
    }
