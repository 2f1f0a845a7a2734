"""Decoding one row of a bundle: every column typed and bounded, and the text proven canonical.

The rule is unchanged from the first version (which re-serialised the typed row
with ``store.payload.row_payload`` and compared): the row must have exactly its
table's columns with the right types, and must be byte for byte the text that
``row_payload`` would write — so the town stores exactly what the village
logged. What changed is the cost (a third of the first version's):

* canonical form is proven by encoding the *parsed* object with the same options
  as ``row_payload`` (one C-encoder call) plus a round trip of each date and time
  column — equivalent, because every other accepted value (str, int, bool, None)
  is its own JSON form;
* the quick path checks types, lengths and ranges in C loops, for the few type
  patterns (which columns are null) that the ordered checks have accepted before;
  any row it does not accept goes through the ordered checks, which raise the
  same error, naming the same column, as the first version.

tests/unit/sync/test_row_decoding.py keeps the first version as an oracle.
"""

from __future__ import annotations

import json
import json.encoder
import json.scanner
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter, le
from typing import Any, NoReturn

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text

from lufeng_desktop.sync import strictjson
from lufeng_desktop.sync.errors import BundleMalformed, BundleTooLarge

MAX_ROW_BYTES = 1024 * 1024
# The same options as store.payload.row_payload: json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":")).
_canonical = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_loads = json.JSONDecoder().decode


def _c_encoder() -> Callable[[Any], str]:
    """The C encoder json.dumps builds on every call, built once (saves most of a call's cost); checked against json.dumps."""

    def no_default(value: Any) -> Any:
        raise TypeError(type(value).__name__)

    make = json.encoder.c_make_encoder
    if make is None:
        return _canonical
    try:
        encoder = make(None, no_default, json.encoder.encode_basestring, None, ":", ",", True, False, True)
        encode: Callable[[Any], str] = lambda value: "".join(encoder(value, 0))  # noqa: E731
        sample = {"b": "陆丰\x00\n\"", "a": [1, True, None, -5], "c": {"z": "", "y": 2**53}}
        if encode(sample) != _canonical(sample):
            return _canonical
    except (TypeError, ValueError):
        return _canonical
    return encode


def _c_scanner() -> Callable[[str, int], tuple[Any, int]]:
    make = getattr(json.scanner, "c_make_scanner", None) or json.scanner.py_make_scanner
    return make(json.JSONDecoder())  # type: ignore[no-any-return]


_fast_canonical = _c_encoder()
_scan = _c_scanner()

BOOL, INT, DATETIME, DATE, TEXT, UNSUPPORTED = range(6)
_INT_LIMIT = 2**53


@dataclass(frozen=True)
class Plan:
    """The quick checks for rows with one pattern of value types (which columns are null), all done in C loops."""

    texts: Callable[[dict[str, Any]], tuple[Any, ...]]  # the non-null text values ...
    limits: tuple[int, ...]  # ... and their maximum lengths
    ints: Callable[[dict[str, Any]], tuple[Any, ...]] | None
    dates: tuple[tuple[str, int], ...]  # (name, DATE or DATETIME) of the non-null dates


@dataclass(frozen=True)
class TableRules:
    """What a row of one table must look like: (name, kind, may be null, max length) per column, in table order."""

    names: frozenset[str]
    columns: tuple[tuple[str, int, bool, int], ...]
    values: Callable[[dict[str, Any]], tuple[Any, ...]]  # the row's values in column order
    plans: dict[tuple[type, ...], Plan] = field(default_factory=dict)  # by type signature, once the ordered checks accepted it

    def learn(self, signature: tuple[type, ...]) -> None:
        """Remember a type signature the ordered checks accepted (a few per table: which columns are null)."""
        if signature in self.plans or len(self.plans) >= 256:
            return
        present = [c for c, kind in zip(self.columns, signature, strict=True) if kind is not type(None)]
        texts = [c for c in present if c[1] == TEXT]
        ints = [c[0] for c in present if c[1] == INT]
        self.plans[signature] = Plan(
            texts=values_getter([c[0] for c in texts]), limits=tuple(c[3] for c in texts),
            ints=values_getter(ints) if ints else None, dates=tuple((c[0], c[1]) for c in present if c[1] in (DATE, DATETIME)),
        )  # fmt: skip


