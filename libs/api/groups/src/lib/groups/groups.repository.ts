import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  contentGroupFactsSql,
  SqlParams,
  type ContentGroupFacts,
  type SqlParam,
  type Viewer,
} from '@pairs/platform-core';
import type {
  GroupJoinPolicy,
  GroupMembershipStatus,
  GroupRole,
  GroupVisibility,
  OrganizationRole,
} from '@pairs/shared-domain';

/** A membership row. */
export interface MembershipRecord {
  id: string;
  groupId: string;
  userId: string;
  status: GroupMembershipStatus;
  role: GroupRole;
  message: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  /** `created_at` as exact text, for cursors. */
  sortKey: string;
}

/** A group row with what the policy needs to know about the viewer. */
export interface GroupRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  organizationId: string;
  visibility: GroupVisibility;
  joinPolicy: GroupJoinPolicy;
  requiresVerifiedMandate: boolean;
  memberCount: number;
  createdAt: Date;
  viewerMembership: MembershipRecord | null;
  viewerOrgRole: OrganizationRole | null;
  viewerHasVerifiedMandate: boolean;
}

/** A list filter with every reference resolved. */
export interface GroupQuery {
  themeIds: string[] | null;
  organizationId: string | null;
  /** Groups this user is an ACTIVE member of. */
  activeMemberId: string | null;
}

export interface GroupValues {
  name: string;
  description: string;
  visibility: GroupVisibility;
  joinPolicy: GroupJoinPolicy;
  requiresVerifiedMandate: boolean;
}

export const MEMBERSHIP_COLUMNS = (
  m: string,
) => `${m}.id, ${m}.group_id AS "groupId", ${m}.user_id AS "userId",
  ${m}.status, ${m}.role, ${m}.message, ${m}.created_at AS "createdAt", ${m}.decided_at AS "decidedAt",
  ${m}.created_at::text AS "sortKey"`;

/** Columns of group `g` with the viewer's membership, organisation role and mandate (one row each). */
function groupColumns(viewer: Viewer, p: SqlParam): string {
  const base = `g.id, g.slug, g.name, g.description, g.organization_id AS "organizationId", g.visibility,
    g.join_policy AS "joinPolicy", g.requires_verified_mandate AS "requiresVerifiedMandate",
    g.member_count AS "memberCount", g.created_at AS "createdAt"`;
  if (viewer === null) {
    return `${base}, NULL::json AS "viewerMembership", NULL::varchar AS "viewerOrgRole", false AS "viewerHasVerifiedMandate"`;
  }
  const me = p(viewer.id);
  return `${base},
    (SELECT row_to_json(vm) FROM (SELECT ${MEMBERSHIP_COLUMNS('m')} FROM group_membership m
      WHERE m.group_id = g.id AND m.user_id = ${me}) vm) AS "viewerMembership",
    (SELECT om.role FROM organization_member om WHERE om.organization_id = g.organization_id AND om.user_id = ${me})
      AS "viewerOrgRole",
    EXISTS (SELECT 1 FROM mandate md WHERE md.user_id = ${me} AND md.verified_at IS NOT NULL)
      AS "viewerHasVerifiedMandate"`;
}

type GroupRow = Omit<GroupRecord, 'viewerMembership'> & {
  viewerMembership:
    | (Omit<MembershipRecord, 'createdAt' | 'decidedAt'> & { createdAt: string; decidedAt: string | null })
    | null;
};

/** Dates inside `row_to_json` come back as strings. */
function mapGroup({ viewerMembership: vm, ...row }: GroupRow): GroupRecord {
  return {
    ...row,
    viewerMembership: vm
      ? { ...vm, createdAt: new Date(vm.createdAt), decidedAt: vm.decidedAt ? new Date(vm.decidedAt) : null }
      : null,
  };
}

