"""Where the application keeps its data and finds its resources. Qt-free.

``LUFENG_DATA_DIR`` (or ``--data-dir``) overrides the platform's user data folder,
so tests and scripts never touch a real clerk's database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from lufeng_desktop import APP_NAME

DATA_DIR_ENV = "LUFENG_DATA_DIR"
DATABASE_NAME = "lufeng.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding the database, backups and logs."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def backup_dir(folder: Path) -> Path:
    return folder / "backups"


def attachments_dir(folder: Path) -> Path:
    return folder / "attachments"


def log_dir(folder: Path) -> Path:
    return folder / "logs"


def resource_root() -> Path:
    """``resources/`` in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
