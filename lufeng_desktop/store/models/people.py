"""Households, people, their offices (with terms) and Party membership."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lufeng_desktop.store.base import Base, Syncable


class Household(Syncable, Base):
    __tablename__ = "household"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("villager_group.id"), index=True)
    number: Mapped[str] = mapped_column(String(20))  # 户号
    address: Mapped[str] = mapped_column(String(120), default="")  # personal data: never printed publicly


class Person(Syncable, Base):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_name", "name"),
        Index("ix_person_name_initials", "name_initials"),
        Index("ix_person_id_number", "id_number"),
    )
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("villager_group.id"), index=True)
    household_id: Mapped[str | None] = mapped_column(ForeignKey("household.id"), index=True)
    name: Mapped[str] = mapped_column(String(30))
    name_initials: Mapped[str] = mapped_column(String(30), default="")  # pinyin initials for search (张三 → zs)
    name_pinyin: Mapped[str] = mapped_column(String(120), default="")
    gender: Mapped[str] = mapped_column(String(2))  # 男 / 女
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(20))
    relation_to_head: Mapped[str] = mapped_column(String(10), default="")  # 户主, 配偶, 子 …
    notes: Mapped[str] = mapped_column(Text, default="")


class PersonNameGram(Base):
    """The people-search index of name substrings: every position of a name with the character after it
    (陈勇海 → 陈勇, 勇海, 海), so any substring is found by its first two characters. Chinese names are two or
    three characters, too short for SQLite's trigram full-text index.

    Written only by the triggers of migration 0007 (on every insert and rename, also by sync's plain SQL);
    never synced, never read except by services/queries.py. ASCII letters are lower-cased, as LIKE does.
    """

    __tablename__ = "person_name_gram"
    __table_args__ = {"sqlite_with_rowid": False}
    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class RoleAssignment(Syncable, Base):
    """One office held by one person for one term (core.roles.Role)."""

    __tablename__ = "role_assignment"
    __table_args__ = (Index("ix_role_assignment_village_role", "village_id", "role"),)
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    post: Mapped[str] = mapped_column(String(10), default="")  # 主任 / 书记 / 委员 …
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("villager_group.id"))  # for group leaders, representatives
    grid_id: Mapped[str | None] = mapped_column(ForeignKey("grid.id"))  # for grid workers
    party_org_id: Mapped[str | None] = mapped_column(ForeignKey("party_org.id"))  # for 支委, 党小组组长


class PartyMembership(Syncable, Base):
    """正式/预备 Party membership and whether the member counts in the voting base."""

    __tablename__ = "party_membership"
    village_id: Mapped[str] = mapped_column(ForeignKey("village.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    party_org_id: Mapped[str] = mapped_column(ForeignKey("party_org.id"), index=True)  # the branch
    party_group_id: Mapped[str | None] = mapped_column(ForeignKey("party_org.id"), index=True)
    status: Mapped[str] = mapped_column(String(4))  # core.roles.PartyStatus
    joined_on: Mapped[date] = mapped_column(Date)
    full_member_on: Mapped[date | None] = mapped_column(Date)
    voting_status: Mapped[str] = mapped_column(String(10), default="normal")  # core.roles.VotingStatus
    exclusion_reason: Mapped[str] = mapped_column(String(120), default="")
    exclusion_approval_ref: Mapped[str] = mapped_column(String(60), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
