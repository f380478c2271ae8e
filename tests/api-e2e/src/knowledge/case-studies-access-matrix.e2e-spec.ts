import { errorCodes } from '@pairs/platform-testing';
import type { PlatformRole } from '@pairs/platform-core';
import { CaseStudiesSeeder, ThemesSeeder, type DemoCaseStudy } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie } from '../support/identity.js';

/**
 * Case-study access matrix (issue 4): viewer kind × surface × state of the case study, the
 * expected visibility written per cell. Columns, in order:
 *
 *   anonymous · unverified member · other member · owner · co-author · moderator · admin
 *
 * 'Y' = sees it (or may do it), '-' = does not. Documented in docs/security/access-matrix.md.
 */
const KINDS = ['anonymous', 'unverified', 'member', 'owner', 'coAuthor', 'moderator', 'admin'] as const;
type Kind = (typeof KINDS)[number];
const STATES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED', 'HIDDEN'] as const;
type State = (typeof STATES)[number];

// Cells per state, in the order of STATES.
// prettier-ignore
const MATRIX: Record<string, readonly [string, string, string, string, string]> = {
  //                                            DRAFT      IN_REVIEW  PUBLISHED  ARCHIVED   HIDDEN
  'caseStudy(slug)':                            ['---YYYY', '---YYYY', 'YYYYYYY', 'YYYYYYY', '---YYYY'],
  'caseStudies(status) edges':                  ['---YYYY', '---YYYY', 'YYYYYYY', 'YYYYYYY', '---YYYY'],
  'caseStudies(status) totalCount':             ['---YYYY', '---YYYY', 'YYYYYYY', 'YYYYYYY', '---YYYY'],
  'caseStudies(status) facets':                 ['---YYYY', '---YYYY', 'YYYYYYY', 'YYYYYYY', '---YYYY'],
  'similarCaseStudies (of a sibling)':          ['-------', '-------', 'YYYYYYY', '-------', '-------'],
  'Theme.caseStudyCount':                       ['-------', '-------', 'YYYYYYY', '-------', '-------'],
  'caseStudyRevisions(id)':                     ['---YYYY', '---YYYY', 'YYYYYYY', 'YYYYYYY', '---YYYY'],
  'caseStudyRevision(id, 1) (pre-publication)': ['---YYYY', '---YYYY', '---YYYY', '---YYYY', '---YYYY'],
  'Case study changesRequested':                ['---YYYY', '---YYYY', '-------', '-------', '---YYYY'],
  'updateCaseStudy':                            ['---YYYY', '---YYYY', '---YYYY', '-------', '-------'],
};

const THEME_OF: Record<State, string> = {
  DRAFT: 'adressage-base-adresse-locale',
  IN_REVIEW: 'ville-du-quart-d-heure',
  PUBLISHED: 'eclairage-public',
  ARCHIVED: 'territoire-de-la-demi-heure',
  HIDDEN: 'financements-et-aides',
};

const ROLES: Record<
  Exclude<Kind, 'anonymous' | 'owner' | 'coAuthor'>,
  { role: PlatformRole; verified: boolean }
> = {
  unverified: { role: 'MEMBER', verified: false },
  member: { role: 'MEMBER', verified: true },
  moderator: { role: 'MODERATOR', verified: true },
  admin: { role: 'ADMIN', verified: true },
};

function study(slug: string, state: State, themeSlugs: string[], authorHandles: string[]): DemoCaseStudy {
  const seeded = state === 'DRAFT' || state === 'IN_REVIEW' ? state : 'PUBLISHED';
  return {
    slug,
    title: `Matrice ${slug}`,
    summary: 'Un résumé pour la matrice d’accès.',
    body: 'Texte.',
    territoryCode: '71009',
    themeSlugs,
    authorHandles,
    status: seeded,
    startedOn: null,
    endedOn: null,
    costEuros: null,
    fundingSources: [],
    results: '',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: [],
    contact: '',
    publishedAt: seeded === 'PUBLISHED' ? '2025-01-01T00:00:00Z' : null,
    viewCount: 0,
  };
}

