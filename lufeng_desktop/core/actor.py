"""Who is acting: every service call carries the user and the device from the start."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_name: str
    device_id: str
    epoch: int
