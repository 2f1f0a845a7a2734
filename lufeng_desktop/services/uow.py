"""The unit of work every mutating service runs in.

One transaction: the changes, their change-log entries (written by the store's
flush hooks) and one audit entry naming the rows touched. Either all of it
commits or none of it does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from lufeng_desktop.core.actor import Actor
from lufeng_desktop.store import audit
from lufeng_desktop.store.changelog import ACTOR_KEY, CHANGED_KEY
from lufeng_desktop.store.database import Store


@contextmanager
def unit_of_work(store: Store, actor: Actor, action: str, **summary: Any) -> Iterator[Session]:
    store.require_sound()  # a file still being checked at start-up is not written until it passes
    with store.sessions.begin() as session:
        session.info[ACTOR_KEY] = actor
        yield session
        session.flush()
        rows = [
            {"entity": entity, "id": row_id, "op": op} for entity, row_id, op in session.info.pop(CHANGED_KEY, [])
        ]
        audit.append(session, actor, action, {"rows": rows, **summary})


@contextmanager
def reading(store: Store) -> Iterator[Session]:
    with store.sessions() as session:
        yield session
