"""people in pinyin order: the live-person indexes sort by name_pinyin, so the register's name order
(陈 chen < 黄 huang < 林 lin) and every search page read the index in order instead of sorting matches

Revision ID: 0006_pinyin_order_indexes
Revises: 0005_implementation_facts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_pinyin_order_indexes'
down_revision = '0005_implementation_facts'
branch_labels = None
depends_on = None

_LIVE = sa.text('deleted_at IS NULL')
_NEW = {
    'ix_person_live_search': ['name_pinyin', 'name', 'id', 'name_initials', 'id_number', 'phone'],
    'ix_person_live_village': ['village_id', 'name_pinyin', 'name', 'id'],
    'ix_person_live_group': ['group_id', 'name_pinyin', 'name', 'id'],
}
_OLD = {
    'ix_person_live_search': ['name', 'id', 'name_initials', 'name_pinyin', 'id_number', 'phone'],
    'ix_person_live_village': ['village_id', 'name', 'id'],
    'ix_person_live_group': ['group_id', 'name', 'id'],
}


def _replace(columns_by_name: dict[str, list[str]]) -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        for name, columns in columns_by_name.items():
            batch_op.drop_index(name, sqlite_where=_LIVE)
            batch_op.create_index(name, columns, unique=False, sqlite_where=_LIVE)


def upgrade() -> None:
    _replace(_NEW)


def downgrade() -> None:
    _replace(_OLD)
