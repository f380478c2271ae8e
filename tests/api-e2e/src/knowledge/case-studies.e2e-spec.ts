import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import { CaseStudiesSeeder, CaseStudyViews, ThemesSeeder, type DemoCaseStudy } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

const FIELDS = `id slug title status revisionCount costEuros startedOn endedOn publishedAt bodyHtml populationBand
  fundingSources { name amountEuros } solutionsUsed contact
  territory { code name } themes { slug } authors { handle }
  viewerCan { edit submit review archive manageAuthors }
  changesRequested { comment reviewer { handle } }`;

const CREATE = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateCaseStudyInput!) { updateCaseStudy(input: $i) { ${FIELDS} } }`;
const GET = `query($s: String!) { caseStudy(slug: $s) { ${FIELDS} viewCount } }`;
const SUBMIT = `mutation($i: SubmitCaseStudyInput!) { submitCaseStudy(input: $i) { id status } }`;
const PUBLISH = `mutation($i: PublishCaseStudyInput!) { publishCaseStudy(input: $i) { id status publishedAt } }`;
const ARCHIVE = `mutation($i: ArchiveCaseStudyInput!) { archiveCaseStudy(input: $i) { id status } }`;
const REQUEST_CHANGES = `mutation($i: RequestChangesInput!) { requestChanges(input: $i) { id status changesRequested { comment } } }`;

interface CaseStudy {
  id: string;
  slug: string;
  title: string;
  status: string;
  revisionCount: number;
  costEuros: number | null;
  startedOn: string | null;
  endedOn: string | null;
  publishedAt: string | null;
  bodyHtml: string;
  populationBand: string | null;
  fundingSources: Array<{ name: string; amountEuros: number }>;
  territory: { code: string; name: string };
  themes: Array<{ slug: string }>;
  authors: Array<{ handle: string }>;
  viewerCan: Record<string, boolean>;
  changesRequested: { comment: string; reviewer: { handle: string } | null } | null;
  viewCount?: number;
}

const VALID = {
  title: 'Éclairage public : passer aux LED à Draguignan',
  summary: 'Remplacement des ampoules et régulation intelligente, avec un bilan chiffré.',
  body: '## Le projet\n\nNous avons remplacé **toutes** les ampoules.',
  territoryCode: '83050',
  themeSlugs: ['eclairage-public'],
  startedOn: '2021-03-01',
  endedOn: '2022-06-30',
  costEuros: 420_000,
  fundingSources: [
    { name: 'DSIL (État)', amountEuros: 160_000 },
    { name: 'Autofinancement', amountEuros: 260_000 },
  ],
  results: 'Facture divisée par deux.',
  solutionsUsed: ['Luminaires LED', 'Luminaires LED', 'Régulation'],
  contact: 'Service éclairage public, mairie de Draguignan',
};

const caseStudyCount = async (t: TestApp) =>
  Number((await t.dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM case_study'))[0].n);

describe('case studies: writing, review and revisions', () => {
  let t: TestApp;
  let author: Client;
  let authorUser: TestUser;
  let coAuthor: Client;
  let coAuthorUser: TestUser;
  let stranger: Client;
  let unverified: Client;
  let moderator: Client;
  let anonymous: Client;

  const signedIn = async (user: TestUser) => {
    const client = new Client(t);
    client.useCookie(await sessionCookie(t, user));
    return client;
  };
  const create = async (client: Client, overrides: Record<string, unknown> = {}) => {
    const res = await client.gql<{ createCaseStudy: CaseStudy }>(CREATE, { i: { ...VALID, ...overrides } });
    expect(res.errors).toBeUndefined();
    return res.data!.createCaseStudy;
  };
  const published = async (overrides: Record<string, unknown> = {}) => {
    const cs = await create(author, overrides);
    await author.gql(SUBMIT, { i: { id: cs.id } });
    const res = await moderator.gql<{ publishCaseStudy: CaseStudy }>(PUBLISH, { i: { id: cs.id } });
    expect(res.data?.publishCaseStudy.status).toBe('PUBLISHED');
    return cs;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    authorUser = await createUser(t, { handle: 'maire-de-draguignan' });
    coAuthorUser = await createUser(t, { handle: 'agente-eclairage' });
    author = await signedIn(authorUser);
    coAuthor = await signedIn(coAuthorUser);
    stranger = await signedIn(await createUser(t));
    unverified = await signedIn(await createUser(t, { verified: false }));
    moderator = await signedIn(await createUser(t, { role: 'MODERATOR', handle: 'moderatrice' }));
    anonymous = new Client(t);
  });
  afterAll(() => t.close());

  describe('createCaseStudy', () => {
    it('makes a DRAFT owned by its author, with a French-friendly slug and its first revision', async () => {
      const cs = await create(author);
      expect(cs).toMatchObject({
        slug: 'eclairage-public-passer-aux-led-a-draguignan',
        status: 'DRAFT',
        revisionCount: 1,
        costEuros: 420_000,
        startedOn: '2021-03-01',
        endedOn: '2022-06-30',
        publishedAt: null,
        populationBand: 'FROM_10000_TO_49999',
        territory: { code: '83050', name: 'Draguignan' },
        themes: [{ slug: 'eclairage-public' }],
        authors: [{ handle: 'maire-de-draguignan' }],
        solutionsUsed: ['Luminaires LED', 'Régulation'],
        viewerCan: { edit: true, submit: true, review: false, archive: false, manageAuthors: true },
        changesRequested: null,
      });
      expect(cs.bodyHtml).toContain('<strong>toutes</strong>');
      expect(cs.fundingSources).toEqual(VALID.fundingSources);
      const [revision] = await t.dataSource.query<Array<{ number: number; public: boolean }>>(
        'SELECT number, public FROM case_study_revision WHERE case_study_id = $1',
        [cs.id],
      );
      expect(revision).toEqual({ number: 1, public: false });
    });

    it('keeps slugs unique: the same title gets a numbered slug', async () => {
      const first = await create(author, { title: 'Tablettes pour les élus' });
      const second = await create(author, { title: 'Tablettes pour les élus' });
      const third = await create(author, { title: 'Tablettes pour les élus' });
      expect([first.slug, second.slug, third.slug]).toEqual([
        'tablettes-pour-les-elus',
        'tablettes-pour-les-elus-2',
        'tablettes-pour-les-elus-3',
      ]);
    });

    it('never gives a slug that is a web route', async () => {
      expect((await create(author, { title: 'Nouveau' })).slug).toBe('nouveau-2');
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['a negative cost', { costEuros: -1 }, 'costEuros', 'min'],
      [
        'an end before the start',
        { startedOn: '2022-01-01', endedOn: '2021-12-31' },
        'endedOn',
        'beforeStart',
      ],
      ['a date that does not exist', { startedOn: '2022-02-30' }, 'startedOn', 'date'],
      ['an unknown territory', { territoryCode: '00000' }, 'territoryCode', 'unknown'],
      ['an unknown theme', { themeSlugs: ['eclairage-public', 'inconnue'] }, 'themeSlugs.1', 'unknown'],
      ['no theme', { themeSlugs: [] }, 'themeSlugs', 'required'],
      ['a body over 100 KB', { body: 'é'.repeat(50_001) }, 'body', 'maxBytes'],
      ['results over 100 KB', { results: 'x'.repeat(100_001) }, 'results', 'maxBytes'],
      ['an empty title', { title: '   ' }, 'title', 'minLength'],
      ['a title over 200 characters', { title: 'a'.repeat(201) }, 'title', 'maxLength'],
      [
        'a negative funding',
        { fundingSources: [{ name: 'ANCT', amountEuros: -5 }] },
        'fundingSources.0.amountEuros',
        'min',
      ],
      [
        'a funding without a name',
        { fundingSources: [{ name: ' ', amountEuros: 5 }] },
        'fundingSources.0.name',
        'length',
      ],
    ])('refuses %s with field details and saves nothing', async (_name, overrides, field, reason) => {
      const before = await caseStudyCount(t);
      const res = await author.gql(CREATE, { i: { ...VALID, ...overrides } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field, reason })]);
      expect(await caseStudyCount(t)).toBe(before);
    });

    it('reports every problem of an input at once', async () => {
      const res = await author.gql(CREATE, {
        i: { ...VALID, costEuros: -3, territoryCode: 'nulle-part', themeSlugs: ['inconnue'] },
      });
      const fields = (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map(
        (f) => f.field,
      );
      expect(fields.sort()).toEqual(['costEuros', 'territoryCode', 'themeSlugs.0']);
    });

    it('needs a signed-in member with a verified email', async () => {
      const before = await caseStudyCount(t);
      expect(errorCodes(await anonymous.gql(CREATE, { i: VALID }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await unverified.gql(CREATE, { i: VALID }))).toEqual(['FORBIDDEN']);
      expect(await caseStudyCount(t)).toBe(before);
    });
  });

  describe('updateCaseStudy', () => {
    it('saves a revision, keeps what is left out and clears what is set to null', async () => {
      const cs = await create(author);
      const res = await author.gql<{ updateCaseStudy: CaseStudy }>(UPDATE, {
        i: {
          id: cs.id,
          expectedRevision: 1,
          title: 'LED et régulation à Draguignan',
          endedOn: null,
          costEuros: 400_000,
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateCaseStudy).toMatchObject({
        slug: cs.slug, // slugs are stable
        title: 'LED et régulation à Draguignan',
        revisionCount: 2,
        endedOn: null,
        startedOn: '2021-03-01',
        costEuros: 400_000,
        themes: [{ slug: 'eclairage-public' }],
      });
    });

    it('saves no revision when nothing changed (autosave, double click)', async () => {
      const cs = await create(author);
      const same = await author.gql<{ updateCaseStudy: CaseStudy }>(UPDATE, {
        i: {
          id: cs.id,
          expectedRevision: 1,
          title: VALID.title,
          themeSlugs: ['eclairage-public'],
          costEuros: 420_000,
        },
      });
      expect(same.errors).toBeUndefined();
      expect(same.data!.updateCaseStudy.revisionCount).toBe(1);
      const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM case_study_revision WHERE case_study_id = $1',
        [cs.id],
      );
      expect(count).toBe(1);
    });

    it('refuses a stale revision with CONFLICT and changes nothing (no lost update)', async () => {
      const cs = await create(author);
      // Two tabs loaded revision 1; the first one saves.
      await author.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 1, summary: 'Première version enregistrée ici.' },
      });
      const stale = await author.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 1, summary: 'Seconde version, partie du même état.' },
      });
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0]?.extensions).toMatchObject({
        fields: [expect.objectContaining({ field: 'expectedRevision', reason: 'stale' })],
        latestRevision: 2,
      });
      const now = await author.gql<{ caseStudy: CaseStudy & { summary: string } }>(
        `query($s: String!) { caseStudy(slug: $s) { revisionCount summary } }`,
        { s: cs.slug },
      );
      expect(now.data!.caseStudy).toEqual({ revisionCount: 2, summary: 'Première version enregistrée ici.' });
    });

    it('lets only one of two simultaneous saves of the same revision win', async () => {
      const cs = await create(author);
      const results = await Promise.all(
        ['Version A du résumé, assez longue.', 'Version B du résumé, assez longue.'].map((summary) =>
          author.gql(UPDATE, { i: { id: cs.id, expectedRevision: 1, summary } }),
        ),
      );
      expect(results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
      const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM case_study_revision WHERE case_study_id = $1',
        [cs.id],
      );
      expect(count).toBe(2);
    });

    it('refuses bad input with field details and changes nothing', async () => {
      const cs = await create(author);
      const res = await author.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 1, endedOn: '2020-01-01', title: null },
      });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const fields = (res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }>).map(
        (f) => f.field,
      );
      expect(fields.sort()).toEqual(['endedOn', 'title']);
      const [row] = await t.dataSource.query<Array<{ revision_count: number; ended_on: string }>>(
        `SELECT revision_count, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM case_study WHERE id = $1`,
        [cs.id],
      );
      expect(row).toEqual({ revision_count: 1, ended_on: '2022-06-30' });
    });

    it('answers NOT_FOUND to whoever may not read a draft, FORBIDDEN to readers who may not edit', async () => {
      const draft = await create(author);
      expect(
        errorCodes(
          await stranger.gql(UPDATE, { i: { id: draft.id, expectedRevision: 1, title: 'Piraté ?' } }),
        ),
      ).toEqual(['NOT_FOUND']);
      const pub = await published();
      expect(
        errorCodes(await stranger.gql(UPDATE, { i: { id: pub.id, expectedRevision: 1, title: 'Piraté ?' } })),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await anonymous.gql(UPDATE, { i: { id: pub.id, expectedRevision: 1, title: 'Piraté ?' } }),
        ),
      ).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('workflow', () => {
    it('goes DRAFT → IN_REVIEW → (changes requested) DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED', async () => {
      const cs = await create(author);
      expect((await author.gql(SUBMIT, { i: { id: cs.id } })).data).toEqual({
        submitCaseStudy: { id: cs.id, status: 'IN_REVIEW' },
      });
      const changes = await moderator.gql(REQUEST_CHANGES, {
        i: { id: cs.id, comment: 'Merci de chiffrer les économies.' },
      });
      expect(changes.data).toEqual({
        requestChanges: {
          id: cs.id,
          status: 'DRAFT',
          changesRequested: { comment: 'Merci de chiffrer les économies.' },
        },
      });
      // The comment is for the authors and moderators only.
      const forAuthor = await author.gql<{ caseStudy: CaseStudy }>(GET, { s: cs.slug });
      expect(forAuthor.data!.caseStudy.changesRequested).toEqual({
        comment: 'Merci de chiffrer les économies.',
        reviewer: { handle: 'moderatrice' },
      });
      await author.gql(SUBMIT, { i: { id: cs.id } });
      const pub = await moderator.gql<{ publishCaseStudy: CaseStudy }>(PUBLISH, { i: { id: cs.id } });
      expect(pub.data!.publishCaseStudy.status).toBe('PUBLISHED');
      expect(pub.data!.publishCaseStudy.publishedAt).not.toBeNull();
      const forAnonymous = await anonymous.gql<{ caseStudy: CaseStudy }>(GET, { s: cs.slug });
      expect(forAnonymous.data!.caseStudy).toMatchObject({
        status: 'PUBLISHED',
        changesRequested: null,
        viewerCan: { edit: false, submit: false, review: false, archive: false, manageAuthors: false },
      });
      expect((await author.gql(ARCHIVE, { i: { id: cs.id } })).data).toEqual({
        archiveCaseStudy: { id: cs.id, status: 'ARCHIVED' },
      });
      // Archived: still readable, no longer editable.
      expect(
        (await anonymous.gql<{ caseStudy: CaseStudy }>(GET, { s: cs.slug })).data!.caseStudy.status,
      ).toBe('ARCHIVED');
      expect(
        errorCodes(await author.gql(UPDATE, { i: { id: cs.id, expectedRevision: 1, title: 'Encore ?' } })),
      ).toEqual(['FORBIDDEN']);
    });

    type Who = 'author' | 'coAuthor' | 'stranger' | 'unverified' | 'moderator' | 'anonymous';
    const clients = (): Record<Who, Client> => ({
      author,
      coAuthor,
      stranger,
      unverified,
      moderator,
      anonymous,
    });
    const inState = async (state: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED') => {
      const cs = state === 'PUBLISHED' ? await published() : await create(author);
      if (state === 'IN_REVIEW') await author.gql(SUBMIT, { i: { id: cs.id } });
      return cs;
    };

    // [mutation, state, who, expected result]: OK, or the error code.
    it.each<[string, 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED', Who, string]>([
      ['submit', 'DRAFT', 'author', 'OK'],
      ['submit', 'DRAFT', 'stranger', 'NOT_FOUND'],
      ['submit', 'DRAFT', 'moderator', 'FORBIDDEN'],
      ['submit', 'DRAFT', 'anonymous', 'UNAUTHENTICATED'],
      ['submit', 'IN_REVIEW', 'author', 'CONFLICT'],
      ['submit', 'PUBLISHED', 'author', 'CONFLICT'],
      ['publish', 'IN_REVIEW', 'moderator', 'OK'],
      ['publish', 'IN_REVIEW', 'author', 'FORBIDDEN'],
      ['publish', 'IN_REVIEW', 'stranger', 'NOT_FOUND'],
      ['publish', 'DRAFT', 'moderator', 'CONFLICT'],
      ['publish', 'PUBLISHED', 'moderator', 'CONFLICT'],
      ['requestChanges', 'IN_REVIEW', 'moderator', 'OK'],
      ['requestChanges', 'IN_REVIEW', 'author', 'FORBIDDEN'],
      ['requestChanges', 'PUBLISHED', 'moderator', 'CONFLICT'],
      ['archive', 'PUBLISHED', 'author', 'OK'],
      ['archive', 'PUBLISHED', 'moderator', 'OK'],
      ['archive', 'PUBLISHED', 'stranger', 'FORBIDDEN'],
      ['archive', 'PUBLISHED', 'unverified', 'FORBIDDEN'],
      ['archive', 'DRAFT', 'author', 'CONFLICT'],
      ['archive', 'IN_REVIEW', 'moderator', 'CONFLICT'],
    ])('%s on a %s case study by %s → %s', async (mutation, state, who, expected) => {
      const cs = await inState(state);
      const documents: Record<string, [string, Record<string, unknown>]> = {
        submit: [SUBMIT, { id: cs.id }],
        publish: [PUBLISH, { id: cs.id }],
        requestChanges: [REQUEST_CHANGES, { id: cs.id, comment: 'À compléter.' }],
        archive: [ARCHIVE, { id: cs.id }],
      };
      const [document, input] = documents[mutation];
      const [before] = await t.dataSource.query<Array<{ status: string }>>(
        'SELECT status FROM case_study WHERE id = $1',
        [cs.id],
      );
      const res = await clients()[who].gql(document, { i: input });
      if (expected === 'OK') {
        expect(res.errors).toBeUndefined();
      } else {
        expect(errorCodes(res)).toEqual([expected]);
        const [after] = await t.dataSource.query<Array<{ status: string }>>(
          'SELECT status FROM case_study WHERE id = $1',
          [cs.id],
        );
        expect(after).toEqual(before);
      }
    });

    it('refuses an empty or oversized review comment', async () => {
      const cs = await inState('IN_REVIEW');
      for (const comment of ['  ', 'x'.repeat(5_001)]) {
        const res = await moderator.gql(REQUEST_CHANGES, { i: { id: cs.id, comment } });
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
          expect.objectContaining({ field: 'comment' }),
        ]);
      }
    });

    it('answers NOT_FOUND for an id that does not exist or is not a UUID', async () => {
      expect(
        errorCodes(await moderator.gql(PUBLISH, { i: { id: '00000000-0000-4000-8000-000000000000' } })),
      ).toEqual(['NOT_FOUND']);
      expect(errorCodes(await moderator.gql(PUBLISH, { i: { id: 'pas-un-uuid' } }))).toEqual([
        'BAD_USER_INPUT',
      ]);
    });
  });

  describe('co-authors', () => {
    const ADD = `mutation($i: AddCaseStudyCoAuthorInput!) { addCaseStudyCoAuthor(input: $i) { authors { handle } } }`;
    const REMOVE = `mutation($i: RemoveCaseStudyCoAuthorInput!) { removeCaseStudyCoAuthor(input: $i) { authors { handle } } }`;

    it('lets the owner add a co-author, who then reads and edits the draft but cannot manage authors', async () => {
      const cs = await create(author);
      expect((await coAuthor.gql(GET, { s: cs.slug })).data).toEqual({ caseStudy: null });
      const added = await author.gql(ADD, { i: { id: cs.id, handle: coAuthorUser.handle } });
      expect(added.data).toEqual({
        addCaseStudyCoAuthor: {
          authors: [{ handle: 'maire-de-draguignan' }, { handle: 'agente-eclairage' }],
        },
      });
      const read = await coAuthor.gql<{ caseStudy: CaseStudy }>(GET, { s: cs.slug });
      expect(read.data!.caseStudy.viewerCan).toMatchObject({
        edit: true,
        submit: true,
        manageAuthors: false,
      });
      const edit = await coAuthor.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 1, results: 'Mesuré par nos soins.' },
      });
      expect(edit.errors).toBeUndefined();
      expect(errorCodes(await coAuthor.gql(REMOVE, { i: { id: cs.id, handle: authorUser.handle } }))).toEqual(
        ['FORBIDDEN'],
      );
    });

    it('refuses unknown members, duplicates and removing the owner', async () => {
      const cs = await create(author);
      const field = (res: GqlResponse) =>
        (res.errors?.[0]?.extensions?.['fields'] as Array<{ reason: string }>)[0].reason;
      expect(field(await author.gql(ADD, { i: { id: cs.id, handle: 'personne-inconnue' } }))).toBe('unknown');
      expect(field(await author.gql(ADD, { i: { id: cs.id, handle: authorUser.handle } }))).toBe('duplicate');
      expect(field(await moderator.gql(REMOVE, { i: { id: cs.id, handle: authorUser.handle } }))).toBe(
        'owner',
      );
    });
  });

  describe('revisions', () => {
    const REVISIONS = `query($id: ID!, $first: Int, $after: String) {
      caseStudyRevisions(id: $id, first: $first, after: $after) {
        totalCount
        edges { node { number public title author { handle } changedFields previous { number } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    interface Revisions {
      caseStudyRevisions: {
        totalCount: number;
        edges: Array<{
          node: {
            number: number;
            public: boolean;
            title: string;
            author: { handle: string };
            changedFields: string[];
            previous: { number: number } | null;
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }

    it('lists every revision to authors and only the published history to others', async () => {
      const cs = await create(author);
      await author.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 1, summary: 'Un résumé enfin précis et chiffré.' },
      });
      await author.gql(SUBMIT, { i: { id: cs.id } });
      await moderator.gql(PUBLISH, { i: { id: cs.id } });
      const notAnAuthor = await coAuthor.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 2, title: 'Titre amélioré' },
      });
      expect(errorCodes(notAnAuthor)).toEqual(['FORBIDDEN']);
      await author.gql(UPDATE, {
        i: { id: cs.id, expectedRevision: 2, title: 'Titre amélioré', costEuros: 1 },
      });

      const mine = await author.gql<Revisions>(REVISIONS, { id: cs.id });
      expect(mine.data!.caseStudyRevisions.totalCount).toBe(3);
      expect(mine.data!.caseStudyRevisions.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          number: 3,
          public: true,
          changedFields: ['title', 'costEuros'],
          previous: { number: 2 },
        }),
        expect.objectContaining({
          number: 2,
          public: true,
          changedFields: ['summary'],
          previous: { number: 1 },
        }),
        expect.objectContaining({
          number: 1,
          public: false,
          changedFields: [],
          previous: null,
          author: { handle: 'maire-de-draguignan' },
        }),
      ]);

      // Revision 2 was the one published: from there on, history is public; revision 1 is not.
      const theirs = await anonymous.gql<Revisions>(REVISIONS, { id: cs.id });
      expect(theirs.data!.caseStudyRevisions.totalCount).toBe(2);
      expect(
        theirs.data!.caseStudyRevisions.edges.map((e) => [
          e.node.number,
          e.node.previous?.number ?? null,
          e.node.changedFields,
        ]),
      ).toEqual([
        [3, 2, ['title', 'costEuros']],
        [2, null, []],
      ]);
      const one = `query($id: ID!, $n: Int!) { caseStudyRevision(id: $id, number: $n) { number summary } }`;
      expect((await anonymous.gql(one, { id: cs.id, n: 1 })).data).toEqual({ caseStudyRevision: null });
      expect((await author.gql(one, { id: cs.id, n: 1 })).data).toEqual({
        caseStudyRevision: { number: 1, summary: VALID.summary },
      });
    });

    it('pages revisions newest first', async () => {
      const cs = await create(author);
      for (let n = 1; n <= 4; n++) {
        await author.gql(UPDATE, { i: { id: cs.id, expectedRevision: n, costEuros: n } });
      }
      const first = await author.gql<Revisions>(REVISIONS, { id: cs.id, first: 2 });
      const next = await author.gql<Revisions>(REVISIONS, {
        id: cs.id,
        first: 2,
        after: first.data!.caseStudyRevisions.pageInfo.endCursor,
      });
      expect(first.data!.caseStudyRevisions.edges.map((e) => e.node.number)).toEqual([5, 4]);
      expect(next.data!.caseStudyRevisions.edges.map((e) => e.node.number)).toEqual([3, 2]);
    });

    it('hides every revision of a draft from others', async () => {
      const cs = await create(author);
      expect(errorCodes(await stranger.gql(REVISIONS, { id: cs.id }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await anonymous.gql(REVISIONS, { id: cs.id }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('views', () => {
    it('counts a view once per viewer and hour, written later in one batch, never on the read', async () => {
      const cs = await published({ title: 'Vues comptées' });
      const readers = [anonymous, anonymous, stranger, stranger, moderator];
      const [{ updated_at: updatedBefore }] = await t.dataSource.query<Array<{ updated_at: Date }>>(
        'SELECT updated_at FROM case_study WHERE id = $1',
        [cs.id],
      );
      for (const reader of readers) await reader.gql(GET, { s: cs.slug });
      const [{ view_count: beforeFlush }] = await t.dataSource.query<Array<{ view_count: number }>>(
        'SELECT view_count FROM case_study WHERE id = $1',
        [cs.id],
      );
      expect(beforeFlush).toBe(0); // reading wrote nothing

      await t.app.get(CaseStudyViews).flush();
      const [after] = await t.dataSource.query<Array<{ view_count: number; updated_at: Date }>>(
        'SELECT view_count, updated_at FROM case_study WHERE id = $1',
        [cs.id],
      );
      expect(after.view_count).toBe(3); // anonymous, stranger and moderator, once each
      expect(after.updated_at).toEqual(updatedBefore); // a view is not an edit
      await t.app.get(CaseStudyViews).flush();
      await anonymous.gql(GET, { s: cs.slug });
      await t.app.get(CaseStudyViews).flush();
      const [again] = await t.dataSource.query<Array<{ view_count: number }>>(
        'SELECT view_count FROM case_study WHERE id = $1',
        [cs.id],
      );
      expect(again.view_count).toBe(3); // the same viewer within the hour
    });

    it('does not count its own authors reading or editing it', async () => {
      const cs = await published({ title: 'Vues des auteurs' });
      await author.gql(GET, { s: cs.slug });
      await t.app.get(CaseStudyViews).flush();
      const [{ view_count: count }] = await t.dataSource.query<Array<{ view_count: number }>>(
        'SELECT view_count FROM case_study WHERE id = $1',
        [cs.id],
      );
      expect(count).toBe(0);
    });

    it('does not count views of drafts', async () => {
      const cs = await create(author);
      await author.gql(GET, { s: cs.slug });
      await t.app.get(CaseStudyViews).flush();
      const [{ view_count: count }] = await t.dataSource.query<Array<{ view_count: number }>>(
        'SELECT view_count FROM case_study WHERE id = $1',
        [cs.id],
      );
      expect(count).toBe(0);
    });
  });

  describe('markdown preview', () => {
    const PREVIEW = `query($s: String!) { markdownPreview(source: $s) }`;
    it('renders like the site for members, refuses anonymous visitors and oversized sources', async () => {
      expect((await author.gql(PREVIEW, { s: '**gras** <script>x</script>' })).data).toEqual({
        markdownPreview: '<p><strong>gras</strong> &lt;script&gt;x&lt;/script&gt;</p>\n',
      });
      expect(errorCodes(await anonymous.gql(PREVIEW, { s: 'x' }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await author.gql(PREVIEW, { s: 'x'.repeat(100_001) }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('no N+1', () => {
    const PAGE = `query($first: Int) {
      caseStudies(first: $first, filter: { authorHandle: "auteur-en-serie" }) {
        totalCount
        facets { themes { count theme { slug } } populationBands { band count } regions { count region { name } } }
        edges { node { slug title summary costEuros publishedAt populationBand
          territory { name population } themes { slug name } authors { handle displayName } viewerCan { edit } } }
      }
    }`;

    it('runs the same number of SQL statements for 5 and 50 case studies with territory, themes and authors', async () => {
      await createUser(t, { handle: 'auteur-en-serie' });
      await createUser(t, { handle: 'co-auteur-en-serie' });
      const codes = ['83050', '51108', '71009', '35238', '200070530', 'DEP-71'];
      const themes = [
        'eclairage-public',
        'mutualisation-entre-collectivites',
        'financements-et-aides',
        'numerique-responsable',
      ];
      const studies: DemoCaseStudy[] = Array.from({ length: 55 }, (_, i) => ({
        slug: `serie-${i}`,
        title: `Retour d'expérience en série numéro ${i}`,
        summary: 'Un résumé suffisamment long pour passer la validation.',
        body: 'Corps du texte.',
        territoryCode: codes[i % codes.length],
        themeSlugs: [themes[i % themes.length], themes[(i + 1) % themes.length]],
        authorHandles: ['auteur-en-serie', 'co-auteur-en-serie'],
        status: 'PUBLISHED',
        startedOn: null,
        endedOn: null,
        costEuros: i * 1000,
        fundingSources: [],
        results: '',
        environmentalAssessment: '',
        lessonsLearned: '',
        solutionsUsed: [],
        contact: '',
        publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
        viewCount: i,
      }));
      await t.app.get(CaseStudiesSeeder).seed(studies);

      const counts: number[] = [];
      for (const first of [5, 50]) {
        const res = await anonymous.gql<{ caseStudies: { totalCount: number; edges: unknown[] } }>(PAGE, {
          first,
        });
        expect(res.errors).toBeUndefined();
        expect(res.data!.caseStudies.edges).toHaveLength(first);
        expect(res.data!.caseStudies.totalCount).toBe(55);
        counts.push(res.sqlQueries);
      }
      expect(counts[0]).toBe(counts[1]);
      // author lookup, page, count, 3 facets, territories, themes of the page, themes, users, régions
      expect(counts[1]).toBeLessThanOrEqual(12);
    });
  });
});