def values_getter(names: list[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """Like itemgetter (one C call), but always a tuple."""
    if len(names) > 1:
        return itemgetter(*names)
    return (lambda row: (row[names[0]],)) if names else (lambda row: ())


def _table_rules(table: Table) -> TableRules:
    columns = tuple(_column_rule(c) for c in table.columns)
    return TableRules(names=frozenset(c[0] for c in columns), columns=columns, values=values_getter([c[0] for c in columns]))


_rules: dict[Table, TableRules] = {}


def rules_for(table: Table) -> TableRules:
    found = _rules.get(table)
    if found is None:
        found = _rules[table] = _table_rules(table)
    return found


def _column_rule(column: Any) -> tuple[str, int, bool, int]:
    kind = column.type
    if isinstance(kind, Boolean):
        code = BOOL
    elif isinstance(kind, Integer):
        code = INT
    elif isinstance(kind, DateTime):
        code = DATETIME
    elif isinstance(kind, Date):
        code = DATE
    elif isinstance(kind, (String, Text)):
        code = TEXT
    else:
        code = UNSUPPORTED
    limit = {DATETIME: 40, DATE: 10}.get(code) or getattr(kind, "length", None) or MAX_ROW_BYTES
    return column.name, code, bool(column.nullable) and not column.primary_key, limit


def decode_row(table: Table, payload: str, *, where: str) -> dict[str, Any]:
    """Typed values of one row, or ``BundleMalformed`` naming the first bad column (``BundleTooLarge`` when huge).

    Plain JSON parsing is enough here: the canonical-form check rules out
    duplicate keys, NaN, nesting and any other text the sender could not have logged.
    A row that fails any quick check goes through the ordered checks, which raise
    the same error the first bad column always raised.
    """
    if len(payload) > MAX_ROW_BYTES:
        raise BundleTooLarge(where, MAX_ROW_BYTES)
    rules = rules_for(table)
    row = quick_row(rules, payload)
    return row if row is not None else _ordered(rules, payload, where)


def quick_row(rules: TableRules, payload: str) -> dict[str, Any] | None:
    """The typed row if it passes the quick checks, else None: then ``decode_row`` gives the row or names the fault.

    For callers decoding thousands of rows, who build the ``where`` label only when it is needed.
    """
    if len(payload) > MAX_ROW_BYTES:
        return None
    try:
        obj, end = _scan(payload, 0)
    except (StopIteration, ValueError, RecursionError):
        return None
    if end == len(payload) and type(obj) is dict and obj.keys() == rules.names:
        return _quick(rules, obj, payload)
    return None


def _quick(rules: TableRules, obj: dict[str, Any], payload: str) -> dict[str, Any] | None:
    """``obj`` with its dates typed if every rule holds, else None (then the ordered checks name the fault)."""
    plan = rules.plans.get(tuple(map(type, rules.values(obj))))
    if plan is None or "\\u0000" in payload:  # a NUL can only appear escaped in canonical text
        return None
    if not all(map(le, map(len, plan.texts(obj)), plan.limits)):
        return None
    if plan.ints is not None and max(map(abs, plan.ints(obj))) > _INT_LIMIT:
        return None
    if _fast_canonical(obj) != payload:
        return None
    for name, kind in plan.dates:
        text = obj[name]
        try:
            typed = datetime.fromisoformat(text) if kind == DATETIME else date.fromisoformat(text)
        except ValueError:
            return None
        if (typed.isoformat(timespec="microseconds") if kind == DATETIME else typed.isoformat()) != text:
            return None
        obj[name] = typed
    return obj


def _ordered(rules: TableRules, payload: str, where: str) -> dict[str, Any]:
    """Every rule, column by column in table order; the first fault raises. A passing row's types are remembered."""
    try:
        obj = _loads(payload)
    except (ValueError, RecursionError):
        raise BundleMalformed(where, "不是合法的 JSON", "is not valid JSON") from None
    if type(obj) is not dict or obj.keys() != rules.names:
        strictjson.exact_keys(obj, set(rules.names), where=where)
    row: dict[str, Any] = {}
    canonical = True
    for name, kind, nullable, limit in rules.columns:
        value = obj[name]
        if value is None:
            if not nullable:
                raise BundleMalformed(f"{where}.{name}", "不能为空", "must not be empty")
            row[name] = None
            continue
        if kind == TEXT:
            if type(value) is not str or len(value) > limit or "\x00" in value:
                _wrong(where, name)
        elif kind == INT:
            if type(value) is not int or not -_INT_LIMIT <= value <= _INT_LIMIT:
                _wrong(where, name)
        elif kind == DATETIME or kind == DATE:
            if type(value) is not str or len(value) > limit:
                _wrong(where, name)
            try:
                typed = datetime.fromisoformat(value) if kind == DATETIME else date.fromisoformat(value)
            except ValueError:
                _wrong(where, name)
            canonical = canonical and (typed.isoformat(timespec="microseconds") if kind == DATETIME else typed.isoformat()) == value
            value = typed
        elif kind == BOOL:
            if type(value) is not bool:
                _wrong(where, name)
        else:
            raise BundleMalformed(f"{where}.{name}", "是不支持的列类型", "has an unsupported column type")
        row[name] = value
    if not canonical or _canonical(obj) != payload:
        raise BundleMalformed(where, "不是规范格式", "is not in canonical form")
    rules.learn(tuple(map(type, rules.values(obj))))
    return row


def _wrong(where: str, name: str) -> NoReturn:
    raise BundleMalformed(f"{where}.{name}", "类型或长度不对", "has the wrong type or length")
