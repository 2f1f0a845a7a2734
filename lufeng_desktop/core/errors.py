"""Error types shared by every layer.

Three tiers (STYLE.md §10.7): expected environment failures and domain rule
violations are ``LufengError`` subclasses carrying a Chinese and an English
sentence for the clerk; anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations


class LufengError(Exception):
    """An expected problem with a message a clerk can act on (Chinese first, then English)."""

    def __init__(self, zh: str, en: str, *, code: str = "error") -> None:
        super().__init__(f"{zh} / {en}")
        self.zh = zh
        self.en = en
        self.code = code

    def sentence(self) -> str:
        """One line for the terminal or a message box: Chinese, then English."""
        return f"{self.zh}（{self.en}）"


class ValidationError(LufengError):
    """Input that breaks a rule of the domain (ID check digit, phone, date …)."""

    def __init__(self, zh: str, en: str, *, field: str | None = None, code: str = "invalid") -> None:
        super().__init__(zh, en, code=code)
        self.field = field


class StorageError(LufengError):
    """The database or a file cannot be used as asked (missing, corrupt, read-only, full disk)."""


class NotFoundError(LufengError):
    """A record that was asked for does not exist (or was deleted)."""
