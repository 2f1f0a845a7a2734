"""Every way a bundle can be refused; each carries one sentence for the clerk (Chinese, then English).

The importer raises nothing else for bad input (RELIABILITY.md §6.5 F2): a test
feeds hostile bytes and asserts the raised type is a ``BundleError``.
"""

from __future__ import annotations

from lufeng_desktop.core.errors import LufengError


class BundleError(LufengError):
    """A bundle file that cannot be used; nothing was changed."""


class BundleDamaged(BundleError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            f"数据包不完整或已损坏，请让村里重新导出{('：' + detail) if detail else ''}",
            f"the bundle is incomplete or damaged; ask the village to export it again{(': ' + detail) if detail else ''}",
            code="damaged",
        )


class BundleNotForUs(BundleError):
    def __init__(self) -> None:
        super().__init__("这个数据包不是发给本单位的", "this bundle is not addressed to this office", code="not_for_us")


class BundleUnknownSender(BundleError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            f"发送方未登记或签名无效{('：' + detail) if detail else ''}",
            f"unknown or invalid sender{(': ' + detail) if detail else ''}",
            code="bad_sender",
        )


class BundleRevoked(BundleError):
    def __init__(self, device: str) -> None:
        super().__init__(
            f"设备 {device[:8]} 已被吊销，拒收其数据包", f"device {device[:8]} has been revoked; its bundles are refused", code="revoked"
        )


class BundleFormatError(BundleError):
    def __init__(self, version: int, supported: int) -> None:
        if version > supported:
            zh, en = f"数据包格式 {version} 比本程序新，请先升级本程序", f"bundle format {version} is newer than this program; please update the software"
        else:
            zh, en = f"数据包格式 {version} 已不再支持，请让对方升级后重新导出", f"bundle format {version} is no longer supported; ask the sender to update and export again"
        super().__init__(zh, en, code="format")


class BundleMalformed(BundleError):
    """Authentic but not what the format allows: names the field, so the sender's bug can be found."""

    def __init__(self, field: str, problem_zh: str, problem_en: str) -> None:
        super().__init__(f"数据包内容有误：{field} {problem_zh}", f"malformed bundle: {field} {problem_en}", code="malformed")
        self.field = field


class BundleTooLarge(BundleError):
    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what}超过上限 {limit:,} 字节，拒收", f"{what} exceeds the limit of {limit:,} bytes; refused", code="too_large")


class BundleRejected(BundleError):
    """Verified and well-formed, but refused by a rule (wrong village, changed change, …)."""

    def __init__(self, zh: str, en: str, *, code: str = "rejected") -> None:
        super().__init__(zh, en, code=code)
