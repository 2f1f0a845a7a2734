"""The payload of a bundle: change-log entries (and attachment bytes, or town answers), compressed JSON.

Decoding treats every byte as hostile even after the signature checked out (a
key can be stolen): sizes are capped before and during decompression, every
row must have exactly its table's columns with the right types, and must
re-serialise to the very payload text that was signed — so the town stores
exactly what the village logged, and ``check`` agrees on both sides.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import zlib
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Table

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.core.idcard import parse_id_number
from lufeng_desktop.core.phone import parse_phone
from lufeng_desktop.store.base import syncable_tables
from lufeng_desktop.sync import rows, strictjson
from lufeng_desktop.sync.errors import BundleDamaged, BundleMalformed, BundleTooLarge

MAX_PAYLOAD_RAW = 512 * 1024 * 1024
MAX_ROW_BYTES = rows.MAX_ROW_BYTES
MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024
OPS = ("insert", "update", "delete")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class RemoteChange(NamedTuple):
    """One change of a bundle, validated (a tuple: thousands are made per bundle)."""

    change_id: str
    entity: str
    row_id: str
    op: str
    base_version: int
    new_version: int
    local_seq: int
    payload: str  # canonical row JSON, exactly as logged by the sender
    row: dict[str, Any]  # typed column values decoded from ``payload``
    bound: tuple[Any, ...] | None = None  # ``row`` as the driver receives it, when the decoding worker bound it ahead

    @property
    def content_hash(self) -> str:
        return content_hash(self.entity, self.row_id, self.op, self.base_version, self.new_version, self.payload)

    def as_list(self) -> list[Any]:
        return list(self[:8])


def content_hash(entity: str, row_id: str, op: str, base_version: int, new_version: int, payload: str) -> str:
    """What identifies a change's content: also computable from the change-log copy of an applied change."""
    key = "\x1f".join((entity, row_id, op, str(base_version), str(new_version), payload))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def tables_by_name() -> dict[str, Table]:
    return {table.name: table for table in syncable_tables()}


def compress(document: dict[str, Any]) -> bytes:
    return zlib.compress(strictjson.dumps(document), 6)


def decompress(data: bytes, *, limit: int = MAX_PAYLOAD_RAW) -> bytes:
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise BundleDamaged("内容无法解压 / payload cannot be decompressed") from None
    if len(raw) > limit or inflater.unconsumed_tail:
        raise BundleTooLarge("解压后的内容 / decompressed payload ", limit)
    if not inflater.eof or inflater.unused_data:
        raise BundleDamaged("内容不完整 / payload incomplete")
    return raw


def encode_attachment(sha256: str, data: bytes) -> dict[str, str]:
    return {"sha256": sha256, "data": base64.b64encode(data).decode("ascii")}


