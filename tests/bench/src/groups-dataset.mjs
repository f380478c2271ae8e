// The bench's peer groups (issue 6) and its signed-in member. Groups are written only when the
// schema has them (the `peer_group` table), so that the same bench also runs on a commit from
// before groups, for a before/after comparison:
// 1. `createGroups` (before the case studies and threads): 5 organisations and 60 groups, 20 of
//    them PRIVATE, with one or two themes each. It returns the plan the two other datasets use to
//    put ~10 % of their rows in groups (half of those in private groups): `groupOfItem` draws the
//    same groups on every run.
// 2. `createBenchMember` (both schemas): the member the `*-member` scenarios sign in as, with a
//    session (a row of `user_session` holding the SHA-256 of a random token, what SessionsService
//    stores) whose token the bench sends in the `pairs_session` cookie.
// 3. `loadGroupMemberships` (after the threads, whose members it draws from): the bench member
//    ACTIVE in 20 groups (10 private), ~2,000 other memberships in mixed states, organisation
//    admins and members, then `member_count` and checks of every count against the plan.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { normalizeSearchText } from '@pairs/territories';

/** Changes every pseudo-random choice of this file at once: bump it when the dataset must change. */
const SEED = 'pairs-bench-groups-1';
/** Groups' and memberships' dates end here (fixed rather than now(), as the other datasets). */
const END = Date.parse('2026-11-01T08:00:00Z');
const DAY = 24 * 3_600_000;
/** Share of threads and of case studies in a group, and the share of those in a private group. */
export const GROUP_SHARES = { inGroup: 0.1, privateOfGrouped: 0.5 };
/** The session cookie's name (SESSION_COOKIE of @pairs/identity, not a dependency of the bench). */
export const SESSION_COOKIE = 'pairs_session';
const MEMBER_EMAIL = 'membre-groupes@bench.pairs.test';

const ORGANIZATIONS = [
  {
    name: 'Hub territorial numérique Occitanie',
    short: 'Hub Occitanie',
    kind: 'HUB_TERRITORIAL',
    territoryCode: '31',
  },
  {
    name: 'Agence d’urbanisme de l’aire lyonnaise',
    short: 'Agence lyonnaise',
    kind: 'AGENCE_URBANISME',
    territoryCode: '69',
  },
  {
    name: 'Association des maires ruraux du Cantal',
    short: 'Maires ruraux du Cantal',
    kind: 'ASSOCIATION_ELUS',
    territoryCode: '15',
  },
  {
    name: 'Syndicat mixte du Pays de Brocéliande',
    short: 'Pays de Brocéliande',
    kind: 'SYNDICAT_MIXTE',
    territoryCode: '35',
  },
  {
    name: 'Agence régionale de la transition écologique',
    short: 'Agence transition',
    kind: 'AGENCE_ETAT',
    territoryCode: null,
  },
];
/** Groups per organisation; one group in three is PRIVATE (20 of 60). */
const GROUPS_PER_ORGANIZATION = 12;
const GROUP_KINDS = ['Réseau', 'Club', 'Groupe de travail', 'Atelier', 'Cercle', 'Communauté'];
/** Memberships besides the bench member's, and their states. */
const OTHER_MEMBERSHIPS = 2_000;
const STATES = [
  ['ACTIVE', 0.74],
  ['PENDING', 0.09],
  ['INVITED', 0.07],
  ['REJECTED', 0.05],
  ['BANNED', 0.05],
];
/** The bench member is ACTIVE in this many private and public groups. */
const MEMBER_GROUPS = { PRIVATE: 10, PUBLIC: 10 };

/** A number in [0, 1) from (salt, i): md5, as the SQL side of the case-study dataset draws. */
function r(saltName, i) {
  const h = createHash('md5').update(`${SEED}:${saltName}:${i}`).digest('hex');
  return parseInt(h.slice(0, 12), 16) / 2 ** 48;
}

