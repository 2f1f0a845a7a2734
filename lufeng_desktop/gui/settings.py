"""The clerk's GUI preferences, kept as a small JSON file beside the database.

Kept in the data folder (not QSettings) so a test or a second data folder never
inherits another one's choices. Unknown keys are ignored, a damaged file falls
back to the defaults: preferences must never stop the program from starting.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "settings.json"
LANGUAGES = ("zh_CN", "en")


@dataclass
class Settings:
    language: str = "zh_CN"  # "zh_CN" or "en"; takes effect at the next start


def defaults() -> Settings:
    return Settings()


def load(data_dir: Path) -> Settings:
    path = data_dir / FILE_NAME
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return defaults()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return defaults()
    known = {f.name for f in fields(Settings)}
    settings = Settings(**{k: v for k, v in raw.items() if k in known and isinstance(v, str)})
    if settings.language not in LANGUAGES:
        settings.language = defaults().language
    return settings


def save(data_dir: Path, settings: Settings) -> None:
    """Write atomically: a power cut leaves the old or the new file, never half of one."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / FILE_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
