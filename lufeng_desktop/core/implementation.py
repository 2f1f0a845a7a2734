"""Implementation facts of a 四议两公开 matter (组织实施 → 实施结果公开, DOMAIN.md §4.7): pure checks.

Why a fixed list of selection methods: the 实施结果公开 notice is compared across villages by the
town's 农办; a free-text "招标" vs "公开招投标" vs "招投标" defeats that. None of the rule files in
resources/rules lists them, so they live here (a town that needs another can add it in one line).
"""

from __future__ import annotations

from collections.abc import Iterable

from lufeng_desktop.core.errors import ValidationError

# How the contractor / counterparty was chosen, in the words the 公开栏 uses.
SELECTION_METHODS: tuple[str, ...] = (
    "公开招标",
    "邀请招标",
    "竞争性谈判",
    "比选",
    "竞价",
    "询价",
    "公开竞投",  # leases and sales of collective assets: highest bid wins
    "产权交易平台公开交易",  # 农村产权交易平台挂牌
    "直接委托",
    "村民自建（投工投劳）",
)

# Matter types whose result notice carries lessee, area, term, rent and payment schedule (DOMAIN.md §4.7).
ASSET_MATTER_TYPES: frozenset[str] = frozenset({
    "land_contract_plan", "land_contract_adjustment", "land_contract_outsider", "collective_project",
    "collective_property_disposal", "collective_construction_land", "collective_asset_transaction",
    "group_collective_property", "collective_investment",
})  # fmt: skip


def is_asset_matter(matter_type: str) -> bool:
    return matter_type in ASSET_MATTER_TYPES


def check_selection_method(value: str, *, field: str = "selection_method") -> str:
    """The method as stored: "" (not recorded) or one of SELECTION_METHODS."""
    method = value.strip()
    if method and method not in SELECTION_METHODS:
        raise ValidationError(
            f"选定方式应为：{'、'.join(SELECTION_METHODS)}",
            f"unknown selection method '{method}'",
            field=field,
            code="bad_selection_method",
        )
    return method


def check_fen(value: int | None, *, field: str, positive: bool = False) -> int | None:
    """Amounts are integer fen; a payment of 0 is a typing slip, a contract of 0 (义务投工) is not."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0 or (positive and value == 0):
        zh = "金额须为大于 0 的整数（分）" if positive else "金额须为不小于 0 的整数（分）"
        raise ValidationError(zh, "amounts are non-negative integers in fen", field=field, code="bad_amount")
    return value


def excess_over_contract(contract_fen: int | None, paid: Iterable[int]) -> int:
    """How much the payments exceed the contract amount (0 when within it or no contract was recorded)."""
    if contract_fen is None:
        return 0
    return max(0, sum(paid) - contract_fen)


def spending_by_source(payments: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """(funding source, fen) summed per source, in the order the sources first appear."""
    totals: dict[str, int] = {}
    for source, amount in payments:
        totals[source] = totals.get(source, 0) + amount
    return list(totals.items())


def split_lines(text: str) -> tuple[str, ...]:
    """Outstanding items as entered one per line (or separated by ；) → clean tuple without trailing 。."""
    parts = (p.strip().rstrip("。；;") for chunk in text.splitlines() for p in chunk.replace(";", "；").split("；"))
    return tuple(p for p in parts if p)
