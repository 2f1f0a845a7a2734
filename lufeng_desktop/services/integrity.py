"""``check``: is the database sound, and does the change log account for every row exactly?

Beyond SQLite's own checks, the change log must explain the current state: each
live row's version is the newest version logged for it, the newest payload equals
the row as stored (this catches silent edits that bypassed the application), the
per-device sequence has no gaps, and the audit chain verifies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from lufeng_desktop.store import audit, migrate
from lufeng_desktop.store.base import syncable_tables
from lufeng_desktop.store.database import Store
from lufeng_desktop.store.payload import row_payload

Progress = Callable[[float, str], None]


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checked_rows: int = 0
    changes: int = 0
    audit_entries: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_store(store: Store, progress: Progress | None = None) -> CheckReport:
    report = CheckReport()
    with store.engine.connect() as connection:
        result = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
        if result != ["ok"]:
            report.problems.append(f"integrity_check: {'; '.join(result[:5])}")
        fk = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if fk:
            report.problems.append(f"foreign_key_check: {len(fk)} broken references, first in table {fk[0][0]}")
    if migrate.current_revision(store.engine) != migrate.head_revision():
        report.problems.append("schema revision is not the program's current one")
    with store.sessions() as session:
        tables = syncable_tables()
        for i, table in enumerate(tables):
            _check_table(session, table, report)
            if progress:
                progress((i + 1) / (len(tables) + 1), table.name)
        _check_sequences(session, report)
        chain = audit.verify_session(session)
        report.audit_entries = chain.entries
        if not chain.ok:
            report.problems.append(f"audit chain broken at entry {chain.broken_at}")
    return report


def _check_table(session: Session, table: Table, report: CheckReport) -> None:
    name = table.name
    latest = text(
        "SELECT c.row_id, c.new_version, c.payload FROM change_log c "
        "JOIN (SELECT row_id, max(new_version) AS v FROM change_log WHERE entity = :e GROUP BY row_id) l "
        "ON l.row_id = c.row_id AND l.v = c.new_version WHERE c.entity = :e"
    )
    logged = {row_id: (version, payload) for row_id, version, payload in session.execute(latest, {"e": name})}
    rows = session.execute(select(table)).mappings()  # typed values, so dates serialise exactly as the ORM wrote them
    mismatched, unlogged, seen = [], [], 0
    for row in rows:
        seen += 1
        entry = logged.pop(row["id"], None)
        if entry is None:
            unlogged.append(row["id"])
        elif entry[0] != row["version"] or entry[1] != row_payload(table, row):
            mismatched.append(row["id"])
    report.checked_rows += seen
    if unlogged:
        report.problems.append(f"{name}: {len(unlogged)} rows have no change-log entry (first {unlogged[0]})")
    if mismatched:
        report.problems.append(f"{name}: {len(mismatched)} rows differ from their last logged change (first {mismatched[0]})")
    if logged:
        report.problems.append(f"{name}: {len(logged)} logged rows are missing from the table (first {next(iter(logged))})")


def _check_sequences(session: Session, report: CheckReport) -> None:
    gaps = session.execute(
        text(
            "SELECT device_id, epoch, count(*), min(local_seq), max(local_seq) FROM change_log GROUP BY device_id, epoch"
        )
    ).all()
    for device_id, epoch, count, low, high in gaps:
        report.changes += count
        if low != 1 or high - low + 1 != count:
            report.problems.append(f"change log of device {device_id[:8]} epoch {epoch} has gaps ({count} entries, seq {low}–{high})")