/** A UUID from a name (md5, as the case-study dataset's ids). */
function nameUuid(name) {
  const h = createHash('md5').update(`${SEED}:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Like slugify() of @pairs/shared-domain. */
function slugify(text, max = 100) {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

async function withClient(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Whether the database has peer groups (their migration ran). */
async function hasGroupTables(client) {
  const { rows } = await client.query(`SELECT to_regclass('peer_group') IS NOT NULL AS present`);
  return rows[0].present;
}

/**
 * The group (id) an item of a dataset lives in, or null for the public commons: ~10 % of items,
 * half of those in one of the private groups, the others in a public one, drawn from (kind, i).
 */
export function groupOfItem(plan, kind, i) {
  if (!plan || r(`${kind}:in`, i) >= GROUP_SHARES.inGroup) return null;
  const list = r(`${kind}:private`, i) < GROUP_SHARES.privateOfGrouped ? plan.privateIds : plan.publicIds;
  return list[Math.floor(r(`${kind}:which`, i) * list.length)];
}

/**
 * Organisations, groups and their themes; null when the schema has no groups. Needs the demo
 * themes and the territories. Returns the plan: ids of the private and public groups.
 */
export async function createGroups(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    if (!(await hasGroupTables(client))) return null;
    const started = performance.now();
    await client.query(`BEGIN; SET LOCAL TimeZone = 'UTC'`);
    try {
      const { rows: themes } = await client.query(
        `SELECT id, slug, name FROM theme WHERE status = 'ACTIVE' AND parent_id IS NOT NULL ORDER BY slug`,
      );
      if (themes.length < 3) throw new Error('groups dataset: the demo themes are missing');
      const { rows: territories } = await client.query(
        `SELECT code, id FROM territory WHERE kind = 'DEPARTEMENT' AND code = ANY($1)`,
        [ORGANIZATIONS.map((o) => o.territoryCode).filter(Boolean)],
      );
      const territoryId = new Map(territories.map((t) => [t.code, t.id]));
      const organizations = ORGANIZATIONS.map((o, k) => ({
        ...o,
        id: nameUuid(`organization:${k}`),
        slug: `bench-${slugify(o.name, 90)}`,
        createdAt: new Date(END - (1200 + k * 40) * DAY),
      }));
      await client.query(
        `INSERT INTO organization (id, slug, name, kind, description, territory_id, search_text, created_at,
           updated_at)
         SELECT id, slug, name, kind, description, territory_id, search_text, created_at, created_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[],
           $8::timestamptz[]) AS x(id, slug, name, kind, description, territory_id, search_text, created_at)`,
        [
          organizations.map((o) => o.id),
          organizations.map((o) => o.slug),
          organizations.map((o) => o.name),
          organizations.map((o) => o.kind),
          organizations.map((o) => `${o.name} anime des groupes d’élus et d’agents autour de leurs projets.`),
          organizations.map((o) => (o.territoryCode ? (territoryId.get(o.territoryCode) ?? null) : null)),
          organizations.map((o) => normalizeSearchText(o.name)),
          organizations.map((o) => o.createdAt.toISOString()),
        ],
      );

      const groups = [];
      organizations.forEach((o, k) => {
        for (let j = 0; j < GROUPS_PER_ORGANIZATION; j++) {
          const n = k * GROUPS_PER_ORGANIZATION + j;
          const theme = themes[Math.floor(r('group-theme', n) * themes.length)];
          const theme2 =
            r('group-theme-count', n) < 0.4
              ? themes[
                  (themes.indexOf(theme) + 1 + Math.floor(r('group-theme2', n) * (themes.length - 1))) %
                    themes.length
                ]
              : null;
          const visibility = n % 3 === 2 ? 'PRIVATE' : 'PUBLIC';
          const name =
            `${GROUP_KINDS[n % GROUP_KINDS.length]} ${theme.name.toLowerCase()} — ${o.short}`.slice(0, 120);
          groups.push({
            id: nameUuid(`group:${n}`),
            slug: `bench-${slugify(name, 85)}-${n + 1}`,
            name,
            organizationId: o.id,
            visibility,
            joinPolicy:
              visibility === 'PRIVATE'
                ? r('group-join', n) < 0.6
                  ? 'REQUEST'
                  : 'INVITE'
                : r('group-join', n) < 0.7
                  ? 'OPEN'
                  : 'REQUEST',
            requiresVerifiedMandate: r('group-verified', n) < 0.3,
            themeIds: theme2 ? [theme.id, theme2.id] : [theme.id],
            createdAt: new Date(o.createdAt.getTime() + Math.floor(r('group-created', n) * 700) * DAY),
          });
        }
      });
      await client.query(
        `INSERT INTO peer_group (id, slug, name, description, organization_id, visibility, join_policy,
           requires_verified_mandate, created_at, updated_at)
         SELECT id, slug, name, 'Échanges entre élus et agents : ' || lower(name) || '.', organization_id,
           visibility, join_policy, verified, created_at, created_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::boolean[],
           $8::timestamptz[]) AS x(id, slug, name, organization_id, visibility, join_policy, verified, created_at)`,
        [
          groups.map((g) => g.id),
          groups.map((g) => g.slug),
          groups.map((g) => g.name),
          groups.map((g) => g.organizationId),
          groups.map((g) => g.visibility),
          groups.map((g) => g.joinPolicy),
          groups.map((g) => g.requiresVerifiedMandate),
          groups.map((g) => g.createdAt.toISOString()),
        ],
      );
      const links = groups.flatMap((g) => g.themeIds.map((themeId) => [g.id, themeId]));
      await client.query(
        `INSERT INTO peer_group_theme (group_id, theme_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
        [links.map((l) => l[0]), links.map((l) => l[1])],
      );
      await client.query('COMMIT');
      return {
        organizations,
        groups,
        privateIds: groups.filter((g) => g.visibility === 'PRIVATE').map((g) => g.id),
        publicIds: groups.filter((g) => g.visibility === 'PUBLIC').map((g) => g.id),
        themeLinks: links.length,
        generationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/**
 * The member the `*-member` scenarios sign in as (a verified MEMBER, no mandate), with a fresh
 * session: returns its id, handle and the `cookie` header to send. Works on every schema.
 */
export async function createBenchMember(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const id = nameUuid('member');
    const at = new Date(END - 900 * DAY).toISOString();
    await client.query(
      `INSERT INTO app_user (id, email, email_verified_at, handle, display_name, role, created_at, updated_at)
       VALUES ($1, $2, $3::timestamptz + interval '1 hour', 'elise-marchand-bench', 'Élise Marchand', 'MEMBER',
         $3, $3)`,
      [id, MEMBER_EMAIL, at],
    );
    // What SessionsService.create stores: the token's SHA-256, a sliding expiry; seen now, so that
    // no request of the bench updates it (the API touches a session once an hour at most).
    const token = randomBytes(32).toString('base64url');
    await client.query(
      `INSERT INTO user_session (user_id, token_hash, ip, user_agent, last_seen_at, expires_at)
       VALUES ($1, $2, '127.0.0.1', 'pairs-bench', now(), now() + interval '30 days')`,
      [id, createHash('sha256').update(token, 'utf8').digest('hex')],
    );
    return { id, handle: 'elise-marchand-bench', cookie: `${SESSION_COOKIE}=${token}` };
  });
}

