"""Alembic environment: always runs on the connection the application hands over.

``render_as_batch`` turns SQLite ALTERs into copy-and-move batch operations.
"""

from __future__ import annotations

from alembic import context

from lufeng_desktop.store import models  # noqa: F401 - registers every table on Base.metadata
from lufeng_desktop.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through lufeng_desktop.store.migrate (no offline mode)")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
