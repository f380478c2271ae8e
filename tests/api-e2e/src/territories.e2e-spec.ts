import path from 'node:path';
import { errorCodes, spawnServer, workspaceRoot, type GqlResponse } from '@pairs/platform-testing';
import { startTestApp, type TestApp } from './support/test-app.js';

// Every test database is cloned from a template that holds the real territories
// (global-setup.mjs), so these tests read the official data of @etalab/decoupage-administratif.

interface Territory {
  code: string;
  kind: string;
  name: string;
  population: number | null;
}

const SEARCH = `query($search: String!, $kinds: [TerritoryKind!], $first: Int) {
  territories(search: $search, kinds: $kinds, first: $first) { code kind name population }
}`;

const TERRITORIES_JS = path.join(workspaceRoot(), 'apps/api/dist/commands/territories.js');

function fieldsOf(res: GqlResponse<unknown>): string[] {
  const fields = res.errors?.[0]?.extensions?.['fields'] as Array<{ field: string }> | undefined;
  return (fields ?? []).map((f) => f.field);
}

describe('territories', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function search(search: string, variables: { kinds?: string[]; first?: number } = {}) {
    const res = await t.gql<{ territories: Territory[] }>(SEARCH, { search, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.territories;
  }

  describe('territories(search:)', () => {
    it('answers anonymous visitors, with one SQL statement', async () => {
      const res = await t.gql<{ territories: Territory[] }>(SEARCH, { search: 'autun' });
      expect(res.errors).toBeUndefined();
      expect(res.data?.territories[0]).toEqual({
        code: '71014',
        kind: 'COMMUNE',
        name: 'Autun',
        population: expect.any(Number),
      });
      expect(res.sqlQueries).toBe(1);
    });

    it('finds Châlons-en-Champagne from the start of its words ("chalons en ch")', async () => {
      const [first] = await search('chalons en ch');
      expect(first).toMatchObject({ code: '51108', name: 'Châlons-en-Champagne' });
    });

    it.each(['CHÂLONS-EN-CHAMPAGNE', 'chalons en champagne', '  Châlons en Champagne ', 'chalons-en-ch'])(
      'ignores accents, case, hyphens and surrounding spaces (%p)',
      async (query) => {
        expect((await search(query))[0]?.code).toBe('51108');
      },
    );

    it.each([
      ['saint etienne', '42218'],
      ['Saint-Étienne', '42218'],
      ['st etienne', '42218'],
      ["l'ile d'yeu", '85113'],
      ['ile d yeu', '85113'],
      ['draguignan', '83050'],
    ])('finds %p (%s) first', async (query, code) => {
      expect((await search(query))[0]?.code).toBe(code);
    });

    it('finds a word anywhere in the name, not only at the start', async () => {
      const codes = (await search('autunois')).map((x) => x.code);
      expect(codes).toContain('200070530'); // CC du Grand Autunois Morvan
    });

    it.each([
      ['83050', '83050', 'Draguignan'],
      ['DEP-71', 'DEP-71', 'Saône-et-Loire'],
      ['dep-2a', 'DEP-2A', 'Corse-du-Sud'],
      ['REG-93', 'REG-93', "Provence-Alpes-Côte d'Azur"],
      ['200070530', '200070530', 'CC du Grand Autunois Morvan'],
    ])('finds a territory by its code (%p)', async (query, code, name) => {
      expect((await search(query))[0]).toMatchObject({ code, name });
    });

    it('finds every kind sharing a raw official code, the bigger first', async () => {
      const found = await search('27');
      expect(found.slice(0, 2).map((x) => x.code)).toEqual(['REG-27', 'DEP-27']);
      // Then the codes starting with it: communes of the Eure (27xxx).
      expect(found[2]?.code).toMatch(/^27\d{3}$/);
    });

    it('ranks the exact name first, then names starting with the query, then later words', async () => {
      const found = await search('paris', { first: 50 });
      expect(found[0]?.code).toBe('75056'); // Paris, before bigger territories merely containing the word
      const metropole = found.findIndex((x) => x.code === '200054781'); // Métropole du Grand Paris
      const prefixed = found.findIndex((x) => x.code !== '75056' && x.name.startsWith('Paris'));
      expect(prefixed).toBeGreaterThan(0);
      expect(metropole).toBeGreaterThan(prefixed);
      expect(found[metropole].population!).toBeGreaterThan(found[0].population!);
    });

    it('puts bigger territories first within a rank', async () => {
      const found = await search('saint', { kinds: ['COMMUNE'], first: 50 });
      expect(found).toHaveLength(50);
      expect(found.every((x) => x.name.startsWith('Saint'))).toBe(true);
      const populations = found.map((x) => x.population ?? -1);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
      expect(found[0]?.code).toBe('42218'); // Saint-Étienne, the biggest commune named Saint-…
    });

    it('filters by kind', async () => {
      const departements = await search('saone', { kinds: ['DEPARTEMENT'] });
      expect(departements.map((x) => x.code).sort()).toEqual(['DEP-70', 'DEP-71']);
      const mixed = await search('bourgogne', { kinds: ['REGION', 'EPCI'], first: 50 });
      expect(mixed.length).toBeGreaterThan(1);
      expect(new Set(mixed.map((x) => x.kind))).toEqual(new Set(['REGION', 'EPCI']));
      expect(mixed[0]?.code).toBe('REG-27');
    });

    it('returns 10 results by default and at most `first`', async () => {
      expect(await search('saint')).toHaveLength(10);
      expect(await search('saint', { first: 3 })).toHaveLength(3);
    });

    it('returns an empty list when nothing matches', async () => {
      expect(await search('xqzwv')).toEqual([]);
      expect(await search("'-")).toEqual([]);
    });

    it.each([
      [{ search: 'saint', first: 51 }, ['first']],
      [{ search: 'saint', first: 0 }, ['first']],
      [{ search: '' }, ['search']],
      [{ search: '   ' }, ['search']],
      [{ search: 'a'.repeat(101) }, ['search']],
      [{ search: '', first: 100 }, ['search', 'first']],
    ])('refuses bad input %o with BAD_USER_INPUT on %p', async (variables, fields) => {
      const res = await t.gql(SEARCH, variables);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(res)).toEqual(fields);
      expect(res.data).toBeNull();
    });

    it('accepts 100 characters once trimmed', async () => {
      const res = await t.gql(SEARCH, { search: ` ${'a'.repeat(100)} ` });
      expect(res.errors).toBeUndefined();
    });

    it('resolves relation fields through loaders: the statement count does not grow with the page', async () => {
      const page = `query($first: Int) {
        territories(search: "saint", first: $first) {
          name parent { name } departement { name } region { name } epci { name }
        }
      }`;
      const small = await t.gql<{ territories: unknown[] }>(page, { first: 5 });
      const full = await t.gql<{ territories: unknown[] }>(page, { first: 50 });
      expect(full.errors).toBeUndefined();
      expect(full.data?.territories).toHaveLength(50);
      expect(full.sqlQueries).toBe(small.sqlQueries);
      expect(full.sqlQueries).toBe(2); // the search, then one batch for every linked territory
    });

    it('loads member pages of several EPCI in one statement', async () => {
      const page = `query($first: Int) {
        territories(search: "cc", kinds: [EPCI], first: $first) {
          communes(first: 3) { totalCount edges { node { name parent { name } } } }
        }
      }`;
      const small = await t.gql<{ territories: unknown[] }>(page, { first: 2 });
      const full = await t.gql<{ territories: Array<{ communes: { totalCount: number } }> }>(page, {
        first: 30,
      });
      expect(full.errors).toBeUndefined();
      expect(full.data?.territories).toHaveLength(30);
      expect(full.data?.territories.every((x) => x.communes.totalCount > 0)).toBe(true);
      expect(full.sqlQueries).toBe(small.sqlQueries);
      expect(full.sqlQueries).toBe(3);
    });
  });

  describe('territory(code:)', () => {
    const TERRITORY = `query($code: String!) {
      territory(code: $code) {
        code kind inseeCode name population
        parent { code kind name parent { code } }
        departement { code }
        region { code parent { code } }
        epci { code kind }
      }
    }`;

    it('gives a commune with its département, région and EPCI', async () => {
      const res = await t.gql<{ territory: Record<string, unknown> & { population: number } }>(TERRITORY, {
        code: '83050',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.territory).toMatchObject({
        code: '83050',
        kind: 'COMMUNE',
        inseeCode: '83050',
        name: 'Draguignan',
        parent: { code: 'DEP-83', kind: 'DEPARTEMENT', name: 'Var', parent: { code: 'REG-93' } },
        departement: { code: 'DEP-83' },
        region: { code: 'REG-93', parent: null },
        epci: { kind: 'EPCI' },
      });
      expect(res.data?.territory.population).toBeGreaterThan(30_000);
    });

    it('gives a département its région as parent and a population summed over its communes', async () => {
      const res = await t.gql<{ territory: Territory & Record<string, unknown> }>(TERRITORY, {
        code: 'DEP-2A',
      });
      expect(res.data?.territory).toMatchObject({
        code: 'DEP-2A',
        kind: 'DEPARTEMENT',
        inseeCode: '2A',
        name: 'Corse-du-Sud',
        parent: { code: 'REG-94' },
        region: { code: 'REG-94' },
        departement: null,
        epci: null,
      });
      expect(res.data?.territory.population).toBeGreaterThan(100_000);
    });

    it('gives a région no parent', async () => {
      const res = await t.gql<{ territory: Territory & Record<string, unknown> }>(TERRITORY, {
        code: 'REG-27',
      });
      expect(res.data?.territory).toMatchObject({
        kind: 'REGION',
        inseeCode: '27',
        name: 'Bourgogne-Franche-Comté',
        parent: null,
        region: null,
      });
      expect(res.data?.territory.population).toBeGreaterThan(2_500_000);
    });

    it('takes codes case-insensitively', async () => {
      const res = await t.gql<{ territory: Territory | null }>(TERRITORY, { code: ' dep-71 ' });
      expect(res.data?.territory?.code).toBe('DEP-71');
    });

    it.each(['99999', 'DEP-00', '', 'x'.repeat(500)])(
      'answers null for an unknown code (%p)',
      async (code) => {
        const res = await t.gql<{ territory: Territory | null }>(TERRITORY, { code });
        expect(res.errors).toBeUndefined();
        expect(res.data?.territory).toBeNull();
      },
    );

    describe('an EPCI', () => {
      const EPCI = `query($first: Int, $after: String) {
        territory(code: "200070530") {
          kind name parent { code } departement { code } region { code }
          communes(first: $first, after: $after) {
            totalCount
            edges { cursor node { code name population epci { code } } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
      }`;
      interface EpciPage {
        territory: {
          kind: string;
          name: string;
          parent: null;
          departement: { code: string } | null;
          region: { code: string } | null;
          communes: {
            totalCount: number;
            edges: Array<{ cursor: string; node: Territory & { epci: { code: string } } }>;
            pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
          };
        };
      }

      it('lists its member communes, the biggest first (Autun)', async () => {
        const res = await t.gql<EpciPage>(EPCI, { first: 5 });
        expect(res.errors).toBeUndefined();
        const epci = res.data!.territory;
        expect(epci).toMatchObject({
          kind: 'EPCI',
          name: 'CC du Grand Autunois Morvan',
          parent: null,
          departement: { code: 'DEP-71' }, // all its communes are in Saône-et-Loire
          region: { code: 'REG-27' },
        });
        expect(epci.communes.totalCount).toBe(55);
        expect(epci.communes.edges).toHaveLength(5);
        expect(epci.communes.edges[0]?.node).toMatchObject({ code: '71014', name: 'Autun' });
        expect(epci.communes.edges.every((e) => e.node.epci.code === '200070530')).toBe(true);
        expect(epci.communes.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      });

      it('pages through all of them with opaque cursors, without gaps or repeats', async () => {
        const seen: Territory[] = [];
        let after: string | null = null;
        for (let pages = 0; pages < 10; pages++) {
          const res: GqlResponse<EpciPage> = await t.gql<EpciPage>(EPCI, { first: 20, after });
          expect(res.errors).toBeUndefined();
          const { edges, pageInfo, totalCount } = res.data!.territory.communes;
          expect(totalCount).toBe(55);
          expect(pageInfo.hasPreviousPage).toBe(after !== null);
          seen.push(...edges.map((e) => e.node));
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
        expect(seen).toHaveLength(55);
        expect(new Set(seen.map((x) => x.code)).size).toBe(55);
        const populations = seen.map((x) => x.population ?? -1);
        expect(populations).toEqual([...populations].sort((a, b) => b - a));
      });

      it.each([
        [{ first: 101 }, 'first'],
        [{ first: 0 }, 'first'],
        [{ after: 'not-a-cursor' }, 'after'],
        [{ after: Buffer.from('c1:[1,"x","not-a-uuid"]').toString('base64url') }, 'after'],
      ])('refuses the page request %o with BAD_USER_INPUT on %p', async (variables, field) => {
        const res = await t.gql(EPCI, variables);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(res)).toEqual([field]);
      });
    });

    it('gives no member list to other kinds', async () => {
      const res = await t.gql<{ territory: { communes: unknown } }>(
        '{ territory(code: "71014") { communes { totalCount } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.territory.communes).toBeNull();
    });
  });

  describe('npm run db:territories', () => {
    async function snapshot() {
      const rows: Array<{ kind: string; count: number }> = await t.dataSource.query(
        'SELECT kind, count(*)::int AS count FROM territory GROUP BY kind ORDER BY kind',
      );
      return rows;
    }

    it('is idempotent: a re-run changes nothing but what drifted from the data', async () => {
      const before = await snapshot();
      expect(before).toEqual([
        { kind: 'COMMUNE', count: expect.any(Number) },
        { kind: 'DEPARTEMENT', count: expect.any(Number) },
        { kind: 'EPCI', count: expect.any(Number) },
        { kind: 'REGION', count: expect.any(Number) },
      ]);
      const [{ now }] = await t.dataSource.query<[{ now: Date }]>('SELECT clock_timestamp() AS now');
      await t.dataSource.query(
        `UPDATE territory SET name = 'Renamed', search_name = 'renamed', population = 1 WHERE code = '83050'`,
      );

      const run = spawnServer({ DATABASE_URL: t.db.url, LOG_LEVEL: 'info' }, TERRITORIES_JS);
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toMatch(/0 inserted, 1 updated/);

      expect(await snapshot()).toEqual(before);
      const changed: Array<{ code: string; name: string; population: number }> = await t.dataSource.query(
        'SELECT code, name, population FROM territory WHERE updated_at > $1',
        [now],
      );
      expect(changed).toEqual([{ code: '83050', name: 'Draguignan', population: expect.any(Number) }]);
      expect(changed[0].population).toBeGreaterThan(30_000);
      expect((await search('draguignan'))[0]?.code).toBe('83050');
    });
  });
});
