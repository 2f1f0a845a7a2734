"""Schema migrations with Alembic, run programmatically on the application's own connection.

Opening a database that is already current must not pay for importing Alembic
(≈0.15 s, a twentieth of a cold start): the revision chain is read from the
``revision =`` / ``down_revision =`` lines of the version files and the
database's revision from its ``alembic_version`` table. Alembic itself is only
imported to upgrade.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _chain() -> dict[str, str | None]:
    """revision → down_revision for every version file (what Alembic's ScriptDirectory would find)."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            chain[ast.literal_eval(found["revision"].strip())] = ast.literal_eval(found.get("down_revision", "None").strip())
    return chain


def head_revision() -> str:
    chain = _chain()
    heads = set(chain) - {down for down in chain.values() if down is not None}
    if len(heads) != 1:  # a branch: let Alembic explain it
        from alembic.script import ScriptDirectory  # noqa: PLC0415

        head = ScriptDirectory.from_config(_config()).get_current_head()
        assert head is not None
        return head
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_chain())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return revision_of(connection)


def revision_of(connection: Connection) -> str | None:
    exists = connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
    if exists is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade in one transaction: with the BEGIN fix, a failed step rolls the whole schema back."""
    from alembic import command  # noqa: PLC0415

    with engine.begin() as connection:
        command.upgrade(_config(connection), target)
