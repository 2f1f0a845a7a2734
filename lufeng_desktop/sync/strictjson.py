"""JSON for hostile input: no duplicate keys, no NaN, bounded depth and size, one error type.

Python's ``json`` keeps the last of duplicate keys, accepts NaN, raises
RecursionError on deep nesting and ValueError on huge integers
(RELIABILITY.md §3.3); every one of those becomes a ``BundleMalformed``.
"""

from __future__ import annotations

import json
from itertools import chain
from typing import Any

from lufeng_desktop.sync.errors import BundleMalformed, BundleTooLarge

MAX_DEPTH = 8


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise BundleMalformed(key, "重复出现", "appears twice")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise BundleMalformed(name, "不是合法数值", "is not a valid number")


def loads(data: bytes | str, *, what: str, limit: int) -> Any:
    if len(data) > limit:
        raise BundleTooLarge(what, limit)
    try:
        text = data.decode("utf-8", errors="strict") if isinstance(data, bytes) else data
        if text.startswith("\ufeff"):
            raise BundleMalformed(what, "以 BOM 开头", "starts with a byte-order mark")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except BundleMalformed:
        raise
    except UnicodeDecodeError:
        raise BundleMalformed(what, "不是合法的 UTF-8 文本", "is not valid UTF-8") from None
    except RecursionError:
        raise BundleMalformed(what, "嵌套过深", "is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and the 4300-digit integer limit
        raise BundleMalformed(what, "不是合法的 JSON", f"is not valid JSON ({str(exc)[:60]})") from None
    if _depth(value) > MAX_DEPTH:
        raise BundleMalformed(what, "嵌套过深", "is nested too deeply")
    return value


_CONTAINERS = (dict, list)
_CONTAINER_TYPES = frozenset(_CONTAINERS)
_JUST_LISTS = {list}


def _depth(value: Any, level: int = 1) -> int:
    """Nesting depth, looking at the first 1000 items of a list (deeper text fails to parse anyway)."""
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        children: Any = value.values()
    elif isinstance(value, list):
        children = value[:1000]
    else:
        return level
    if not children:
        return level
    if _CONTAINER_TYPES.isdisjoint(map(type, children)):  # the common case, a list of values, checked in C
        return level + 1
    flat = level + 2 <= MAX_DEPTH and set(map(type, children)) == _JUST_LISTS
    if flat and _CONTAINER_TYPES.isdisjoint(map(type, chain.from_iterable(children))):
        return level + 2 if any(children) else level + 1  # a list of lists of values (a bundle's changes), also in C
    nested = [child for child in children if isinstance(child, _CONTAINERS)]
    deepest = level + 1
    for child in nested:
        deepest = max(deepest, _depth(child, level + 1))
        if deepest > MAX_DEPTH:
            break
    return deepest


def dumps(value: Any) -> bytes:
    """Canonical form: sorted keys, compact, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode("utf-8")


# Field checks shared by the manifest and payload validators -------------------------------------------------


def field(obj: dict[str, Any], name: str, kind: type | tuple[type, ...], *, where: str, max_len: int = 200,
          optional: bool = False) -> Any:  # fmt: skip
    label = f"{where}.{name}"
    if name not in obj:
        if optional:
            return None
        raise BundleMalformed(label, "缺失", "is missing")
    value = obj[name]
    if value is None and optional:
        return None
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        raise BundleMalformed(label, "类型不对", "has the wrong type")
    if isinstance(value, str) and len(value) > max_len:
        raise BundleMalformed(label, "过长", "is too long")
    if isinstance(value, int) and not isinstance(value, bool) and not (-(2**53) <= value <= 2**53):
        raise BundleMalformed(label, "超出范围", "is out of range")
    return value


def exact_keys(obj: Any, allowed: set[str], *, where: str, required: set[str] | None = None) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise BundleMalformed(where, "应为对象", "should be an object")
    extra = set(obj) - allowed
    if extra:
        raise BundleMalformed(f"{where}.{sorted(extra)[0]}", "是未知字段", "is an unknown field")
    missing = (required if required is not None else allowed) - set(obj)
    if missing:
        raise BundleMalformed(f"{where}.{sorted(missing)[0]}", "缺失", "is missing")
    return obj
