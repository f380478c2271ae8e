import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { GroupMembershipStatus, GroupRole } from '@pairs/shared-domain';
import { MEMBERSHIP_COLUMNS, type MembershipRecord } from '../groups/groups.repository.js';

/** What a membership write sets (left out: unchanged). */
export interface MembershipChanges {
  status?: GroupMembershipStatus;
  role?: GroupRole;
  message?: string | null;
  invitedById?: string | null;
  decidedById?: string | null;
  decidedAt?: Date | null;
  /** A new episode (a request after a rejection, an invitation) starts now. */
  restart?: boolean;
}

/** Membership rows and the group's `member_count`. Writes run in the caller's transaction. */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<MembershipRecord[]> {
    if (!ids.length) return [];
    return this.m(manager).query(
      `SELECT ${MEMBERSHIP_COLUMNS('m')} FROM group_membership m WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async findOne(groupId: string, userId: string, manager: EntityManager): Promise<MembershipRecord | null> {
    const rows: MembershipRecord[] = await manager.query(
      `SELECT ${MEMBERSHIP_COLUMNS('m')} FROM group_membership m WHERE m.group_id = $1 AND m.user_id = $2`,
      [groupId, userId],
    );
    return rows[0] ?? null;
  }

  /** A user's memberships in these states, newest first. */
  async byUser(userId: string, statuses: readonly GroupMembershipStatus[]): Promise<MembershipRecord[]> {
    return this.m().query(
      `SELECT ${MEMBERSHIP_COLUMNS('m')} FROM group_membership m
       WHERE m.user_id = $1 AND m.status = ANY($2::text[]) ORDER BY m.created_at DESC, m.id DESC`,
      [userId, statuses],
    );
  }

  async insert(
    values: {
      groupId: string;
      userId: string;
      status: GroupMembershipStatus;
      role: GroupRole;
      message?: string | null;
      invitedById?: string | null;
      decidedById?: string | null;
      decidedAt?: Date | null;
    },
    manager: EntityManager,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO group_membership (group_id, user_id, status, role, message, invited_by_id, decided_by_id, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.groupId,
        values.userId,
        values.status,
        values.role,
        values.message ?? null,
        values.invitedById ?? null,
        values.decidedById ?? null,
        values.decidedAt ?? null,
      ],
    );
    return rows[0].id;
  }

  async update(id: string, changes: MembershipChanges, manager: EntityManager): Promise<void> {
    const sets = ['updated_at = now()'];
    const values: unknown[] = [id];
    for (const [column, value] of [
      ['status', changes.status],
      ['role', changes.role],
      ['message', changes.message],
      ['invited_by_id', changes.invitedById],
      ['decided_by_id', changes.decidedById],
      ['decided_at', changes.decidedAt],
    ] as const) {
      if (value === undefined) continue;
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    }
    if (changes.restart) sets.push('created_at = now()');
    await manager.query(`UPDATE group_membership SET ${sets.join(', ')} WHERE id = $1`, values);
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM group_membership WHERE id = $1`, [id]);
  }

  /** Keeps `peer_group.member_count` (ACTIVE memberships) in the transaction of the change. */
  async addToMemberCount(groupId: string, delta: number, manager: EntityManager): Promise<void> {
    if (delta === 0) return;
    await manager.query(`UPDATE peer_group SET member_count = member_count + $2 WHERE id = $1`, [
      groupId,
      delta,
    ]);
  }

  async activeFacilitatorCount(groupId: string, manager: EntityManager): Promise<number> {
    const rows: Array<{ count: number }> = await manager.query(
      `SELECT count(*)::int AS count FROM group_membership
       WHERE group_id = $1 AND status = 'ACTIVE' AND role = 'FACILITATOR'`,
      [groupId],
    );
    return rows[0]?.count ?? 0;
  }
}
