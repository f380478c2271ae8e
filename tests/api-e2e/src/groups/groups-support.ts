import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import type { TestApp } from '../support/test-app.js';
import { Client, sessionCookie } from '../support/identity.js';

/** Helpers shared by the organisations, groups and memberships specs (issue 6). */

export async function signedIn(t: TestApp, user: { id: string }): Promise<Client> {
  const client = new Client(t);
  client.useCookie(await sessionCookie(t, user));
  return client;
}

/** Data of a response that must succeed. */
export async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
  const res = await pending;
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

/**
 * Every row of the groups context's tables (test databases are small): a refused write must leave
 * this exactly as it was.
 */
export async function groupsSnapshot(t: TestApp): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    organization: 'SELECT * FROM organization ORDER BY id',
    organization_member: 'SELECT * FROM organization_member ORDER BY organization_id, user_id',
    peer_group: 'SELECT * FROM peer_group ORDER BY id',
    peer_group_theme: 'SELECT * FROM peer_group_theme ORDER BY group_id, theme_id',
    group_membership: 'SELECT * FROM group_membership ORDER BY id',
  };
  const snapshot: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(tables)) snapshot[table] = await t.dataSource.query(sql);
  return snapshot;
}

export interface FieldProblem {
  field: string;
  reason: string;
}
const byField = (a: FieldProblem, b: FieldProblem) => a.field.localeCompare(b.field);

/** Runs a write that must be refused with `code` (and these fields), and change nothing. */
export async function refused(
  t: TestApp,
  run: () => Promise<GqlResponse<unknown>>,
  code: string,
  fields?: FieldProblem[],
): Promise<GqlResponse<unknown>> {
  const before = await groupsSnapshot(t);
  const res = await run();
  expect(errorCodes(res)).toEqual([code]);
  expect(res.data ?? null).toBeNull();
  if (fields) {
    const got = (res.errors?.[0]?.extensions?.['fields'] ?? []) as FieldProblem[];
    expect(got.map(({ field, reason }) => ({ field, reason })).sort(byField)).toEqual(
      [...fields].sort(byField),
    );
  }
  expect(await groupsSnapshot(t)).toEqual(before);
  return res;
}

/** Groups whose `member_count` differs from their ACTIVE memberships (must always be empty). */
export async function memberCountDrift(t: TestApp): Promise<unknown[]> {
  return t.dataSource.query(
    `SELECT g.slug, g.member_count, (SELECT count(*)::int FROM group_membership m
       WHERE m.group_id = g.id AND m.status = 'ACTIVE') AS active
     FROM peer_group g
     WHERE g.member_count <> (SELECT count(*) FROM group_membership m WHERE m.group_id = g.id AND m.status = 'ACTIVE')`,
  );
}

/** Gives the user a mandate on a real commune, verified or not. */
export async function addMandate(t: TestApp, userId: string, verified: boolean): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO mandate (user_id, role, territory_id, verified_at)
     SELECT $1, 'MAIRE', id, CASE WHEN $2 THEN now() END FROM territory WHERE code = '71009'`,
    [userId, verified],
  );
}

/** An organisation inserted directly, with its members. */
export async function insertOrganization(
  t: TestApp,
  slug: string,
  members: Array<{ userId: string; role: 'ADMIN' | 'MEMBER' }> = [],
  kind = 'HUB_TERRITORIAL',
): Promise<string> {
  const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO organization (slug, name, kind, search_text) VALUES ($1, $2, $3, $4) RETURNING id`,
    [slug, slug, kind, slug.replace(/-/g, ' ')],
  );
  for (const m of members) {
    await t.dataSource.query(
      `INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, $3)`,
      [id, m.userId, m.role],
    );
  }
  return id;
}

export type MembershipState = 'ACTIVE' | 'PENDING' | 'INVITED' | 'REJECTED' | 'BANNED';

/** A group inserted directly with its memberships; `member_count` is set from them. */
export async function insertGroup(
  t: TestApp,
  options: {
    slug: string;
    organizationId: string;
    visibility?: 'PUBLIC' | 'PRIVATE';
    joinPolicy?: 'OPEN' | 'REQUEST' | 'INVITE';
    requiresVerifiedMandate?: boolean;
    memberships?: Array<{
      userId: string;
      status: MembershipState;
      role?: 'MEMBER' | 'FACILITATOR';
      message?: string;
    }>;
  },
): Promise<{ id: string; membershipIds: Map<string, string> }> {
  const memberships = options.memberships ?? [];
  const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
    `INSERT INTO peer_group (slug, name, organization_id, visibility, join_policy, requires_verified_mandate, member_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      options.slug,
      options.slug,
      options.organizationId,
      options.visibility ?? 'PUBLIC',
      options.joinPolicy ?? 'OPEN',
      options.requiresVerifiedMandate ?? false,
      memberships.filter((m) => m.status === 'ACTIVE').length,
    ],
  );
  const membershipIds = new Map<string, string>();
  for (const [i, m] of memberships.entries()) {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO group_membership (group_id, user_id, status, role, message, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(mins => $6)) RETURNING id`,
      [id, m.userId, m.status, m.role ?? 'MEMBER', m.message ?? null, 1000 - i],
    );
    membershipIds.set(m.userId, row.id);
  }
  return { id, membershipIds };
}
