"""Load the town-editable rules in ``resources/rules/*.toml`` into frozen dataclasses.

The rules are data so a town can correct a threshold without a new release; that is
also why every malformed value becomes a ``ValidationError`` naming the file and the
key, instead of a wrong verdict later. Stdlib only (``tomllib``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.quorum import BaseKind, Comparison, MeetingRule, Requirement, Threshold

DEFAULT_RULE_SET = "village_law"
_UNITS = ("人", "户")
_DAY_UNITS = ("calendar", "working")
_ENFORCEMENTS = ("block", "warn")


@dataclass(frozen=True)
class RuleSet:
    """Per-matter overrides of the body rules (e.g. 2/3 of all members for land contracting)."""

    code: str
    name: str
    description: str
    allow_merge_steps_1_2: bool
    unsupported_bodies: frozenset[str]
    overrides: Mapping[str, Mapping[str, Requirement]]  # body → {"quorum"|"decision": Requirement}


@dataclass(frozen=True)
class MatterType:
    code: str
    name: str
    rule_set: str
    deciding_bodies: tuple[str, ...]
    source: str
    marker: str


@dataclass(frozen=True)
class MoneyThreshold:
    matter_type: str
    amount_from: int  # 元
    required_procedure: str
    note: str


@dataclass(frozen=True)
class Deadline:
    code: str
    label: str
    days: int
    unit: str  # "calendar" | "working"
    enforcement: str  # "block" | "warn"
    bodies: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Criterion:
    """One item of the 五有 checklist."""

    code: str
    label: str
    evidence: str


def _bad(path: Path, where: str, zh: str, en: str) -> ValidationError:
    return ValidationError(f"规则文件 {path.name} 的 {where}：{zh}", f"rules file {path.name}, {where}: {en}", field=where, code="bad_rules_file")


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ValidationError(f"找不到规则文件 {path}", f"rules file not found: {path}", field=str(path), code="rules_missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(f"规则文件 {path.name} 格式错误：{exc}", f"rules file {path.name} is not valid TOML: {exc}", field=str(path), code="bad_rules_file") from None


def _get(path: Path, where: str, table: dict[str, Any], key: str, kind: type, default: Any = ...) -> Any:
    if key not in table:
        if default is ...:
            raise _bad(path, where, f"缺少“{key}”", f"missing '{key}'")
        return default
    value = table[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise _bad(path, f"{where}.{key}", f"类型应为 {kind.__name__}", f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _strings(path: Path, where: str, table: dict[str, Any], key: str) -> tuple[str, ...]:
    values = _get(path, where, table, key, list, [])
    if not all(isinstance(v, str) for v in values):
        raise _bad(path, f"{where}.{key}", "应为字符串列表", "expected a list of strings")
    return tuple(values)


def _requirement(path: Path, where: str, table: Any, *, is_quorum: bool) -> Requirement:
    if not isinstance(table, dict):
        raise _bad(path, where, "应为表", "expected a table")
    comparison = _get(path, where, table, "comparison", str)
    base = _get(path, where, table, "base", str)
    if comparison not in {c.value for c in Comparison}:
        raise _bad(path, f"{where}.comparison", f"未知的比较方式“{comparison}”（应为 at_least 或 more_than）", f"unknown comparison '{comparison}'")
    if base not in {b.value for b in BaseKind}:
        raise _bad(path, f"{where}.base", f"未知的基数“{base}”", f"unknown base kind '{base}'")
    if is_quorum and base == BaseKind.PRESENT:
        raise _bad(path, f"{where}.base", "法定人数不能以到会人员为基数", "a quorum cannot count against those present")
    num, den = _get(path, where, table, "num", int), _get(path, where, table, "den", int)
    try:
        threshold = Threshold(num, den, Comparison(comparison))
    except ValidationError as exc:
        raise _bad(path, where, exc.zh, exc.en) from None
    return Requirement(
        threshold=threshold,
        base=BaseKind(base),
        wording=_get(path, where, table, "wording", str, ""),
        source=_get(path, where, table, "source", str, ""),
        marker=_get(path, where, table, "marker", str, ""),
        note=_get(path, where, table, "note", str, ""),
    )


# Verified files received from the town, by file name; set only by services.rules_provider.
_received: dict[str, Path] = {}


def use_received(files: Mapping[str, Path | str]) -> None:
    """Make the default loaders read these files instead of ``resources/rules`` (empty: the bundled ones again)."""
    _received.clear()
    _received.update({name: Path(path) for name, path in files.items()})


def bundled_file(name: str) -> Path:
    from lufeng_desktop.paths import resource_path  # noqa: PLC0415 - keeps core's imports stdlib-only

    return resource_path("rules", name)


def rules_file(name: str) -> Path:
    """The file the default loaders read for ``name``: the received one if in force, else the bundled one."""
    return _received.get(name) or bundled_file(name)


def _path(path: Path | str | None, name: str) -> Path:
    return Path(path) if path is not None else rules_file(name)


def _stamp(path: Path) -> int:
    """Modification time, so the load caches notice an edited file."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def load_bodies(path: Path | str | None = None) -> dict[str, MeetingRule]:
    """Every decision body with its statutory quorum and decision rule, keyed by code."""
    resolved = _path(path, "bodies.toml")
    return dict(_load_bodies(resolved, _stamp(resolved)))


