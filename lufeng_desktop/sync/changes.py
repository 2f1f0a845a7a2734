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
import json
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Table, Text

from lufeng_desktop.core.errors import ValidationError
from lufeng_desktop.store.base import syncable_tables
from lufeng_desktop.store.payload import row_payload
from lufeng_desktop.sync import strictjson
from lufeng_desktop.sync.errors import BundleDamaged, BundleMalformed, BundleTooLarge

MAX_PAYLOAD_RAW = 512 * 1024 * 1024
MAX_ROW_BYTES = 1024 * 1024
MAX_ATTACHMENT_BYTES = 32 * 1024 * 1024
OPS = ("insert", "update", "delete")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class RemoteChange:
    change_id: str
    entity: str
    row_id: str
    op: str
    base_version: int
    new_version: int
    local_seq: int
    payload: str  # canonical row JSON, exactly as logged by the sender
    row: dict[str, Any]  # typed column values decoded from ``payload``

    @property
    def content_hash(self) -> str:
        key = "\x1f".join((self.entity, self.row_id, self.op, str(self.base_version), str(self.new_version), self.payload))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def as_list(self) -> list[Any]:
        return [self.change_id, self.entity, self.row_id, self.op, self.base_version, self.new_version, self.local_seq, self.payload]


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


def decode_changes(items: Any, *, village_code: str | None, where: str = "changes", strict_versions: bool = True) -> list[RemoteChange]:
    if not isinstance(items, list):
        raise BundleMalformed(where, "应为列表", "should be a list")
    tables = tables_by_name()
    seen: set[str] = set()
    result = []
    for i, item in enumerate(items):
        label = f"{where}[{i}]"
        if not isinstance(item, list) or len(item) != 8:
            raise BundleMalformed(label, "格式不对", "has the wrong shape")
        change_id, entity, row_id, op, base, new, local_seq, payload = item
        if not isinstance(change_id, str) or not _UUID.match(change_id):
            raise BundleMalformed(f"{label}.change_id", "格式不对", "is not a UUID")
        if change_id in seen:
            raise BundleMalformed(f"{label}.change_id", "在包内重复", "appears twice in the bundle")
        seen.add(change_id)
        if not isinstance(entity, str) or entity not in tables:
            raise BundleMalformed(f"{label}.entity", "不是可同步的表", "is not a syncable table")
        if not isinstance(row_id, str) or not _UUID.match(row_id):
            raise BundleMalformed(f"{label}.row_id", "格式不对", "is not a UUID")
        if op not in OPS:
            raise BundleMalformed(f"{label}.op", "未知", "is unknown")
        for name, value in (("base_version", base), ("new_version", new), ("local_seq", local_seq)):
            if type(value) is not int or not 0 <= value < 2**31:
                raise BundleMalformed(f"{label}.{name}", "超出范围", "is out of range")
        if (op == "insert") != (base == 0) or new <= base or (strict_versions and new != base + 1):
            raise BundleMalformed(f"{label}.new_version", "与基础版本不符", "does not follow its base version")
        if not isinstance(payload, str):
            raise BundleMalformed(f"{label}.payload", "类型不对", "has the wrong type")
        row = decode_row(tables[entity], payload, where=f"{label}.{entity}")
        if row["id"] != row_id or row["version"] != new:
            raise BundleMalformed(f"{label}.{entity}.id", "与变更记录不符", "does not match the change")
        if village_code is not None and row["village_code"] != village_code:
            raise BundleMalformed(f"{label}.{entity}.village_code", "不属于本村", "belongs to another village")
        if op == "delete" and row["deleted_at"] is None:
            raise BundleMalformed(f"{label}.{entity}.deleted_at", "与操作不符", "does not match the operation")
        result.append(RemoteChange(change_id, entity, row_id, op, base, new, local_seq, payload, row))
    return result


def decode_row(table: Table, payload: str, *, where: str) -> dict[str, Any]:
    """Typed values of one row. Plain ``json.loads`` is enough here: the row must re-serialise to exactly
    the signed text, which rules out duplicate keys, NaN, nesting and any other non-canonical form."""
    if len(payload) > MAX_ROW_BYTES:
        raise BundleTooLarge(where, MAX_ROW_BYTES)
    try:
        obj = json.loads(payload)
    except (ValueError, RecursionError):
        raise BundleMalformed(where, "不是合法的 JSON", "is not valid JSON") from None
    strictjson.exact_keys(obj, {c.name for c in table.columns}, where=where)
    row = {column.name: _typed(column, obj[column.name], f"{where}.{column.name}") for column in table.columns}
    if row_payload(table, row) != payload:
        raise BundleMalformed(where, "不是规范格式", "is not in canonical form")
    _check_person(table.name, row, where)
    return row


def _typed(column: Any, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable and not column.primary_key:
            raise BundleMalformed(where, "不能为空", "must not be empty")
        if column.primary_key:
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
            return datetime.fromisoformat(_text(value, 40))
        if isinstance(kind, Date):
            return date.fromisoformat(_text(value, 10))
        if isinstance(kind, (String, Text)):
            limit = getattr(kind, "length", None) or MAX_ROW_BYTES
            text = _text(value, limit)
            if any(ch in text for ch in "\x00"):
                raise TypeError
            return text
    except (TypeError, ValueError):
        raise BundleMalformed(where, "类型或长度不对", "has the wrong type or length") from None
    raise BundleMalformed(where, "是不支持的列类型", "has an unsupported column type")


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise TypeError
    return value


def _check_person(table: str, row: dict[str, Any], where: str) -> None:
    """The register's own rules, so a stolen key cannot plant an impossible ID number or phone."""
    if table != "person":
        return
    from lufeng_desktop.core.idcard import parse_id_number  # noqa: PLC0415
    from lufeng_desktop.core.phone import parse_phone  # noqa: PLC0415

    try:
        if row.get("id_number"):
            parse_id_number(row["id_number"])
    except ValidationError:
        raise BundleMalformed(f"{where}.id_number", "不是有效的身份证号", "is not a valid ID number") from None
    try:
        if row.get("phone"):
            parse_phone(row["phone"])
    except ValidationError:
        raise BundleMalformed(f"{where}.phone", "不是有效的电话号码", "is not a valid telephone number") from None