/**
 * Memberships (the bench member's and ~2,000 others from the threads dataset's members),
 * organisation members, `member_count`; then checks the counts (groups, memberships, threads
 * and case studies in groups) against the plan and VACUUM ANALYZE. Returns the groups' summary.
 */
export async function loadGroupMemberships(databaseUrl, plan, { memberId }) {
  return withClient(databaseUrl, async (client) => {
    const started = performance.now();
    await client.query(`BEGIN; SET LOCAL TimeZone = 'UTC'`);
    try {
      const { rows: people } = await client.query(
        `SELECT id FROM app_user WHERE email LIKE 'elu-%@bench.pairs.test' ORDER BY email`,
      );
      if (people.length < 500) throw new Error(`groups dataset: ${people.length} members to draw from`);
      const rows = [];
      const add = (g, userId, status, role, createdAt, invitedBy = null) =>
        rows.push({
          id: nameUuid(`membership:${rows.length}`),
          groupId: g.id,
          userId,
          status,
          role,
          message: status === 'PENDING' ? 'Bonjour, je souhaiterais rejoindre ce groupe.' : null,
          invitedById: invitedBy,
          decidedAt:
            status === 'ACTIVE' || status === 'REJECTED' || status === 'BANNED'
              ? new Date(createdAt.getTime() + DAY)
              : null,
          createdAt,
        });
      const since = (g, salt, i) =>
        new Date(
          g.createdAt.getTime() + Math.floor(r(salt, i) * ((END - g.createdAt.getTime()) / DAY)) * DAY,
        );

      // The bench member: every other private group and every fourth public one.
      const privateGroups = plan.groups.filter((g) => g.visibility === 'PRIVATE');
      const publicGroups = plan.groups.filter((g) => g.visibility === 'PUBLIC');
      const memberGroups = [
        ...privateGroups.filter((_, k) => k % 2 === 0).slice(0, MEMBER_GROUPS.PRIVATE),
        ...publicGroups.filter((_, k) => k % 4 === 0).slice(0, MEMBER_GROUPS.PUBLIC),
      ];
      for (const [k, g] of memberGroups.entries())
        add(g, memberId, 'ACTIVE', 'MEMBER', since(g, 'member', k));

      // Group sizes: log-normal (a few groups of 100 and more), adding up to exactly OTHER_MEMBERSHIPS.
      const normal = (n) =>
        Math.sqrt(-2 * Math.log(1 - r('group-size', n))) * Math.cos(2 * Math.PI * r('group-size-angle', n));
      const weights = plan.groups.map((_, n) => Math.exp(0.8 * normal(n)));
      const total = weights.reduce((a, b) => a + b, 0);
      const sizes = weights.map((w) => Math.max(3, Math.floor((w / total) * OTHER_MEMBERSHIPS)));
      for (let n = 0; sizes.reduce((a, b) => a + b, 0) < OTHER_MEMBERSHIPS; n = (n + 1) % sizes.length) {
        sizes[n]++;
      }
      for (let n = 0; sizes.reduce((a, b) => a + b, 0) > OTHER_MEMBERSHIPS; n = (n + 1) % sizes.length) {
        if (sizes[n] > 3) sizes[n]--;
      }
      plan.groups.forEach((g, n) => {
        // Distinct members: a stride through the list, coprime with its length.
        let stride = 1 + Math.floor(r('group-stride', n) * (people.length - 1));
        const gcd = (a, b) => (b ? gcd(b, a % b) : a);
        while (gcd(stride, people.length) !== 1) stride++;
        const start = Math.floor(r('group-start', n) * people.length);
        let facilitator = null;
        for (let j = 0; j < sizes[n]; j++) {
          const i = n * 10_000 + j;
          const x = r('state', i);
          let acc = 0;
          const status = (STATES.find(([, share]) => x < (acc += share)) ?? STATES[0])[0];
          const userId = people[(start + j * stride) % people.length].id;
          const first = status === 'ACTIVE' && !facilitator;
          const role =
            status === 'ACTIVE' && (first || r('facilitator', i) < 0.04) ? 'FACILITATOR' : 'MEMBER';
          if (first) facilitator = userId;
          add(g, userId, status, role, since(g, 'joined', i), status === 'INVITED' ? facilitator : null);
        }
      });
      await client.query(
        `INSERT INTO group_membership (id, group_id, user_id, status, role, message, invited_by_id, decided_at,
           created_at, updated_at)
         SELECT id, group_id, user_id, status, role, message, invited_by_id, decided_at, created_at,
           COALESCE(decided_at, created_at)
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
           $8::timestamptz[], $9::timestamptz[])
           AS x(id, group_id, user_id, status, role, message, invited_by_id, decided_at, created_at)`,
        [
          rows.map((m) => m.id),
          rows.map((m) => m.groupId),
          rows.map((m) => m.userId),
          rows.map((m) => m.status),
          rows.map((m) => m.role),
          rows.map((m) => m.message),
          rows.map((m) => m.invitedById),
          rows.map((m) => m.decidedAt?.toISOString() ?? null),
          rows.map((m) => m.createdAt.toISOString()),
        ],
      );
      await client.query(
        `UPDATE peer_group g SET member_count = (SELECT count(*) FROM group_membership m
           WHERE m.group_id = g.id AND m.status = 'ACTIVE')`,
      );
      // Two admins and six members per organisation.
      const orgMembers = plan.organizations.flatMap((o, k) =>
        Array.from({ length: 8 }, (_, j) => [o.id, people[(k * 997 + j * 131) % people.length].id, j < 2]),
      );
      await client.query(
        `INSERT INTO organization_member (organization_id, user_id, role, created_at)
         SELECT o, u, CASE WHEN a THEN 'ADMIN' ELSE 'MEMBER' END, timestamptz '2024-01-15 09:00:00+00'
         FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS x(o, u, a)`,
        [orgMembers.map((m) => m[0]), orgMembers.map((m) => m[1]), orgMembers.map((m) => m[2])],
      );

      // What was built, checked against the plan.
      const one = async (sql, values) => (await client.query(sql, values)).rows[0];
      const counts = await one(
        `SELECT (SELECT count(*)::int FROM organization WHERE slug LIKE 'bench-%') AS organizations,
           (SELECT count(*)::int FROM peer_group WHERE slug LIKE 'bench-%') AS groups,
           (SELECT count(*)::int FROM peer_group WHERE slug LIKE 'bench-%' AND visibility = 'PRIVATE')
             AS "privateGroups",
           (SELECT count(*)::int FROM organization_member m JOIN organization o ON o.id = m.organization_id
             WHERE o.slug LIKE 'bench-%') AS "organizationMembers",
           (SELECT count(*)::int FROM group_membership m JOIN peer_group g ON g.id = m.group_id
             WHERE m.user_id <> $1 AND g.slug LIKE 'bench-%') AS "otherMemberships",
           (SELECT count(*)::int FROM group_membership m JOIN peer_group g ON g.id = m.group_id
             WHERE m.user_id = $1 AND m.status = 'ACTIVE') AS "memberGroups",
           (SELECT count(*)::int FROM group_membership m JOIN peer_group g ON g.id = m.group_id
             WHERE m.user_id = $1 AND m.status = 'ACTIVE' AND g.visibility = 'PRIVATE') AS "memberPrivateGroups",
           (SELECT count(*)::int FROM peer_group g WHERE member_count <> (SELECT count(*) FROM group_membership m
             WHERE m.group_id = g.id AND m.status = 'ACTIVE')) AS "wrongMemberCounts"`,
        [memberId],
      );
      const { rows: states } = await client.query(
        `SELECT m.status, count(*)::int AS n FROM group_membership m JOIN peer_group g ON g.id = m.group_id
         WHERE m.user_id <> $1 AND g.slug LIKE 'bench-%' GROUP BY m.status ORDER BY n DESC`,
        [memberId],
      );
      const placement = async (table) =>
        one(
          `SELECT count(*)::int AS total, count(x.group_id)::int AS "inGroups",
             count(*) FILTER (WHERE g.visibility = 'PRIVATE')::int AS "inPrivateGroups",
             count(*) FILTER (WHERE g.visibility = 'PRIVATE' AND m.user_id IS NOT NULL)::int AS "inMemberPrivateGroups"
           FROM ${table} x LEFT JOIN peer_group g ON g.id = x.group_id
           LEFT JOIN group_membership m ON m.group_id = g.id AND m.user_id = $1 AND m.status = 'ACTIVE'`,
          [memberId],
        );
      const threads = await placement('thread');
      const caseStudies = await placement('case_study');
      const problems = [];
      const expect = (what, actual, expected) => {
        if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
      };
      expect('organisations', counts.organizations, plan.organizations.length);
      expect('groups', counts.groups, plan.groups.length);
      expect('private groups', counts.privateGroups, plan.privateIds.length);
      expect('organisation members', counts.organizationMembers, orgMembers.length);
      expect('other memberships', counts.otherMemberships, OTHER_MEMBERSHIPS);
      expect('bench member groups', counts.memberGroups, MEMBER_GROUPS.PRIVATE + MEMBER_GROUPS.PUBLIC);
      expect('bench member private groups', counts.memberPrivateGroups, MEMBER_GROUPS.PRIVATE);
      expect('wrong member_count', counts.wrongMemberCounts, 0);
      // Shares drawn per row: within 2 points plus 4 standard deviations of the target.
      const near = (what, part, whole, share) => {
        const margin = 0.02 + 4 * Math.sqrt((share * (1 - share)) / Math.max(1, whole));
        if (Math.abs(part / Math.max(1, whole) - share) > margin) {
          problems.push(`${what}: ${part} of ${whole}, expected a share of ${share}`);
        }
      };
      for (const [what, placed] of [
        ['threads', threads],
        ['case studies', caseStudies],
      ]) {
        near(`${what} in groups`, placed.inGroups, placed.total, GROUP_SHARES.inGroup);
        near(
          `${what} in private groups`,
          placed.inPrivateGroups,
          placed.inGroups,
          GROUP_SHARES.privateOfGrouped,
        );
      }
      if (problems.length) throw new Error(`groups dataset: ${problems.join('; ')}`);
      await client.query('COMMIT');
      const generationMs = Math.round(performance.now() - started) + plan.generationMs;
      const t = performance.now();
      await client.query(
        'VACUUM (ANALYZE) organization, organization_member, peer_group, peer_group_theme, group_membership, app_user',
      );
      const vacuumAnalyzeMs = Math.round(performance.now() - t);
      return {
        seed: SEED,
        ...counts,
        groupThemes: plan.themeLinks,
        membershipStates: Object.fromEntries(states.map((s) => [s.status, s.n])),
        largestGroup: Math.max(...sizes),
        smallestGroup: Math.min(...sizes),
        threads,
        caseStudies,
        generationMs,
        vacuumAnalyzeMs,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
