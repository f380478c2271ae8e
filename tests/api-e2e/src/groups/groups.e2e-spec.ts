import { randomUUID } from 'node:crypto';
import { errorCodes } from '@pairs/platform-testing';
import { CaseStudiesSeeder, ThemesSeeder, type DemoCaseStudy } from '@pairs/knowledge';
import { DEMO_GROUPS, DEMO_ORGANIZATIONS, GroupsSeeder } from '@pairs/groups';
import { IdentitySeeder } from '@pairs/identity';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, type TestUser } from '../support/identity.js';
import {
  groupsSnapshot,
  insertGroup,
  insertOrganization,
  memberCountDrift,
  ok,
  refused,
  signedIn,
  type MembershipState,
} from './groups-support.js';

/**
 * Groups (issue 6): creating and editing them (opening a private group that holds content is for
 * platform moderators), the public list with its filters, and who sees a group's members.
 */

const GROUP = `id slug name description visibility joinPolicy requiresVerifiedMandate memberCount createdAt
  organization { slug } facilitators { handle } viewerMembership { status role }
  viewerCan { readContent join post update manageMembers moderate }`;
const CREATE = `mutation($i: CreateGroupInput!) { createGroup(input: $i) { ${GROUP} } }`;
const UPDATE = `mutation($i: UpdateGroupInput!) { updateGroup(input: $i) { ${GROUP} } }`;

interface Group {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: string;
  joinPolicy: string;
  requiresVerifiedMandate: boolean;
  memberCount: number;
  organization: { slug: string };
  facilitators: Array<{ handle: string }>;
  viewerMembership: { status: string; role: string } | null;
  viewerCan: Record<string, boolean>;
}

