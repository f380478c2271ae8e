import { randomUUID } from 'node:crypto';
import { DomainEventBus } from '@pairs/platform-core';
import { errorCodes } from '@pairs/platform-testing';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, type TestUser } from '../support/identity.js';
import { groupsSnapshot, insertGroup, insertOrganization, ok, refused, signedIn } from './groups-support.js';

/**
 * Organisations (issue 6): creating and editing them, their members, and the public directory
 * (by name without accents, territory containment, kinds, words of the name, keyset pages). Every
 * refusal is checked with its code (and fields) and against the database: nothing changed.
 */

const ORG = `id slug name kind description website territory { code } memberCount viewerRole
  viewerCan { update manageMembers createGroup } createdAt`;
const CREATE = `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { ${ORG} } }`;
const UPDATE = `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { ${ORG} } }`;
const ADD_MEMBER = `mutation($i: AddOrganizationMemberInput!) { addOrganizationMember(input: $i) {
  ${ORG} members { totalCount edges { node { role since user { handle } } } } } }`;
const REMOVE_MEMBER = `mutation($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) {
  ${ORG} members { totalCount edges { node { role user { handle } } } } } }`;
const GET = `query($slug: String!) { organization(slug: $slug) { ${ORG}
  members(first: 10) { totalCount edges { node { role since user { handle } } } } } }`;

interface Org {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
  territory: { code: string } | null;
  memberCount: number;
  viewerRole: string | null;
  viewerCan: { update: boolean; manageMembers: boolean; createGroup: boolean };
  members?: { totalCount: number; edges: Array<{ node: { role: string; user: { handle: string } } }> };
}