@lru_cache(maxsize=8)
def _load_bodies(path: Path, _stamp: int) -> tuple[tuple[str, MeetingRule], ...]:
    bodies = _get(path, "bodies", _read(path), "bodies", dict)
    result = []
    for code, table in bodies.items():
        where = f"bodies.{code}"
        if not isinstance(table, dict):
            raise _bad(path, where, "应为表", "expected a table")
        unit = _get(path, where, table, "unit", str, "人")
        if unit not in _UNITS:
            raise _bad(path, f"{where}.unit", f"单位应为“人”或“户”，而不是“{unit}”", f"unit must be 人 or 户, not '{unit}'")
        quorum = _requirement(path, f"{where}.quorum", table.get("quorum"), is_quorum=True)
        decision = _requirement(path, f"{where}.decision", table.get("decision"), is_quorum=False)
        if unit == "户" and decision.base not in (BaseKind.PRESENT, BaseKind.HOUSEHOLDS):
            raise _bad(path, f"{where}.decision.base", "按户计数的会议只能以到会户数或总户数为基数", "a per-household body counts against present or households")
        rule = MeetingRule(
            body=code,
            name=_get(path, where, table, "name", str),
            quorum=quorum,
            decision=decision,
            unit=unit,
            base_label=_get(path, where, table, "base_label", str, ""),
            regime=_get(path, where, table, "regime", str, "village"),
        )
        _strings(path, where, table, "aliases")
        result.append((code, rule))
    if not result:
        raise _bad(path, "bodies", "没有任何机构", "no bodies defined")
    return tuple(result)


def body_aliases(path: Path | str | None = None) -> dict[str, str]:
    """Chinese names and aliases → body code, for the CLI and search boxes."""
    resolved = _path(path, "bodies.toml")
    load_bodies(resolved)
    aliases: dict[str, str] = {}
    for code, table in _read(resolved)["bodies"].items():
        for alias in (table.get("name", ""), *table.get("aliases", [])):
            if alias and aliases.setdefault(alias, code) != code:
                raise _bad(resolved, f"bodies.{code}.aliases", f"别名“{alias}”已用于 {aliases[alias]}", f"alias '{alias}' already names {aliases[alias]}")
    return aliases


def load_rule_sets(path: Path | str | None = None, *, bodies: dict[str, MeetingRule] | None = None) -> dict[str, RuleSet]:
    """Named rule sets; overrides must name known bodies (checked against ``bodies``)."""
    resolved = _path(path, "rule_sets.toml")
    known = bodies if bodies is not None else load_bodies()
    return dict(_load_rule_sets(resolved, _stamp(resolved), frozenset(known)))