describe('groups: creating and editing', () => {
  let t: TestApp;
  let orgId: string;
  let otherOrgId: string;
  let orgAdminUser: TestUser;
  let orgAdmin: Client;
  let orgStaff: Client;
  let otherOrgAdmin: Client;
  let moderator: Client;
  let admin: Client;
  let member: Client;
  let anonymous: Client;

  const VALID = {
    name: 'Numérique responsable en Dracénie',
    description: 'Sobriété et réemploi.',
    themeSlugs: ['numerique-responsable', 'eclairage-public'],
    visibility: 'PRIVATE',
    joinPolicy: 'REQUEST',
  };
  const create = async (client: Client, input: Record<string, unknown> = {}) =>
    (
      await ok(
        client.gql<{ createGroup: Group }>(CREATE, { i: { organizationId: orgId, ...VALID, ...input } }),
      )
    ).createGroup;
  const themesOf = async (groupId: string) =>
    (
      await t.dataSource.query<Array<{ slug: string }>>(
        `SELECT th.slug FROM peer_group_theme pt JOIN theme th ON th.id = pt.theme_id WHERE pt.group_id = $1 ORDER BY th.slug`,
        [groupId],
      )
    ).map((r) => r.slug);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    await t.dataSource.query(
      `UPDATE theme SET status = 'ARCHIVED' WHERE slug = 'impact-environnemental-du-numerique'`,
    );
    orgAdminUser = await createUser(t, { handle: 'admin-agence' });
    const staff = await createUser(t, { handle: 'salarie-agence' });
    const otherAdmin = await createUser(t, { handle: 'admin-ailleurs' });
    orgId = await insertOrganization(t, 'agence-du-var', [
      { userId: orgAdminUser.id, role: 'ADMIN' },
      { userId: staff.id, role: 'MEMBER' },
    ]);
    otherOrgId = await insertOrganization(t, 'autre-agence', [{ userId: otherAdmin.id, role: 'ADMIN' }]);
    orgAdmin = await signedIn(t, orgAdminUser);
    orgStaff = await signedIn(t, staff);
    otherOrgAdmin = await signedIn(t, otherAdmin);
    moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR', handle: 'moderatrice' }));
    admin = await signedIn(t, await createUser(t, { role: 'ADMIN', handle: 'administratrice' }));
    member = await signedIn(t, await createUser(t, { handle: 'simple-membre' }));
    anonymous = new Client(t);
  });
  afterAll(() => t.close());

  describe('createGroup', () => {
    it('is for signed-in users only', async () => {
      await refused(
        t,
        () => anonymous.gql(CREATE, { i: { organizationId: orgId, ...VALID } }),
        'UNAUTHENTICATED',
      );
    });

    it.each([
      ['a member of the platform', () => member],
      ['a plain member of the organisation', () => orgStaff],
      ["another organisation's admin", () => otherOrgAdmin],
      ['a platform moderator', () => moderator],
    ])('is refused to %s', async (_who, client) => {
      await refused(t, () => client().gql(CREATE, { i: { organizationId: orgId, ...VALID } }), 'FORBIDDEN');
    });

    it.each([
      ['an unknown organisation', randomUUID()],
      ['a malformed organisation id', 'agence-du-var'],
    ])('answers NOT_FOUND for %s', async (_what, organizationId) => {
      await refused(t, () => orgAdmin.gql(CREATE, { i: { ...VALID, organizationId } }), 'NOT_FOUND');
    });

    it('lets an admin of the organisation create one: they become its ACTIVE FACILITATOR', async () => {
      const group = await create(orgAdmin, {
        name: '  Numérique   responsable en Dracénie ',
        themeSlugs: ['Numerique-Responsable', 'eclairage-public', 'numerique-responsable'],
      });
      expect(group).toMatchObject({
        slug: 'numerique-responsable-en-dracenie',
        name: 'Numérique responsable en Dracénie',
        visibility: 'PRIVATE',
        joinPolicy: 'REQUEST',
        requiresVerifiedMandate: false,
        memberCount: 1,
        organization: { slug: 'agence-du-var' },
        facilitators: [{ handle: 'admin-agence' }],
        viewerMembership: { status: 'ACTIVE', role: 'FACILITATOR' },
        viewerCan: {
          readContent: true,
          join: false,
          post: true,
          update: true,
          manageMembers: true,
          moderate: true,
        },
      });
      expect(await themesOf(group.id)).toEqual(['eclairage-public', 'numerique-responsable']);
      expect(await memberCountDrift(t)).toEqual([]);
    });

    it('lets a platform admin create one in any organisation; slugs are made unique', async () => {
      const group = await create(admin, {
        themeSlugs: null,
        requiresVerifiedMandate: true,
        visibility: 'PUBLIC',
      });
      expect(group).toMatchObject({
        slug: 'numerique-responsable-en-dracenie-2',
        requiresVerifiedMandate: true,
        facilitators: [{ handle: 'administratrice' }],
        viewerMembership: { status: 'ACTIVE', role: 'FACILITATOR' },
      });
      expect(await themesOf(group.id)).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
      ['an empty name', { name: '' }, [{ field: 'name', reason: 'required' }]],
      ['a name of 2 characters', { name: 'Ab' }, [{ field: 'name', reason: 'minLength' }]],
      ['a name over 120 characters', { name: 'a'.repeat(121) }, [{ field: 'name', reason: 'maxLength' }]],
      [
        'a long description',
        { description: 'a'.repeat(5_001) },
        [{ field: 'description', reason: 'maxLength' }],
      ],
      [
        'six themes',
        {
          themeSlugs: [
            'eclairage-public',
            'financements-et-aides',
            'territoire-de-la-demi-heure',
            'ville-du-quart-d-heure',
            'mutualisation-entre-collectivites',
            'dematerialisation-des-assemblees',
          ],
        },
        [{ field: 'themeSlugs', reason: 'maxSize' }],
      ],
      [
        'an unknown theme',
        { themeSlugs: ['eclairage-public', 'inconnu'] },
        [{ field: 'themeSlugs.1', reason: 'unknown' }],
      ],
      [
        'an archived theme',
        { themeSlugs: ['impact-environnemental-du-numerique'] },
        [{ field: 'themeSlugs.0', reason: 'archived' }],
      ],
    ])('refuses %s with its field, and saves nothing', async (_name, input, fields) => {
      await refused(
        t,
        () => orgAdmin.gql(CREATE, { i: { organizationId: orgId, ...VALID, ...input } }),
        'BAD_USER_INPUT',
        fields,
      );
    });

    it('refuses an unknown visibility at the GraphQL layer', async () => {
      const res = await orgAdmin.gql(CREATE, {
        i: { organizationId: orgId, ...VALID, visibility: 'SECRET' },
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('updateGroup', () => {
    let groupId: string;
    let facilitator: Client;

    beforeAll(async () => {
      const facilitatorUser = await createUser(t, { handle: 'animatrice' });
      facilitator = await signedIn(t, facilitatorUser);
      ({ id: groupId } = await insertGroup(t, {
        slug: 'groupe-a-modifier',
        organizationId: orgId,
        visibility: 'PRIVATE',
        joinPolicy: 'INVITE',
        memberships: [{ userId: facilitatorUser.id, status: 'ACTIVE', role: 'FACILITATOR' }],
      }));
    });
    const update = (client: Client, input: Record<string, unknown>, id = groupId) =>
      client.gql<{ updateGroup: Group }>(UPDATE, { i: { groupId: id, ...input } });

    it('is for signed-in users only', async () => {
      await refused(t, () => update(anonymous, { name: 'Pirate' }), 'UNAUTHENTICATED');
    });

    it.each([
      ['a member of the platform', () => member],
      ['its facilitator (who manages members, not the group)', () => facilitator],
      ['a plain member of the organisation', () => orgStaff],
      ["another organisation's admin", () => otherOrgAdmin],
    ])('is refused to %s', async (_who, client) => {
      await refused(t, () => update(client(), { name: 'Pirate' }), 'FORBIDDEN');
    });

    it.each([
      ['an unknown id', randomUUID()],
      ['a malformed id', '42'],
    ])('answers NOT_FOUND for %s', async (_what, id) => {
      await refused(t, () => update(moderator, { name: 'Introuvable' }, id), 'NOT_FOUND');
    });

    it('lets an org admin rename it (the slug stays) and replace its themes', async () => {
      const group = (
        await ok(
          update(orgAdmin, {
            name: 'Groupe modifié',
            themeSlugs: ['financements-et-aides'],
            joinPolicy: 'REQUEST',
          }),
        )
      ).updateGroup;
      expect(group).toMatchObject({
        slug: 'groupe-a-modifier',
        name: 'Groupe modifié',
        joinPolicy: 'REQUEST',
      });
      expect(await themesOf(groupId)).toEqual(['financements-et-aides']);
      const cleared = (await ok(update(moderator, { themeSlugs: [] }))).updateGroup;
      expect(cleared.name).toBe('Groupe modifié');
      expect(await themesOf(groupId)).toEqual([]);
    });

    it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
      ['a null name', { name: null }, [{ field: 'name', reason: 'required' }]],
      ['a null visibility', { visibility: null }, [{ field: 'visibility', reason: 'required' }]],
      ['a null join policy', { joinPolicy: null }, [{ field: 'joinPolicy', reason: 'required' }]],
      ['an unknown theme', { themeSlugs: ['inconnu'] }, [{ field: 'themeSlugs.0', reason: 'unknown' }]],
    ])('refuses %s and changes nothing', async (_name, input, fields) => {
      await refused(t, () => update(orgAdmin, input), 'BAD_USER_INPUT', fields);
    });

    it('lets an org admin open an empty private group to the public, and close it again', async () => {
      expect((await ok(update(orgAdmin, { visibility: 'PUBLIC' }))).updateGroup.visibility).toBe('PUBLIC');
      expect((await ok(update(orgAdmin, { visibility: 'PRIVATE' }))).updateGroup.visibility).toBe('PRIVATE');
    });

    describe.each(['a thread', 'a case study'])('a private group holding %s', (content) => {
      let holderId: string;
      beforeAll(async () => {
        const author = await createUser(t);
        ({ id: holderId } = await insertGroup(t, {
          slug: `groupe-avec-${content === 'a thread' ? 'question' : 'retour'}`,
          organizationId: orgId,
          visibility: 'PRIVATE',
          memberships: [{ userId: author.id, status: 'ACTIVE', role: 'FACILITATOR' }],
        }));
        if (content === 'a thread') {
          await t.dataSource.query(
            `INSERT INTO thread (title, body, body_html, author_id, group_id) VALUES ('Question privée', 'Corps', '<p>Corps</p>', $1, $2)`,
            [author.id, holderId],
          );
        } else {
          const slug = `retour-prive-${randomUUID().slice(0, 8)}`;
          await t.app.get(CaseStudiesSeeder).seed([caseStudy(slug, author)]);
          await t.dataSource.query(`UPDATE case_study SET group_id = $2 WHERE slug = $1`, [slug, holderId]);
        }
      });

      it('may not be opened by an org admin: it would publish the content (FORBIDDEN, nothing changed)', async () => {
        const res = await refused(t, () => update(orgAdmin, { visibility: 'PUBLIC' }, holderId), 'FORBIDDEN');
        expect(res.errors?.[0]?.message).toMatch(/publish/);
      });

      it('may be edited otherwise by the org admin', async () => {
        const group = (await ok(update(orgAdmin, { description: 'Toujours privé.' }, holderId))).updateGroup;
        expect(group).toMatchObject({ visibility: 'PRIVATE', description: 'Toujours privé.' });
      });

      it('may be opened by a platform moderator', async () => {
        const group = (await ok(update(moderator, { visibility: 'PUBLIC' }, holderId))).updateGroup;
        expect(group.visibility).toBe('PUBLIC');
      });
    });
  });

  function caseStudy(slug: string, author: TestUser): DemoCaseStudy {
    return {
      slug,
      title: `Retour d'expérience ${slug}`,
      summary: 'Un résumé suffisant pour ce retour d’expérience.',
      body: 'Ce que la commune a fait.',
      territoryCode: '71009',
      themeSlugs: ['eclairage-public'],
      authorHandles: [author.handle],
      status: 'PUBLISHED',
      startedOn: null,
      endedOn: null,
      costEuros: null,
      fundingSources: [],
      results: '',
      environmentalAssessment: '',
      lessonsLearned: '',
      solutionsUsed: [],
      contact: '',
      publishedAt: '2025-01-01T00:00:00Z',
      viewCount: 0,
    };
  }

  it('keeps member_count equal to the ACTIVE memberships', async () => {
    expect(await memberCountDrift(t)).toEqual([]);
    expect(otherOrgId).toBeTruthy();
  });
});

describe('groups: the list and a group page', () => {
  let t: TestApp;
  let anonymous: Client;
  let me: TestUser;
  let meClient: Client;
  const LIST = `query($filter: GroupFilter, $first: Int, $after: String) {
    groups(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { slug name description visibility memberCount organization { name }
        viewerCan { readContent join } } } } }`;
  type Page = {
    groups: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: { slug: string; visibility: string; memberCount: number; viewerCan: { readContent: boolean } };
      }>;
    };
  };
  const slugs = async (client: Client, filter: Record<string, unknown>) =>
    (await ok(client.gql<Page>(LIST, { filter }))).groups.edges.map((e) => e.node.slug);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    anonymous = new Client(t);
    me = await createUser(t, { handle: 'moi' });
    meClient = await signedIn(t, me);
    const other = await createUser(t);
    const hub = await insertOrganization(t, 'hub-liste', [{ userId: other.id, role: 'ADMIN' }]);
    const agency = await insertOrganization(t, 'agence-liste', [], 'AGENCE_ETAT');
    const themed = async (id: string, slugsOfThemes: string[]): Promise<void> => {
      await t.dataSource.query(
        `INSERT INTO peer_group_theme (group_id, theme_id) SELECT $1, id FROM theme WHERE slug = ANY($2)`,
        [id, slugsOfThemes],
      );
    };
    const a = await insertGroup(t, {
      slug: 'a-eclairage',
      organizationId: hub,
      memberships: [
        { userId: other.id, status: 'ACTIVE', role: 'FACILITATOR' },
        { userId: me.id, status: 'ACTIVE' },
      ],
    });
    await themed(a.id, ['eclairage-public']);
    const b = await insertGroup(t, {
      slug: 'b-prive',
      organizationId: hub,
      visibility: 'PRIVATE',
      joinPolicy: 'REQUEST',
      memberships: [
        { userId: other.id, status: 'ACTIVE', role: 'FACILITATOR' },
        { userId: me.id, status: 'PENDING' },
      ],
    });
    await themed(b.id, ['numerique-responsable']);
    const c = await insertGroup(t, {
      slug: 'c-social',
      organizationId: agency,
      visibility: 'PRIVATE',
      joinPolicy: 'INVITE',
      memberships: [{ userId: me.id, status: 'ACTIVE', role: 'FACILITATOR' }],
    });
    await themed(c.id, ['action-sociale-et-suivi-des-beneficiaires']);
    await insertGroup(t, { slug: 'd-vide', organizationId: agency });
  });
  afterAll(() => t.close());

  it('lists every group by slug, private ones with their name, description, organisation and member count', async () => {
    const page = (await ok(anonymous.gql<Page>(LIST, {}))).groups;
    expect(page.totalCount).toBe(4);
    expect(
      page.edges.map((e) => [
        e.node.slug,
        e.node.visibility,
        e.node.memberCount,
        e.node.viewerCan.readContent,
      ]),
    ).toEqual([
      ['a-eclairage', 'PUBLIC', 2, true],
      ['b-prive', 'PRIVATE', 1, false],
      ['c-social', 'PRIVATE', 1, false],
      ['d-vide', 'PUBLIC', 0, true],
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a sub-theme', { themeSlugs: ['eclairage-public'] }, ['a-eclairage']],
    // "Numérique responsable" covers its sub-themes, éclairage public among them.
    [
      'a top-level theme with its sub-themes',
      { themeSlugs: ['numerique-responsable'] },
      ['a-eclairage', 'b-prive'],
    ],
    [
      'two themes',
      { themeSlugs: ['eclairage-public', 'action-sociale-et-suivi-des-beneficiaires'] },
      ['a-eclairage', 'c-social'],
    ],
    ['an organisation', { organizationSlug: 'agence-liste' }, ['c-social', 'd-vide']],
    ['an unknown organisation (nothing)', { organizationSlug: 'inconnue' }, []],
    [
      'an organisation and a theme',
      { organizationSlug: 'hub-liste', themeSlugs: ['numerique-responsable'] },
      ['a-eclairage', 'b-prive'],
    ],
    ['mine: false (no filter)', { mine: false }, ['a-eclairage', 'b-prive', 'c-social', 'd-vide']],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await slugs(anonymous, filter)).toEqual(expected);
    expect((await ok(anonymous.gql<Page>(LIST, { filter }))).groups.totalCount).toBe(expected.length);
  });

  it('mine: the groups where the viewer is ACTIVE (not PENDING), sign-in needed', async () => {
    expect(await slugs(meClient, { mine: true })).toEqual(['a-eclairage', 'c-social']);
    expect(await slugs(meClient, { mine: true, themeSlugs: ['numerique-responsable'] })).toEqual([
      'a-eclairage',
    ]);
    const res = await anonymous.gql(LIST, { filter: { mine: true } });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses an unknown theme with its field', async () => {
    const res = await anonymous.gql(LIST, { filter: { themeSlugs: ['eclairage-public', 'inconnu'] } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'filter.themeSlugs.1', reason: 'unknown' }),
    ]);
  });

  it('pages without gaps nor repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: Page = await ok(anonymous.gql<Page>(LIST, { first: 3, after }));
      seen.push(...page.groups.edges.map((e) => e.node.slug));
      if (!page.groups.pageInfo.hasNextPage) break;
      after = page.groups.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a-eclairage', 'b-prive', 'c-social', 'd-vide']);
  });

  it('shows a group by slug with the viewer’s membership; null for an unknown slug', async () => {
    const get = `query($slug: String!) { group(slug: $slug) { slug viewerMembership { status role message }
      viewerCan { readContent join post manageMembers } } }`;
    expect(await ok(meClient.gql(get, { slug: 'B-PRIVE' }))).toEqual({
      group: {
        slug: 'b-prive',
        viewerMembership: { status: 'PENDING', role: 'MEMBER', message: null },
        viewerCan: { readContent: false, join: false, post: false, manageMembers: false },
      },
    });
    expect(await ok(meClient.gql(get, { slug: 'c-social' }))).toMatchObject({
      group: {
        viewerMembership: { status: 'ACTIVE', role: 'FACILITATOR' },
        viewerCan: { readContent: true, manageMembers: true },
      },
    });
    expect(await ok(anonymous.gql(get, { slug: 'a-eclairage' }))).toMatchObject({
      group: { viewerMembership: null, viewerCan: { readContent: true, join: false, post: false } },
    });
    expect(await ok(anonymous.gql(get, { slug: 'nulle-part' }))).toEqual({ group: null });
  });
});

