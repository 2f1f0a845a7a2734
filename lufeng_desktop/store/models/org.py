"""The organisation tree: town → village/community → villager groups, grids and Party organisations."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, Syncable


class Town(Syncable, Base):
    """镇/街道. ``village_code`` holds the town's own code (a town row belongs to the town)."""

    __tablename__ = "town"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(40))


class Village(Syncable, Base):
    """村/社区, identified by its 12-digit national division code."""

    __tablename__ = "village"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    town_id: Mapped[str] = mapped_column(ForeignKey("town.id"), index=True)
    regime: Mapped[str] = mapped_column(String(8))  # core.roles.Regime


class VillagerGroup(Syncable, Base):
    """村（居）民小组."""

    __tablename__ = "villager_group"
    __table_args__ = (UniqueConstraint("village_id", "number"),)
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))


class Grid(Syncable, Base):
    """大/中/小网格; a smaller grid sits inside its parent."""

    __tablename__ = "grid"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    level: Mapped[str] = mapped_column(String(2))  # core.roles.GridLevel
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"), index=True)


class GridGroup(Syncable, Base):
    """Which villager groups a grid covers (its own row so the link syncs like any change)."""

    __tablename__ = "grid_group"
    grid_id: Mapped[str] = mapped_column(ForeignKey("grid.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("villager_group.id"), index=True)


class PartyOrg(Syncable, Base):
    """党总支 / 党支部 / 小网格党支部 / 党小组, with its parent organisation."""

    __tablename__ = "party_org"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # core.roles.PartyOrgKind
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("party_org.id"), index=True)
    grid_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"), index=True)


class CentralHousehold(Syncable, Base):
    """党员中心户: a Party member's household that links about ten members (soft limit)."""

    __tablename__ = "central_household"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    party_group_id: Mapped[str] = mapped_column(ForeignKey("party_org.id"), index=True)
    host_person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))


class CentralHouseholdMember(Syncable, Base):
    __tablename__ = "central_household_member"
    central_household_id: Mapped[str] = mapped_column(ForeignKey("central_household.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
