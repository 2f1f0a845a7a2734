"""USB handover: enrolled peers, one-time codes, bundles in and out, seen changes, conflicts

Revision ID: 0003_sync
Revises: 0002_matters
Create Date: 2026-11-26 05:50:43.839242
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_sync'
down_revision = '0002_matters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bundle_in',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('prev_bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('claimed_created_at', sa.String(length=40), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.Column('manifest', sa.Text(), nullable=False),
    sa.Column('report', sa.Text(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle_in')),
    sa.UniqueConstraint('kind', 'device_id', 'epoch', 'seq', 'bundle_hash', name=op.f('uq_sync_bundle_in_kind'))
    )
    with op.batch_alter_table('sync_bundle_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_in_device_id'), ['device_id'], unique=False)

    op.create_table('sync_bundle_out',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(length=64), nullable=False),
    sa.Column('first_local_seq', sa.Integer(), nullable=False),
    sa.Column('last_local_seq', sa.Integer(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('acked_at', sa.DateTime(), nullable=True),
    sa.Column('data', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_bundle_out')),
    sa.UniqueConstraint('kind', 'device_id', 'epoch', 'seq', name=op.f('uq_sync_bundle_out_kind'))
    )
    op.create_table('sync_change_seen',
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('local_seq', sa.Integer(), nullable=False),
    sa.Column('bundle_seq', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_sync_change_seen'))
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('local_version', sa.Integer(), nullable=True),
    sa.Column('local_payload', sa.Text(), nullable=True),
    sa.Column('remote_change_id', sa.String(length=36), nullable=False),
    sa.Column('remote_device_id', sa.String(length=36), nullable=False),
    sa.Column('remote_base_version', sa.Integer(), nullable=False),
    sa.Column('remote_new_version', sa.Integer(), nullable=False),
    sa.Column('remote_op', sa.String(length=8), nullable=False),
    sa.Column('remote_payload', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=40), nullable=False),
    sa.Column('choice', sa.String(length=10), nullable=False),
    sa.Column('resolution_change_id', sa.String(length=36), nullable=True),
    sa.Column('resolution_version', sa.Integer(), nullable=True),
    sa.Column('resolution_payload', sa.Text(), nullable=True),
    sa.Column('return_seq', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('remote_change_id', name=op.f('uq_sync_conflict_remote_change_id'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_row_id'), ['row_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_conflict_village_code'), ['village_code'], unique=False)

    op.create_table('sync_enrolment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_by_device', sa.String(length=36), nullable=True),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_enrolment')),
    sa.UniqueConstraint('code_hash', name=op.f('uq_sync_enrolment_code_hash'))
    )
    with op.batch_alter_table('sync_enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_enrolment_village_code'), ['village_code'], unique=False)

    op.create_table('sync_peer',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('acked_return_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_peer')),
    sa.UniqueConstraint('public_key', name=op.f('uq_sync_peer_public_key'))
    )
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_peer_village_code'), ['village_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_peer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_peer_village_code'))

    op.drop_table('sync_peer')
    with op.batch_alter_table('sync_enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_enrolment_village_code'))

    op.drop_table('sync_enrolment')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflict_village_code'))
        batch_op.drop_index(batch_op.f('ix_sync_conflict_row_id'))

    op.drop_table('sync_conflict')
    op.drop_table('sync_change_seen')
    op.drop_table('sync_bundle_out')
    with op.batch_alter_table('sync_bundle_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_in_device_id'))

    op.drop_table('sync_bundle_in')
