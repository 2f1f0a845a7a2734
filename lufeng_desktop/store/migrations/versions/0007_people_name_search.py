"""people search by any part of a name (the person_name_gram index of store/models/people.py, kept by
triggers), by the last digits of an ID number (ix_person_id_tail, store/models/register_indexes.py) and by
a mobile number (ix_person_phone)

Triggers rather than application code, because people are written by the ORM, by the demo builder's bulk
inserts and by sync's plain-SQL statements alike. A later migration that makes Alembic rebuild the person
table (batch "recreate") drops these triggers: it must create them again (CREATE_TRIGGERS below);
tests/unit/services/test_people_search_plans.py fails if it does not.

Revision ID: 0007_people_name_search
Revises: 0006_pinyin_order_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_people_name_search'
down_revision = '0006_pinyin_order_indexes'
branch_labels = None
depends_on = None

NAME_MAX = 30  # person.name is String(30)
_POSITIONS = "(VALUES " + ",".join(f"({k})" for k in range(1, NAME_MAX + 1)) + ") AS k"


def _grams(row: str) -> str:
    """SELECT of (gram, person id) for every position of ``row``'s name (``new`` or ``old``)."""
    return (f"SELECT lower(substr({row}.name, k.column1, 2)), {row}.id FROM {_POSITIONS} "
            f"WHERE k.column1 <= length({row}.name)")  # fmt: skip


CREATE_TRIGGERS = (
    f"""CREATE TRIGGER person_name_gram_insert AFTER INSERT ON person BEGIN
        INSERT OR IGNORE INTO person_name_gram (gram, person_id) {_grams('new')};
    END""",
    f"""CREATE TRIGGER person_name_gram_rename AFTER UPDATE OF name, id ON person
    WHEN old.name IS NOT new.name OR old.id IS NOT new.id BEGIN
        DELETE FROM person_name_gram WHERE (gram, person_id) IN ({_grams('old')});
        INSERT OR IGNORE INTO person_name_gram (gram, person_id) {_grams('new')};
    END""",
    f"""CREATE TRIGGER person_name_gram_delete AFTER DELETE ON person BEGIN
        DELETE FROM person_name_gram WHERE (gram, person_id) IN ({_grams('old')});
    END""",
)
ID_TAIL_REVERSED = "||".join(f"substr(id_number, -{k}, 1)" for k in range(1, 7))  # as in register_indexes.py
_TRIGGERS = ("person_name_gram_insert", "person_name_gram_rename", "person_name_gram_delete")


def upgrade() -> None:
    op.create_table(
        'person_name_gram',
        sa.Column('gram', sa.String(length=2), nullable=False),
        sa.Column('person_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('gram', 'person_id', name=op.f('pk_person_name_gram')),
        sqlite_with_rowid=False,
    )
    for sql in CREATE_TRIGGERS:
        op.execute(sql)
    op.execute(f"INSERT OR IGNORE INTO person_name_gram (gram, person_id) "
               f"SELECT lower(substr(p.name, k.column1, 2)), p.id FROM person AS p, {_POSITIONS} "
               f"WHERE k.column1 <= length(p.name)")  # fmt: skip
    op.execute(f"CREATE INDEX ix_person_id_tail ON person ({ID_TAIL_REVERSED})")
    op.create_index('ix_person_phone', 'person', ['phone'])


def downgrade() -> None:
    op.drop_index('ix_person_phone', 'person')
    op.execute("DROP INDEX ix_person_id_tail")
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.drop_table('person_name_gram')