describe('organisations: writing rules', () => {
  let t: TestApp;
  let moderator: Client;
  let admin: Client;
  let member: Client;
  let anonymous: Client;
  let orgAdminUser: TestUser;
  let orgAdmin: Client;
  let orgStaffUser: TestUser;
  let orgStaff: Client;
  let outsiderUser: TestUser;
  let orgId: string;

  const create = async (client: Client, input: Record<string, unknown>) =>
    (await ok(client.gql<{ createOrganization: Org }>(CREATE, { i: input }))).createOrganization;
  const members = async (id: string) =>
    t.dataSource.query<Array<{ user_id: string; role: string }>>(
      'SELECT user_id, role FROM organization_member WHERE organization_id = $1 ORDER BY role, user_id',
      [id],
    );

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR', handle: 'moderatrice' }));
    admin = await signedIn(t, await createUser(t, { role: 'ADMIN', handle: 'administratrice' }));
    member = await signedIn(t, await createUser(t, { handle: 'simple-membre' }));
    anonymous = new Client(t);
    orgAdminUser = await createUser(t, { handle: 'admin-du-hub' });
    orgStaffUser = await createUser(t, { handle: 'salarie-du-hub' });
    outsiderUser = await createUser(t, { handle: 'future-recrue' });
    orgAdmin = await signedIn(t, orgAdminUser);
    orgStaff = await signedIn(t, orgStaffUser);
    orgId = await insertOrganization(t, 'hub-ecrit', [
      { userId: orgAdminUser.id, role: 'ADMIN' },
      { userId: orgStaffUser.id, role: 'MEMBER' },
    ]);
  });
  afterAll(() => t.close());

  describe('createOrganization', () => {
    const VALID = { name: 'Hub numérique du Var', kind: 'HUB_TERRITORIAL' };

    it('is for signed-in users only', async () => {
      await refused(t, () => anonymous.gql(CREATE, { i: VALID }), 'UNAUTHENTICATED');
    });

    it.each([
      ['a member', () => member],
      ["an organisation's admin", () => orgAdmin],
    ])('is refused to %s', async (_who, client) => {
      await refused(t, () => client().gql(CREATE, { i: VALID }), 'FORBIDDEN');
    });

    it('lets a platform moderator create one, with a slug, its territory and no member', async () => {
      const org = await create(moderator, {
        name: '  Agence   d’urbanisme de Dracénie ',
        kind: 'AGENCE_URBANISME',
        description: ' Études et observatoires. ',
        website: 'https://www.example.fr/agence',
        territoryCode: '83050',
      });
      expect(org).toMatchObject({
        slug: 'agence-d-urbanisme-de-dracenie',
        name: 'Agence d’urbanisme de Dracénie',
        kind: 'AGENCE_URBANISME',
        description: 'Études et observatoires.',
        website: 'https://www.example.fr/agence',
        territory: { code: '83050' },
        memberCount: 0,
        viewerRole: null,
        // Moderators edit organisations; members and groups are the admins' business.
        viewerCan: { update: true, manageMembers: false, createGroup: false },
      });
      const [row] = await t.dataSource.query<Array<{ search_text: string }>>(
        'SELECT search_text FROM organization WHERE id = $1',
        [org.id],
      );
      expect(row.search_text).toBe('agence d urbanisme de dracenie');
    });

    it('lets a platform admin create a national one (no territory), slugs made unique with -2, -3', async () => {
      const first = await create(admin, { name: 'Réseau national', kind: 'ASSOCIATION_ELUS' });
      const second = await create(admin, { name: 'Reseau National', kind: 'AUTRE' });
      const third = await create(admin, { name: 'RÉSEAU national !', kind: 'AUTRE' });
      expect([first.slug, second.slug, third.slug]).toEqual([
        'reseau-national',
        'reseau-national-2',
        'reseau-national-3',
      ]);
      expect(first).toMatchObject({
        territory: null,
        website: null,
        description: '',
        viewerCan: { update: true, manageMembers: true, createGroup: true },
      });
    });

    it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
      ['an empty name', { name: '' }, [{ field: 'name', reason: 'required' }]],
      ['a blank name', { name: '  \n ' }, [{ field: 'name', reason: 'required' }]],
      ['a name over 200 characters', { name: 'a'.repeat(201) }, [{ field: 'name', reason: 'maxLength' }]],
      [
        'a description over 5,000 characters',
        { description: 'é'.repeat(5_001) },
        [{ field: 'description', reason: 'maxLength' }],
      ],
      ['an ftp website', { website: 'ftp://example.fr' }, [{ field: 'website', reason: 'invalid' }]],
      [
        'a javascript: website',
        { website: 'javascript:alert(1)' },
        [{ field: 'website', reason: 'invalid' }],
      ],
      ['a website without scheme', { website: 'www.example.fr' }, [{ field: 'website', reason: 'invalid' }]],
      [
        'a website over 500 characters',
        { website: `https://example.fr/${'a'.repeat(490)}` },
        [{ field: 'website', reason: 'maxLength' }],
      ],
      ['an unknown territory', { territoryCode: 'DEP-00' }, [{ field: 'territoryCode', reason: 'unknown' }]],
      [
        'several problems at once',
        { name: '', website: 'nope', territoryCode: '99999' },
        [
          { field: 'name', reason: 'required' },
          { field: 'territoryCode', reason: 'unknown' },
          { field: 'website', reason: 'invalid' },
        ],
      ],
    ])('refuses %s with its field, and saves nothing', async (_name, overrides, fields) => {
      await refused(
        t,
        () => moderator.gql(CREATE, { i: { ...VALID, ...overrides } }),
        'BAD_USER_INPUT',
        fields,
      );
    });

    it('refuses an unknown kind at the GraphQL layer', async () => {
      const res = await moderator.gql(CREATE, { i: { ...VALID, kind: 'MAIRIE' } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('updateOrganization', () => {
    const update = (client: Client, input: Record<string, unknown>) =>
      client.gql<{ updateOrganization: Org }>(UPDATE, { i: { organizationId: orgId, ...input } });

    it('is for signed-in users only', async () => {
      await refused(t, () => update(anonymous, { name: 'Pirate' }), 'UNAUTHENTICATED');
    });

    it.each([
      ['a member of the platform', () => member],
      ['a plain member of the organisation', () => orgStaff],
    ])('is refused to %s', async (_who, client) => {
      await refused(t, () => update(client(), { name: 'Pirate' }), 'FORBIDDEN');
    });

    it.each([
      ['an unknown id', randomUUID()],
      ['a malformed id', 'not-a-uuid'],
    ])('answers NOT_FOUND for %s', async (_what, organizationId) => {
      await refused(t, () => moderator.gql(UPDATE, { i: { organizationId, name: 'X' } }), 'NOT_FOUND');
    });

    it('lets its admin edit it: the slug stays, search text follows the name, null clears', async () => {
      const before = (
        await ok(update(orgAdmin, { territoryCode: 'DEP-71', website: 'http://hub.example.fr' }))
      ).updateOrganization;
      expect(before).toMatchObject({ territory: { code: 'DEP-71' }, website: 'http://hub.example.fr' });
      const after = (
        await ok(
          update(orgAdmin, {
            name: 'Hub Écrit Renommé',
            kind: 'SYNDICAT_MIXTE',
            territoryCode: null,
            website: null,
          }),
        )
      ).updateOrganization;
      expect(after).toMatchObject({
        slug: 'hub-ecrit',
        name: 'Hub Écrit Renommé',
        kind: 'SYNDICAT_MIXTE',
        territory: null,
        website: null,
        viewerRole: 'ADMIN',
        viewerCan: { update: true, manageMembers: true, createGroup: true },
      });
      const [row] = await t.dataSource.query<Array<{ search_text: string }>>(
        'SELECT search_text FROM organization WHERE id = $1',
        [orgId],
      );
      expect(row.search_text).toBe('hub ecrit renomme');
    });

    it('lets a platform moderator edit it; fields left out stay', async () => {
      const org = (await ok(update(moderator, { description: 'Le hub de test.' }))).updateOrganization;
      expect(org).toMatchObject({
        name: 'Hub Écrit Renommé',
        description: 'Le hub de test.',
        kind: 'SYNDICAT_MIXTE',
      });
    });

    it.each<[string, Record<string, unknown>, Array<{ field: string; reason: string }>]>([
      ['a null name', { name: null }, [{ field: 'name', reason: 'required' }]],
      ['a null kind', { kind: null }, [{ field: 'kind', reason: 'required' }]],
      ['a bad website', { website: 'https://' }, [{ field: 'website', reason: 'invalid' }]],
      ['an unknown territory', { territoryCode: 'REG-99' }, [{ field: 'territoryCode', reason: 'unknown' }]],
      [
        'a long description',
        { description: 'x'.repeat(5_001) },
        [{ field: 'description', reason: 'maxLength' }],
      ],
    ])('refuses %s and changes nothing', async (_name, input, fields) => {
      await refused(t, () => update(orgAdmin, input), 'BAD_USER_INPUT', fields);
    });
  });

  describe('addOrganizationMember / removeOrganizationMember', () => {
    const add = (client: Client, userId: string, role: string, organizationId = orgId) =>
      client.gql<{ addOrganizationMember: Org }>(ADD_MEMBER, { i: { organizationId, userId, role } });
    const remove = (client: Client, userId: string, organizationId = orgId) =>
      client.gql<{ removeOrganizationMember: Org }>(REMOVE_MEMBER, { i: { organizationId, userId } });

    it('are for signed-in users only', async () => {
      await refused(t, () => add(anonymous, outsiderUser.id, 'MEMBER'), 'UNAUTHENTICATED');
      await refused(t, () => remove(anonymous, orgStaffUser.id), 'UNAUTHENTICATED');
    });

    it.each([
      ['a member of the platform', () => member],
      ['a plain member of the organisation', () => orgStaff],
      ['a platform moderator (not an admin)', () => moderator],
    ])('are refused to %s', async (_who, client) => {
      await refused(t, () => add(client(), outsiderUser.id, 'MEMBER'), 'FORBIDDEN');
      await refused(t, () => remove(client(), orgStaffUser.id), 'FORBIDDEN');
    });

    it('let its admin add a member, then change their role; members are public, admins first', async () => {
      const added = (await ok(add(orgAdmin, outsiderUser.id, 'MEMBER'))).addOrganizationMember;
      expect(added.memberCount).toBe(3);
      expect(added.members?.edges.map((e) => [e.node.user.handle, e.node.role])).toEqual([
        ['admin-du-hub', 'ADMIN'],
        ['salarie-du-hub', 'MEMBER'],
        ['future-recrue', 'MEMBER'],
      ]);
      await ok(add(orgAdmin, outsiderUser.id, 'ADMIN'));
      expect(await members(orgId)).toContainEqual({ user_id: outsiderUser.id, role: 'ADMIN' });
      const publicView = (await ok(anonymous.gql<{ organization: Org }>(GET, { slug: 'hub-ecrit' })))
        .organization;
      expect(publicView.members).toMatchObject({ totalCount: 3 });
      expect(publicView.members?.edges.map((e) => e.node.role)).toEqual(['ADMIN', 'ADMIN', 'MEMBER']);
      expect(publicView).toMatchObject({
        viewerRole: null,
        viewerCan: { update: false, manageMembers: false },
      });
    });

    it('let a platform admin remove a member', async () => {
      const org = (await ok(remove(admin, outsiderUser.id))).removeOrganizationMember;
      expect(org.memberCount).toBe(2);
      expect(await members(orgId)).not.toContainEqual(expect.objectContaining({ user_id: outsiderUser.id }));
    });

    it('refuse an unknown or malformed user with its field', async () => {
      await refused(t, () => add(orgAdmin, randomUUID(), 'MEMBER'), 'BAD_USER_INPUT', [
        { field: 'userId', reason: 'unknown' },
      ]);
      await refused(t, () => add(orgAdmin, 'nobody', 'MEMBER'), 'BAD_USER_INPUT', [
        { field: 'userId', reason: 'unknown' },
      ]);
    });

    it('answer NOT_FOUND for an unknown organisation, or removing someone who is not a member', async () => {
      await refused(t, () => add(admin, outsiderUser.id, 'MEMBER', randomUUID()), 'NOT_FOUND');
      await refused(t, () => remove(orgAdmin, outsiderUser.id), 'NOT_FOUND');
    });

    it('never remove nor demote the last admin (CONFLICT); an admin may hand over then leave', async () => {
      await refused(t, () => remove(orgAdmin, orgAdminUser.id), 'CONFLICT');
      await refused(t, () => add(orgAdmin, orgAdminUser.id, 'MEMBER'), 'CONFLICT');
      await ok(add(orgAdmin, orgStaffUser.id, 'ADMIN'));
      const org = (await ok(remove(orgAdmin, orgAdminUser.id))).removeOrganizationMember;
      expect(org).toMatchObject({ viewerRole: null, viewerCan: { manageMembers: false } });
      expect(await members(orgId)).toEqual([{ user_id: orgStaffUser.id, role: 'ADMIN' }]);
    });

    it('publish an event after each change', async () => {
      const seen: string[] = [];
      const off = t.app.get(DomainEventBus).subscribeAll((e) => void seen.push(e.type));
      await ok(add(orgStaff, outsiderUser.id, 'MEMBER'));
      await ok(remove(orgStaff, outsiderUser.id));
      off();
      expect(seen).toEqual(['groups.organization-member-added', 'groups.organization-member-removed']);
    });
  });
});

describe('organisations: the directory', () => {
  let t: TestApp;
  let anonymous: Client;
  const LIST = `query($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { slug name } } } }`;
  type Page = {
    organizations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: { slug: string; name: string } }>;
    };
  };
  const slugs = async (filter: Record<string, unknown>, first = 100) =>
    (await ok(anonymous.gql<Page>(LIST, { filter, first }))).organizations.edges.map((e) => e.node.slug);

  /**
   * Hand-made dataset around Draguignan (83050): its EPCI (CA Dracénie), the Var (DEP-83), the
   * région Sud (REG-93); a sibling département (Vaucluse, DEP-84); Burgundy; a national one.
   */
  const DATASET: Array<[slug: string, name: string, kind: string, territory: string | null]> = [
    ['commune', 'Ville de Draguignan', 'COLLECTIVITE', '83050'],
    ['epci', 'Éclairage en Dracénie', 'SYNDICAT_MIXTE', 'EPCI'],
    ['departement', 'Agence technique du Var', 'AGENCE_ETAT', 'DEP-83'],
    ['region', 'Hub Sud numérique', 'HUB_TERRITORIAL', 'REG-93'],
    ['voisin', 'Élus du Vaucluse', 'ASSOCIATION_ELUS', 'DEP-84'],
    ['bourgogne', 'Saône-et-Loire numérique', 'HUB_TERRITORIAL', 'DEP-71'],
    ['bfc', 'Zénith Bourgogne-Franche-Comté', 'HUB_TERRITORIAL', 'REG-27'],
    ['national', 'Académie des élus', 'ASSOCIATION_ELUS', null],
  ];

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = new Client(t);
    const [{ epci }] = await t.dataSource.query<Array<{ epci: string }>>(
      `SELECT e.code AS epci FROM territory c JOIN territory e ON e.id = c.epci_id WHERE c.code = '83050'`,
    );
    const moderator = await signedIn(t, await createUser(t, { role: 'MODERATOR' }));
    for (const [, name, kind, territory] of DATASET) {
      await ok(
        moderator.gql(CREATE, {
          i: { name, kind, territoryCode: territory === 'EPCI' ? epci : territory },
        }),
      );
    }
  });
  afterAll(() => t.close());

  const slugOf = (key: string) => {
    const [, name] = DATASET.find(([k]) => k === key)!;
    return name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
  };
  const keys = (...list: string[]) => list.map(slugOf);

  it('lists every organisation by name, accents and case ignored, with the total', async () => {
    const res = await ok(anonymous.gql<Page>(LIST, {}));
    expect(res.organizations.totalCount).toBe(8);
    expect(res.organizations.edges.map((e) => e.node.name)).toEqual([
      'Académie des élus',
      'Agence technique du Var',
      'Éclairage en Dracénie',
      'Élus du Vaucluse',
      'Hub Sud numérique',
      'Saône-et-Loire numérique',
      'Ville de Draguignan',
      'Zénith Bourgogne-Franche-Comté',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'a commune: itself, its EPCI, département and région (not the sibling département)',
      '83050',
      keys('departement', 'epci', 'region', 'commune'),
    ],
    ['a département: itself and its région', 'DEP-83', keys('departement', 'region')],
    ['a région: itself', 'REG-93', keys('region')],
    ['a sibling département', 'DEP-84', keys('voisin', 'region')],
    ['a Burgundy département, in lower case', 'dep-71', keys('bourgogne', 'bfc')],
    ['a commune of Burgundy', '71009', keys('bourgogne', 'bfc')],
  ])('territoryCode finds the organisations covering %s', async (_what, territoryCode, expected) => {
    expect(await slugs({ territoryCode })).toEqual(expected);
  });

  it('territoryCode of the EPCI finds it, its département and région', async () => {
    const [{ epci }] = await t.dataSource.query<Array<{ epci: string }>>(
      `SELECT e.code AS epci FROM territory c JOIN territory e ON e.id = c.epci_id WHERE c.code = '83050'`,
    );
    expect(await slugs({ territoryCode: epci })).toEqual(keys('departement', 'epci', 'region'));
  });

  it('refuses an unknown territory code with its field', async () => {
    const res = await anonymous.gql(LIST, { filter: { territoryCode: 'DEP-00' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'filter.territoryCode', reason: 'unknown' }),
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['kinds', { kinds: ['HUB_TERRITORIAL'] }, keys('region', 'bourgogne', 'bfc')],
    ['two kinds', { kinds: ['AGENCE_ETAT', 'ASSOCIATION_ELUS'] }, keys('national', 'departement', 'voisin')],
    ['kinds and a territory', { kinds: ['HUB_TERRITORIAL'], territoryCode: '83050' }, keys('region')],
    ['a word without its accents', { search: 'eclairage' }, keys('epci')],
    ['a word in capitals with accents', { search: 'ÉLUS' }, keys('national', 'voisin')],
    ['the start of a word', { search: 'numer' }, keys('region', 'bourgogne')],
    ['a word inside a compound name', { search: 'loire' }, keys('bourgogne')],
    ['every word must match', { search: 'hub numérique' }, keys('region')],
    ['not the middle of a word', { search: 'clairage' }, []],
    [
      'search and kinds together',
      { search: 'numerique', kinds: ['HUB_TERRITORIAL'] },
      keys('region', 'bourgogne'),
    ],
    [
      'a blank search (no filter)',
      { search: '   ' },
      keys('national', 'departement', 'epci', 'voisin', 'region', 'bourgogne', 'commune', 'bfc'),
    ],
  ])('filters by %s', async (_what, filter, expected) => {
    expect(await slugs(filter)).toEqual(expected);
    const total = (await ok(anonymous.gql<Page>(LIST, { filter }))).organizations.totalCount;
    expect(total).toBe(expected.length);
  });

  it('pages without gaps nor repeats, with the same total on every page', async () => {
    const all = await slugs({});
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = await ok(anonymous.gql<Page>(LIST, { first: 3, after }));
      expect(page.organizations.totalCount).toBe(8);
      seen.push(...page.organizations.edges.map((e) => e.node.slug));
      if (!page.organizations.pageInfo.hasNextPage) break;
      after = page.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it.each([
    ['first over 100', { first: 101 }, 'first'],
    ['a cursor that does not decode', { after: 'nope' }, 'after'],
  ])('refuses %s', async (_what, variables, field) => {
    const res = await anonymous.gql(LIST, variables);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field })]);
  });

  it('finds an organisation by slug (case ignored), null for an unknown one', async () => {
    const get = `query($slug: String!) { organization(slug: $slug) { name territory { code } } }`;
    expect(await ok(anonymous.gql(get, { slug: ' Ville-De-Draguignan ' }))).toEqual({
      organization: { name: 'Ville de Draguignan', territory: { code: '83050' } },
    });
    expect(await ok(anonymous.gql(get, { slug: 'inconnue' }))).toEqual({ organization: null });
  });
});

