"""The fast row decoder (sync/rows.py) accepts, types and refuses exactly like the original one.

The original decoder is kept below as the oracle: ``json.loads``, exact keys, each
column typed in table order, then the typed row re-serialised with
``row_payload`` and compared with the signed text.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text

from lufeng_desktop.store.models import MatterStep, Person
from lufeng_desktop.store.payload import row_payload
from lufeng_desktop.sync import rows, strictjson
from lufeng_desktop.sync.errors import BundleMalformed, BundleTooLarge

MAX_ROW_BYTES = rows.MAX_ROW_BYTES


def _typed(column: Any, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable or column.primary_key:
            raise BundleMalformed(where, "不能为空", "must not be empty")
        return None
    kind = column.type
    try:
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(kind, Integer):
            if type(value) is not int or not -(2**53) <= value <= 2**53:
                raise TypeError
            return value
        if isinstance(kind, DateTime):
            if not isinstance(value, str) or len(value) > 40:
                raise TypeError
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            if not isinstance(value, str) or len(value) > 10:
                raise TypeError
            return date.fromisoformat(value)
        if isinstance(kind, (String, Text)):
            limit = getattr(kind, "length", None) or MAX_ROW_BYTES
            if not isinstance(value, str) or len(value) > limit or "\x00" in value:
                raise TypeError
            return value
    except (TypeError, ValueError):
        raise BundleMalformed(where, "类型或长度不对", "has the wrong type or length") from None
    raise BundleMalformed(where, "是不支持的列类型", "has an unsupported column type")


def reference_decode_row(table: Table, payload: str, *, where: str) -> dict[str, Any]:
    if len(payload) > MAX_ROW_BYTES:
        raise BundleTooLarge(where, MAX_ROW_BYTES)
    try:
        obj = json.loads(payload)
    except (ValueError, RecursionError):
        raise BundleMalformed(where, "不是合法的 JSON", "is not valid JSON") from None
    strictjson.exact_keys(obj, {c.name for c in table.columns}, where=where)
    row = {c.name: _typed(c, obj[c.name], f"{where}.{c.name}") for c in table.columns}
    if row_payload(table, row) != payload:
        raise BundleMalformed(where, "不是规范格式", "is not in canonical form")
    return row


def _outcome(decode: Any, table: Table, payload: str) -> tuple[Any, ...]:
    try:
        return ("ok", decode(table, payload, where="t"))
    except (BundleMalformed, BundleTooLarge) as exc:
        return ("refused", type(exc).__name__, exc.zh, exc.en)


TABLES = [Person.__table__, MatterStep.__table__]  # text, dates and times; MatterStep adds booleans and many nullable dates


def _value(column: Any) -> st.SearchStrategy[Any]:
    kind = column.type
    if isinstance(kind, Boolean):
        plain: st.SearchStrategy[Any] = st.booleans()
    elif isinstance(kind, Integer):
        plain = st.one_of(st.integers(-5, 5), st.integers(2**53 - 1, 2**53 + 1), st.integers(-(2**53) - 1, -(2**53) + 1))
    elif isinstance(kind, DateTime):
        aware = st.datetimes(timezones=st.just(timezone(timedelta(hours=8))))
        plain = st.one_of(st.datetimes(), aware).map(lambda v: v.isoformat(timespec="microseconds"))
    elif isinstance(kind, Date):
        plain = st.dates().map(date.isoformat)
    else:
        limit = getattr(kind, "length", None) or 50
        plain = st.text(st.characters(codec="utf-8"), max_size=limit + 1)
    return st.one_of(plain, st.none()) if column.nullable else plain


@st.composite
def payloads(draw: st.DrawFn) -> tuple[Table, str, str]:
    """A table, a canonical payload of a (mostly) valid row, and a variant of it that may break any rule."""
    table = draw(st.sampled_from(TABLES))
    obj = {c.name: draw(_value(c)) for c in table.columns}
    canonical = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    name = draw(st.sampled_from([c.name for c in table.columns]))
    other = draw(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5), st.just([1]), st.just({})))
    mutations = {
        "same": lambda: canonical,
        "value": lambda: json.dumps({**obj, name: other}, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        "spaced": lambda: json.dumps(obj, ensure_ascii=False, sort_keys=True),
        "unsorted": lambda: json.dumps(dict(reversed(list(obj.items()))), ensure_ascii=False, separators=(",", ":")),
        "ascii": lambda: json.dumps(obj, sort_keys=True, separators=(",", ":")),
        "missing": lambda: json.dumps({k: v for k, v in obj.items() if k != name}, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        "extra": lambda: canonical[:-1] + ',"zz":1}',
        "twice": lambda: canonical[:-1] + f',"{name}":' + json.dumps(obj[name], ensure_ascii=False) + "}",
        "leading space": lambda: " " + canonical,
        "trailing": lambda: canonical + " ",
        "truncated": lambda: canonical[: draw(st.integers(0, max(0, len(canonical) - 1)))],
        "nan": lambda: canonical.replace(f'"{name}":' + json.dumps(obj[name], ensure_ascii=False), f'"{name}":NaN', 1),
        "time form": lambda: canonical.replace("T", " ", 1).replace(".000000", "", 1),
    }  # fmt: skip
    kind = draw(st.sampled_from(sorted(mutations)))
    return table, canonical, mutations[kind]()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads())
def test_fast_decoder_agrees_with_the_original_on_any_text(case: tuple[Table, str, str]) -> None:
    table, canonical, variant = case
    for payload in (canonical, variant):  # the first teaches the quick path its type pattern, the second then uses it
        assert _outcome(rows.decode_row, table, payload) == _outcome(reference_decode_row, table, payload)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda p: p.replace('"notes":""', '"notes":"a\\u0000b"'), "notes"),
        (lambda p: p.replace('"name":"陈大文"', '"name":"' + "陈" * 31 + '"'), "name"),
        (lambda p: p.replace('"version":1', '"version":true'), "version"),
        (lambda p: p.replace('"birth_date":"1970-01-02"', '"birth_date":"19700102"'), "canonical"),
        (lambda p: p.replace('"version":1', '"version":9007199254740993'), "version"),
    ],
)
def test_quick_path_never_accepts_what_the_ordered_checks_refuse(mutate: Any, field: str) -> None:
    """After a good row taught the quick path, a near-identical bad row still gets the original, precise refusal."""
    table = Person.__table__
    now = datetime(2026, 1, 2, 3, 4, 5, 6)
    row = {c.name: None for c in table.columns} | {
        "village_id": "v", "name": "陈大文", "name_initials": "cdw", "name_pinyin": "chendawen", "gender": "男",
        "birth_date": date(1970, 1, 2), "relation_to_head": "", "notes": "", "id": "x", "village_code": "441581004201",
        "version": 1, "created_at": now, "updated_at": now, "updated_by_device": "d",
    }  # fmt: skip
    good = row_payload(table, row)
    assert rows.decode_row(table, good, where="t") == row
    bad = mutate(good)
    assert bad != good
    with pytest.raises(BundleMalformed) as caught:
        rows.decode_row(table, bad, where="t")
    assert field in caught.value.en or field in caught.value.field
    assert _outcome(reference_decode_row, table, bad) == _outcome(rows.decode_row, table, bad)


def test_nesting_limit_holds_for_lists_of_values_and_for_nested_objects() -> None:
    assert strictjson.loads("[[[[[[[1]]]]]]]", what="x", limit=1000) == [[[[[[[1]]]]]]]  # depth 8: allowed
    assert strictjson.loads('[[1, "a", null], {"k": [2]}]', what="x", limit=1000)
    for deep in ("[[[[[[[[1]]]]]]]]", '{"a":[{"b":[{"c":[{"d":[1]}]}]}]}', "[1, [2, [3, [4, [5, [6, [7, [8]]]]]]]]"):
        with pytest.raises(BundleMalformed) as caught:
            strictjson.loads(deep, what="x", limit=1000)
        assert "nested too deeply" in caught.value.en


def _depth_by_recursion(value: object, level: int = 1) -> int:
    """strictjson._depth as first written (every child visited in Python): the oracle for its quick paths."""
    from lufeng_desktop.sync.strictjson import MAX_DEPTH  # noqa: PLC0415

    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        children = list(value.values())
    elif isinstance(value, list):
        children = value[:1000]
    else:
        return level
    deepest = level
    for child in children:
        deepest = max(deepest, level + 1, _depth_by_recursion(child, level + 1))
        if deepest > MAX_DEPTH:
            break
    return deepest


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None)
@given(_json_values, st.integers(1, 9))
def test_depth_check_agrees_with_plain_recursion(value: object, level: int) -> None:
    """Nesting is judged the same with the C shortcuts for lists of values and lists of lists of values."""
    from lufeng_desktop.sync.strictjson import MAX_DEPTH, _depth  # noqa: PLC0415

    assert min(_depth(value, level), MAX_DEPTH + 1) == min(_depth_by_recursion(value, level), MAX_DEPTH + 1)