/** Groups and their themes. Raw SQL; the service applies the policy. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findByIds(viewer: Viewer, ids: readonly string[], manager?: EntityManager): Promise<GroupRecord[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    const rows: GroupRow[] = await this.m(manager).query(
      `SELECT ${groupColumns(viewer, p.add)} FROM peer_group g WHERE g.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
    return rows.map(mapGroup);
  }

  /** A group's facts for the content policy, as seen by the viewer; null when there is no such group. */
  async contentFacts(viewer: Viewer, groupId: string): Promise<ContentGroupFacts | null> {
    const p = new SqlParams();
    const rows: Array<{ facts: ContentGroupFacts | null }> = await this.dataSource.query(
      `SELECT ${contentGroupFactsSql(viewer, `${p.add(groupId)}::uuid`, p.add)} AS facts`,
      p.values,
    );
    return rows[0]?.facts ?? null;
  }

  async idBySlug(slug: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM peer_group WHERE slug = $1`,
      [slug],
    );
    return rows[0]?.id ?? null;
  }

  async findBySlug(viewer: Viewer, slug: string): Promise<GroupRecord | null> {
    const p = new SqlParams();
    const rows: GroupRow[] = await this.m().query(
      `SELECT ${groupColumns(viewer, p.add)} FROM peer_group g WHERE g.slug = ${p.add(slug)}`,
      p.values,
    );
    return rows[0] ? mapGroup(rows[0]) : null;
  }

  private conditions(q: GroupQuery, p: SqlParams): string[] {
    const where = ['TRUE'];
    if (q.organizationId) where.push(`g.organization_id = ${p.add(q.organizationId)}::uuid`);
    if (q.themeIds) {
      where.push(
        `EXISTS (SELECT 1 FROM peer_group_theme f WHERE f.group_id = g.id AND f.theme_id = ANY(${p.add(q.themeIds)}::uuid[]))`,
      );
    }
    if (q.activeMemberId) {
      where.push(`g.id IN (SELECT mine.group_id FROM group_membership mine
        WHERE mine.user_id = ${p.add(q.activeMemberId)} AND mine.status = 'ACTIVE')`);
    }
    return where;
  }

  /**
   * One page by slug (the name without accents or case: alphabetical order), keyset on the unique
   * slug index. Private groups are listed too: their name and description are public.
   */
  async findPage(viewer: Viewer, q: GroupQuery, after: string | null, limit: number): Promise<GroupRecord[]> {
    const p = new SqlParams();
    const where = this.conditions(q, p);
    if (after !== null) where.push(`g.slug > ${p.add(after)}`);
    const rows: GroupRow[] = await this.m().query(
      `SELECT ${groupColumns(viewer, p.add)} FROM peer_group g WHERE ${where.join(' AND ')}
       ORDER BY g.slug LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map(mapGroup);
  }

  /** A page of the groups of each organisation, one statement for every organisation asked. */
  async findOrganizationPages(
    viewer: Viewer,
    organizationIds: readonly string[],
    after: string | null,
    limit: number,
  ): Promise<GroupRecord[]> {
    if (!organizationIds.length) return [];
    const p = new SqlParams();
    const where = [`g.organization_id = ANY(${p.add(organizationIds)}::uuid[])`];
    if (after !== null) where.push(`g.slug > ${p.add(after)}`);
    const rows: Array<GroupRow & { rn: string }> = await this.m().query(
      `SELECT x.* FROM (
         SELECT ${groupColumns(viewer, p.add)},
                row_number() OVER (PARTITION BY g.organization_id ORDER BY g.slug) AS rn
         FROM peer_group g WHERE ${where.join(' AND ')}) x
       WHERE x.rn <= ${p.add(limit)} ORDER BY x."organizationId", x.rn`,
      p.values,
    );
    return rows.map(({ rn: _rn, ...row }) => mapGroup(row));
  }

  async count(q: GroupQuery): Promise<number> {
    const p = new SqlParams();
    const rows: Array<{ count: number }> = await this.m().query(
      `SELECT count(*)::int AS count FROM peer_group g WHERE ${this.conditions(q, p).join(' AND ')}`,
      p.values,
    );
    return rows[0]?.count ?? 0;
  }

  async countByOrganization(
    ids: readonly string[],
  ): Promise<Array<{ organizationId: string; count: number }>> {
    if (!ids.length) return [];
    return this.m().query(
      `SELECT organization_id AS "organizationId", count(*)::int AS count FROM peer_group
       WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
      [ids],
    );
  }

  /** Active facilitators of each group, by seniority. */
  async facilitators(groupIds: readonly string[]): Promise<Array<{ groupId: string; userId: string }>> {
    if (!groupIds.length) return [];
    return this.m().query(
      `SELECT group_id AS "groupId", user_id AS "userId" FROM group_membership
       WHERE group_id = ANY($1::uuid[]) AND status = 'ACTIVE' AND role = 'FACILITATOR'
       ORDER BY group_id, created_at, id`,
      [groupIds],
    );
  }

  /**
   * A page of memberships in one state of each group (facilitators first, then by seniority), one
   * statement for every group asked with the same page arguments.
   */
  async membershipPages(
    groupIds: readonly string[],
    status: GroupMembershipStatus,
    after: [string, string, string] | null,
    limit: number,
  ): Promise<MembershipRecord[]> {
    if (!groupIds.length) return [];
    const p = new SqlParams();
    const where = [`m.group_id = ANY(${p.add(groupIds)}::uuid[])`, `m.status = ${p.add(status)}`];
    if (after) {
      where.push(
        `(m.role, m.created_at, m.id) > (${p.add(after[0])}, ${p.add(after[1])}::timestamptz, ${p.add(after[2])}::uuid)`,
      );
    }
    const rows: Array<MembershipRecord & { rn: string }> = await this.m().query(
      `SELECT x.* FROM (
         SELECT ${MEMBERSHIP_COLUMNS('m')},
                row_number() OVER (PARTITION BY m.group_id ORDER BY m.role, m.created_at, m.id) AS rn
         FROM group_membership m WHERE ${where.join(' AND ')}) x
       WHERE x.rn <= ${p.add(limit)} ORDER BY x."groupId", x.rn`,
      p.values,
    );
    return rows.map(({ rn: _rn, ...row }) => row);
  }

  async membershipCounts(
    groupIds: readonly string[],
    status: GroupMembershipStatus,
  ): Promise<Array<{ groupId: string; count: number }>> {
    if (!groupIds.length) return [];
    return this.m().query(
      `SELECT group_id AS "groupId", count(*)::int AS count FROM group_membership
       WHERE group_id = ANY($1::uuid[]) AND status = $2 GROUP BY group_id`,
      [groupIds, status],
    );
  }

  // ---------------------------------------------------------------- themes

  async themeIds(groupIds: readonly string[]): Promise<Array<{ groupId: string; themeId: string }>> {
    if (!groupIds.length) return [];
    return this.m().query(
      `SELECT group_id AS "groupId", theme_id AS "themeId" FROM peer_group_theme WHERE group_id = ANY($1::uuid[])`,
      [groupIds],
    );
  }

  /**
   * Themes by slug, following merges (a merged slug gives the theme it was merged into); unknown
   * slugs are absent. The `theme` table belongs to knowledge: read here by SQL, never imported.
   */
  async themesBySlugs(
    slugs: readonly string[],
  ): Promise<Array<{ slug: string; id: string; status: string }>> {
    if (!slugs.length) return [];
    return this.m().query(
      `SELECT t.slug, COALESCE(target.id, t.id) AS id, COALESCE(target.status, t.status) AS status
       FROM theme t LEFT JOIN theme target ON t.status = 'MERGED' AND target.id = t.merged_into_id
       WHERE t.slug = ANY($1::text[]) AND (t.status <> 'MERGED' OR target.id IS NOT NULL)`,
      [slugs],
    );
  }

  /** The given themes and their sub-themes (a top-level theme covers its children). */
  async withChildThemes(themeIds: readonly string[]): Promise<string[]> {
    if (!themeIds.length) return [];
    const rows: Array<{ id: string }> = await this.m().query(
      `SELECT id FROM theme WHERE id = ANY($1::uuid[]) OR (parent_id = ANY($1::uuid[]) AND status <> 'MERGED')`,
      [themeIds],
    );
    return rows.map((r) => r.id);
  }

  /** Re-tags groups of a merged theme with its target (inside the merge's transaction). */
  async moveThemeTags(manager: EntityManager, sourceThemeId: string, targetThemeId: string): Promise<void> {
    await manager.query(
      `INSERT INTO peer_group_theme (group_id, theme_id)
       SELECT group_id, $2 FROM peer_group_theme WHERE theme_id = $1
       ON CONFLICT DO NOTHING`,
      [sourceThemeId, targetThemeId],
    );
    await manager.query(`DELETE FROM peer_group_theme WHERE theme_id = $1`, [sourceThemeId]);
  }

  async setThemes(groupId: string, themeIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM peer_group_theme WHERE group_id = $1 AND NOT (theme_id = ANY($2::uuid[]))`,
      [groupId, themeIds],
    );
    await manager.query(
      `INSERT INTO peer_group_theme (group_id, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [groupId, themeIds],
    );
  }

  // ---------------------------------------------------------------- writing

  async slugsLike(base: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM peer_group WHERE slug = $1 OR slug LIKE $1 || '-%'`,
      [base],
    );
    return rows.map((r) => r.slug);
  }

  async insert(
    slug: string,
    organizationId: string,
    values: GroupValues,
    manager: EntityManager,
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO peer_group (slug, name, description, organization_id, visibility, join_policy,
         requires_verified_mandate, member_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0) RETURNING id`,
      [
        slug,
        values.name,
        values.description,
        organizationId,
        values.visibility,
        values.joinPolicy,
        values.requiresVerifiedMandate,
      ],
    );
    return rows[0].id;
  }

  async update(id: string, values: GroupValues, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE peer_group SET name = $2, description = $3, visibility = $4, join_policy = $5,
         requires_verified_mandate = $6, updated_at = now() WHERE id = $1`,
      [
        id,
        values.name,
        values.description,
        values.visibility,
        values.joinPolicy,
        values.requiresVerifiedMandate,
      ],
    );
  }

  /**
   * Locks the group row: every membership change of a group runs after this, one at a time, so
   * concurrent joins and decisions cannot break `member_count` or the last-facilitator rule.
   */
  async lock(id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM peer_group WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  /** The group holds threads or case studies (opening it would publish them). */
  async holdsContent(id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM thread WHERE group_id = $1)
          OR EXISTS (SELECT 1 FROM case_study WHERE group_id = $1)`,
      [id],
    );
    return rows.length > 0;
  }
}
