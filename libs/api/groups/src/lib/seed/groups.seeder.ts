import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { demoId } from '@pairs/platform-database';
import { normalizeSearchText } from '@pairs/territories';
import { checkGroupText, checkOrganizationText } from '../group-fields.js';
import {
  DEMO_GROUPS,
  DEMO_ORGANIZATIONS,
  type DemoGroup,
  type DemoOrganization,
} from './groups.demo-data.js';

const DAY = 24 * 3_600_000;

type Need = (map: Map<string, string>, key: string, what: string) => string;

/**
 * Demo organisations, groups and memberships (see groups.demo-data.ts). Idempotent: upserts by
 * slug with stable ids, and replaces the members and memberships of the demo items (member_count
 * recomputed). Needs the demo users, the territories and the themes.
 */
@Injectable()
export class GroupsSeeder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(
    organizations: readonly DemoOrganization[] = DEMO_ORGANIZATIONS,
    groups: readonly DemoGroup[] = Object.values(DEMO_GROUPS),
    now = new Date(),
  ): Promise<{ organizations: number; groups: number }> {
    await this.dataSource.transaction(async (manager) => {
      const lookup = async (sql: string, keys: string[]) =>
        new Map(
          (await manager.query<Array<{ key: string; id: string }>>(sql, [[...new Set(keys)]])).map((r) => [
            r.key,
            r.id,
          ]),
        );
      const users = await lookup('SELECT handle AS key, id FROM app_user WHERE handle = ANY($1)', [
        ...organizations.flatMap((o) => o.members.map((m) => m.handle)),
        ...groups.flatMap((g) => g.memberships.flatMap((m) => (m.by ? [m.handle, m.by] : [m.handle]))),
      ]);
      const territories = await lookup(
        'SELECT code AS key, id FROM territory WHERE code = ANY($1)',
        organizations.flatMap((o) => (o.territoryCode ? [o.territoryCode] : [])),
      );
      const themes = await lookup(
        `SELECT slug AS key, id FROM theme WHERE slug = ANY($1) AND status = 'ACTIVE'`,
        groups.flatMap((g) => g.themeSlugs),
      );
      const need: Need = (map, key, what) => {
        const id = map.get(key);
        if (!id) throw new Error(`Demo groups refer to an unknown ${what}: ${key}`);
        return id;
      };
      const orgIds = new Map<string, string>();
      for (const org of organizations) {
        orgIds.set(org.key, await this.seedOrganization(manager, org, { users, territories, need }));
      }
      for (const g of groups) await this.seedGroup(manager, g, now, { users, themes, orgIds, need });
    });
    return { organizations: organizations.length, groups: groups.length };
  }

  private async seedOrganization(
    manager: EntityManager,
    org: DemoOrganization,
    refs: { users: Map<string, string>; territories: Map<string, string>; need: Need },
  ): Promise<string> {
    const problems = checkOrganizationText(org).problems;
    if (problems.length)
      throw new Error(`Demo organisation ${org.key} is invalid: ${JSON.stringify(problems)}`);
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO organization (id, slug, name, kind, description, website, territory_id, search_text)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind,
         description = EXCLUDED.description, website = EXCLUDED.website, territory_id = EXCLUDED.territory_id,
         search_text = EXCLUDED.search_text, updated_at = now()
       RETURNING id`,
      [
        demoId(`organization:${org.key}`),
        org.slug,
        org.name,
        org.kind,
        org.description,
        org.website,
        org.territoryCode ? refs.need(refs.territories, org.territoryCode, 'territory') : null,
        normalizeSearchText(org.name),
      ],
    );
    await manager.query(`DELETE FROM organization_member WHERE organization_id = $1`, [id]);
    await manager.query(
      `INSERT INTO organization_member (organization_id, user_id, role)
       SELECT $1, u, r FROM unnest($2::uuid[], $3::text[]) AS x(u, r)`,
      [id, org.members.map((m) => refs.need(refs.users, m.handle, 'user')), org.members.map((m) => m.role)],
    );
    return id;
  }

  private async seedGroup(
    manager: EntityManager,
    g: DemoGroup,
    now: Date,
    refs: {
      users: Map<string, string>;
      themes: Map<string, string>;
      orgIds: Map<string, string>;
      need: Need;
    },
  ): Promise<void> {
    const problems = checkGroupText(g).problems;
    if (problems.length) throw new Error(`Demo group ${g.key} is invalid: ${JSON.stringify(problems)}`);
    const { users, need } = refs;
    const active = g.memberships.filter((m) => m.status === 'ACTIVE').length;
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO peer_group (id, slug, name, description, organization_id, visibility, join_policy,
         requires_verified_mandate, member_count, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
         organization_id = EXCLUDED.organization_id, visibility = EXCLUDED.visibility,
         join_policy = EXCLUDED.join_policy, requires_verified_mandate = EXCLUDED.requires_verified_mandate,
         member_count = EXCLUDED.member_count, updated_at = now()
       RETURNING id`,
      [
        g.id,
        g.slug,
        g.name,
        g.description,
        need(refs.orgIds, g.organization, 'organisation'),
        g.visibility,
        g.joinPolicy,
        g.requiresVerifiedMandate,
        active,
        new Date(now.getTime() - Math.max(...g.memberships.map((m) => m.daysAgo)) * DAY),
      ],
    );
    await manager.query(`DELETE FROM peer_group_theme WHERE group_id = $1`, [id]);
    await manager.query(`INSERT INTO peer_group_theme (group_id, theme_id) SELECT $1, unnest($2::uuid[])`, [
      id,
      [...new Set(g.themeSlugs.map((slug) => need(refs.themes, slug, 'active theme')))],
    ]);
    await manager.query(`DELETE FROM group_membership WHERE group_id = $1`, [id]);
    for (const m of g.memberships) {
      const at = new Date(now.getTime() - m.daysAgo * DAY);
      const by = m.by ? need(users, m.by, 'user') : null;
      await manager.query(
        `INSERT INTO group_membership (id, group_id, user_id, status, role, message, invited_by_id, decided_by_id,
           decided_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
        [
          demoId(`membership:${g.key}:${m.handle}`),
          id,
          need(users, m.handle, 'user'),
          m.status,
          m.role,
          m.message ?? null,
          m.status === 'INVITED' ? by : null,
          m.status === 'ACTIVE' ? by : null,
          m.status === 'ACTIVE' ? at : null,
          at,
        ],
      );
    }
  }
}