describe('groups: who sees the members', () => {
  let t: TestApp;
  type Kind =
    | 'anonymous'
    | 'outsider'
    | 'pending'
    | 'member'
    | 'facilitator'
    | 'orgAdmin'
    | 'otherOrgAdmin'
    | 'moderator';
  const clients = {} as Record<Kind, Client>;
  const users = {} as Record<Exclude<Kind, 'anonymous'>, TestUser>;
  const MEMBERS = `query($slug: String!, $status: GroupMembershipStatus) { group(slug: $slug) {
    members(status: $status, first: 10) { totalCount edges { node { status role message user { handle } } } } } }`;
  type Members = {
    group: {
      members: {
        totalCount: number;
        edges: Array<{
          node: { status: string; role: string; message: string | null; user: { handle: string } };
        }>;
      };
    };
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const kind of [
      'outsider',
      'pending',
      'member',
      'facilitator',
      'orgAdmin',
      'otherOrgAdmin',
      'moderator',
    ] as const) {
      users[kind] = await createUser(t, {
        handle: kind.toLowerCase(),
        role: kind === 'moderator' ? 'MODERATOR' : 'MEMBER',
      });
      clients[kind] = await signedIn(t, users[kind]);
    }
    clients.anonymous = new Client(t);
    const banned = await createUser(t, { handle: 'banni' });
    const invited = await createUser(t, { handle: 'invitee' });
    const rejected = await createUser(t, { handle: 'refusee' });
    const org = await insertOrganization(t, 'hub-membres', [{ userId: users.orgAdmin.id, role: 'ADMIN' }]);
    await insertOrganization(t, 'hub-voisin', [{ userId: users.otherOrgAdmin.id, role: 'ADMIN' }]);
    const memberships = (extra: Array<{ userId: string; status: MembershipState }>) => [
      { userId: users.facilitator.id, status: 'ACTIVE' as const, role: 'FACILITATOR' as const },
      { userId: users.member.id, status: 'ACTIVE' as const },
      { userId: users.pending.id, status: 'PENDING' as const, message: 'Je voudrais rejoindre.' },
      { userId: invited.id, status: 'INVITED' as const },
      { userId: rejected.id, status: 'REJECTED' as const },
      { userId: banned.id, status: 'BANNED' as const },
      ...extra,
    ];
    await insertGroup(t, { slug: 'public', organizationId: org, memberships: memberships([]) });
    await insertGroup(t, {
      slug: 'prive',
      organizationId: org,
      visibility: 'PRIVATE',
      memberships: memberships([]),
    });
  });
  afterAll(() => t.close());

  const KINDS: Kind[] = [
    'anonymous',
    'outsider',
    'pending',
    'member',
    'facilitator',
    'orgAdmin',
    'otherOrgAdmin',
    'moderator',
  ];
  // Number of memberships each kind of viewer sees, by group and status; cells in the order of KINDS.
  // prettier-ignore
  const MATRIX: Array<[group: string, status: string, counts: number[]]> = [
    //                         anon out pend memb fac orgA othA mod
    ['public', 'ACTIVE',       [2,   2,   2,   2,   2,  2,   2,   2]],
    ['public', 'PENDING',      [0,   0,   0,   0,   1,  1,   0,   1]],
    ['public', 'INVITED',      [0,   0,   0,   0,   1,  1,   0,   1]],
    ['public', 'REJECTED',     [0,   0,   0,   0,   1,  1,   0,   1]],
    ['public', 'BANNED',       [0,   0,   0,   0,   1,  1,   0,   1]],
    ['prive',  'ACTIVE',       [0,   0,   0,   2,   2,  2,   0,   2]],
    ['prive',  'PENDING',      [0,   0,   0,   0,   1,  1,   0,   1]],
    ['prive',  'BANNED',       [0,   0,   0,   0,   1,  1,   0,   1]],
  ];

  it.each(MATRIX)('%s group, %s memberships', async (slug, status, counts) => {
    const seen: number[] = [];
    for (const kind of KINDS) {
      const data = await ok(clients[kind].gql<Members>(MEMBERS, { slug, status }));
      expect(data.group.members.edges).toHaveLength(data.group.members.totalCount);
      seen.push(data.group.members.totalCount);
    }
    expect(seen).toEqual(counts);
  });

  it('lists ACTIVE members by default, facilitators first', async () => {
    const data = await ok(clients.anonymous.gql<Members>(MEMBERS, { slug: 'public' }));
    expect(data.group.members.edges.map((e) => [e.node.user.handle, e.node.role])).toEqual([
      ['facilitator', 'FACILITATOR'],
      ['member', 'MEMBER'],
    ]);
  });

  it('shows a request’s message to those who manage members and to its author only', async () => {
    const pending = await ok(clients.facilitator.gql<Members>(MEMBERS, { slug: 'prive', status: 'PENDING' }));
    expect(pending.group.members.edges[0].node).toMatchObject({
      message: 'Je voudrais rejoindre.',
      user: { handle: 'pending' },
    });
    const own = await ok(
      clients.pending.gql<{ group: { viewerMembership: { message: string } } }>(
        `{ group(slug: "prive") { viewerMembership { message } } }`,
      ),
    );
    expect(own.group.viewerMembership.message).toBe('Je voudrais rejoindre.');
  });

  it('reads nothing into the database', async () => {
    const before = await groupsSnapshot(t);
    await clients.moderator.gql(MEMBERS, { slug: 'prive', status: 'PENDING' });
    expect(await groupsSnapshot(t)).toEqual(before);
  });
});