@lru_cache(maxsize=8)
def _load_rule_sets(path: Path, _stamp: int, known: frozenset[str]) -> tuple[tuple[str, RuleSet], ...]:
    sets = _get(path, "rule_sets", _read(path), "rule_sets", dict)
    result = []
    for code, table in sets.items():
        where = f"rule_sets.{code}"
        if not isinstance(table, dict):
            raise _bad(path, where, "应为表", "expected a table")
        unsupported = _strings(path, where, table, "unsupported_bodies")
        overrides: dict[str, dict[str, Requirement]] = {}
        for body, parts in _get(path, where, table, "overrides", dict, {}).items():
            if body not in known:
                raise _bad(path, where, f"未知的机构“{body}”", f"unknown body '{body}'")
            if not isinstance(parts, dict) or not parts or set(parts) - {"quorum", "decision"}:
                raise _bad(path, f"{where}.overrides.{body}", "只能覆盖 quorum 或 decision", "may only override quorum or decision")
            overrides[body] = MappingProxyType(
                {part: _requirement(path, f"{where}.overrides.{body}.{part}", value, is_quorum=part == "quorum") for part, value in parts.items()}
            )
        for name in unsupported:
            if name not in known:
                raise _bad(path, where, f"未知的机构“{name}”", f"unknown body '{name}'")
        result.append(
            (
                code,
                RuleSet(
                    code=code,
                    name=_get(path, where, table, "name", str),
                    description=_get(path, where, table, "description", str, ""),
                    allow_merge_steps_1_2=_get(path, where, table, "allow_merge_steps_1_2", bool, False),
                    unsupported_bodies=frozenset(unsupported),
                    overrides=MappingProxyType(overrides),
                ),
            )
        )
    if DEFAULT_RULE_SET not in dict(result):
        raise _bad(path, "rule_sets", f"缺少默认规则集“{DEFAULT_RULE_SET}”", f"the default rule set '{DEFAULT_RULE_SET}' is missing")
    return tuple(result)


def rule_for(
    body_code: str,
    rule_set_code: str = DEFAULT_RULE_SET,
    *,
    bodies: dict[str, MeetingRule] | None = None,
    rule_sets: dict[str, RuleSet] | None = None,
) -> MeetingRule:
    """The rule to apply for ``body_code`` when the matter uses ``rule_set_code``."""
    bodies = bodies if bodies is not None else load_bodies()
    rule_sets = rule_sets if rule_sets is not None else load_rule_sets(bodies=bodies)
    if body_code not in bodies:
        raise ValidationError(f"未知的会议机构“{body_code}”", f"unknown body '{body_code}'", field="body", code="unknown_body")
    if rule_set_code not in rule_sets:
        raise ValidationError(f"未知的规则集“{rule_set_code}”", f"unknown rule set '{rule_set_code}'", field="rule_set", code="unknown_rule_set")
    rule_set = rule_sets[rule_set_code]
    rule = bodies[body_code]
    if body_code in rule_set.unsupported_bodies:
        raise ValidationError(
            f"“{rule_set.name}”不适用于{rule.name}，请改用按人数召开的会议或代表会议",
            f"rule set '{rule_set_code}' cannot be applied to '{body_code}'",
            field="body",
            code="body_not_allowed",
        )
    parts = rule_set.overrides.get(body_code, {})
    return replace(rule, quorum=parts.get("quorum", rule.quorum), decision=parts.get("decision", rule.decision), rule_set=rule_set_code)


