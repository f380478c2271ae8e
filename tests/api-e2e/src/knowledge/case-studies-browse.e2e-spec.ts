import { Global, Module } from '@nestjs/common';
import { errorCodes, type GqlResponse } from '@pairs/platform-testing';
import {
  CaseStudiesSeeder,
  ThemesSeeder,
  THEME_MERGE_PARTICIPANTS,
  type DemoCaseStudy,
  type ThemeMergeParticipant,
} from '@pairs/knowledge';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { Client, createUser, sessionCookie } from '../support/identity.js';

/**
 * Browsing case studies: every filter, facet and order against counts computed by hand from
 * this dataset (populations and régions are the real INSEE ones):
 *
 * | slug      | territory                          | pop.   | band           | région | themes                                  | published  | views |
 * | a-drag    | Draguignan 83050                   | 40 826 | 10 000–49 999  | 93     | eclairage-public                        | 2025-01-01 | 10    |
 * | b-anost   | Anost 71009 (in CC Gd Autunois)    | 695    | < 1 000        | 27     | adressage-base-adresse-locale           | 2025-02-01 | 50    |
 * | c-etang   | Étang-sur-Arroux 71192 (in CC)     | 1 750  | 1 000–3 499    | 27     | eclairage-public, mutualisation-…       | 2025-03-01 | 5     |
 * | d-autun   | CC Grand Autunois Morvan 200070530 | 35 106 | 10 000–49 999  | 27     | mutualisation-…, action-sociale-…       | 2025-04-01 | 30    |
 * | e-digoin  | Digoin 71176 (not in the CC)       | 7 353  | 3 500–9 999    | 27     | inclusion-numerique-aidants-connect     | 2025-05-01 | 20    |
 * | f-rennes  | Rennes 35238                       | 230 890| 50 000+        | 53     | numerique-responsable (top-level)       | 2025-06-01 | 40    |
 * | g-archive | Anost 71009, ARCHIVED              |        |                |        | eclairage-public                        | 2024-06-01 |       |
 * | h-draft   | Autun 71014, DRAFT by `brouillon`  |        |                |        | eclairage-public                        |            |       |
 * | i-review  | Draguignan 83050, IN_REVIEW        |        |                |        | eclairage-public                        |            |       |
 */
const MUTUALISATION = 'mutualisation-entre-collectivites';

function study(
  slug: string,
  territoryCode: string,
  themeSlugs: string[],
  extra: Partial<DemoCaseStudy>,
): DemoCaseStudy {
  return {
    slug,
    title: `Retour d'expérience ${slug}`,
    summary: `Résumé du retour d'expérience ${slug}.`,
    body: `Ce que la collectivité a fait (${slug}).`,
    territoryCode,
    themeSlugs,
    authorHandles: ['autrice-publique'],
    status: 'PUBLISHED',
    startedOn: '2024-01-15',
    endedOn: null,
    costEuros: 10_000,
    fundingSources: [],
    results: '',
    environmentalAssessment: '',
    lessonsLearned: '',
    solutionsUsed: [],
    contact: '',
    publishedAt: null,
    viewCount: 0,
    ...extra,
  };
}

const DATASET: DemoCaseStudy[] = [
  study('a-drag', '83050', ['eclairage-public'], { publishedAt: '2025-01-01T10:00:00Z', viewCount: 10 }),
  study('b-anost', '71009', ['adressage-base-adresse-locale'], {
    publishedAt: '2025-02-01T10:00:00Z',
    viewCount: 50,
  }),
  study('c-etang', '71192', ['eclairage-public', MUTUALISATION], {
    publishedAt: '2025-03-01T10:00:00Z',
    viewCount: 5,
  }),
  study('d-autun', '200070530', [MUTUALISATION, 'action-sociale-et-suivi-des-beneficiaires'], {
    publishedAt: '2025-04-01T10:00:00Z',
    viewCount: 30,
  }),
  study('e-digoin', '71176', ['inclusion-numerique-aidants-connect'], {
    publishedAt: '2025-05-01T10:00:00Z',
    viewCount: 20,
  }),
  study('f-rennes', '35238', ['numerique-responsable'], {
    publishedAt: '2025-06-01T10:00:00Z',
    viewCount: 40,
  }),
  study('g-archive', '71009', ['eclairage-public'], { publishedAt: '2024-06-01T10:00:00Z' }),
  study('h-draft', '71014', ['eclairage-public'], { status: 'DRAFT', authorHandles: ['brouillon'] }),
  study('i-review', '83050', ['eclairage-public'], { status: 'IN_REVIEW', authorHandles: ['brouillon'] }),
];

