"""How many of each unit the demo register has: Lufeng's published figures, or a small test village set."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    towns: int
    villages: int
    groups: int
    demo_sites: int
    grids: int
    small_grid_branches: int
    party_groups: int
    central_households: int
    people_per_group: int


# The source document (shared/seed): 21 镇(街), 346 村(社区), 1,170 村(居)民小组, 200 示范点, 3,047 网格,
# 235 小网格党支部, 1,867 党小组, 782 党员中心户.
LUFENG = Scale("lufeng", 21, 346, 1170, 200, 3047, 235, 1867, 782, 256)
SMALL = Scale("small", 1, 3, 10, 2, 25, 2, 12, 4, 60)
SCALES = {s.name: s for s in (LUFENG, SMALL)}


def spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """Split ``total`` into ``parts`` near-equal integers; a random subset gets the remainder."""
    base, extra = divmod(total, parts)
    lucky = set(rng.sample(range(parts), extra))
    return [base + (1 if i in lucky else 0) for i in range(parts)]


@dataclass(frozen=True)
class VillagePlan:
    town_index: int
    index_in_town: int
    groups: int
    extra_small_grids: int  # small grids beyond one per group
    small_grid_branches: int
    party_groups: int
    central_households: int
    has_demo_site: bool
    community: bool


def village_plans(scale: Scale, rng: random.Random) -> list[VillagePlan]:
    per_town = spread(scale.villages, scale.towns, rng)
    groups = [max(g, 1) for g in spread(scale.groups, scale.villages, rng)]
    # grids: one 大网格 per village, one 中网格 and at least one 小网格 per group, the rest spread
    extra_small = spread(scale.grids - scale.villages - 2 * scale.groups, scale.villages, rng)
    branches = spread(scale.small_grid_branches, scale.villages, rng)
    party_groups = spread(scale.party_groups, scale.villages, rng)
    central = spread(scale.central_households, scale.villages, rng)
    demo = set(rng.sample(range(scale.villages), scale.demo_sites))
    plans, index = [], 0
    for town, count in enumerate(per_town):
        for k in range(count):
            streets = town < 3  # the three 街道 are mostly urban communities
            community = k < (count // 2 if streets else 1)
            plans.append(
                VillagePlan(
                    town, k, groups[index], extra_small[index], branches[index], party_groups[index],
                    min(central[index], party_groups[index]), index in demo, community,
                )
            )  # fmt: skip
            index += 1
    return plans
