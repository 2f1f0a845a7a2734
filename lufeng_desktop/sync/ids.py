"""Row ids every installation computes alike, so shared rows meet instead of colliding."""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("5b0c3f1e-9a57-4d4e-8f55-6c75666e6701")


def town_row_id(town_code: str) -> str:
    """The ``town`` row's id: every village of a town and the town office itself use the same one."""
    return str(uuid.uuid5(_NAMESPACE, f"town:{town_code}"))
