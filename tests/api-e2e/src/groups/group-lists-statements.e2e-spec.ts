import type { GqlResponse } from '@pairs/platform-testing';
import { CaseStudiesSeeder, ThemesSeeder, type DemoCaseStudy } from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie, type TestUser } from '../support/identity.js';

/**
 * The group membership predicate costs no statement (issue 6): the thread list and the case-study
 * list run the same number of SQL statements at 5 and 50 items for a member of 20 groups, and
 * count exactly what the member may read.
 *
 * Dataset: 30 groups (15 PRIVATE); the member is ACTIVE in 20 of them (10 private), PENDING in 2.
 * 80 threads and 80 case studies: every fourth in the commons, the others spread over the groups.
 */
const GROUPS = 30;
const ITEMS = 80;
const isPrivate = (g: number) => g % 2 === 0;
const memberOf = (g: number) => g < 20;
/** Item i: in the commons when i % 4 === 0, else in group i % GROUPS. */
const groupOf = (i: number): number | null => (i % 4 === 0 ? null : i % GROUPS);
const readableBy = (member: boolean) => (i: number) => {
  const g = groupOf(i);
  return g === null || !isPrivate(g) || (member && memberOf(g));
};

async function ok<T>(pending: Promise<GqlResponse<T>>): Promise<T> {
  const res = await pending;
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

describe('lists with the group predicate: SQL statements do not grow with the items shown', () => {
  let t: TestApp;
  let member: Client;
  let memberUser: TestUser;
  const groupIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ThemesSeeder).seed();
    memberUser = await createUser(t);
    member = new Client(t);
    member.useCookie(await sessionCookie(t, memberUser));
    const [org] = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO organization (slug, name, kind, search_text) VALUES ('hub-listes', 'Hub listes', 'HUB_TERRITORIAL', 'hub listes') RETURNING id`,
    );
    for (let g = 0; g < GROUPS; g++) {
      const [group] = await t.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO peer_group (slug, name, organization_id, visibility, join_policy)
         VALUES ($1, $2, $3, $4, 'REQUEST') RETURNING id`,
        [`groupe-listes-${g}`, `Groupe listes ${g}`, org.id, isPrivate(g) ? 'PRIVATE' : 'PUBLIC'],
      );
      groupIds.push(group.id);
      const status = memberOf(g) ? 'ACTIVE' : g < 22 ? 'PENDING' : null;
      if (status) {
        await t.dataSource.query(
          `INSERT INTO group_membership (group_id, user_id, status, role) VALUES ($1, $2, $3, 'MEMBER')`,
          [group.id, memberUser.id, status],
        );
      }
    }

    const author = await createUser(t, { handle: 'autrice-des-listes' });
    const writer = new Client(t);
    writer.useCookie(await sessionCookie(t, author));
    const themes = ['eclairage-public', 'financements-et-aides', 'mutualisation-entre-collectivites'];
    for (let i = 0; i < ITEMS; i++) {
      const { createThread } = await ok(
        writer.gql<{ createThread: { id: string } }>(
          `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`,
          {
            i: {
              title: `Question de liste ${i}`,
              body: 'Un corps de question suffisant.',
              themeSlugs: [themes[i % 3]],
            },
          },
        ),
      );
      const g = groupOf(i);
      if (g !== null)
        await t.dataSource.query(`UPDATE thread SET group_id = $2 WHERE id = $1`, [
          createThread.id,
          groupIds[g],
        ]);
    }
    const studies: DemoCaseStudy[] = Array.from({ length: ITEMS }, (_, i) => ({
      slug: `liste-${i}`,
      title: `Retour d'expérience de liste ${i}`,
      summary: 'Un résumé suffisamment long pour passer la validation.',
      body: 'Corps du texte.',
      territoryCode: ['83050', '51108', '71009', '35238'][i % 4],
      themeSlugs: [themes[i % 3]],
      authorHandles: ['autrice-des-listes'],
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
    for (let i = 0; i < ITEMS; i++) {
      const g = groupOf(i);
      if (g !== null)
        await t.dataSource.query(`UPDATE case_study SET group_id = $2 WHERE slug = $1`, [
          `liste-${i}`,
          groupIds[g],
        ]);
    }
  });
  afterAll(() => t.close());

  const expected = (signed: boolean) =>
    Array.from({ length: ITEMS }, (_, i) => i).filter(readableBy(signed)).length;

  const THREADS = `query($first: Int) {
    threads(first: $first) {
      totalCount
      edges { node { id title status replyCount lastActivityAt viewerCan { reply moderate }
        author { handle mandates { role territory { name } } } themes { slug } participants { totalCount }
        group { slug name visibility } } }
    }
  }`;
  const CASE_STUDIES = `query($first: Int) {
    caseStudies(first: $first) {
      totalCount
      facets { themes { count theme { slug } } populationBands { band count } regions { count region { name } } }
      edges { node { slug title summary publishedAt territory { name population } themes { slug }
        authors { handle } viewerCan { edit } group { slug name visibility } } }
    }
  }`;

  it("runs the API's statements without parallel plans (DB_PARALLEL_WORKERS, 0 by default)", async () => {
    // Parallel workers made the count of a theme-filtered list twice as slow on 2 cores (operations.md).
    expect(await t.dataSource.query(`SHOW max_parallel_workers_per_gather`)).toEqual([
      { max_parallel_workers_per_gather: '0' },
    ]);
  });

  // Page, count, users (with mandates and territories), groups; a member's request also reads the session.
  it.each([
    ['an anonymous visitor', false, 4],
    ['a member of 20 groups', true, 5],
  ])('thread list for %s: the same number at 5 and 50 threads', async (_who, signed, bound) => {
    const client = signed ? member : new Client(t);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await client.gql<{ threads: { totalCount: number; edges: unknown[] } }>(THREADS, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.threads.totalCount).toBe(expected(signed));
      expect(res.data!.threads.edges).toHaveLength(first);
      counts.push(res.sqlQueries);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(bound);
  });

  it.each([
    ['an anonymous visitor', false],
    ['a member of 20 groups', true],
  ])('case-study list for %s: the same number at 5 and 50 case studies', async (_who, signed) => {
    const client = signed ? member : new Client(t);
    const counts: number[] = [];
    for (const first of [5, 50]) {
      const res = await client.gql<{
        caseStudies: { totalCount: number; edges: unknown[]; facets: { themes: Array<{ count: number }> } };
      }>(CASE_STUDIES, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data!.caseStudies.totalCount).toBe(expected(signed));
      expect(res.data!.caseStudies.facets.themes.reduce((sum, f) => sum + f.count, 0)).toBe(expected(signed));
      expect(res.data!.caseStudies.edges).toHaveLength(first);
      counts.push(res.sqlQueries);
    }
    expect(counts[0]).toBe(counts[1]);
    // page, count, 3 facets, territories, themes of the page, themes, users, régions, groups (+ the session)
    expect(counts[1]).toBeLessThanOrEqual(signed ? 12 : 11);
  });
});