def decode_attachments(items: Any) -> dict[str, bytes]:
    if not isinstance(items, list):
        raise BundleMalformed("attachments", "应为列表", "should be a list")
    result: dict[str, bytes] = {}
    for i, item in enumerate(items):
        where = f"attachments[{i}]"
        strictjson.exact_keys(item, {"sha256", "data"}, where=where)
        sha = strictjson.field(item, "sha256", str, where=where, max_len=64)
        text = strictjson.field(item, "data", str, where=where, max_len=MAX_ATTACHMENT_BYTES * 4 // 3 + 8)
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise BundleMalformed(f"{where}.data", "不是合法的 base64", "is not valid base64") from None
        if hashlib.sha256(data).hexdigest() != sha:
            raise BundleMalformed(f"{where}.data", "与其哈希值不符", "does not match its hash")
        result[sha] = data
    return result


_ITEM_TYPES = (str, str, str, str, int, int, int, str)
_VERSION_LIMIT = 2**31


def decode_changes(items: Any, *, village_code: str | None, where: str = "changes", strict_versions: bool = True) -> list[RemoteChange]:
    if not isinstance(items, list):
        raise BundleMalformed(where, "应为列表", "should be a list")
    tables = tables_by_name()
    today = date.today()
    seen: set[str] = set()
    result = []
    uuid = _UUID.match
    rules = {name: rows.rules_for(table) for name, table in tables.items()}
    quick_row = rows.quick_row
    for i, item in enumerate(items):
        # One expression for a well-formed item; anything else is explained by the ordered checks.
        if not (type(item) is list and len(item) == 8 and tuple(map(type, item)) == _ITEM_TYPES
                and uuid(item[0]) and item[0] not in seen and item[1] in tables and uuid(item[2]) and item[3] in OPS
                and 0 <= item[4] < _VERSION_LIMIT and item[4] < item[5] < _VERSION_LIMIT and 0 <= item[6] < _VERSION_LIMIT
                and (item[3] == "insert") == (item[4] == 0) and (not strict_versions or item[5] == item[4] + 1)):  # fmt: skip
            _explain(item, f"{where}[{i}]", seen, tables, strict_versions)
        change_id, entity, row_id, op, base, new, local_seq, payload = item
        seen.add(change_id)
        row = quick_row(rules[entity], payload)
        if row is None:  # not valid, or not seen in this shape yet: the ordered checks name the fault or learn the shape
            row = rows.decode_row(tables[entity], payload, where=f"{where}[{i}].{entity}")
        if entity == "person":
            _check_person(row, f"{where}[{i}].{entity}", today)
        if row["id"] != row_id or row["version"] != new:
            raise BundleMalformed(f"{where}[{i}].{entity}.id", "与变更记录不符", "does not match the change")
        if village_code is not None and row["village_code"] != village_code:
            raise BundleMalformed(f"{where}[{i}].{entity}.village_code", "不属于本村", "belongs to another village")
        if op == "delete" and row["deleted_at"] is None:
            raise BundleMalformed(f"{where}[{i}].{entity}.deleted_at", "与操作不符", "does not match the operation")
        result.append(RemoteChange(change_id, entity, row_id, op, base, new, local_seq, payload, row))
    return result


def _explain(item: Any, label: str, seen: set[str], tables: dict[str, Table], strict_versions: bool) -> None:
    """The first thing wrong with a change item, as a ``BundleMalformed`` naming its field."""
    if not isinstance(item, list) or len(item) != 8:
        raise BundleMalformed(label, "格式不对", "has the wrong shape")
    change_id, entity, row_id, op, base, new, local_seq, payload = item
    if not isinstance(change_id, str) or not _UUID.match(change_id):
        raise BundleMalformed(f"{label}.change_id", "格式不对", "is not a UUID")
    if change_id in seen:
        raise BundleMalformed(f"{label}.change_id", "在包内重复", "appears twice in the bundle")
    if not isinstance(entity, str) or entity not in tables:
        raise BundleMalformed(f"{label}.entity", "不是可同步的表", "is not a syncable table")
    if not isinstance(row_id, str) or not _UUID.match(row_id):
        raise BundleMalformed(f"{label}.row_id", "格式不对", "is not a UUID")
    if op not in OPS:
        raise BundleMalformed(f"{label}.op", "未知", "is unknown")
    for name, value in (("base_version", base), ("new_version", new), ("local_seq", local_seq)):
        if type(value) is not int or not 0 <= value < _VERSION_LIMIT:
            raise BundleMalformed(f"{label}.{name}", "超出范围", "is out of range")
    if (op == "insert") != (base == 0) or new <= base or (strict_versions and new != base + 1):
        raise BundleMalformed(f"{label}.new_version", "与基础版本不符", "does not follow its base version")
    if not isinstance(payload, str):
        raise BundleMalformed(f"{label}.payload", "类型不对", "has the wrong type")
    raise AssertionError(f"{label}: the quick check refused an item the ordered checks accept")


def decode_row(table: Table, payload: str, *, where: str, today: date | None = None) -> dict[str, Any]:
    """Typed values of one row (sync/rows.py), checked against the register's own rules."""
    row = rows.decode_row(table, payload, where=where)
    if table.name == "person":
        _check_person(row, where, today or date.today())
    return row


def _check_person(row: dict[str, Any], where: str, today: date) -> None:
    """The register's own rules, so a stolen key cannot plant an impossible ID number or phone."""
    try:
        if row.get("id_number"):
            parse_id_number(row["id_number"], today=today)
    except ValidationError:
        raise BundleMalformed(f"{where}.id_number", "不是有效的身份证号", "is not a valid ID number") from None
    try:
        if row.get("phone"):
            parse_phone(row["phone"])
    except ValidationError:
        raise BundleMalformed(f"{where}.phone", "不是有效的电话号码", "is not a valid telephone number") from None