describe('group list: SQL statements do not grow with the groups shown', () => {
  let t: TestApp;
  const PAGE = `query($first: Int) {
    groups(first: $first) {
      totalCount
      edges { node { id name visibility memberCount organization { name territory { name } }
        facilitators { handle } viewerMembership { status } viewerCan { join readContent }
        members(first: 3) { totalCount edges { node { role user { handle } } } } } }
    }
  }`;

  beforeAll(async () => {
    t = await startTestApp();
    const users = [await createUser(t), await createUser(t), await createUser(t), await createUser(t)];
    const orgs = [
      await insertOrganization(t, 'hub-un', [{ userId: users[0].id, role: 'ADMIN' }]),
      await insertOrganization(t, 'hub-deux'),
    ];
    await t.dataSource.query(
      `UPDATE organization SET territory_id = (SELECT id FROM territory WHERE code = 'DEP-71')`,
    );
    for (let i = 0; i < 55; i++) {
      await insertGroup(t, {
        slug: `groupe-${String(i).padStart(2, '0')}`,
        organizationId: orgs[i % 2],
        visibility: i % 3 === 0 ? 'PRIVATE' : 'PUBLIC',
        memberships: [
          { userId: users[i % 4].id, status: 'ACTIVE', role: 'FACILITATOR' },
          { userId: users[(i + 1) % 4].id, status: 'ACTIVE' },
          { userId: users[(i + 2) % 4].id, status: i % 2 ? 'ACTIVE' : 'PENDING' },
        ],
      });
    }
  });
  afterAll(() => t.close());

  it.each([
    ['an anonymous visitor', false],
    ['a signed-in member', true],
  ])('for %s: the same number at 5 and 50 groups', async (_who, signed) => {
    const client = signed ? await signedIn(t, await createUser(t)) : new Client(t);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await client.gql<{
        groups: {
          totalCount: number;
          edges: Array<{ node: { facilitators: unknown[]; organization: { territory: unknown } } }>;
        };
      }>(PAGE, { first });
      expect(res.errors).toBeUndefined();
      const { edges, totalCount } = res.data!.groups;
      expect(totalCount).toBe(55);
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.facilitators.length === 1 && e.node.organization.territory)).toBe(
        true,
      );
      counts.push(res.sqlQueries);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('demo groups', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seed with every reference resolved, idempotently, with consistent member counts', async () => {
    await t.app.get(IdentitySeeder).seedDemoUsers();
    await t.app.get(ThemesSeeder).seed();
    const seeder = t.app.get(GroupsSeeder);
    await seeder.seed();
    const first = await groupsSnapshot(t);
    await seeder.seed();
    const second = await groupsSnapshot(t);
    const stable = (s: Record<string, unknown[]>) => ({
      organization: s['organization'].map((r) => ({ ...(r as object), updated_at: null })),
      organization_member: s['organization_member'].map((r) => ({ ...(r as object), created_at: null })),
      peer_group: s['peer_group'].map((r) => ({ ...(r as object), updated_at: null, created_at: null })),
      peer_group_theme: s['peer_group_theme'],
      group_membership: s['group_membership'].map((r) => ({
        ...(r as object),
        created_at: null,
        updated_at: null,
        decided_at: null,
      })),
    });
    expect(stable(second)).toEqual(stable(first));
    expect(first['organization']).toHaveLength(DEMO_ORGANIZATIONS.length);
    expect(first['peer_group']).toHaveLength(Object.keys(DEMO_GROUPS).length);
    expect(await memberCountDrift(t)).toEqual([]);
    const ids = await t.dataSource.query<Array<{ id: string; slug: string }>>(
      'SELECT id, slug FROM peer_group ORDER BY slug',
    );
    expect(ids).toEqual(
      Object.values(DEMO_GROUPS)
        .map((g) => ({ id: g.id, slug: g.slug }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    const anonymous = new Client(t);
    const res = await ok(
      anonymous.gql<{
        organizations: {
          edges: Array<{ node: { slug: string; territory: { code: string } | null; memberCount: number } }>;
        };
      }>(`{ organizations { edges { node { slug territory { code } memberCount } } } }`),
    );
    expect(res.organizations.edges.map((e) => [e.node.slug, e.node.territory?.code ?? null])).toEqual([
      ['agence-d-urbanisme-de-l-artois', '200033579'],
      ['cerema', null],
      ['hub-numerique-bourgogne-franche-comte', 'REG-27'],
      ['incubateur-des-territoires-anct', null],
    ]);
  });
});

describe('group themes and theme merges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
  });
  afterAll(() => t.close());

  it("moves a merged theme's groups to its target, in the merge's transaction", async () => {
    const orgId = await insertOrganization(t, 'hub-fusion');
    const group = await insertGroup(t, { slug: 'groupe-fusion', organizationId: orgId });
    const both = await insertGroup(t, { slug: 'groupe-fusion-deux', organizationId: orgId });
    await t.dataSource.query(
      `INSERT INTO peer_group_theme (group_id, theme_id)
       SELECT g, th.id FROM unnest($1::uuid[]) g, theme th WHERE th.slug = 'ville-du-quart-d-heure'
       UNION ALL SELECT $2::uuid, id FROM theme WHERE slug = 'territoire-de-la-demi-heure'`,
      [[group.id, both.id], both.id],
    );
    const moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR' }));
    await ok(
      moderator.gql(
        `mutation { mergeThemes(input: { sourceSlug: "ville-du-quart-d-heure", targetSlug: "territoire-de-la-demi-heure" }) { slug } }`,
      ),
    );
    const themes = await ok(
      new Client(t).gql<{ a: { themes: Array<{ slug: string }> }; b: { themes: Array<{ slug: string }> } }>(
        `{ a: group(slug: "groupe-fusion") { themes { slug } } b: group(slug: "groupe-fusion-deux") { themes { slug } } }`,
      ),
    );
    expect(themes.a.themes.map((th) => th.slug)).toEqual(['territoire-de-la-demi-heure']);
    expect(themes.b.themes.map((th) => th.slug)).toEqual(['territoire-de-la-demi-heure']);
  });
});