def load_matter_types(
    path: Path | str | None = None,
    *,
    bodies: dict[str, MeetingRule] | None = None,
    rule_sets: dict[str, RuleSet] | None = None,
) -> tuple[dict[str, MatterType], tuple[MoneyThreshold, ...]]:
    """The matter catalogue and the town's money thresholds (shipped empty).

    Each matter's rule set and step-4 bodies are checked against ``bodies``/``rule_sets``
    (the shipped files by default), so a typo cannot silently fall back to village law.
    """
    resolved = _path(path, "matter_types.toml")
    data = _read(resolved)
    bodies = bodies if bodies is not None else load_bodies()
    rule_sets = rule_sets if rule_sets is not None else load_rule_sets(bodies=bodies)
    matters: dict[str, MatterType] = {}
    for i, table in enumerate(_get(resolved, "matter_types", data, "matter_types", list)):
        where = f"matter_types[{i}]"
        matter = MatterType(
            code=_get(resolved, where, table, "code", str),
            name=_get(resolved, where, table, "name", str),
            rule_set=_get(resolved, where, table, "rule_set", str, DEFAULT_RULE_SET),
            deciding_bodies=_strings(resolved, where, table, "deciding_bodies"),
            source=_get(resolved, where, table, "source", str, ""),
            marker=_get(resolved, where, table, "marker", str, ""),
        )
        if matter.code in matters:
            raise _bad(resolved, where, f"代码“{matter.code}”重复", f"duplicate code '{matter.code}'")
        if matter.rule_set not in rule_sets:
            raise _bad(resolved, f"{where}.rule_set", f"未知的规则集“{matter.rule_set}”", f"unknown rule set '{matter.rule_set}'")
        for body in matter.deciding_bodies or ("",):
            if body not in bodies or body in rule_sets[matter.rule_set].unsupported_bodies:
                raise _bad(resolved, f"{where}.deciding_bodies", f"机构“{body}”未知或不适用于该规则集", f"body '{body}' unknown or not allowed")
        matters[matter.code] = matter
    thresholds = []
    for i, table in enumerate(_get(resolved, "thresholds", data, "thresholds", list, [])):
        where = f"thresholds[{i}]"
        item = MoneyThreshold(
            matter_type=_get(resolved, where, table, "matter_type", str),
            amount_from=_get(resolved, where, table, "amount_from", int),
            required_procedure=_get(resolved, where, table, "required_procedure", str),
            note=_get(resolved, where, table, "note", str, ""),
        )
        if item.matter_type not in matters or item.amount_from < 0:
            raise _bad(resolved, where, "事项类型未知或金额为负", "unknown matter type or negative amount")
        thresholds.append(item)
    return matters, tuple(thresholds)


def load_deadlines(path: Path | str | None = None) -> dict[str, Deadline]:
    resolved = _path(path, "deadlines.toml")
    result: dict[str, Deadline] = {}
    for code, table in _get(resolved, "deadlines", _read(resolved), "deadlines", dict).items():
        where = f"deadlines.{code}"
        item = Deadline(
            code=code,
            label=_get(resolved, where, table, "label", str),
            days=_get(resolved, where, table, "days", int),
            unit=_get(resolved, where, table, "unit", str, "calendar"),
            enforcement=_get(resolved, where, table, "enforcement", str, "warn"),
            bodies=_strings(resolved, where, table, "bodies"),
            source=_get(resolved, where, table, "source", str, ""),
        )
        if item.days <= 0 or item.unit not in _DAY_UNITS or item.enforcement not in _ENFORCEMENTS:
            raise _bad(resolved, where, "天数须为正整数，unit 为 calendar/working，enforcement 为 block/warn", "days > 0, unit calendar|working, enforcement block|warn")
        result[code] = item
    return result


def load_five_haves(path: Path | str | None = None) -> tuple[Criterion, ...]:
    resolved = _path(path, "five_haves.toml")
    items = []
    for i, table in enumerate(_get(resolved, "criteria", _read(resolved), "criteria", list)):
        where = f"criteria[{i}]"
        items.append(Criterion(*(_get(resolved, where, table, key, str) for key in ("code", "label", "evidence"))))
    if len({c.code for c in items}) != len(items):
        raise _bad(resolved, "criteria", "代码重复", "duplicate codes")
    return tuple(items)