describe('case-study access matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Kind, Client>;
  const ids = {} as Record<State, string>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    const owner = await createUser(t, { handle: 'matrice-autrice' });
    const coAuthor = await createUser(t, { handle: 'matrice-coautrice' });
    await createUser(t, { handle: 'matrice-voisine' });
    await t.app.get(CaseStudiesSeeder).seed([
      ...STATES.map((s) =>
        study(`matrice-${s.toLowerCase()}`, s, [THEME_OF[s]], [owner.handle, coAuthor.handle]),
      ),
      // Shares every theme: similarCaseStudies of it would list each state's item if visible.
      study('matrice-voisine', 'PUBLISHED', Object.values(THEME_OF), ['matrice-voisine']),
    ]);
    await t.dataSource.query(`UPDATE case_study SET status = 'ARCHIVED' WHERE slug = 'matrice-archived'`);
    await t.dataSource.query(`UPDATE case_study SET status = 'HIDDEN' WHERE slug = 'matrice-hidden'`);
    for (const s of ['matrice-draft', 'matrice-in_review', 'matrice-hidden']) {
      await t.dataSource.query(
        `UPDATE case_study SET review_comment = 'À revoir', review_comment_at = now() WHERE slug = $1`,
        [s],
      );
    }
    const rows = await t.dataSource.query<Array<{ id: string; slug: string }>>(
      `SELECT id, slug FROM case_study WHERE slug LIKE 'matrice-%'`,
    );
    for (const s of STATES) ids[s] = rows.find((r) => r.slug === `matrice-${s.toLowerCase()}`)!.id;

    for (const kind of KINDS) {
      const client = new Client(t);
      if (kind === 'owner') client.useCookie(await sessionCookie(t, owner));
      else if (kind === 'coAuthor') client.useCookie(await sessionCookie(t, coAuthor));
      else if (kind !== 'anonymous')
        client.useCookie(await sessionCookie(t, await createUser(t, ROLES[kind])));
      clients[kind] = client;
    }
  });
  afterAll(() => t.close());

  const slugOf = (s: State) => `matrice-${s.toLowerCase()}`;
  const LIST = `query($f: CaseStudyFilter) { caseStudies(filter: $f) {
    totalCount edges { node { slug } } facets { themes { count theme { slug } } } } }`;
  type List = {
    caseStudies: {
      totalCount: number;
      edges: Array<{ node: { slug: string } }>;
      facets: { themes: Array<{ count: number; theme: { slug: string } }> };
    };
  };
  const list = (c: Client, s: State) =>
    c.gql<List>(LIST, { f: { status: s, authorHandle: 'matrice-autrice' } }).then((r) => r.data!.caseStudies);

  const SURFACES: Record<string, (c: Client, s: State) => Promise<boolean>> = {
    'caseStudy(slug)': async (c, s) =>
      (
        await c.gql<{ caseStudy: unknown }>(`query($s: String!) { caseStudy(slug: $s) { id } }`, {
          s: slugOf(s),
        })
      ).data?.caseStudy != null,
    'caseStudies(status) edges': async (c, s) =>
      (await list(c, s)).edges.some((e) => e.node.slug === slugOf(s)),
    'caseStudies(status) totalCount': async (c, s) => (await list(c, s)).totalCount === 1,
    'caseStudies(status) facets': async (c, s) =>
      (await list(c, s)).facets.themes.some((f) => f.theme.slug === THEME_OF[s] && f.count === 1),
    'similarCaseStudies (of a sibling)': async (c, s) =>
      (
        await c.gql<{ similarCaseStudies: Array<{ slug: string }> }>(
          `{ similarCaseStudies(slug: "matrice-voisine", first: 20) { slug } }`,
        )
      ).data!.similarCaseStudies.some((x) => x.slug === slugOf(s)),
    'Theme.caseStudyCount': async (c, s) =>
      (
        await c.gql<{ theme: { caseStudyCount: number } }>(
          `query($s: String!) { theme(slug: $s) { caseStudyCount } }`,
          { s: THEME_OF[s] },
        )
      ).data!.theme.caseStudyCount === 2, // the sibling + this one
    'caseStudyRevisions(id)': async (c, s) => {
      const res = await c.gql(`query($id: ID!) { caseStudyRevisions(id: $id) { totalCount } }`, {
        id: ids[s],
      });
      if (res.errors) expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      return !res.errors;
    },
    'caseStudyRevision(id, 1) (pre-publication)': async (c, s) => {
      // Seeded published items have a public first revision: make it a pre-publication one.
      await t.dataSource.query(`UPDATE case_study_revision SET public = false WHERE case_study_id = $1`, [
        ids[s],
      ]);
      const res = await c.gql<{ caseStudyRevision: unknown }>(
        `query($id: ID!) { caseStudyRevision(id: $id, number: 1) { number } }`,
        { id: ids[s] },
      );
      return res.data?.caseStudyRevision != null;
    },
    'Case study changesRequested': async (c, s) => {
      // Readers who may not read the item at all see nothing either (caseStudy is null).
      const res = await c.gql<{ caseStudy: { changesRequested: unknown } | null }>(
        `query($s: String!) { caseStudy(slug: $s) { changesRequested { comment } } }`,
        { s: slugOf(s) },
      );
      return res.data?.caseStudy?.changesRequested != null;
    },
    updateCaseStudy: async (c, s) => {
      const [{ revision_count: revision }] = await t.dataSource.query<Array<{ revision_count: number }>>(
        'SELECT revision_count FROM case_study WHERE id = $1',
        [ids[s]],
      );
      const res = await c.gql(
        `mutation($i: UpdateCaseStudyInput!) { updateCaseStudy(input: $i) { revisionCount } }`,
        { i: { id: ids[s], expectedRevision: revision, contact: `Contact ${Date.now()}` } },
      );
      if (res.errors) expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']).toContain(errorCodes(res)[0]);
      return !res.errors;
    },
  };

  for (const [surface, byState] of Object.entries(MATRIX)) {
    describe(surface, () => {
      for (const [column, state] of STATES.entries()) {
        it.each(KINDS.map((kind, i) => [kind, byState[column][i] === 'Y'] as const))(
          `${state} — %s sees/does it: %s`,
          async (kind, expected) => {
            expect(await SURFACES[surface](clients[kind], state)).toBe(expected);
          },
        );
      }
    });
  }
});
