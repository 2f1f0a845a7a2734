"""Role catalogue: the offices a person can hold in a village, each with a term.

Codes are stored in the database; labels are what the clerk sees. Whether a
role counts towards a body's roster (e.g. 村民代表会议 = 村委会成员 + 村民代表)
is derived from these codes and the term dates on the meeting day.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VILLAGER_REPRESENTATIVE = "villager_representative"  # 村民代表
    VILLAGE_COMMITTEE = "village_committee"  # 村（居）民委员会成员
    PARTY_COMMITTEE = "party_committee"  # 村党组织委员（支委）
    SUPERVISION_COMMITTEE = "supervision_committee"  # 村务监督委员会成员
    GROUP_LEADER = "group_leader"  # 村民小组长
    GRID_WORKER = "grid_worker"  # 网格员
    PARTY_GROUP_LEADER = "party_group_leader"  # 党小组组长
    CENTRAL_HOUSEHOLD_HOST = "central_household_host"  # 党员中心户户主


ROLE_LABELS: dict[Role, str] = {
    Role.VILLAGER_REPRESENTATIVE: "村民代表",
    Role.VILLAGE_COMMITTEE: "村委会成员",
    Role.PARTY_COMMITTEE: "支委委员",
    Role.SUPERVISION_COMMITTEE: "村务监督委员会成员",
    Role.GROUP_LEADER: "村民小组长",
    Role.GRID_WORKER: "网格员",
    Role.PARTY_GROUP_LEADER: "党小组组长",
    Role.CENTRAL_HOUSEHOLD_HOST: "党员中心户户主",
}

# Posts within a committee (the ``post`` column of a role assignment).
POSTS: dict[Role, tuple[str, ...]] = {
    Role.VILLAGE_COMMITTEE: ("主任", "副主任", "委员"),
    Role.PARTY_COMMITTEE: ("书记", "副书记", "委员"),
    Role.SUPERVISION_COMMITTEE: ("主任", "委员"),
}


class PartyStatus(StrEnum):
    FORMAL = "正式"
    PROBATIONARY = "预备"


class VotingStatus(StrEnum):
    """Whether a Party member counts in the 应到会有表决权 base (DOMAIN.md §2.5)."""

    NORMAL = "normal"
    PROBATION = "留党察看"  # no voting right while it lasts
    EXCLUDED = "excluded"  # approved exclusion, with reason and approval reference


class Regime(StrEnum):
    VILLAGE = "村委会"
    COMMUNITY = "居委会"


class GridLevel(StrEnum):
    LARGE = "大"
    MEDIUM = "中"
    SMALL = "小"


class PartyOrgKind(StrEnum):
    GENERAL_BRANCH = "党总支"
    BRANCH = "党支部"
    SMALL_GRID_BRANCH = "小网格党支部"
    GROUP = "党小组"


class ChecklistStatus(StrEnum):
    NOT_MET = "未达标"
    IN_PROGRESS = "整改中"
    MET = "达标"


# A 党员中心户 links about ten members; more is allowed but warned about (DOMAIN.md §5).
CENTRAL_HOUSEHOLD_SOFT_LIMIT = 10