describe('organisation directory: SQL statements do not grow with the organisations shown', () => {
  let t: TestApp;
  const PAGE = `query($first: Int) {
    organizations(first: $first) {
      totalCount
      edges { node { id name kind territory { name } memberCount viewerRole viewerCan { update createGroup }
        members(first: 2) { totalCount edges { node { role user { handle } } } }
        groups(first: 2) { totalCount edges { node { name memberCount } } } } }
    }
  }`;

  beforeAll(async () => {
    t = await startTestApp();
    const users = [await createUser(t), await createUser(t), await createUser(t)];
    const territories = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM territory WHERE code = ANY($1)`,
      [['83050', 'DEP-71', 'REG-27', '71009']],
    );
    for (let i = 0; i < 55; i++) {
      const id = await insertOrganization(t, `organisation-${String(i).padStart(2, '0')}`, [
        { userId: users[i % 3].id, role: 'ADMIN' },
        { userId: users[(i + 1) % 3].id, role: 'MEMBER' },
      ]);
      await t.dataSource.query('UPDATE organization SET territory_id = $2 WHERE id = $1', [
        id,
        territories[i % territories.length].id,
      ]);
      for (let g = 0; g < i % 3; g++) {
        await insertGroup(t, {
          slug: `groupe-${i}-${g}`,
          organizationId: id,
          memberships: [{ userId: users[g].id, status: 'ACTIVE' }],
        });
      }
    }
  });
  afterAll(() => t.close());

  it.each([
    ['an anonymous visitor', false],
    ['a signed-in member', true],
  ])('for %s: the same number at 5 and 50 organisations', async (_who, signed) => {
    const client = signed ? await signedIn(t, await createUser(t)) : new Client(t);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await client.gql<{
        organizations: {
          totalCount: number;
          edges: Array<{
            node: { territory: { name: string }; memberCount: number; members: { edges: unknown[] } };
          }>;
        };
      }>(PAGE, { first });
      expect(res.errors).toBeUndefined();
      const { edges, totalCount } = res.data!.organizations;
      expect(totalCount).toBe(55);
      expect(edges).toHaveLength(first);
      expect(
        edges.every(
          (e) => e.node.territory.name && e.node.memberCount === 2 && e.node.members.edges.length === 2,
        ),
      ).toBe(true);
      counts.push(res.sqlQueries);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('leaves the database as it was after reading', async () => {
    const before = await groupsSnapshot(t);
    await new Client(t).gql(PAGE, { first: 10 });
    expect(await groupsSnapshot(t)).toEqual(before);
  });
});
