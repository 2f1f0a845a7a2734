"""Migrations: applied at start-up after a verified backup, all-or-nothing, and never onto a newer database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from lufeng_desktop.core.errors import StorageError
from lufeng_desktop.store import migrate
from lufeng_desktop.store.base import Base
from lufeng_desktop.store.database import Store, open_store
from lufeng_desktop.store.models.register_indexes import ID_TAIL_REVERSED

NEXT_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "9999_test"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("later_feature", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(20), nullable=True))
    {fail}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A copy of the migrations plus one more revision, as the next release of the program would ship."""

    def install(*, fail: bool) -> None:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
        body = NEXT_REVISION.format(down=migrate.head_revision(), fail='raise RuntimeError("step 2 failed")' if fail else "")
        (folder / "versions" / "9999_test.py").write_text(body, encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)

    return install


def _revision(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _columns(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    finally:
        connection.close()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_a_new_database_matches_the_models_exactly(village_store: Store) -> None:
    with village_store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        # Alembic cannot reflect an expression index, so compare that one by its SQL.
        created = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'ix_person_id_tail'").scalar()
    assert differences == []
    assert created is not None and created.endswith(f"({ID_TAIL_REVERSED})")
    assert migrate.current_revision(village_store.engine) == migrate.head_revision()


def test_an_older_database_is_backed_up_then_migrated_with_its_data(small_demo: Store, newer_program) -> None:  # type: ignore[no-untyped-def]
    data_dir, path = small_demo.data_dir, small_demo.path
    old_revision = _revision(path)
    small_demo.dispose()
    newer_program(fail=False)

    store = open_store(data_dir)
    store.dispose()

    assert _revision(path) == "9999_test"
    assert "nickname" in _columns(path, "person")
    backups = list((data_dir / "backups").glob("*before-migrate*.db"))
    assert len(backups) == 1 and _revision(backups[0]) == old_revision
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] > 500
    finally:
        connection.close()


def test_a_migration_that_fails_half_way_changes_nothing(small_demo: Store, newer_program) -> None:  # type: ignore[no-untyped-def]
    data_dir, path = small_demo.data_dir, small_demo.path
    old_revision = _revision(path)
    small_demo.dispose()
    newer_program(fail=True)

    with pytest.raises(RuntimeError, match="step 2 failed"):
        open_store(data_dir)

    assert _revision(path) == old_revision
    assert "nickname" not in _columns(path, "person")
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    assert "later_feature" not in tables


def test_a_database_from_a_newer_program_is_refused_untouched(village_store: Store) -> None:
    path, data_dir = village_store.path, village_store.data_dir
    village_store.dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()

    with pytest.raises(StorageError) as caught:
        open_store(data_dir)

    assert caught.value.code == "newer_database"
    assert "更新版本" in caught.value.zh
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_the_quick_revision_scan_agrees_with_alembic(newer_program) -> None:  # type: ignore[no-untyped-def]
    """Start-up reads the chain without importing Alembic; it must see exactly what Alembic sees."""
    from alembic.script import ScriptDirectory

    for step in ("shipped", "next release"):
        scripts = ScriptDirectory.from_config(migrate._config())
        assert migrate.head_revision() == scripts.get_current_head(), step
        assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}, step
        if step == "shipped":
            newer_program(fail=False)
    assert migrate.head_revision() == "9999_test"