const failing: ThemeMergeParticipant & { failNext: boolean } = {
  name: 'failing-after-case-studies',
  failNext: false,
  moveTags() {
    if (!this.failNext) return Promise.resolve();
    this.failNext = false;
    return Promise.reject(new Error('injected failure after case studies moved'));
  },
};

@Global()
@Module({
  providers: [{ provide: THEME_MERGE_PARTICIPANTS, useValue: [failing] }],
  exports: [THEME_MERGE_PARTICIPANTS],
})
class FailingParticipantModule {}

const LIST = `query($filter: CaseStudyFilter, $orderBy: CaseStudyOrder, $first: Int, $after: String) {
  caseStudies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FACETS = `query($filter: CaseStudyFilter) {
  caseStudies(filter: $filter, first: 1) {
    totalCount
    facets {
      themes { count theme { slug } }
      populationBands { band label count }
      regions { count region { code } }
    }
  }
}`;

interface ListResult {
  caseStudies: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { slug: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface FacetsResult {
  caseStudies: {
    totalCount: number;
    facets: {
      themes: Array<{ count: number; theme: { slug: string } }>;
      populationBands: Array<{ band: string; label: string; count: number }>;
      regions: Array<{ count: number; region: { code: string } }>;
    };
  };
}

describe('browsing case studies', () => {
  let t: TestApp;
  let anonymous: Client;
  let moderator: Client;
  let draftAuthor: Client;

  const slugs = async (client: Client, variables: Record<string, unknown>) => {
    const res = await client.gql<ListResult>(LIST, variables);
    expect(res.errors).toBeUndefined();
    return {
      slugs: res.data!.caseStudies.edges.map((e) => e.node.slug),
      total: res.data!.caseStudies.totalCount,
    };
  };
  const facets = async (client: Client, filter: Record<string, unknown>) => {
    const res = await client.gql<FacetsResult>(FACETS, { filter });
    expect(res.errors).toBeUndefined();
    const f = res.data!.caseStudies.facets;
    return {
      total: res.data!.caseStudies.totalCount,
      themes: Object.fromEntries(f.themes.map((x) => [x.theme.slug, x.count])),
      bands: Object.fromEntries(f.populationBands.map((x) => [x.band, x.count])),
      regions: Object.fromEntries(f.regions.map((x) => [x.region.code, x.count])),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ imports: [FailingParticipantModule] });
    await t.app.get(ThemesSeeder).seed();
    await createUser(t, { handle: 'autrice-publique' });
    const draftOwner = await createUser(t, { handle: 'brouillon' });
    await t.app.get(CaseStudiesSeeder).seed(DATASET);
    await t.dataSource.query(`UPDATE case_study SET status = 'ARCHIVED' WHERE slug = 'g-archive'`);
    anonymous = new Client(t);
    moderator = new Client(t);
    moderator.useCookie(await sessionCookie(t, await createUser(t, { role: 'MODERATOR' })));
    draftAuthor = new Client(t);
    draftAuthor.useCookie(await sessionCookie(t, draftOwner));
  });
  afterAll(() => t.close());

  describe('orders and pages', () => {
    it('lists published case studies, newest first, by default', async () => {
      expect(await slugs(anonymous, {})).toEqual({
        slugs: ['f-rennes', 'e-digoin', 'd-autun', 'c-etang', 'b-anost', 'a-drag'],
        total: 6,
      });
    });

    it('orders by popularity', async () => {
      expect((await slugs(anonymous, { orderBy: 'POPULARITY' })).slugs).toEqual([
        'b-anost',
        'f-rennes',
        'd-autun',
        'e-digoin',
        'a-drag',
        'c-etang',
      ]);
    });

    it('orders by submission, earliest first (the review queue)', async () => {
      expect((await slugs(anonymous, { orderBy: 'SUBMITTED_AT' })).slugs).toEqual([
        'a-drag',
        'b-anost',
        'c-etang',
        'd-autun',
        'e-digoin',
        'f-rennes',
      ]);
    });

    it.each(['PUBLISHED_AT', 'UPDATED_AT', 'POPULARITY', 'SUBMITTED_AT'])(
      'pages through %s without gaps or repeats',
      async (orderBy) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 5; i++) {
          const res: GqlResponse<ListResult> = await anonymous.gql<ListResult>(LIST, {
            orderBy,
            first: 2,
            after,
          });
          const page = res.data!.caseStudies;
          seen.push(...page.edges.map((e) => e.node.slug));
          expect(page.totalCount).toBe(6);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen.sort()).toEqual(['a-drag', 'b-anost', 'c-etang', 'd-autun', 'e-digoin', 'f-rennes']);
      },
    );

    it('refuses a cursor of another order, a forged cursor and an oversized page', async () => {
      const first = await anonymous.gql<ListResult>(LIST, { orderBy: 'PUBLISHED_AT', first: 1 });
      const cursor = first.data!.caseStudies.pageInfo.endCursor;
      const res = await anonymous.gql(LIST, { orderBy: 'POPULARITY', after: cursor });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const forged = Buffer.from('c1:["2025-01-01","not-a-uuid"]').toString('base64url');
      expect(errorCodes(await anonymous.gql(LIST, { after: forged }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await anonymous.gql(LIST, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('filters', () => {
    it.each<[string, Record<string, unknown>, string[]]>([
      ['one theme', { themeSlugs: ['eclairage-public'] }, ['c-etang', 'a-drag']],
      [
        'a top-level theme covers its children',
        { themeSlugs: ['numerique-responsable'] },
        ['f-rennes', 'c-etang', 'a-drag'],
      ],
      [
        'several themes match any of them',
        { themeSlugs: ['eclairage-public', 'adressage-base-adresse-locale'] },
        ['c-etang', 'b-anost', 'a-drag'],
      ],
      ['an EPCI covers its communes', { territoryCode: '200070530' }, ['d-autun', 'c-etang', 'b-anost']],
      [
        'a département covers its communes and EPCI',
        { territoryCode: 'DEP-71' },
        ['e-digoin', 'd-autun', 'c-etang', 'b-anost'],
      ],
      [
        'a région covers everything inside',
        { territoryCode: 'REG-27' },
        ['e-digoin', 'd-autun', 'c-etang', 'b-anost'],
      ],
      ['a commune is itself', { territoryCode: '83050' }, ['a-drag']],
      ['territory kinds', { territoryKinds: ['EPCI'] }, ['d-autun']],
      ['population band', { populationBand: 'FROM_10000_TO_49999' }, ['d-autun', 'a-drag']],
      ['population band under 1,000', { populationBand: 'UNDER_1000' }, ['b-anost']],
      ['région code without prefix', { regionCode: '27' }, ['e-digoin', 'd-autun', 'c-etang', 'b-anost']],
      ['région code with prefix', { regionCode: 'REG-93' }, ['a-drag']],
      ['département code', { departementCode: '71' }, ['e-digoin', 'd-autun', 'c-etang', 'b-anost']],
      [
        'theme and band together',
        { themeSlugs: ['eclairage-public'], populationBand: 'FROM_1000_TO_3499' },
        ['c-etang'],
      ],
      ['author', { authorHandle: 'autrice-publique', regionCode: '53' }, ['f-rennes']],
      ['unknown author', { authorHandle: 'personne' }, []],
      ['archived ones on request', { status: 'ARCHIVED' }, ['g-archive']],
    ])('%s', async (_name, filter, expected) => {
      expect(await slugs(anonymous, { filter })).toEqual({ slugs: expected, total: expected.length });
    });

    it('refuses an unknown theme, naming it', async () => {
      const res = await anonymous.gql(LIST, { filter: { themeSlugs: ['inconnue'] } });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['fields']).toEqual([
        expect.objectContaining({ field: 'filter.themeSlugs.0', reason: 'unknown' }),
      ]);
    });

    it.each([
      [{ territoryCode: '99999' }, 'filter.territoryCode'],
      [{ regionCode: '83050' }, 'filter.regionCode'],
      [{ departementCode: 'REG-27' }, 'filter.departementCode'],
    ])('refuses an unknown territory %j', async (filter, field) => {
      const res = await anonymous.gql(LIST, { filter });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['fields']).toEqual([expect.objectContaining({ field })]);
    });
  });

  describe('facets', () => {
    it('count every value of a facet with the other filters applied', async () => {
      expect(await facets(anonymous, { regionCode: '27' })).toEqual({
        total: 4,
        themes: {
          [MUTUALISATION]: 2,
          'eclairage-public': 1,
          'adressage-base-adresse-locale': 1,
          'action-sociale-et-suivi-des-beneficiaires': 1,
          'inclusion-numerique-aidants-connect': 1,
        },
        bands: {
          UNDER_1000: 1,
          FROM_1000_TO_3499: 1,
          FROM_3500_TO_9999: 1,
          FROM_10000_TO_49999: 1,
          FROM_50000: 0,
        },
        // The région facet ignores the région filter, so the other régions stay offered.
        regions: { 'REG-27': 4, 'REG-93': 1, 'REG-53': 1 },
      });
    });

    it('combine filters of several facets', async () => {
      expect(
        await facets(anonymous, { themeSlugs: ['eclairage-public'], populationBand: 'FROM_10000_TO_49999' }),
      ).toEqual({
        total: 1,
        themes: { 'eclairage-public': 1, [MUTUALISATION]: 1, 'action-sociale-et-suivi-des-beneficiaires': 1 },
        bands: {
          UNDER_1000: 0,
          FROM_1000_TO_3499: 1,
          FROM_3500_TO_9999: 0,
          FROM_10000_TO_49999: 1,
          FROM_50000: 0,
        },
        regions: { 'REG-93': 1 },
      });
    });

    it('label the bands in French', async () => {
      const res = await anonymous.gql<FacetsResult>(FACETS, {});
      expect(res.data!.caseStudies.facets.populationBands.map((b) => b.label)).toEqual([
        'Moins de 1 000 habitants',
        'De 1 000 à 3 499 habitants',
        'De 3 500 à 9 999 habitants',
        'De 10 000 à 49 999 habitants',
        '50 000 habitants et plus',
      ]);
    });
  });

  describe('drafts and items in review stay private', () => {
    it.each(['h-draft', 'i-review'])(
      '%s: null for anonymous visitors and other members, readable by its author and moderators',
      async (slug) => {
        const Q = `query($s: String!) { caseStudy(slug: $s) { slug status } }`;
        const stranger = new Client(t);
        stranger.useCookie(await sessionCookie(t, await createUser(t)));
        expect((await anonymous.gql(Q, { s: slug })).data).toEqual({ caseStudy: null });
        expect((await stranger.gql(Q, { s: slug })).data).toEqual({ caseStudy: null });
        expect((await draftAuthor.gql(Q, { s: slug })).data?.['caseStudy']).toMatchObject({ slug });
        expect((await moderator.gql(Q, { s: slug })).data?.['caseStudy']).toMatchObject({ slug });
      },
    );

    it('are never listed or counted for others, whatever status they ask for', async () => {
      for (const status of ['DRAFT', 'IN_REVIEW']) {
        expect(await slugs(anonymous, { filter: { status } })).toEqual({ slugs: [], total: 0 });
        const f = await facets(anonymous, { status });
        expect(f.total).toBe(0);
        expect(f.themes).toEqual({});
        expect(f.regions).toEqual({});
        expect(Object.values(f.bands)).toEqual([0, 0, 0, 0, 0]);
      }
      expect(await slugs(draftAuthor, { filter: { status: 'DRAFT' } })).toEqual({
        slugs: ['h-draft'],
        total: 1,
      });
      expect(await slugs(moderator, { filter: { status: 'IN_REVIEW' } })).toEqual({
        slugs: ['i-review'],
        total: 1,
      });
    });

    it('leave published facets and theme counts untouched', async () => {
      expect((await facets(anonymous, {})).themes['eclairage-public']).toBe(2);
      expect((await facets(moderator, {})).themes['eclairage-public']).toBe(2);
      const COUNT = `query($s: String!) { theme(slug: $s) { caseStudyCount } }`;
      expect((await anonymous.gql(COUNT, { s: 'eclairage-public' })).data).toEqual({
        theme: { caseStudyCount: 2 },
      });
      expect((await moderator.gql(COUNT, { s: 'eclairage-public' })).data).toEqual({
        theme: { caseStudyCount: 2 },
      });
      // A top-level theme counts its children's case studies once each.
      expect((await anonymous.gql(COUNT, { s: 'numerique-responsable' })).data).toEqual({
        theme: { caseStudyCount: 3 },
      });
    });
  });

  describe('similar case studies', () => {
    const SIMILAR = `query($s: String!, $n: Int) { similarCaseStudies(slug: $s, first: $n) { slug } }`;

    it('puts shared themes first, then the same band and région, never drafts', async () => {
      const names = async (client: Client, s: string) =>
        (
          (await client.gql<{ similarCaseStudies: Array<{ slug: string }> }>(SIMILAR, { s })).data
            ?.similarCaseStudies ?? []
        ).map((x) => x.slug);
      expect(await names(anonymous, 'a-drag')).toEqual(['c-etang', 'd-autun']);
      expect(await names(moderator, 'a-drag')).toEqual(['c-etang', 'd-autun']);
      expect(await names(anonymous, 'c-etang')).toEqual(['d-autun', 'a-drag', 'e-digoin', 'b-anost']);
    });

    it('gives nothing about a draft to those who may not read it, and bounds its size', async () => {
      expect((await anonymous.gql(SIMILAR, { s: 'h-draft' })).data).toEqual({ similarCaseStudies: [] });
      expect(errorCodes(await anonymous.gql(SIMILAR, { s: 'a-drag', n: 21 }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('theme merges move case studies atomically', () => {
    const MERGE = `mutation($i: MergeThemesInput!) { mergeThemes(input: $i) { slug } }`;
    const tagged = async (themeSlug: string) =>
      (
        await t.dataSource.query<Array<{ slug: string }>>(
          `SELECT cs.slug FROM case_study cs JOIN case_study_theme x ON x.case_study_id = cs.id
           JOIN theme th ON th.id = x.theme_id WHERE th.slug = $1 ORDER BY cs.slug`,
          [themeSlug],
        )
      ).map((r) => r.slug);

    it('leaves every tag in place when a later step fails', async () => {
      failing.failNext = true;
      const res = await moderator.gql(MERGE, {
        i: { sourceSlug: 'eclairage-public', targetSlug: MUTUALISATION },
      });
      expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await tagged('eclairage-public')).toEqual([
        'a-drag',
        'c-etang',
        'g-archive',
        'h-draft',
        'i-review',
      ]);
      expect(await tagged(MUTUALISATION)).toEqual(['c-etang', 'd-autun']);
    });

    it('re-tags every case study, without duplicates, and the old slug keeps filtering', async () => {
      const res = await moderator.gql(MERGE, {
        i: { sourceSlug: 'eclairage-public', targetSlug: MUTUALISATION },
      });
      expect(res.errors).toBeUndefined();
      expect(await tagged('eclairage-public')).toEqual([]);
      expect(await tagged(MUTUALISATION)).toEqual([
        'a-drag',
        'c-etang',
        'd-autun',
        'g-archive',
        'h-draft',
        'i-review',
      ]);
      expect((await slugs(anonymous, { filter: { themeSlugs: ['eclairage-public'] } })).slugs).toEqual([
        'd-autun',
        'c-etang',
        'a-drag',
      ]);
    });
  });
});
