"""Read-only helpers for the 同步与交接 screen, and the first-start "enrol from the town's file" use case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lufeng_desktop.core import divisions
from lufeng_desktop.services.enrolment import _read_enrolment, enrol, is_town
from lufeng_desktop.services.handover_status import handover_status
from lufeng_desktop.store.database import Store

RETURN_MARK = "-town-"


@dataclass(frozen=True)
class EnrolmentPreview:
    town_code: str
    town_name: str
    village_code: str
    fingerprint: str
    expires_at: str


def preview_enrolment(path: Path) -> EnrolmentPreview:
    """What an enrolment file says, after checking its keys against its fingerprint (nothing is written)."""
    doc = _read_enrolment(path)
    return EnrolmentPreview(doc["town_code"], doc["town_name"], doc["village_code"], doc["fingerprint"], doc["expires_at"])


def files_for_here(store: Store, files: list[Path]) -> list[Path]:
    """The bundles on a stick this database can import: village bundles at the town, its own return bundles at a village.

    A village's stick also carries the village's own outgoing bundles (sealed to the
    town); offering those back to the village would only produce "rejected" lines.
    """
    if is_town(store):
        return [f for f in files if RETURN_MARK not in f.name]
    prefix = f"{store.device().id}{RETURN_MARK}"
    return [f for f in files if f.name.startswith(prefix)]


def overview(store: Store) -> dict[str, Any]:
    """handover_status plus the names the page shows."""
    status = handover_status(store)
    if status["profile"] == "town":
        status["town_name"] = store.state("town_name") or divisions.town_name_for(status.get("town_code") or "") or ""
    else:
        status["town_name"] = store.state("town_name") or ""
    return status


def receive_enrolment(data_dir: Path, path: Path, *, village_name: str, user_name: str) -> tuple[Store, dict[str, Any]]:
    """First start on a village laptop: an empty database for the file's village, enrolled with the town.

    The town's return bundles carry acknowledgements and answers, not a village's
    register, so this is all a laptop can receive from the town today.
    """
    from lufeng_desktop.services.admin import create_village_database  # noqa: PLC0415

    preview = preview_enrolment(path)
    store, _village_id = create_village_database(data_dir, village_code=preview.village_code, village_name=village_name,
                                                 user_name=user_name, town_name=preview.town_name or None)  # fmt: skip
    try:
        info = enrol(store, store.actor(user_name), path)
    except BaseException:
        store.dispose()
        raise
    return store, info
