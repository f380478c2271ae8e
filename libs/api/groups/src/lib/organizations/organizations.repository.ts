import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { SqlParams, type SqlParam, type Viewer } from '@pairs/platform-core';
import type { OrganizationKind, OrganizationRole } from '@pairs/shared-domain';

/** An organisation row with the viewer's role in it. */
export interface OrganizationRecord {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  description: string;
  website: string | null;
  territoryId: string | null;
  createdAt: Date;
  viewerRole: OrganizationRole | null;
  /** The normalized name: the sort key of the directory. */
  searchText: string;
}

/** A directory filter with every reference resolved. */
export interface OrganizationQuery {
  /** Organisations whose territory is one of these (a territory and the ones containing it). */
  territoryIds: string[] | null;
  kinds: OrganizationKind[] | null;
  /** Normalized words, each the start of a word of the name. */
  words: string[] | null;
}

export interface OrganizationMemberRecord {
  organizationId: string;
  userId: string;
  role: OrganizationRole;
  createdAt: Date;
  sortKey: string;
}

export interface OrganizationValues {
  name: string;
  kind: OrganizationKind;
  description: string;
  website: string | null;
  territoryId: string | null;
  searchText: string;
}

function columns(viewer: Viewer, p: SqlParam): string {
  const role =
    viewer === null
      ? 'NULL::varchar'
      : `(SELECT om.role FROM organization_member om WHERE om.organization_id = o.id AND om.user_id = ${p(viewer.id)})`;
  return `o.id, o.slug, o.name, o.kind, o.description, o.website, o.territory_id AS "territoryId",
    o.created_at AS "createdAt", o.search_text AS "searchText", ${role} AS "viewerRole"`;
}

/** Organisations and their members. Raw SQL; the service applies the policy. */
@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findByIds(
    viewer: Viewer,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<OrganizationRecord[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    return this.m(manager).query(
      `SELECT ${columns(viewer, p.add)} FROM organization o WHERE o.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
  }

  async findBySlug(viewer: Viewer, slug: string): Promise<OrganizationRecord | null> {
    const p = new SqlParams();
    const rows: OrganizationRecord[] = await this.m().query(
      `SELECT ${columns(viewer, p.add)} FROM organization o WHERE o.slug = ${p.add(slug)}`,
      p.values,
    );
    return rows[0] ?? null;
  }

  /** Ids of the organisations with these slugs. */
  async idsBySlugs(slugs: readonly string[]): Promise<Array<{ id: string; slug: string }>> {
    if (!slugs.length) return [];
    return this.m().query(`SELECT id, slug FROM organization WHERE slug = ANY($1::text[])`, [slugs]);
  }

  private conditions(q: OrganizationQuery, p: SqlParams): string[] {
    const where = ['TRUE'];
    if (q.territoryIds) where.push(`o.territory_id = ANY(${p.add(q.territoryIds)}::uuid[])`);
    if (q.kinds) where.push(`o.kind = ANY(${p.add(q.kinds)}::text[])`);
    // Each word starts a word of the name; both patterns can use the trigram index.
    for (const word of q.words ?? []) {
      const w = p.add(word);
      where.push(`(o.search_text LIKE ${w} || '%' OR o.search_text LIKE '% ' || ${w} || '%')`);
    }
    return where;
  }

  /** One page by normalized name (keyset on `organization_name_order_idx`). */
  async findPage(
    viewer: Viewer,
    q: OrganizationQuery,
    after: [string, string] | null,
    limit: number,
  ): Promise<OrganizationRecord[]> {
    const p = new SqlParams();
    const where = this.conditions(q, p);
    if (after) where.push(`(o.search_text, o.id) > (${p.add(after[0])}, ${p.add(after[1])}::uuid)`);
    return this.m().query(
      `SELECT ${columns(viewer, p.add)} FROM organization o WHERE ${where.join(' AND ')}
       ORDER BY o.search_text, o.id LIMIT ${p.add(limit)}`,
      p.values,
    );
  }

  async count(q: OrganizationQuery): Promise<number> {
    const p = new SqlParams();
    const rows: Array<{ count: number }> = await this.m().query(
      `SELECT count(*)::int AS count FROM organization o WHERE ${this.conditions(q, p).join(' AND ')}`,
      p.values,
    );
    return rows[0]?.count ?? 0;
  }

  async memberCounts(ids: readonly string[]): Promise<Array<{ organizationId: string; count: number }>> {
    if (!ids.length) return [];
    return this.m().query(
      `SELECT organization_id AS "organizationId", count(*)::int AS count FROM organization_member
       WHERE organization_id = ANY($1::uuid[]) GROUP BY organization_id`,
      [ids],
    );
  }

  /**
   * A page of members of each organisation (admins first, then by seniority), one statement for
   * every organisation asked with the same page arguments.
   */
  async memberPages(
    ids: readonly string[],
    after: [string, string, string] | null,
    limit: number,
  ): Promise<OrganizationMemberRecord[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    const where = [`om.organization_id = ANY(${p.add(ids)}::uuid[])`];
    if (after) {
      where.push(
        `(om.role, om.created_at, om.user_id) > (${p.add(after[0])}, ${p.add(after[1])}::timestamptz, ${p.add(after[2])}::uuid)`,
      );
    }
    return this.m().query(
      `SELECT x."organizationId", x."userId", x.role, x."createdAt", x."sortKey" FROM (
         SELECT om.organization_id AS "organizationId", om.user_id AS "userId", om.role,
                om.created_at AS "createdAt", om.created_at::text AS "sortKey",
                row_number() OVER (PARTITION BY om.organization_id ORDER BY om.role, om.created_at, om.user_id) AS rn
         FROM organization_member om WHERE ${where.join(' AND ')}) x
       WHERE x.rn <= ${p.add(limit)} ORDER BY x."organizationId", x.rn`,
      p.values,
    );
  }

  // ---------------------------------------------------------------- writing

  async slugsLike(base: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ slug: string }> = await manager.query(
      `SELECT slug FROM organization WHERE slug = $1 OR slug LIKE $1 || '-%'`,
      [base],
    );
    return rows.map((r) => r.slug);
  }

  async insert(slug: string, values: OrganizationValues, manager: EntityManager): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO organization (slug, name, kind, description, website, territory_id, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        slug,
        values.name,
        values.kind,
        values.description,
        values.website,
        values.territoryId,
        values.searchText,
      ],
    );
    return rows[0].id;
  }

  async update(id: string, values: OrganizationValues, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE organization SET name = $2, kind = $3, description = $4, website = $5, territory_id = $6,
         search_text = $7, updated_at = now() WHERE id = $1`,
      [
        id,
        values.name,
        values.kind,
        values.description,
        values.website,
        values.territoryId,
        values.searchText,
      ],
    );
  }

  /** Locks the organisation row: member changes of one organisation run one at a time. */
  async lock(id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async members(
    id: string,
    manager: EntityManager,
  ): Promise<Array<{ userId: string; role: OrganizationRole }>> {
    return manager.query(
      `SELECT user_id AS "userId", role FROM organization_member WHERE organization_id = $1`,
      [id],
    );
  }

  async upsertMember(
    id: string,
    userId: string,
    role: OrganizationRole,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [id, userId, role],
    );
  }

  async deleteMember(id: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM organization_member WHERE organization_id = $1 AND user_id = $2`, [
      id,
      userId,
    ]);
  }

  /** An account that may be added (exists and is not deleted). */
  async userExists(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.m().query(
      `SELECT 1 FROM app_user WHERE id = $1 AND deleted_at IS NULL`,
      [userId],
    );
    return rows.length > 0;
  }
}
